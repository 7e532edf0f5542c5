import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../../auth/AuthContext';
import { useI18n, type Lang } from '../../i18n';
import { isApiError } from '../../api/client';

interface Values {
  username: string;
  password: string;
}

interface LoginState {
  from?: string;
  expired?: boolean;
}

/** 登录: username/password; shows the server's message (wrong password, locked, disabled…). */
export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { me, loading, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const [error, setError] = useState<string | null>(state.expired ? t('login.sessionExpired') : null);
  const [errorType, setErrorType] = useState<'error' | 'warning'>(state.expired ? 'warning' : 'error');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('login.title')} - ${t('app.title')}`;
  }, [t]);

  // Where to go once signed in: back where we came from; a job seeker to the portal's 我的.
  const destination = (roles: string[]) => (state.from && state.from !== '/login' ? state.from : roles.includes('job_seeker') ? '/portal/me' : '/');
  if (!loading && me) return <Navigate to={destination(me.roles)} replace />;

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await login(values.username.trim(), values.password);
      navigate(destination(signedIn.roles), { replace: true });
    } catch (e) {
      setErrorType(isApiError(e) && e.code === 'account_locked' ? 'warning' : 'error');
      setError(e instanceof Error ? e.message : t('login.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #0b3d91 0%, #1d6fd8 60%, #e8f0fb 100%)',
        padding: 16,
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <Segmented<Lang>
          value={lang}
          onChange={setLang}
          options={[
            { label: '中文', value: 'zh' },
            { label: 'EN', value: 'en' },
          ]}
        />
      </div>
      <Typography.Title level={2} style={{ color: '#fff', marginBottom: 4 }}>
        {t('app.title')}
      </Typography.Title>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', marginBottom: 24 }}>{t('app.subtitle')}</Typography.Text>
      <Card title={t('login.title')} style={{ width: 380, maxWidth: '100%' }}>
        {error && <Alert type={errorType} showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<Values> layout="vertical" onFinish={(v) => void onFinish(v)} autoComplete="on" requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }} data-testid="login-demo-hint">
          {t('login.demoHint')}
        </Typography.Paragraph>
        <div style={{ marginTop: 12, textAlign: 'center' }}>
          <Link to="/portal" data-testid="login-to-portal">
            {t('portal.backHome')}
          </Link>
        </div>
      </Card>
    </div>
  );
}
