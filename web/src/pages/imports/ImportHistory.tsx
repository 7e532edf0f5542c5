import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportBatchView } from '../../api/types';
import type { ServerTable } from '../../components/useServerTable';
import { fmtDateTime } from '../../components/format';
import { useT } from '../../i18n';
import { IMPORT_STATUS_COLORS } from './importStatus';

/** 导入记录: the unit's imports, newest first; a row opens that batch's report. */
export function ImportHistory({ table, currentId, onOpen }: { table: ServerTable<ImportBatchView>; currentId: number | null; onOpen: (id: number) => void }) {
  const t = useT();
  const columns: ColumnsType<ImportBatchView> = [
    {
      title: t('imp.fileName'),
      dataIndex: 'fileName',
      key: 'fileName',
      ellipsis: { showTitle: true },
      render: (v: string) => <Typography.Link>{v}</Typography.Link>,
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 150,
      render: (_, r) => (
        <Tag color={IMPORT_STATUS_COLORS[r.status]} data-testid={`import-status-${r.id}`}>
          {t(`imp.status.${r.status}`)}
        </Tag>
      ),
    },
    {
      title: t('imp.counts'),
      key: 'counts',
      width: 170,
      render: (_, r) => (
        <span>
          {r.totalRows} / <Typography.Text type="success">{r.validRows}</Typography.Text> /{' '}
          <Typography.Text type={r.rejectedRows > 0 ? 'danger' : undefined}>{r.rejectedRows}</Typography.Text>
        </span>
      ),
    },
    { title: t('imp.createdBy'), dataIndex: 'createdByName', key: 'createdByName', width: 120 },
    { title: t('imp.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 150, render: (v: string) => fmtDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(r.id);
          }}
          data-testid={`import-open-${r.id}`}
        >
          {t('imp.open')}
        </Button>
      ),
    },
  ];

  return (
    <Table<ImportBatchView>
      rowKey="id"
      size="middle"
      columns={columns}
      {...table.tableProps}
      rowClassName={(r) => (r.id === currentId ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
      scroll={{ x: 800 }}
      data-testid="import-history"
    />
  );
}
