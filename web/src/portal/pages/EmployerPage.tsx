import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, Descriptions, Empty, Result, Skeleton, Space, Typography } from 'antd';
import { BankOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { isApiError } from '../../api/client';
import { portalApi } from '../api';
import { useLoaded } from '../hooks';
import { sizeBandLabel } from '../format';
import { JobCard } from '../components/JobCard';
import { MemberBadge } from '../components/MemberBadge';
import { TextBlock } from '../components/TextBlock';

/** 单位主页: a verified employer's public page with its valid postings; 会员单位 badge. */
export default function EmployerPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { data: e, error } = useLoaded(() => portalApi.employer(id), [id]);

  if (e === undefined) return <div className="portal-container"><Skeleton active paragraph={{ rows: 8 }} /></div>;
  if (e === null)
    return (
      <div className="portal-container">
        <Result
          status="404"
          title={t('portal.employer.notFound')}
          subTitle={isApiError(error) && error.status !== 404 ? error.message : undefined}
          extra={<Link to="/portal/jobs"><Button type="primary">{t('portal.job.backToSearch')}</Button></Link>}
        />
      </div>
    );

  return (
    <div className="portal-container">
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/portal">{t('portal.nav.home')}</Link> }, { title: e.name }]} />
      <Card>
        <Space align="center" wrap>
          <BankOutlined style={{ fontSize: 28, color: '#0b5fd6' }} />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="employer-name">
            {e.name}
          </Typography.Title>
          {e.member && <MemberBadge />}
        </Space>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" style={{ marginTop: 16 }}>
          {e.industryName && <Descriptions.Item label={t('portal.employer.industry')}>{e.industryName}</Descriptions.Item>}
          {e.unitType && <Descriptions.Item label={t('portal.employer.unitType')}>{e.unitTypeName ?? e.unitType}</Descriptions.Item>}
          {e.ownershipType && <Descriptions.Item label={t('portal.employer.ownership')}>{e.ownershipName ?? e.ownershipType}</Descriptions.Item>}
          {e.sizeBand && <Descriptions.Item label={t('portal.employer.size')}>{sizeBandLabel(t, e.sizeBand)}</Descriptions.Item>}
          {e.regionName && <Descriptions.Item label={t('portal.employer.region')}>{e.regionName}</Descriptions.Item>}
          {e.address && <Descriptions.Item label={t('portal.employer.address')}>{e.address}</Descriptions.Item>}
        </Descriptions>
        {e.introduction && (
          <>
            <Typography.Title level={5}>{t('portal.employer.introduction')}</Typography.Title>
            <TextBlock text={e.introduction} />
          </>
        )}
      </Card>
      <Card title={<h2 className="portal-section-title">{t('portal.employer.postings', { n: e.postings.length })}</h2>} style={{ marginTop: 16 }} data-testid="employer-postings">
        {e.postings.length === 0 ? (
          <Empty description={t('portal.employer.noPostings')} />
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {e.postings.map((p) => (
              <JobCard key={p.id} posting={p} hideEmployer />
            ))}
          </Space>
        )}
      </Card>
    </div>
  );
}
