import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { LIST } from '../../api/endpoints';
import type { CommitmentRow, FollowUpRow, ZeroFamilyRow } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ScopeTag } from '../../components/ScopeTag';
import { useScopeUnit } from '../../components/ScopeContext';
import { ZERO_FAMILY_STATUS_COLORS, ZERO_FAMILY_STATUSES } from '../../components/registry';
import { FollowUpDoneModal } from '../people/FollowUpDoneModal';

type Tab = 'zero' | 'commitments' | 'followUps';
const TABS: readonly string[] = ['zero', 'commitments', 'followUps'];

const mono = (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span>;

/** A filter switch with its label and, when on, what it keeps. */
function FilterSwitch({ checked, onChange, label, hint, testId }: { checked: boolean; onChange: (v: boolean) => void; label: string; hint?: string; testId: string }) {
  return (
    <Space size={6}>
      <Switch checked={checked} onChange={onChange} data-testid={testId} />
      <span>{label}</span>
      {checked && hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
    </Space>
  );
}

/** A due date with, below it, the day it was met. */
function DueCell({ due, done }: { due: string | null; done: string | null }): ReactNode {
  const t = useT();
  if (!due && !done) return '—';
  return (
    <span>
      {due && <div>{t('zf.dueOn', { date: due })}</div>}
      {done && <Typography.Text type="success">{t('zf.employedOn', { date: done })}</Typography.Text>}
    </span>
  );
}

/** 零就业家庭: identifications by status; 只看逾期 keeps families being assisted past a placement deadline. */
function ZeroFamiliesTab() {
  const t = useT();
  const { unit } = useScopeUnit();
  const [status, setStatus] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(false);
  const table = useServerTable<ZeroFamilyRow>(LIST.zeroFamilies, { status: overdue ? undefined : status, overdue: overdue || undefined, regionCode: unit.code });

  const columns: ColumnsType<ZeroFamilyRow> = [
    { title: t('hh.number'), dataIndex: 'householdId', key: 'householdId', width: 90 },
    { title: t('zf.members'), dataIndex: 'members', key: 'members', width: 200, ellipsis: { showTitle: true } },
    {
      title: t('zf.community'),
      key: 'community',
      width: 200,
      render: (_, r) => (
        <span>
          {r.communityName}
          <div>
            <Typography.Text type="secondary">{r.streetName}</Typography.Text>
          </div>
        </span>
      ),
    },
    {
      title: t('zf.status'),
      key: 'status',
      width: 130,
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={ZERO_FAMILY_STATUS_COLORS[r.status] ?? 'default'} data-testid={`zero-family-status-${r.id}`}>
            {r.statusName}
          </Tag>
          {r.doubleEmployment && <Tag color="purple">{t('zf.doubleTag')}</Tag>}
        </Space>
      ),
    },
    { title: t('zf.appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 110 },
    { title: t('zf.identifiedOn'), dataIndex: 'identifiedOn', key: 'identifiedOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: t('zf.first'), key: 'first', width: 150, render: (_, r) => <DueCell due={r.firstDueOn} done={r.firstEmployedOn} /> },
    { title: t('zf.second'), key: 'second', width: 150, render: (_, r) => <DueCell due={r.secondDueOn} done={r.secondEmployedOn} /> },
    { title: t('zf.clearedOn'), dataIndex: 'clearedOn', key: 'clearedOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: t('zf.responsible'), dataIndex: 'responsible', key: 'responsible', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('zf.overdue'),
      dataIndex: 'overdue',
      key: 'overdue',
      width: 110,
      fixed: 'right',
      render: (v: ZeroFamilyRow['overdue'], r) =>
        v && (
          <Tag color="red" data-testid={`zero-family-overdue-${r.id}`}>
            {t(v === 'first' ? 'zf.overdue.first' : 'zf.overdue.second')}
          </Tag>
        ),
    },
  ];

  return (
    <>
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('zf.status')}
          style={{ width: 150 }}
          value={overdue ? undefined : status}
          onChange={setStatus}
          disabled={overdue}
          options={ZERO_FAMILY_STATUSES.map((s) => ({ value: s, label: t(`zf.status.${s}`) }))}
          data-testid="zero-family-status-filter"
        />
        <FilterSwitch checked={overdue} onChange={setOverdue} label={t('zf.overdueOnly')} hint={t('zf.overdueOnlyHint')} testId="zero-family-overdue" />
      </Space>
      <Table<ZeroFamilyRow> rowKey="id" size="middle" columns={columns} {...table.tableProps} data-testid="zero-families-table" scroll={{ x: 1500 }} />
    </>
  );
}

/** 推荐承诺: for every identification in force, the first job recommendation within 10 working days. */
function CommitmentsTab() {
  const t = useT();
  const navigate = useNavigate();
  const { unit } = useScopeUnit();
  const [overdue, setOverdue] = useState(false);
  const table = useServerTable<CommitmentRow>(LIST.commitments, { overdue: overdue || undefined, regionCode: unit.code });

  const columns: ColumnsType<CommitmentRow> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      key: 'name',
      width: 100,
      render: (v: string, r) => (
        <Typography.Link onClick={() => navigate(`/people/${r.personId}?tab=services`)} data-testid={`commitment-person-${r.identificationId}`}>
          {v}
        </Typography.Link>
      ),
    },
    { title: t('person.citizenId'), dataIndex: 'citizenId', key: 'citizenId', width: 190, render: mono },
    { title: t('person.region'), dataIndex: 'regionName', key: 'regionName', width: 160, ellipsis: true },
    { title: t('cm.identifiedOn'), dataIndex: 'identifiedOn', key: 'identifiedOn', width: 110 },
    { title: t('cm.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 110 },
    { title: t('cm.firstRecommendationOn'), dataIndex: 'firstRecommendationOn', key: 'firstRecommendationOn', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('cm.state'),
      key: 'state',
      width: 120,
      render: (_, r) =>
        r.met ? (
          <Tag color="green" data-testid={`commitment-state-${r.identificationId}`}>
            {t('cm.met')}
          </Tag>
        ) : r.overdue ? (
          <Tag color="red" data-testid={`commitment-state-${r.identificationId}`}>
            {t('cm.overdue')}
          </Tag>
        ) : (
          <Tag color="processing" data-testid={`commitment-state-${r.identificationId}`}>
            {t('cm.waiting')}
          </Tag>
        ),
    },
  ];

  return (
    <>
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <FilterSwitch checked={overdue} onChange={setOverdue} label={t('cm.overdueOnly')} testId="commitment-overdue" />
        <Typography.Text type="secondary">{t('cm.hint')}</Typography.Text>
      </Space>
      <Table<CommitmentRow> rowKey="identificationId" size="middle" columns={columns} {...table.tableProps} data-testid="commitments-table" scroll={{ x: 930 }} />
    </>
  );
}

/** 跟踪回访: visits scheduled after placements; 只看到期 keeps the open ones whose date has come. */
function FollowUpsTab() {
  const t = useT();
  const navigate = useNavigate();
  const { can } = useAuth();
  const { unit } = useScopeUnit();
  const [due, setDue] = useState(false);
  const [visiting, setVisiting] = useState<FollowUpRow | null>(null);
  const table = useServerTable<FollowUpRow>(LIST.followUps, { due: due || undefined, regionCode: unit.code });
  const canManage = can('person.manage');

  const columns: ColumnsType<FollowUpRow> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      key: 'name',
      width: 100,
      render: (v: string, r) => <Typography.Link onClick={() => navigate(`/people/${r.personId}?tab=services`)}>{v}</Typography.Link>,
    },
    { title: t('person.region'), dataIndex: 'regionName', key: 'regionName', width: 160, ellipsis: true },
    { title: t('fu.employer'), dataIndex: 'employerName', key: 'employerName', width: 200, ellipsis: { showTitle: true }, render: (v: string | null) => v ?? '—' },
    { title: t('fu.placedOn'), dataIndex: 'placedOn', key: 'placedOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: t('fu.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 110 },
    {
      title: t('reg.state'),
      key: 'state',
      width: 100,
      render: (_, r) =>
        r.doneOn ? (
          <Tag color="green">{t('fu.state.done')}</Tag>
        ) : r.overdue ? (
          <Tag color="red" data-testid={`follow-up-overdue-${r.id}`}>
            {t('fu.state.overdue')}
          </Tag>
        ) : (
          <Tag color="processing">{t('fu.state.open')}</Tag>
        ),
    },
    { title: t('fu.doneOn'), dataIndex: 'doneOn', key: 'doneOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: t('fu.note'), dataIndex: 'note', key: 'note', ellipsis: { showTitle: true }, render: (v: string | null) => v ?? '' },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            fixed: 'right' as const,
            render: (_: unknown, r: FollowUpRow) =>
              !r.doneOn && (
                <Button type="link" size="small" onClick={() => setVisiting(r)} data-testid={`follow-up-row-done-${r.id}`}>
                  {t('fu.done')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <FilterSwitch checked={due} onChange={setDue} label={t('fu.dueOnly')} hint={t('fu.dueOnlyHint')} testId="follow-up-due" />
      </Space>
      <Table<FollowUpRow> rowKey="id" size="middle" columns={columns} {...table.tableProps} data-testid="follow-ups-ledger" scroll={{ x: 1150 }} />
      <FollowUpDoneModal
        followUp={visiting}
        name={visiting?.name}
        onClose={() => setVisiting(null)}
        onDone={() => {
          setVisiting(null);
          table.reload();
        }}
      />
    </>
  );
}

/**
 * 援助台账: zero-employment families (with the overdue placements and the responsible assistant), the
 * 10-working-day recommendation commitment for people with employment difficulty, and follow-up
 * visits after placement; all in the header scope. `?tab=commitments|followUps` opens a ledger.
 */
export default function AssistancePage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab') ?? '';
  const tab: Tab = TABS.includes(asked) ? (asked as Tab) : 'zero';

  return (
    <Card
      title={
        <Space>
          {t('asst.title')}
          <ScopeTag />
        </Space>
      }
      styles={{ body: { paddingTop: 4 } }}
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setSearch(k === 'zero' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'zero', label: <span data-testid="assistance-tab-zero">{t('zf.tab')}</span>, children: <ZeroFamiliesTab /> },
          { key: 'commitments', label: <span data-testid="assistance-tab-commitments">{t('cm.tab')}</span>, children: <CommitmentsTab /> },
          { key: 'followUps', label: <span data-testid="assistance-tab-follow-ups">{t('fu.title')}</span>, children: <FollowUpsTab /> },
        ]}
      />
    </Card>
  );
}
