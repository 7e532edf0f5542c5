import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { Button, Dropdown, Layout, Menu, Segmented, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth, useMe } from '../auth/AuthContext';
import { useI18n, type Lang } from '../i18n';
import { MENU, menuKeyOf, type MenuEntry } from './menu';
import { OrgUnitPicker } from './OrgUnitPicker';
import { useScopeUnit } from './ScopeContext';
import { ChangePasswordModal } from './ChangePasswordModal';
import { roleLabel } from './labels';

const { Header, Sider, Content } = Layout;

/** The staff shell: header (title, scope picker, user, language, logout) and permission-driven menu. */
export function AppLayout() {
  const me = useMe();
  const { can, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const { unit, setUnit } = useScopeUnit();
  const [pwdOpen, setPwdOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  const items = useMemo(() => {
    const visible = MENU.filter((m) => !m.permission || can(m.permission));
    const item = (m: MenuEntry) => ({
      key: m.key,
      icon: m.icon,
      label: (
        <Link to={m.path} data-testid={m.testId}>
          {t(m.label)}
        </Link>
      ),
    });
    // Ungrouped entries first, then each heading the user has entries under, in the menu's order.
    const groups = [...new Set(visible.flatMap((m) => (m.group ? [m.group] : [])))];
    return [
      ...visible.filter((m) => !m.group).map(item),
      ...groups.map((g) => ({ type: 'group' as const, key: `group-${g}`, label: t(`menu.group.${g}`), children: visible.filter((m) => m.group === g).map(item) })),
    ];
  }, [can, t]);

  const roles = me.roles.map((r) => roleLabel(t, r));
  const orgPath = me.orgUnit.pathNames.join(' / ');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          padding: '0 20px',
          background: '#0b3d91',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Link>
        {can('org.view') && !me.user.mustChangePassword && (
          <Space size={6} style={{ color: 'rgba(255,255,255,0.85)' }}>
            <span style={{ whiteSpace: 'nowrap' }}>{t('header.scope')}</span>
            <OrgUnitPicker
              data-testid="scope-picker"
              value={unit.code}
              style={{ width: 220 }}
              onChange={(_code, u) => {
                if (u) setUnit(u);
              }}
            />
          </Space>
        )}
        <div style={{ flex: 1 }} />
        <Tooltip title={orgPath}>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', maxWidth: 320 }} ellipsis data-testid="header-org-path">
            {orgPath}
          </Typography.Text>
        </Tooltip>
        <Space size={4} wrap={false}>
          {roles.map((r) => (
            <Tag key={r} color="gold" style={{ marginInlineEnd: 0 }}>
              {r}
            </Tag>
          ))}
        </Space>
        <Segmented<Lang>
          size="small"
          value={lang}
          onChange={setLang}
          options={[
            { label: '中文', value: 'zh' },
            { label: 'EN', value: 'en' },
          ]}
          data-testid="lang-switch"
        />
        <Dropdown
          menu={{
            items: [{ key: 'pwd', icon: <KeyOutlined />, label: t('header.changePassword'), onClick: () => setPwdOpen(true) }],
          }}
        >
          <Button type="text" icon={<UserOutlined />} style={{ color: '#fff' }} data-testid="user-menu">
            {me.user.displayName}
          </Button>
        </Dropdown>
        <Button icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout" ghost>
          {t('header.logout')}
        </Button>
      </Header>
      <Layout>
        <Sider width={200} theme="light" collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
          <Menu mode="inline" selectedKeys={[menuKeyOf(location.pathname)]} items={items} style={{ borderInlineEnd: 0, paddingTop: 8 }} />
        </Sider>
        <Content style={{ padding: 20, minWidth: 0 }}>
          {/* Until a temporary password is changed the server refuses other requests: show no page. */}
          {!me.user.mustChangePassword && (
            <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
              <Outlet />
            </Suspense>
          )}
        </Content>
      </Layout>
      <ChangePasswordModal open={pwdOpen || me.user.mustChangePassword} forced={me.user.mustChangePassword} onClose={() => setPwdOpen(false)} />
    </Layout>
  );
}
