import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, DatePicker, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { usePickedUnit } from '../../components/usePickedUnit';
import { FAIRS_PATH, type FairSummary } from './fairApi';
import { CampaignSelect } from './CampaignSelect';
import { useFairList } from './useFairList';
import { FairCalendar } from './FairCalendar';
import { FairFormModal } from './FairFormModal';
import { FollowUpList } from './FollowUpList';
import { FAIR_STATUS_COLORS, hm, toOptions, useFairCodes } from './fairLabels';

/** 招聘会: the list (filters, paging, sorting, export), the month calendar, and 计划招聘会. */
export default function FairsPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const codes = useFairCodes();
  const { unit: scope } = useScopeUnit();
  const [unitCode, setUnitCode] = usePickedUnit(scope.code);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [planning, setPlanning] = useState(false);
  const [tab, setTab] = useState('list');

  const regionCode = unitCode ?? scope.code;
  const table = useFairList({
    q: q.trim() || undefined,
    kind,
    status,
    regionCode,
    campaignId: campaignId ?? undefined,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  });

  const columns: ColumnsType<FairSummary> = [
    {
      title: t('fair.heldOn'),
      dataIndex: 'heldOn',
      key: 'heldOn',
      width: 150,
      sorter: true,
      sortOrder: table.sortOrderOf('heldOn'),
      render: (v: string, f) => (
        <span>
          {v}
          <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
            {hm(f.startsAt)}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('fair.name'),
      dataIndex: 'name',
      key: 'name',
      width: 240,
      ellipsis: true,
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      render: (v: string, f) => <Link to={`/fairs/${f.id}`}>{v}</Link>,
    },
    { title: t('fair.kind'), dataIndex: 'kindName', key: 'kind', width: 150, ellipsis: true },
    { title: t('fair.organiser'), dataIndex: 'regionName', key: 'regionName', width: 120, ellipsis: true },
    { title: t('fair.venue'), dataIndex: 'venue', key: 'venue', width: 160, ellipsis: true },
    { title: t('fair.campaign'), dataIndex: 'campaignName', key: 'campaign', width: 130, ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      title: t('fair.employersApplications'),
      key: 'employers',
      width: 110,
      align: 'right',
      render: (_, f) => (
        <span>
          {f.employers}
          {f.applications > 0 && <Typography.Text type="warning"> +{f.applications}</Typography.Text>}
          <Typography.Text type="secondary"> / {f.boothCapacity}</Typography.Text>
        </span>
      ),
    },
    { title: t('fair.checkins'), dataIndex: 'checkins', key: 'checkins', width: 80, align: 'right' },
    { title: t('fair.intentions'), dataIndex: 'intentions', key: 'intentions', width: 80, align: 'right' },
    {
      title: t('common.status'),
      key: 'status',
      width: 90,
      render: (_, f) => <Tag color={FAIR_STATUS_COLORS[f.status]}>{f.statusName}</Tag>,
    },
  ];

  const filters = (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search allowClear placeholder={t('fair.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 200 }} />
      <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} allowEmpty={[true, true]} placeholder={[t('fair.from'), t('fair.to')]} />
      <Select allowClear placeholder={t('fair.kind')} style={{ width: 170 }} value={kind} onChange={setKind} options={toOptions(codes.kinds)} popupMatchSelectWidth={false} />
      <Select allowClear placeholder={t('common.status')} style={{ width: 110 }} value={status} onChange={setStatus} options={toOptions(codes.statuses)} />
      <OrgUnitPicker value={regionCode} style={{ width: 200 }} onChange={(code) => setUnitCode(code)} />
      <CampaignSelect value={campaignId} onChange={setCampaignId} placeholder={t('fair.campaign')} style={{ width: 180 }} />
    </Space>
  );

  return (
    <Card
      title={t('fair.pageTitle')}
      extra={
        <Space>
          {can('fair.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
              {t('fair.plan')}
            </Button>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: t('fair.tabList'),
            children: (
              <>
                <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <div style={{ flex: 1 }}>{filters}</div>
                  <ExportButton listPath={FAIRS_PATH} query={table.exportQuery} fileName="招聘会.xlsx" />
                </div>
                <div data-testid="fairs-table">
                  <Table<FairSummary> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1310 }} />
                </div>
              </>
            ),
          },
          { key: 'calendar', label: t('fair.tabCalendar'), children: tab === 'calendar' ? <FairCalendar regionCode={regionCode} /> : null },
          { key: 'followUp', label: t('fair.tabFollowUp'), children: tab === 'followUp' ? <FollowUpList regionCode={regionCode} /> : null },
        ]}
      />
      <FairFormModal
        open={planning}
        onClose={() => setPlanning(false)}
        onSaved={(ids) => {
          setPlanning(false);
          if (ids.length === 1) navigate(`/fairs/${ids[0]}`);
          else table.reload();
        }}
      />
    </Card>
  );
}
