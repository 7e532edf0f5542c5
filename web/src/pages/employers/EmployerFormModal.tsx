import { useEffect, useState } from 'react';
import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { employersApi } from '../../api/endpoints';
import type { Employer, EmployerInput } from '../../api/types';
import { useT } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { CodeSelect } from '../../components/CodeSelect';
import { showFormError, showSuccess } from '../../components/feedback';

type Values = EmployerInput;

const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;

/** Create or edit an employer. The credit code is validated by the server; its field errors land on the fields. */
export function EmployerFormModal({
  open,
  employer,
  defaultRegion,
  onClose,
  onSaved,
}: {
  open: boolean;
  employer: Employer | null;
  /** Region preset for a new employer (the chosen scope when it is a district or below). */
  defaultRegion?: string;
  onClose: () => void;
  onSaved: (e: Employer) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (employer) {
      form.setFieldsValue({
        creditCode: employer.creditCode,
        name: employer.name,
        regionCode: employer.regionCode,
        address: employer.address ?? undefined,
        contactName: employer.contactName ?? undefined,
        contactPhone: employer.contactPhone ?? undefined,
        unitType: employer.unitType ?? undefined,
        industryCode: employer.industryCode ?? undefined,
        ownershipType: employer.ownershipType ?? undefined,
        sizeBand: employer.sizeBand ?? undefined,
        introduction: employer.introduction ?? undefined,
      });
    } else if (defaultRegion) {
      form.setFieldsValue({ regionCode: defaultRegion });
    }
  }, [open, employer, defaultRegion, form]);

  const submit = async () => {
    const raw = await form.validateFields().catch(() => null);
    if (!raw) return; // the form shows what is missing
    // Send only filled optional fields (the server rejects unknown or null values).
    const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== null && v !== '')) as unknown as Values;
    setBusy(true);
    try {
      const saved = employer ? await employersApi.update(employer.id, values) : await employersApi.create(values);
      showSuccess(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  const req = [{ required: true, message: t('common.required') }];

  return (
    <Modal
      open={open}
      title={employer ? t('emp.editTitle') : t('emp.createTitle')}
      width={720}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'employer-save' }}
      okText={t('common.save')}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" autoComplete="off">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="creditCode" label={t('emp.creditCode')} rules={req}>
              <Input maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="employer-credit-code" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('emp.name')} rules={req}>
              <Input maxLength={100} data-testid="employer-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('emp.region')} rules={req}>
              <OrgUnitPicker minLevel={3} data-testid="employer-region" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="address" label={t('emp.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactName" label={t('emp.contactName')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label={t('emp.contactPhone')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unitType" label={t('emp.unitType')}>
              <CodeSelect type="unit_type" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="industryCode" label={t('emp.industry')}>
              <CodeSelect type="industry" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ownershipType" label={t('emp.ownershipType')}>
              <CodeSelect type="ownership_type" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sizeBand" label={t('emp.sizeBand')}>
              <Select allowClear options={SIZE_BANDS.map((s) => ({ value: s, label: t(`emp.size.${s}`) }))} data-testid="employer-size" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="introduction" label={t('emp.introduction')} extra={t('emp.introductionHelp')}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
