import { useEffect, useState } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { registryApi } from '../../api/endpoints';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { showFormError, showSuccess } from '../../components/feedback';

interface Values {
  doneOn: Dayjs;
  note: string;
}

const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > chinaToday();

/** 完成跟踪回访: the day of the visit (today by default) and what it found. Used on the person page and the ledger. */
export function FollowUpDoneModal({
  followUp,
  name,
  onClose,
  onDone,
}: {
  /** The visit being completed; null keeps the dialog closed. */
  followUp: { id: number; dueOn: string } | null;
  /** The person visited, shown in the title (on the ledger). */
  name?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const open = followUp !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ doneOn: dayjs(chinaToday()) });
  }, [open, form]);

  const submit = async () => {
    if (!followUp) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await registryApi.completeFollowUp(followUp.id, { doneOn: v.doneOn.format('YYYY-MM-DD'), note: v.note.trim() });
      showSuccess(t('fu.saved'));
      onDone();
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
      title={followUp ? (name ? t('fu.doneTitleOf', { name, date: followUp.dueOn }) : t('fu.doneTitle', { date: followUp.dueOn })) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('fu.done')}
      okButtonProps={{ loading: busy, 'data-testid': 'follow-up-save' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="followUp" layout="vertical" autoComplete="off">
        <Form.Item name="doneOn" label={t('fu.doneOn')} rules={req}>
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} data-testid="follow-up-done-on" />
        </Form.Item>
        <Form.Item name="note" label={t('fu.note')} rules={[...req, { min: 2, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('fu.notePlaceholder')} data-testid="follow-up-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
