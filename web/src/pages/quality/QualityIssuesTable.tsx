import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { LIST } from '../../api/endpoints';
import type { QualityIssueRow, QualityKind } from '../../api/types';
import { useT, type MessageKey } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';

/** What the date column holds for each kind. */
const DATE_LABELS: Record<QualityKind, MessageKey> = {
  duplicate_suspect: 'dq.date.duplicate_suspect',
  inconsistent: 'dq.date.inconsistent',
  not_contacted: 'dq.date.not_contacted',
  overdue: 'dq.date.overdue',
};

const CHECK_COLORS: Record<string, string> = {
  duplicate: 'magenta',
  labour_status: 'orange',
  over_retirement: 'gold',
  id_mismatch: 'red',
  household_region: 'purple',
  difficulty_employed: 'cyan',
  not_contacted: 'volcano',
  commitment: 'red',
  zero_family: 'red',
  follow_up: 'orange',
};

/** One kind of issue under a unit (optionally one check of it): a server-paginated list with its Excel export. */
export function QualityIssuesTable({ kind, regionCode, check, onAllChecks }: { kind: QualityKind; regionCode: string; check?: string; onAllChecks?: () => void }) {
  const t = useT();
  const table = useServerTable<QualityIssueRow>(LIST.qualityIssues, { kind, regionCode, check });
  const checkName = table.tableProps.dataSource?.[0]?.checkName ?? check;

  const columns: ColumnsType<QualityIssueRow> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      key: 'name',
      width: 100,
      render: (v: string, r) => (
        <Link to={`/people/${r.personId}`} data-testid={`quality-person-${r.personId}`}>
          {v}
        </Link>
      ),
    },
    { title: t('person.citizenId'), dataIndex: 'citizenId', key: 'citizenId', width: 190, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
    { title: t('dq.community'), dataIndex: 'regionName', key: 'regionName', width: 170, ellipsis: true },
    {
      title: t('dq.check'),
      dataIndex: 'checkName',
      key: 'check',
      width: 190,
      render: (v: string, r) => <Tag color={CHECK_COLORS[r.check] ?? 'default'}>{v}</Tag>,
    },
    { title: t('dq.reason'), dataIndex: 'reason', key: 'reason', render: (v: string) => <Typography.Text>{v}</Typography.Text> },
    { title: t(DATE_LABELS[kind]), dataIndex: 'date', key: 'date', width: 110, render: (v: string | null) => v ?? '—' },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Typography.Text type="secondary">{t(`dq.hint.${kind}` as MessageKey)}</Typography.Text>
          {check && (
            <Tag closable color={CHECK_COLORS[check] ?? 'default'} onClose={onAllChecks} data-testid="quality-list-check">
              {t('dq.onlyUnit', { name: checkName ?? check })}
            </Tag>
          )}
        </Space>
        <ExportButton listPath={LIST.qualityIssues} query={table.exportQuery} fileName="data-quality.xlsx" />
      </Space>
      <Table<QualityIssueRow>
        rowKey="key"
        size="middle"
        columns={columns}
        {...table.tableProps}
        data-testid={`quality-issues-${kind}`}
        scroll={{ x: 1100 }}
      />
    </>
  );
}
