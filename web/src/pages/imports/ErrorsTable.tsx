import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { importsApi } from '../../api/endpoints';
import type { ImportError } from '../../api/types';
import { useServerTable } from '../../components/useServerTable';
import { useT } from '../../i18n';

/** 被拒绝的行: every rejected row of a batch with its reason, paged by the server. */
export function ErrorsTable({ batchId, rejectedRows }: { batchId: number; rejectedRows: number }) {
  const t = useT();
  const table = useServerTable<ImportError>(importsApi.errorsPath(batchId), {}, { pageSize: 10 });

  const columns: ColumnsType<ImportError> = [
    { title: t('imp.col.row'), dataIndex: 'row', key: 'row', width: 80 },
    {
      title: t('imp.col.column'),
      dataIndex: 'column',
      key: 'column',
      width: 150,
      render: (v: string) => v || <Typography.Text type="secondary">{t('imp.wholeRow')}</Typography.Text>,
    },
    { title: t('imp.col.value'), dataIndex: 'value', key: 'value', width: 220, ellipsis: { showTitle: true } },
    { title: t('imp.col.reason'), dataIndex: 'message', key: 'message', render: (v: string) => <Typography.Text type="danger">{v}</Typography.Text> },
  ];

  // A row can fail on several cells: the heading counts both, the table lists every problem.
  return (
    <div>
      <Typography.Title level={5}>
        {t('imp.errors')}
        <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
          {t('imp.errorsCount', { rows: rejectedRows, problems: table.total || rejectedRows })}
        </Typography.Text>
      </Typography.Title>
      <Table<ImportError>
        rowKey={(r) => `${r.row}|${r.column}|${r.message}`}
        size="small"
        columns={columns}
        {...table.tableProps}
        data-testid="import-errors-table"
      />
    </div>
  );
}
