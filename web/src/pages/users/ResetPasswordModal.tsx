import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { usersApi } from '../../api/endpoints';
import type { UserRow } from '../../api/types';
import { useT } from '../../i18n';
import { showFormError, showSuccess } from '../../components/feedback';

/** Sets a new password; the user must change it at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    const { password } = values;
    setBusy(true);
    try {
      await usersApi.resetPassword(user.id, password);
      showSuccess(t('user.resetDone'));
      onClose();
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('user.resetPasswordTitle', { name: user.displayName }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'reset-password-confirm' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" autoComplete="off">
        <Form.Item name="password" label={t('user.newPassword')} rules={[{ required: true, message: t('common.required') }]} extra={t('password.rules')}>
          <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
