import { useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { LIST } from '../../api/endpoints';
import type { DifficultyRow } from '../../api/types';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ScopeTag } from '../../components/ScopeTag';
import { useScopeUnit } from '../../components/ScopeContext';
import { DIFFICULTY_STATUS_COLORS, useRegistryCodes } from '../../components/registry';

const PROPOSAL_COLORS: Record<string, string> = { employed: 'green', retired: 'gold', refused_services: 'red' };
const PROPOSAL_LABELS = { employed: 'diff.proposed.employed', retired: 'diff.proposed.retired', refused_services: 'diff.proposed.refused' } as const;

/**
 * 就业困难人员: the ledger of identifications in the chosen scope, by status; with 退出提示, only
 * identifications in force whose holder works again or reached retirement age. The exit itself is
 * done on the person's record, which each row opens.
 */
export default function DifficultyPage() {
  const t = useT();
  const navigate = useNavigate();
  const { unit } = useScopeUnit();
  const codes = useRegistryCodes();
  const [status, setStatus] = useState<string | undefined>();
  const [proposals, setProposals] = useState(false);

  // Proposals concern identifications in force only: the status filter does not apply to them.
  const table = useServerTable<DifficultyRow>(LIST.difficulty, { status: proposals ? undefined : status, proposals: proposals || undefined, regionCode: unit.code });

  const open = (r: DifficultyRow) => navigate(`/people/${r.personId}?tab=difficulty`);

  const exitColumn: ColumnsType<DifficultyRow>[number] = {
    title: t('diff.exitedOn'),
    key: 'exit',
    width: 200,
    render: (_, r) =>
      r.exitedOn && (
        <span>
          {r.exitedOn}
          <div>
            <Typography.Text type="secondary">{r.exitReasonName}</Typography.Text>
          </div>
        </span>
      ),
  };

  const columns: ColumnsType<DifficultyRow> = [
    { title: t('person.name'), dataIndex: 'name', key: 'name', width: 100, render: (v: string) => <Typography.Link>{v}</Typography.Link> },
    { title: t('person.citizenId'), dataIndex: 'citizenId', key: 'citizenId', width: 190, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
    { title: t('person.region'), dataIndex: 'regionName', key: 'regionName', width: 160, ellipsis: true },
    { title: t('diff.category'), dataIndex: 'categoryName', key: 'category', width: 170 },
    {
      title: t('diff.status'),
      dataIndex: 'statusName',
      key: 'status',
      width: 110,
      render: (v: string, r) => (
        <Tag color={DIFFICULTY_STATUS_COLORS[r.status] ?? 'default'} data-testid={`difficulty-row-status-${r.id}`}>
          {v}
        </Tag>
      ),
    },
    {
      title: t('diff.proposedExit'),
      dataIndex: 'proposedExit',
      key: 'proposedExit',
      width: 130,
      render: (v: DifficultyRow['proposedExit'], r) =>
        v && (
          <Tag color={PROPOSAL_COLORS[v] ?? 'default'} data-testid={`difficulty-proposal-${r.id}`}>
            {t(PROPOSAL_LABELS[v])}
          </Tag>
        ),
    },
    { title: t('diff.appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 110 },
    { title: t('diff.startedOn'), dataIndex: 'startedOn', key: 'startedOn', width: 110, render: (v: string | null) => v ?? '' },
    // Proposals are identifications in force: nothing has exited yet.
    ...(proposals ? [] : [exitColumn]),
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, r) =>
        r.proposedExit ? (
          <Button
            type="link"
            size="small"
            danger
            data-testid={`difficulty-exit-${r.id}`}
            onClick={(e) => {
              e.stopPropagation();
              open(r);
            }}
          >
            {t('diff.goExit')}
          </Button>
        ) : (
          <Button
            type="link"
            size="small"
            data-testid={`difficulty-open-${r.id}`}
            onClick={(e) => {
              e.stopPropagation();
              open(r);
            }}
          >
            {t('person.open')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      title={
        <Space>
          {t('diff.title')}
          <ScopeTag />
        </Space>
      }
    >
      <Space wrap size={16} style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('diff.status')}
          style={{ width: 150 }}
          value={proposals ? undefined : status}
          onChange={setStatus}
          disabled={proposals}
          options={codes.difficultyStatus}
          data-testid="difficulty-status-filter"
        />
        <Space size={6}>
          <Switch checked={proposals} onChange={setProposals} data-testid="difficulty-proposals" />
          <span>{t('diff.proposals')}</span>
          {proposals && <Typography.Text type="secondary">{t('diff.proposalsHint')}</Typography.Text>}
        </Space>
      </Space>
      <Table<DifficultyRow>
        rowKey="id"
        size="middle"
        columns={columns}
        {...table.tableProps}
        rowClassName={() => 'row-clickable'}
        onRow={(r) =>
          ({
            'data-testid': `difficulty-row-${r.id}`,
            onClick: () => open(r),
          }) as HTMLAttributes<HTMLElement>
        }
        scroll={{ x: proposals ? 1100 : 1300 }}
      />
    </Card>
  );
}
