import { useEffect } from 'react';
import { DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Person, ServiceInput } from '../../api/types';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useRegistryCodes } from '../../components/registry';

interface Values {
  kind: string;
  servedOn: Dayjs;
  content: string;
  refused?: boolean;
  placementEmployer?: string;
  placementPosition?: string;
  placementStartedOn?: Dayjs;
}

const IMMEDIATE = 'immediate_assistance';

const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > chinaToday();

/** 记录就业服务: kind, date (today by default), what was done, and whether the person refused it. */
export function ServiceModal({
  open,
  person,
  onClose,
  onSubmit,
}: {
  open: boolean;
  person: Person;
  onClose: () => void;
  onSubmit: (input: ServiceInput) => Promise<void>;
}) {
  const t = useT();
  const codes = useRegistryCodes();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ servedOn: dayjs(chinaToday()), placementStartedOn: dayjs(chinaToday()), refused: false });
  }, [open, form]);

  const { busy, submit } = useFormSubmit(
    form,
    (v): ServiceInput => {
      const servedOn = v.servedOn.format('YYYY-MM-DD');
      return v.kind === IMMEDIATE
        ? {
            kind: v.kind,
            servedOn,
            content: v.content.trim(),
            placement: { employerName: (v.placementEmployer ?? '').trim(), position: (v.placementPosition ?? '').trim(), startedOn: (v.placementStartedOn ?? v.servedOn).format('YYYY-MM-DD') },
          }
        : { kind: v.kind, servedOn, content: v.content.trim(), refused: v.refused ?? false };
    },
    onSubmit,
  );

  const req = [{ required: true, message: t('common.required') }];
  const kind = Form.useWatch('kind', form);

  return (
    <Modal
      open={open}
      title={t('svc.recordTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'service-save' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="service" layout="vertical" autoComplete="off">
        <Form.Item name="kind" label={t('svc.kind')} rules={req}>
          <Select options={codes.serviceKinds} data-testid="service-kind" />
        </Form.Item>
        <Form.Item name="servedOn" label={t('svc.servedOn')} rules={req}>
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} data-testid="service-served-on" />
        </Form.Item>
        <Form.Item name="content" label={t('svc.content')} rules={[...req, { min: 2, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('svc.contentPlaceholder')} data-testid="service-content" />
        </Form.Item>
        {kind === IMMEDIATE ? (
          <>
            <Form.Item name="placementEmployer" label={t('svc.placementEmployer')} rules={[...req, { min: 2, whitespace: true, message: t('common.required') }]} extra={t('svc.placementHint')}>
              <Input maxLength={100} data-testid="service-placement-employer" />
            </Form.Item>
            <Form.Item name="placementPosition" label={t('svc.placementPosition')} rules={[...req, { min: 2, whitespace: true, message: t('common.required') }]}>
              <Input maxLength={50} placeholder={t('svc.placementPositionPlaceholder')} data-testid="service-placement-position" />
            </Form.Item>
            <Form.Item name="placementStartedOn" label={t('svc.placementStartedOn')} rules={req}>
              <DatePicker style={{ width: '100%' }} data-testid="service-placement-started-on" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="refused" label={t('svc.refused')} valuePropName="checked" extra={t('svc.refusedHint')}>
            <Switch data-testid="service-refused" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
