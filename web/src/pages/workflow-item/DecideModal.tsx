import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import type { DecideAction } from '../../api/types';
import { useT } from '../../i18n';

/**
 * Asks for the review comment; required for return and reject, optional for approve. `actionNames`
 * renames the actions where a step means something else (a city *receives* a district's report).
 */
export function DecideModal({
  action,
  subject,
  busy,
  onCancel,
  onConfirm,
  actionNames,
}: {
  action: DecideAction | null;
  subject: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
  actionNames?: Partial<Record<DecideAction, string>>;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  const [open, setOpen] = useState(false);
  const required = action === 'return' || action === 'reject';
  const actionName = (action && actionNames?.[action]) ?? (action === 'approve' ? t('wf.approve') : action === 'return' ? t('wf.return') : t('wf.reject'));

  useEffect(() => {
    setOpen(action !== null);
    if (action) form.resetFields();
  }, [action, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    onConfirm((values.reason ?? '').trim());
  };

  return (
    <Modal
      open={open}
      title={t('wf.decideTitle', { action: actionName, subject })}
      onCancel={onCancel}
      onOk={() => void submit()}
      okText={actionName}
      okButtonProps={{ loading: busy, danger: action === 'reject', 'data-testid': 'decide-confirm' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('wf.reason')}
          rules={[
            { required, whitespace: true, message: t('wf.reasonRequired') },
            { max: 500, message: '≤ 500' },
          ]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={t('wf.reasonPlaceholder')} data-testid="decide-reason" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
