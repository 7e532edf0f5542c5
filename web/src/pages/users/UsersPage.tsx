import { useEffect, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { KeyOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { LIST, usersApi } from '../../api/endpoints';
import type { RoleInfo, UserRow } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { useScopeUnit } from '../../components/ScopeContext';
import { fmtDateTime, fmtLockEnd, STATUS_COLORS } from '../../components/format';
import { labelOf, roleLabel } from '../../components/labels';
import { feedback, showError, showSuccess } from '../../components/feedback';
import { UserFormModal } from './UserFormModal';
import { ResetPasswordModal } from './ResetPasswordModal';

/** 用户管理: accounts in scope; the security administrator creates, edits, resets, unlocks, disables. */
export default function UsersPage() {
  const t = useT();
  const { can } = useAuth();
  const manage = can('user.manage');
  const { unit } = useScopeUnit();
  const [roles, setRoles] = useState<RoleInfo[]>([]);
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  useEffect(() => {
    usersApi.roles().then(setRoles).catch(showError);
  }, []);

  const table = useServerTable<UserRow>(LIST.users, { q: q.trim() || undefined, role, status, orgCode: unit.code }, { defaultSort: 'createdAt', defaultOrder: 'desc' });

  const unlock = async (u: UserRow) => {
    try {
      await usersApi.unlock(u.id);
      showSuccess(t('user.unlocked'));
      table.reload();
    } catch (e) {
      showError(e);
    }
  };

  const toggle = (u: UserRow) => {
    const disable = u.status === 'active';
    feedback.modal?.confirm({
      title: disable ? t('user.disableConfirm', { name: u.displayName }) : t('user.enableConfirm', { name: u.displayName }),
      okButtonProps: { danger: disable },
      onOk: async () => {
        try {
          await usersApi.update(u.id, { status: disable ? 'disabled' : 'active' });
          showSuccess(t('common.saved'));
          table.reload();
        } catch (e) {
          showError(e);
        }
      },
    });
  };

  const columns: ColumnsType<UserRow> = [
    { title: t('user.username'), dataIndex: 'username', key: 'username', width: 140, sorter: true, sortOrder: table.sortOrderOf('username') },
    { title: t('user.displayName'), dataIndex: 'displayName', key: 'displayName', width: 120, sorter: true, sortOrder: table.sortOrderOf('displayName') },
    { title: t('user.org'), dataIndex: 'orgName', key: 'orgCode', ellipsis: true, sorter: true, sortOrder: table.sortOrderOf('orgCode') },
    { title: t('user.kind'), dataIndex: 'kind', key: 'kind', width: 100, render: (k: string) => labelOf(t, 'user.kind.', k) },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      key: 'roles',
      render: (rs: string[]) => (
        <Space size={[4, 4]} wrap>
          {rs.map((r) => (
            <Tag key={r} color="blue">
              {roleLabel(t, r)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('user.status'),
      dataIndex: 'status',
      key: 'status',
      width: 200,
      render: (s: string, u) => (
        <Space size={4} wrap>
          <Tag color={STATUS_COLORS[s] ?? 'default'}>{labelOf(t, 'user.status.', s)}</Tag>
          {u.locked && (
            <Tooltip title={u.lockedUntil ? `${t('user.lockedUntil')} ${fmtDateTime(u.lockedUntil)}` : undefined}>
              <Tag color="red" icon={<LockOutlined />} data-testid={`user-locked-${u.id}`}>
                {u.lockedUntil ? t('user.lockedUntilAt', { time: fmtLockEnd(u.lockedUntil) }) : t('user.locked')}
              </Tag>
            </Tooltip>
          )}
          {u.mustChangePassword && (
            <Tooltip title={t('user.mustChangeHint')}>
              <Tag color="orange" icon={<KeyOutlined />} data-testid={`user-must-change-${u.id}`}>
                {t('user.mustChange')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('user.lastLogin'), dataIndex: 'lastLoginAt', key: 'lastLoginAt', width: 150, sorter: true, sortOrder: table.sortOrderOf('lastLoginAt'), render: fmtDateTime },
    { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 150, sorter: true, sortOrder: table.sortOrderOf('createdAt'), render: fmtDateTime },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      fixed: 'right',
      render: (_, u) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            onClick={() => {
              setEditing(u);
              setFormOpen(true);
            }}
            data-testid={`user-edit-${u.id}`}
          >
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setResetting(u)} data-testid={`user-reset-${u.id}`}>
            {t('user.resetPassword')}
          </Button>
          {u.locked && (
            <Button type="link" size="small" onClick={() => void unlock(u)} data-testid={`user-unlock-${u.id}`}>
              {t('user.unlock')}
            </Button>
          )}
          <Button type="link" size="small" danger={u.status === 'active'} onClick={() => toggle(u)} data-testid={`user-toggle-${u.id}`}>
            {u.status === 'active' ? t('user.disable') : t('user.enable')}
          </Button>
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('menu.users')}
      extra={
        <Space>
          {manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
              }}
              data-testid="user-create"
            >
              {t('common.create')}
            </Button>
          )}
          <ExportButton listPath={LIST.users} query={table.exportQuery} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('user.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 220 }} data-testid="user-search" />
        <Select
          allowClear
          placeholder={t('user.roles')}
          style={{ width: 180 }}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r.role, label: roleLabel(t, r.role) }))}
        />
        <Select
          allowClear
          placeholder={t('user.status')}
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={['active', 'disabled'].map((s) => ({ value: s, label: labelOf(t, 'user.status.', s) }))}
        />
      </Space>
      <Table<UserRow> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1370 }} />
      <UserFormModal
        open={formOpen}
        user={editing}
        roles={roles}
        onClose={() => setFormOpen(false)}
        onSaved={() => {
          setFormOpen(false);
          table.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
