import { Link } from 'react-router-dom';
import { Button, Card, Result, Space } from 'antd';
import { useT } from '../../i18n';
import { useAuth } from '../../auth/AuthContext';
import { SeekerArea } from '../components/SeekerArea';
import { EmployerArea } from '../components/EmployerArea';

/** 我的: a job seeker's registration, recommendations and applications; an employer's verification status. */
export default function MyPage() {
  const t = useT();
  const { me, loading, hasRole } = useAuth();
  if (loading) return null;
  if (!me)
    return (
      <div className="portal-container">
        <Card>
          <Result
            status="info"
            title={t('portal.me.loginFirst')}
            extra={
              <Space wrap>
                <Link to="/login" state={{ from: '/portal/me' }}>
                  <Button type="primary">{t('portal.login')}</Button>
                </Link>
                <Link to="/portal/register/seeker">
                  <Button>{t('portal.register.seeker')}</Button>
                </Link>
                <Link to="/portal/register/employer">
                  <Button>{t('portal.register.employer')}</Button>
                </Link>
              </Space>
            }
          />
        </Card>
      </div>
    );
  return (
    <div className="portal-container">
      {hasRole('job_seeker') ? (
        <SeekerArea />
      ) : hasRole('employer') ? (
        <EmployerArea />
      ) : (
        <Card>
          <Result
            status="info"
            title={t('portal.me.staff', { name: me.user.displayName })}
            extra={
              <Link to="/">
                <Button type="primary">{t('portal.me.toStaffApp')}</Button>
              </Link>
            }
          />
        </Card>
      )}
    </div>
  );
}
