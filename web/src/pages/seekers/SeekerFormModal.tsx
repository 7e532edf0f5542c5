import { useEffect, useState } from 'react';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { http } from '../../api/client';
import { LIST } from '../../api/endpoints';
import type { Page, Person } from '../../api/types';
import { useT } from '../../i18n';
import { showSuccess } from '../../components/feedback';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useFormSubmit } from '../../components/useFormSubmit';
import { seekersApi, type Seeker, type SeekerFields, type SeekerInput, type SeekerWorkType } from './seekerApi';
import { WORK_TYPES } from './seekerLabels';
import { useCodeOptions } from './useCodeOptions';

interface Values {
  citizenId?: string;
  desiredOccupations: string[];
  desiredIndustries?: string[];
  desiredRegion?: string;
  wageExpected?: number | null;
  workType: SeekerWorkType;
  education?: string;
  experienceYears?: number | null;
  skills?: string;
  certificates?: string;
  categories?: string[];
  introduction?: string;
  validDays?: number | null;
  consentShare: boolean;
}

const toFields = (v: Values): SeekerFields => ({
  desiredOccupations: v.desiredOccupations,
  desiredIndustries: v.desiredIndustries ?? [],
  desiredRegions: v.desiredRegion ? [v.desiredRegion] : [],
  wageExpected: v.wageExpected ?? null,
  workType: v.workType,
  education: v.education ?? null,
  experienceYears: v.experienceYears ?? null,
  skills: v.skills?.trim() || null,
  certificates: v.certificates?.trim() || null,
  categories: v.categories ?? [],
  introduction: v.introduction?.trim() || null,
  consentShare: v.consentShare,
});

/**
 * 求职登记 / 修改. A new registration names the person by ID number: the person must already be in
 * the real-name registry of the user's area (looked up as it is typed); the server's field
 * errors (unknown person, a second active registration, codes) land on the fields.
 */
export function SeekerFormModal({ open, seeker, onClose, onSaved }: { open: boolean; seeker: Seeker | null; onClose: () => void; onSaved: (s: Seeker) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  const occupations = useCodeOptions('occupation');
  const industries = useCodeOptions('industry');
  const categories = useCodeOptions('person_category');
  const educations = useCodeOptions('education');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setPerson(undefined);
    if (seeker) {
      form.setFieldsValue({
        desiredOccupations: seeker.desiredOccupations.map((o) => o.code),
        desiredIndustries: seeker.desiredIndustries.map((o) => o.code),
        desiredRegion: seeker.desiredRegions[0]?.code,
        wageExpected: seeker.wageExpected,
        workType: seeker.workType,
        education: seeker.education ?? undefined,
        experienceYears: seeker.experienceYears,
        skills: seeker.skills ?? undefined,
        certificates: seeker.certificates ?? undefined,
        categories: seeker.categories.map((c) => c.code),
        introduction: seeker.introduction ?? undefined,
        consentShare: seeker.consentShare,
      });
    }
  }, [open, seeker, form]);

  const lookUp = async (raw: string) => {
    const id = raw.trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(id)) return setPerson(undefined);
    const page = await http.get<Page<Person>>(LIST.people, { q: id, pageSize: 1 }).catch(() => null);
    setPerson(page?.items[0] ?? null);
  };

  const { busy, submit } = useFormSubmit<Values, SeekerInput | SeekerFields>(
    form,
    (v) => (seeker ? toFields(v) : { ...toFields(v), citizenId: (v.citizenId ?? '').trim().toUpperCase(), ...(v.validDays ? { validDays: v.validDays } : {}) }),
    async (input) => {
      const saved = seeker ? await seekersApi.update(seeker.id, input) : await seekersApi.create(input as SeekerInput);
      showSuccess(t('seeker.saved'));
      onSaved(saved);
    },
    () => ({ desiredRegions: 'desiredRegion' }),
  );

  return (
    <Modal open={open} title={seeker ? `${t('seeker.edit')}：${seeker.name}` : t('seeker.create')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} width={760} destroyOnHidden okButtonProps={{ 'data-testid': 'seeker-form-ok' }}>
      <Form form={form} layout="vertical" initialValues={{ workType: 'full_time', consentShare: false }} data-testid="seeker-form">
        {!seeker && (
          <>
            <Form.Item name="citizenId" label={t('seeker.citizenId')} extra={t('seeker.citizenIdHint')} rules={[{ required: true, whitespace: true, message: t('seeker.required.citizenId') }]}>
              <Input maxLength={18} onBlur={(e) => void lookUp(e.target.value)} data-testid="seeker-citizen-id" />
            </Form.Item>
            {person && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`${person.name}（${person.regionName}）`} data-testid="seeker-person-found" />}
            {person === null && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('seeker.personNotFound')} />}
          </>
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="desiredOccupations" label={t('seeker.occupations')} rules={[{ required: true, type: 'array', min: 1, message: t('seeker.required.occupations') }]}>
              <Select mode="multiple" maxCount={5} showSearch optionFilterProp="label" options={occupations} data-testid="seeker-occupations" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="desiredIndustries" label={t('seeker.industries')}>
              <Select mode="multiple" maxCount={5} showSearch optionFilterProp="label" options={industries} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="desiredRegion" label={t('seeker.regions')}>
              <OrgUnitPicker allowClear />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="wageExpected" label={t('seeker.wage')} rules={[{ type: 'integer', min: 0, message: t('seeker.wageInvalid') }]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="seeker-wage" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="workType" label={t('seeker.workType')}>
              <Select options={WORK_TYPES.map((w) => ({ value: w, label: t(`seeker.workType.${w}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label={t('seeker.education')}>
              <Select allowClear showSearch optionFilterProp="label" options={educations} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="experienceYears" label={t('seeker.experience')}>
              <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {!seeker && (
            <Col span={6}>
              <Form.Item name="validDays" label={t('seeker.validDays')} tooltip={t('seeker.validDaysHint')} rules={[{ type: 'integer', min: 1, max: 365, message: t('seeker.validDaysInvalid') }]}>
                <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="categories" label={t('seeker.categories')}>
              <Select mode="multiple" maxCount={8} showSearch optionFilterProp="label" options={categories} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="skills" label={t('seeker.skills')}>
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="certificates" label={t('seeker.certificates')}>
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="introduction" label={t('seeker.introduction')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="consentShare" label={t('seeker.consent')} valuePropName="checked">
          <Switch data-testid="seeker-consent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
