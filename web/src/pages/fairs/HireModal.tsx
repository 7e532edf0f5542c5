import { useEffect } from 'react';
import { Alert, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fairsApi, type Intention } from './fairApi';

/** 录用: the hire date; the server registers the employment in the registry in the same step. */
export function HireModal({ intention, onClose, onDone }: { intention: Intention | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ hiredOn: Dayjs }>();
  useEffect(() => {
    if (intention) form.resetFields();
  }, [intention, form]);
  const { busy, submit } = useFormSubmit(
    form,
    (v) => v.hiredOn.format('YYYY-MM-DD'),
    async (hiredOn) => {
      if (!intention) return;
      await fairsApi.hire(intention.id, hiredOn);
      showSuccess(t('fair.hired', { name: intention.personName }));
      onDone();
    },
  );
  const today = dayjs(chinaToday());
  return (
    <Modal
      open={intention !== null}
      title={intention ? t('fair.hireTitle', { name: intention.personName, employer: intention.employerName }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon title={t('fair.hireHint')} style={{ marginBottom: 12 }} />
      <Form form={form} name="fair-hire" layout="vertical" initialValues={{ hiredOn: today }}>
        <Form.Item name="hiredOn" label={t('fair.hiredOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day') || (intention ? d.isBefore(dayjs(intention.heldOn), 'day') : false)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
