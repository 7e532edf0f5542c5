import { useEffect } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { employersApi } from '../../api/endpoints';
import type { CreditEventInput, CreditKind } from '../../api/types';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';
import { CREDIT_KINDS } from './CreditTags';

interface Values {
  kind: CreditKind;
  occurredOn: Dayjs;
  summary: string;
  postingId?: number | null;
}

/** 记录信用事项: kind, date (not in the future), summary, optionally one of the employer's postings. */
export function CreditEventModal({ employerId, open, onClose, onSaved }: { employerId: number; open: boolean; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const today = dayjs(chinaToday());

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const { busy, submit } = useFormSubmit<Values, CreditEventInput>(
    form,
    (v) => ({ kind: v.kind, occurredOn: v.occurredOn.format('YYYY-MM-DD'), summary: v.summary.trim(), ...(v.postingId ? { postingId: v.postingId } : {}) }),
    async (input) => {
      await employersApi.addCreditEvent(employerId, input);
      showSuccess(t('common.saved'));
      onSaved();
    },
  );

  const req = [{ required: true, message: t('common.required') }];
  return (
    <Modal open={open} title={t('emp.creditAdd')} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ loading: busy, 'data-testid': 'credit-save' }} okText={t('common.save')} destroyOnHidden forceRender>
      <Alert type="info" showIcon title={t('emp.creditInsertOnly')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" initialValues={{ occurredOn: today }}>
        <Form.Item name="kind" label={t('emp.creditKind')} rules={req}>
          <Select options={CREDIT_KINDS.map((k) => ({ value: k, label: t(`emp.credit.${k}`) }))} data-testid="credit-kind" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('emp.creditOccurredOn')} rules={req}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
        </Form.Item>
        <Form.Item name="summary" label={t('emp.creditSummaryText')} rules={[...req, { min: 2, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="credit-summary" />
        </Form.Item>
        <Form.Item name="postingId" label={t('emp.creditPosting')} extra={t('emp.creditPostingHelp')}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
