import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Dropdown, Segmented, Space } from 'antd';
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { useI18n, type Lang } from '../i18n';
import { useAuth } from '../auth/AuthContext';
import { authApi } from '../api/endpoints';
import { useCity } from './hooks';
import './portal.css';

/** The city's name without its 市 (景德镇市 → 景德镇) for the site title. */
export function shortCity(name: string | undefined): string {
  return name ? name.replace(/市$/, '') : '';
}

/** The public portal's frame: top bar (language, account), header with the city's name and the menu, footer. */
export default function PortalLayout() {
  const { t, lang, setLang } = useI18n();
  const { me, refresh } = useAuth();
  const city = useCity();
  const location = useLocation();
  const navigate = useNavigate();
  const siteName = t('portal.siteName', { city: shortCity(city?.name) });

  useEffect(() => {
    document.title = siteName;
  }, [siteName]);

  const logout = async () => {
    await authApi.logout().catch(() => undefined);
    await refresh();
    navigate('/portal');
  };

  const here = location.pathname + location.search;
  const nav = [
    { to: '/portal', label: t('portal.nav.home'), end: true, id: 'home' },
    { to: '/portal/jobs', label: t('portal.nav.jobs'), end: false, id: 'jobs' },
    { to: '/portal/fairs', label: t('portal.nav.fairs'), end: false, id: 'fairs' },
    { to: '/portal/articles', label: t('portal.nav.articles'), end: false, id: 'articles' },
    { to: '/portal/me', label: t('portal.nav.me'), end: false, id: 'me' },
  ];

  return (
    <div className="portal">
      <div className="portal-topbar">
        <div className="portal-container">
          <span className="portal-topbar-host">{t('portal.host', { city: city?.name ?? '' })}</span>
          <div className="portal-topbar-right">
            {me ? (
              <>
                <span data-testid="portal-user">
                  <UserOutlined /> {me.user.displayName}
                </span>
                <Button type="link" onClick={() => void logout()} data-testid="portal-logout">
                  {t('portal.logout')}
                </Button>
              </>
            ) : (
              <>
                <Link to="/login" state={{ from: here === '/portal' ? '/portal/me' : here }} data-testid="portal-login">
                  {t('portal.login')}
                </Link>
                <Dropdown
                  menu={{
                    items: [
                      { key: 'seeker', label: <Link to="/portal/register/seeker">{t('portal.register.seeker')}</Link> },
                      { key: 'employer', label: <Link to="/portal/register/employer">{t('portal.register.employer')}</Link> },
                    ],
                  }}
                >
                  <a onClick={(e) => e.preventDefault()} href="#register">
                    <Space size={2}>
                      {t('portal.register')}
                      <DownOutlined />
                    </Space>
                  </a>
                </Dropdown>
              </>
            )}
            <Segmented<Lang>
              size="small"
              value={lang}
              onChange={setLang}
              options={[
                { label: '中文', value: 'zh' },
                { label: 'EN', value: 'en' },
              ]}
            />
          </div>
        </div>
      </div>
      <header className="portal-header">
        <div className="portal-container">
          <Link to="/portal" className="portal-brand" data-testid="portal-brand">
            <span className="portal-emblem">{t('portal.emblem')}</span>
            <span>
              <div className="portal-brand-title" data-testid="portal-site-name">
                {siteName}
              </div>
              <div className="portal-brand-sub">{t('portal.tagline')}</div>
            </span>
          </Link>
          <nav className="portal-nav">
            {nav.map((n) => (
              <NavLink key={n.id} to={n.to} end={n.end} className={({ isActive }) => (isActive ? 'active' : '')} data-testid={`portal-nav-${n.id}`}>
                {n.label}
              </NavLink>
            ))}
          </nav>
        </div>
      </header>
      <main className="portal-main">
        <Outlet />
      </main>
      <footer className="portal-footer">
        <div className="portal-container">
          <div>{t('portal.footer.host', { city: city?.name ?? '' })}</div>
          <div>{t('portal.footer.free')}</div>
          <div>
            {t('portal.footer.antiDiscrimination')} · <Link to="/login">{t('portal.footer.staff')}</Link>
          </div>
        </div>
      </footer>
    </div>
  );
}
