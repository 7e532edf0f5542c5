import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { portalApi } from '../api';
import { useLoaded } from '../hooks';
import { dateOnly, employerStatusLabel } from '../format';
import { MemberBadge } from './MemberBadge';
import { FairApplyCard } from './FairApplyCard';

const STATUS_COLORS: Record<string, string> = { draft: 'default', pending: 'processing', returned: 'warning', verified: 'success', rejected: 'error' };

/** An employer account's area: its verification status and the way to 岗位管理 in the staff app. */
export function EmployerArea() {
  const t = useT();
  const { data: e, error } = useLoaded(() => portalApi.myEmployer(), []);
  if (e === undefined) return <Skeleton active />;
  if (e === null) return <Alert type="error" showIcon title={error instanceof Error ? error.message : t('portal.me.loadFailed')} />;
  const credit = e.credit;
  const bad = credit ? credit.warning + credit.false_posting + credit.complaint + credit.violation : 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="my-employer-name">{e.name}</span>
            <Tag color={STATUS_COLORS[e.status] ?? 'default'} data-testid="my-employer-status">
              {employerStatusLabel(t, e.status)}
            </Tag>
            {e.member && <MemberBadge />}
          </Space>
        }
      >
        {e.status === 'pending' && <Alert type="info" showIcon title={t('portal.me.employerPending')} style={{ marginBottom: 16 }} />}
        {(e.status === 'returned' || e.status === 'rejected') && (
          <Alert
            type={e.status === 'returned' ? 'warning' : 'error'}
            showIcon
            title={t(e.status === 'returned' ? 'portal.me.employerReturned' : 'portal.me.employerRejected')}
            description={e.lastDecision?.reason ?? undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        {e.status === 'verified' && <Alert type="success" showIcon title={t('portal.me.employerVerified', { date: dateOnly(e.verifiedAt) })} style={{ marginBottom: 16 }} />}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('portal.form.creditCode')}>{e.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('portal.employer.region')}>{e.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('portal.me.registeredAt')}>{dateOnly(e.createdAt)}</Descriptions.Item>
          {e.member && e.memberUntil && <Descriptions.Item label={t('portal.me.memberUntil')}>{e.memberUntil}</Descriptions.Item>}
          {credit && (
            <Descriptions.Item label={t('portal.me.credit')}>
              {bad === 0 ? t('portal.me.creditClean') : t('portal.me.creditEvents', { n: bad })}
              {credit.commendation > 0 ? ` · ${t('portal.me.commendations', { n: credit.commendation })}` : ''}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('portal.me.postingsTitle')}>
        <Typography.Paragraph>{t('portal.me.postingsText')}</Typography.Paragraph>
        <Space wrap>
          <Link to="/postings">
            <Button type="primary" data-testid="to-postings">
              {t('portal.me.toPostings')}
            </Button>
          </Link>
          {e.status === 'verified' && (
            <Link to={`/portal/employers/${e.id}`}>
              <Button>{t('portal.me.publicPage')}</Button>
            </Link>
          )}
        </Space>
      </Card>
      <FairApplyCard verified={e.status === 'verified'} />
    </Space>
  );
}
