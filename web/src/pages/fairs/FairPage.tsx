import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Button, Card, Descriptions, Input, Modal, Popconfirm, Result, Space, Spin, Tabs, Tag } from 'antd';
import { CheckCircleOutlined, EditOutlined, PrinterOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { fairsApi, type FairView } from './fairApi';
import { FairFormModal } from './FairFormModal';
import { ParticipationsTab } from './ParticipationsTab';
import { CheckinsTab } from './CheckinsTab';
import { IntentionsTab } from './IntentionsTab';
import { SlotsTab } from './SlotsTab';
import { StatsTable } from './StatsTable';
import { FAIR_STATUS_COLORS, hm, namesOf, useFairCodes } from './fairLabels';

/** 招聘会详情: 基本信息 (edit, publish, close, cancel), 参会单位, 现场签到, 录用意向, 网络面试 (online fairs), 统计. */
export default function FairPage() {
  const t = useT();
  const id = Number(useParams().id);
  const codes = useFairCodes();
  const [params, setParams] = useSearchParams();
  const [fair, setFair] = useState<FairView | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const [tick, setTick] = useState(0);

  const load = useCallback(async () => {
    try {
      setFair(await fairsApi.get(id));
    } catch (e) {
      if (isApiError(e) && e.status === 404) setMissing(true);
      else showError(e);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load, tick]);

  const refresh = useCallback(() => setTick((n) => n + 1), []);

  const act = async (key: string, run: () => Promise<FairView>, done: string) => {
    setBusy(key);
    try {
      setFair(await run());
      showSuccess(done);
      return true;
    } catch (e) {
      showError(e);
      return false;
    } finally {
      setBusy(null);
    }
  };

  if (missing) return <Result status="404" title={t('common.notFound')} extra={<Link to="/fairs">{t('common.back')}</Link>} />;
  if (!fair) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;

  const tab = params.get('tab') ?? 'info';
  const info = (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="fair-descriptions">
      <Descriptions.Item label={t('fair.name')}>{fair.name}</Descriptions.Item>
      <Descriptions.Item label={t('fair.kind')}>{fair.kindName}</Descriptions.Item>
      <Descriptions.Item label={t('fair.organiser')}>{fair.regionName}</Descriptions.Item>
      <Descriptions.Item label={t('fair.heldOn')}>{`${fair.heldOn} ${hm(fair.startsAt)}–${hm(fair.endsAt)}`}</Descriptions.Item>
      <Descriptions.Item label={t('fair.venue')} span={2}>
        {fair.venue}
      </Descriptions.Item>
      <Descriptions.Item label={t('fair.boothCapacity')}>{fair.boothCapacity}</Descriptions.Item>
      <Descriptions.Item label={t('fair.targetGroups')}>{namesOf(codes.targetGroups, fair.targetGroups) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('fair.campaign')}>
        {fair.campaignId ? <Link to={`/campaigns/${fair.campaignId}`}>{fair.campaignName}</Link> : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('fair.recurrence')}>
        {fair.series ? `${t(`fair.every.${fair.series.every}`)}（${fair.series.firstOn}～${fair.series.untilOn}）` : t('fair.every.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('fair.employers')}>{fair.employers}</Descriptions.Item>
      <Descriptions.Item label={t('fair.applications')}>{fair.applications}</Descriptions.Item>
      <Descriptions.Item label={t('fair.checkins')}>{fair.checkins}</Descriptions.Item>
      <Descriptions.Item label={t('fair.intentions')}>{fair.intentions}</Descriptions.Item>
      <Descriptions.Item label={t('fair.publishedAt')}>{fmtDateTime(fair.publishedAt) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('fair.closedAt')}>{fmtDateTime(fair.closedAt) || '—'}</Descriptions.Item>
      {fair.cancelReason && (
        <Descriptions.Item label={t('fair.cancelReason')} span={3}>
          {fair.cancelReason}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('fair.description')} span={3}>
        {fair.description ?? '—'}
      </Descriptions.Item>
    </Descriptions>
  );

  const items = [
    { key: 'info', label: t('fair.tabInfo'), children: info },
    { key: 'booths', label: t('fair.tabBooths'), children: <ParticipationsTab fair={fair} onChange={refresh} /> },
    { key: 'checkins', label: t('fair.tabCheckins'), children: <CheckinsTab fair={fair} onChange={refresh} /> },
    { key: 'intentions', label: t('fair.tabIntentions'), children: <IntentionsTab fair={fair} onChange={refresh} /> },
    ...(fair.kind === 'online' ? [{ key: 'slots', label: t('fair.tabSlots'), children: <SlotsTab fair={fair} /> }] : []),
    {
      key: 'stats',
      label: t('fair.tabStats'),
      children: <StatsTable query={{ groupBy: 'fair', from: fair.heldOn, to: fair.heldOn, fairId: fair.id }} onlyKey={String(fair.id)} />,
    },
  ];

  return (
    <Card
      title={
        <Space>
          {fair.name}
          <Tag color={FAIR_STATUS_COLORS[fair.status]} data-testid="fair-status">
            {fair.statusName}
          </Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <Button icon={<PrinterOutlined />} href={`/fairs/${fair.id}/programme/print`} target="_blank">
            {t('fair.programme')}
          </Button>
          {fair.can.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {fair.can.publish && (
            <Popconfirm title={t('fair.publishConfirm')} onConfirm={() => void act('publish', () => fairsApi.publish(fair.id), t('fair.published'))}>
              <Button type="primary" icon={<SendOutlined />} loading={busy === 'publish'}>
                {t('fair.publish')}
              </Button>
            </Popconfirm>
          )}
          {fair.can.close && (
            <Popconfirm title={t('fair.closeConfirm')} onConfirm={() => void act('close', () => fairsApi.close(fair.id), t('fair.closed'))}>
              <Button icon={<CheckCircleOutlined />} loading={busy === 'close'}>
                {t('fair.close')}
              </Button>
            </Popconfirm>
          )}
          {fair.can.cancel && (
            <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)}>
              {t('fair.cancel')}
            </Button>
          )}
        </Space>
      }
    >
      <Tabs activeKey={tab} onChange={(k) => setParams({ tab: k }, { replace: true })} items={items} destroyOnHidden />
      <FairFormModal
        open={editing}
        fair={fair}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          refresh();
        }}
      />
      <Modal
        open={cancelling}
        title={t('fair.cancelTitle')}
        onCancel={() => setCancelling(false)}
        okButtonProps={{ danger: true, disabled: !cancelReason.trim(), loading: busy === 'cancel' }}
        okText={t('fair.cancel')}
        onOk={async () => {
          if (await act('cancel', () => fairsApi.cancel(fair.id, cancelReason.trim()), t('fair.cancelled'))) setCancelling(false);
        }}
        destroyOnHidden
      >
        <label htmlFor="fair-cancel-reason">{t('fair.cancelReason')}</label>
        <Input.TextArea id="fair-cancel-reason" rows={3} maxLength={500} value={cancelReason} onChange={(e) => setCancelReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
