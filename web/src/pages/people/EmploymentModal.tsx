import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EmploymentInput, EmploymentKind, Person } from '../../api/types';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useRegistryCodes } from '../../components/registry';
import { EmployerSelect, type EmployerChoice } from './EmployerSelect';

interface Values {
  kind: EmploymentKind;
  employer?: EmployerChoice;
  employerName?: string;
  fullTime: boolean;
  startedOn: Dayjs;
}

const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > chinaToday();

/** 就业登记: form of employment, employer (registered or by name), full time, start date. */
export function EmploymentModal({
  open,
  person,
  onClose,
  onSubmit,
}: {
  open: boolean;
  person: Person;
  onClose: () => void;
  onSubmit: (input: EmploymentInput) => Promise<void>;
}) {
  const t = useT();
  const codes = useRegistryCodes();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ kind: 'employer', fullTime: true, startedOn: dayjs(chinaToday()) });
  }, [open, form]);

  const { busy, submit } = useFormSubmit(
    form,
    (v) => {
      const input: EmploymentInput = { kind: v.kind, fullTime: v.fullTime, startedOn: v.startedOn.format('YYYY-MM-DD') };
      if (v.kind === 'employer') {
        if (v.employer?.id) input.employerId = v.employer.id;
        else if (v.employer?.name) input.employerName = v.employer.name;
      } else if (v.employerName?.trim()) {
        input.employerName = v.employerName.trim();
      }
      return input;
    },
    onSubmit,
    (v): Record<string, string> => (v.kind === 'employer' ? { employerId: 'employer', employerName: 'employer' } : { employerId: 'employerName' }),
  );

  const req = [{ required: true, message: t('common.required') }];

  return (
    <Modal
      open={open}
      title={t('reg.employmentTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'employment-save' }}
      destroyOnHidden
      forceRender
    >
      {person.labourStatus === 'unemployed' && <Alert type="info" showIcon title={t('reg.closesUnemployment')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="employment" layout="vertical" autoComplete="off">
        <Form.Item name="kind" label={t('reg.kind')} rules={req}>
          <Select options={codes.employmentKinds} data-testid="employment-kind" />
        </Form.Item>
        {kind === 'employer' ? (
          <Form.Item name="employer" label={t('reg.employer')} rules={req}>
            <EmployerSelect data-testid="employment-employer" />
          </Form.Item>
        ) : (
          <Form.Item name="employerName" label={t('reg.businessName')}>
            <Input maxLength={100} placeholder={t('reg.businessNamePlaceholder')} data-testid="employment-employer-name" />
          </Form.Item>
        )}
        <Form.Item name="fullTime" label={t('reg.fullTime')} valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} data-testid="employment-full-time" />
        </Form.Item>
        <Form.Item name="startedOn" label={t('reg.startedOn')} rules={req}>
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} data-testid="employment-started-on" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
