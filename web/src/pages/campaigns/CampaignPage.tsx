import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Progress, Result, Space, Spin, Table, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { fairsApi, type Campaign, type FairSummary } from '../fairs/fairApi';
import { FAIR_STATUS_COLORS, namesOf, percent, useFairCodes } from '../fairs/fairLabels';
import { useStats } from '../fairs/StatsTable';
import { useFairList } from '../fairs/useFairList';
import { CampaignFormModal } from './CampaignFormModal';

const GOALS = ['fairs', 'employers', 'positions', 'seekers', 'intentions'] as const;

/** 专项活动详情: the campaign, its numbers against its goals (stats with campaignId), and its fairs. */
export default function CampaignPage() {
  const t = useT();
  const id = Number(useParams().id);
  const codes = useFairCodes();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);

  const load = useCallback(async () => {
    try {
      setCampaign(await fairsApi.campaign(id));
    } catch (e) {
      if (isApiError(e) && e.status === 404) setMissing(true);
      else showError(e);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const statsQuery = useMemo(
    () => (campaign ? { campaignId: campaign.id, from: campaign.startsOn, to: campaign.endsOn, regionCode: campaign.regionCode, groupBy: 'campaign' } : null),
    [campaign],
  );
  const { stats } = useStats(statsQuery);
  const fairs = useFairList({ campaignId: id }, campaign !== null);

  if (missing) return <Result status="404" title={t('common.notFound')} extra={<Link to="/campaigns">{t('common.back')}</Link>} />;
  if (!campaign) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;

  const actual = stats?.total;
  const columns: ColumnsType<FairSummary> = [
    { title: t('fair.heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
    { title: t('fair.name'), dataIndex: 'name', key: 'name', render: (v: string, f) => <Link to={`/fairs/${f.id}`}>{v}</Link> },
    { title: t('fair.organiser'), dataIndex: 'regionName', key: 'region', width: 130 },
    { title: t('fair.employers'), dataIndex: 'employers', key: 'employers', width: 90, align: 'right' },
    { title: t('fair.checkins'), dataIndex: 'checkins', key: 'checkins', width: 90, align: 'right' },
    { title: t('fair.intentions'), dataIndex: 'intentions', key: 'intentions', width: 90, align: 'right' },
    { title: t('common.status'), key: 'status', width: 90, render: (_, f) => <Tag color={FAIR_STATUS_COLORS[f.status]}>{f.statusName}</Tag> },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={campaign.name}
        extra={
          campaign.can.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('campaign.kind')}>{campaign.kindName}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.organiser')}>{campaign.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.period')}>{`${campaign.startsOn} ～ ${campaign.endsOn}`}</Descriptions.Item>
          <Descriptions.Item label={t('fair.targetGroups')}>{namesOf(codes.targetGroups, campaign.targetGroups) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.participantUnits')} span={2}>
            {campaign.participantUnits.map((u) => u.name).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.description')} span={3}>
            {campaign.description ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('campaign.progress')} size="small">
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="campaign-progress">
          {GOALS.map((g) => {
            const done = actual ? actual[g] : 0;
            const goal = campaign.goals[g];
            return (
              <Descriptions.Item key={g} label={t(`campaign.goal.${g}`)}>
                <Space>
                  <span>{goal ? `${done} / ${goal}` : done}</span>
                  {goal ? <Progress percent={Math.round((done / goal) * 100)} size="small" style={{ width: 120 }} /> : null}
                </Space>
              </Descriptions.Item>
            );
          })}
          <Descriptions.Item label={t('stats.unemployedShare')}>{actual ? percent(actual.unemployedShare) : '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      {campaign.services && (
        <Card title={t('campaign.services')} size="small">
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="campaign-services">
            {campaign.services.map((s) => (
              <Descriptions.Item key={s.kind} label={s.name}>
                {s.count}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
      <Card title={t('campaign.fairList')} size="small">
        <Table<FairSummary> rowKey="id" size="small" columns={columns} {...fairs.tableProps} />
      </Card>
      <CampaignFormModal
        open={editing}
        campaign={campaign}
        onClose={() => setEditing(false)}
        onSaved={(c) => {
          setEditing(false);
          setCampaign(c);
        }}
      />
    </Space>
  );
}
