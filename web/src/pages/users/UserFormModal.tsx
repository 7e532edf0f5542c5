import { useEffect, useState } from 'react';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { usersApi, type UserCreateInput } from '../../api/endpoints';
import type { RoleInfo, UserRow } from '../../api/types';
import { useT } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { showFormError, showSuccess } from '../../components/feedback';
import { roleLabel } from '../../components/labels';

type Values = UserCreateInput;

/** Create an account or edit one (name, unit, roles, phone). Role rules are enforced by the server. */
export function UserFormModal({
  open,
  user,
  roles,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: UserRow | null;
  roles: RoleInfo[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? user?.kind ?? 'staff';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({ displayName: user.displayName, orgCode: user.orgCode, roles: user.roles, kind: user.kind === 'external' ? 'external' : 'staff' });
    } else {
      form.setFieldsValue({ kind: 'staff', roles: [] });
    }
  }, [open, user, form]);

  const roleOptions = roles
    .filter((r) => (kind === 'external' ? r.kind === 'external' : r.kind !== 'external'))
    .map((r) => ({ value: r.role, label: roleLabel(t, r.role), disabled: r.kind === 'admin' }));

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    setBusy(true);
    try {
      if (user) {
        await usersApi.update(user.id, {
          displayName: v.displayName,
          orgCode: v.orgCode,
          roles: v.roles,
          ...(v.phone ? { phone: v.phone } : {}),
        });
      } else {
        await usersApi.create({ ...v, username: v.username.trim(), phone: v.phone || undefined });
      }
      showSuccess(t('common.saved'));
      onSaved();
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
      title={user ? t('user.editTitle') : t('user.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'user-save' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" autoComplete="off">
        {!user && (
          <Form.Item name="username" label={t('user.username')} rules={req}>
            <Input maxLength={32} data-testid="user-username" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('user.displayName')} rules={req}>
          <Input maxLength={40} data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('user.kind')} rules={req}>
          <Radio.Group
            disabled={Boolean(user)}
            onChange={() => form.setFieldValue('roles', [])}
            options={[
              { value: 'staff', label: t('user.kind.staff') },
              { value: 'external', label: t('user.kind.external') },
            ]}
          />
        </Form.Item>
        <Form.Item name="orgCode" label={t('user.org')} rules={req}>
          <OrgUnitPicker data-testid="user-org" />
        </Form.Item>
        <Form.Item name="roles" label={t('user.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
          <Select mode="multiple" options={roleOptions} data-testid="user-roles" />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('user.password')} rules={req} extra={t('password.rules')}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
        <Form.Item name="phone" label={t('user.phone')} extra={user?.phone ? `${user.phone}` : undefined}>
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
