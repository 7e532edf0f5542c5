import { useEffect } from 'react';
import { DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Person, UnemploymentInput } from '../../api/types';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useRegistryCodes } from '../../components/registry';

interface Values {
  registeredOn: Dayjs;
  reason: string;
  localWorkMonths?: number;
}

const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > chinaToday();

/** 失业登记: date (today by default), reason, and for people of another household registration their months of local work. */
export function UnemploymentModal({
  open,
  person,
  onClose,
  onSubmit,
}: {
  open: boolean;
  person: Person;
  onClose: () => void;
  onSubmit: (input: UnemploymentInput) => Promise<void>;
}) {
  const t = useT();
  const codes = useRegistryCodes();
  const [form] = Form.useForm<Values>();
  const nonLocal = person.hukouType === 'non_local';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ registeredOn: dayjs(chinaToday()) });
  }, [open, form]);

  const { busy, submit } = useFormSubmit(
    form,
    (v) => {
      const input: UnemploymentInput = { registeredOn: v.registeredOn.format('YYYY-MM-DD'), reason: v.reason };
      if (nonLocal && v.localWorkMonths !== undefined && v.localWorkMonths !== null) input.localWorkMonths = v.localWorkMonths;
      return input;
    },
    onSubmit,
  );

  const req = [{ required: true, message: t('common.required') }];

  return (
    <Modal
      open={open}
      title={t('reg.unemploymentTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'unemployment-save' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="unemployment" layout="vertical" autoComplete="off">
        <Form.Item name="registeredOn" label={t('reg.registeredOn')} rules={req}>
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} data-testid="unemployment-registered-on" />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reason')} rules={req}>
          <Select options={codes.unemploymentReasons} data-testid="unemployment-reason" />
        </Form.Item>
        {nonLocal && (
          <Form.Item name="localWorkMonths" label={t('reg.localWorkMonths')} extra={t('reg.localWorkMonthsHint')} rules={req}>
            <InputNumber min={0} max={600} precision={0} style={{ width: 160 }} data-testid="unemployment-local-months" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
