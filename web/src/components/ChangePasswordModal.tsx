import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { authApi } from '../api/endpoints';
import { useAuth } from '../auth/AuthContext';
import { useT } from '../i18n';
import { showFormError, showSuccess } from './feedback';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change own password. When `forced` (mustChangePassword) it cannot be dismissed. */
export function ChangePasswordModal({ open, forced, onClose }: { open: boolean; forced: boolean; onClose: () => void }) {
  const t = useT();
  const { refresh, logout } = useAuth();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return; // the form shows what is missing
    setBusy(true);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      showSuccess(t('password.changed'));
      form.resetFields();
      await refresh();
      onClose();
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'password-submit' }}
      cancelText={forced ? t('header.logout') : t('common.cancel')}
      onCancel={() => (forced ? void logout() : onClose())}
      closable={!forced}
      mask={{ closable: false }}
      keyboard={!forced}
      destroyOnHidden
    >
      {forced && <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" autoComplete="off" onFinish={() => void submit()}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rules')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) =>
                !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
