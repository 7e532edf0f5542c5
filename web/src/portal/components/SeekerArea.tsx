import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Empty, Popconfirm, Progress, Skeleton, Space, Table, Tabs, Tag, Tooltip } from 'antd';
import { useT } from '../../i18n';
import { isApiError } from '../../api/client';
import { feedback } from '../../components/feedback';
import { SeekerQrCode, seekerCode } from '../../components/SeekerQrCode';
import { portalApi, type MyApplication } from '../api';
import { useLoaded } from '../hooks';
import { dateOnly, wageText, workTypeLabel } from '../format';
import { JobCard } from './JobCard';
import { MySlots } from './MySlots';

const SEEKER_COLORS: Record<string, string> = { active: 'success', expired: 'warning', closed: 'default' };
const APP_COLORS: Record<string, string> = { referred: 'processing', interviewed: 'blue', hired: 'success', not_hired: 'default', no_show: 'warning', withdrawn: 'default' };


/** A job seeker's area: the registration, recommended postings, and applications with their status. */
export function SeekerArea() {
  const t = useT();
  const [tab, setTab] = useState('applications');
  const [version, setVersion] = useState(0);
  const seeker = useLoaded(() => portalApi.mySeeker(), []);
  const recs = useLoaded(() => portalApi.myRecommendations(), []);
  const apps = useLoaded(() => portalApi.myApplications(), [version]);

  const withdraw = async (a: MyApplication) => {
    try {
      await portalApi.withdraw(a.id);
      feedback.message?.success(t('portal.me.withdrawn'));
      setVersion((v) => v + 1);
    } catch (e) {
      feedback.message?.error(e instanceof Error ? e.message : String(e));
    }
  };

  const s = seeker.data;
  const registration =
    s === undefined ? (
      <Skeleton active />
    ) : s === null ? (
      <Alert type={isApiError(seeker.error) && seeker.error.status === 404 ? 'info' : 'error'} showIcon title={isApiError(seeker.error) && seeker.error.status === 404 ? t('portal.me.noSeeker') : seeker.error instanceof Error ? seeker.error.message : t('portal.me.loadFailed')} />
    ) : (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="my-seeker" style={{ flex: '1 1 360px', minWidth: 0 }}>
          <Descriptions.Item label={t('portal.form.name')}>{s.name}</Descriptions.Item>
          <Descriptions.Item label={t('portal.me.seekerStatus')}>
            <Tag color={SEEKER_COLORS[s.displayStatus] ?? 'default'} data-testid="my-seeker-status">
              {t(`portal.me.seeker.${s.displayStatus === 'active' || s.displayStatus === 'expired' ? s.displayStatus : 'closed'}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('portal.form.desiredOccupations')}>{s.desiredOccupations.map((o) => o.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('portal.form.wageExpected')}>{s.wageExpected ? wageText(t, s.wageExpected, null) : t('portal.wage.negotiable')}</Descriptions.Item>
          <Descriptions.Item label={t('portal.form.education')}>{s.educationName ?? s.education ?? '—'}</Descriptions.Item>
          {s.workType && <Descriptions.Item label={t('portal.form.workType')}>{s.workType === 'any' ? t('portal.filter.any') : workTypeLabel(t, s.workType)}</Descriptions.Item>}
          <Descriptions.Item label={t('portal.form.community')}>{s.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('portal.me.validTo')}>{dateOnly(s.validTo)}</Descriptions.Item>
        </Descriptions>
        {s.displayStatus === 'active' && <SeekerQrCode seekerId={s.id} caption={t('portal.me.qrCaption', { code: seekerCode(s.id) })} hint={t('portal.me.qrHint')} />}
      </div>
    );

  const applications = apps.data?.items;
  const appTable =
    apps.data === undefined ? (
      <Skeleton active />
    ) : apps.data === null ? (
      <Alert type="error" showIcon title={apps.error instanceof Error ? apps.error.message : t('portal.me.loadFailed')} />
    ) : (
      <Table<MyApplication>
        rowKey="id"
        size="middle"
        dataSource={applications}
        pagination={(applications?.length ?? 0) > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('portal.me.noApplications')} /> }}
        data-testid="my-applications"
        columns={[
          { title: t('portal.me.appPosting'), dataIndex: 'postingTitle', render: (v: string, a) => <Link to={`/portal/jobs/${a.postingId}`}>{v}</Link> },
          { title: t('portal.job.employer'), dataIndex: 'employerName', render: (v: string, a) => <Link to={`/portal/employers/${a.employerId}`}>{v}</Link> },
          { title: t('portal.me.appChannel'), dataIndex: 'channelName', width: 110 },
          { title: t('portal.me.appDate'), dataIndex: 'referredOn', width: 120, sorter: (a, b) => a.referredOn.localeCompare(b.referredOn), defaultSortOrder: 'descend' },
          {
            title: t('portal.me.appStatus'),
            dataIndex: 'statusName',
            width: 130,
            render: (v: string, a) => (
              <Tooltip title={a.reasonName ?? undefined}>
                <Tag color={APP_COLORS[a.status] ?? 'default'} data-testid="application-status">
                  {a.status === 'referred' && a.channel === 'portal' ? t('portal.me.appliedWaiting') : v}
                </Tag>
              </Tooltip>
            ),
          },
          {
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, a) =>
              a.status === 'referred' && a.channel === 'portal' ? (
                <Popconfirm title={t('portal.me.withdrawConfirm')} onConfirm={() => withdraw(a)}>
                  <Button size="small" danger data-testid="withdraw">
                    {t('portal.me.withdraw')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    );

  const recList =
    recs.data === undefined ? (
      <Skeleton active />
    ) : recs.data === null ? (
      <Alert type="info" showIcon title={recs.error instanceof Error ? recs.error.message : t('portal.me.loadFailed')} />
    ) : recs.data.items.length === 0 ? (
      <Empty description={t('portal.me.noRecommendations')} />
    ) : (
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="my-recommendations">
        {recs.data.items.map((r) => (
          <div key={r.posting.id} style={{ display: 'flex', gap: 12, alignItems: 'stretch' }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <JobCard posting={r.posting} />
            </div>
            <Tooltip title={r.reasons.map((x) => `${x.text}（${x.points}/${x.max}）`).join('；')}>
              <div style={{ width: 84, textAlign: 'center', background: '#fff', border: '1px solid #e8ecf2', borderRadius: 8, padding: '12px 4px', flex: 'none' }}>
                <Progress type="circle" percent={Math.round(r.score)} size={56} format={(p) => `${p}`} />
                <div style={{ fontSize: 12, color: '#8c8c8c', marginTop: 4 }}>{t('portal.me.match')}</div>
              </div>
            </Tooltip>
          </div>
        ))}
      </Space>
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('portal.me.seekerTitle')}>{registration}</Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'applications', label: t('portal.me.applications'), children: appTable },
            { key: 'recommendations', label: t('portal.me.recommendations'), children: recList },
            { key: 'slots', label: t('portal.me.slots'), children: <MySlots /> },
          ]}
        />
      </Card>
    </Space>
  );
}
