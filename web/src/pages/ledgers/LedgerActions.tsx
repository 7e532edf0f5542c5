import { Space } from 'antd';
import { useT } from '../../i18n';
import type { ServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { fmtDateTime } from '../../components/format';
import type { LedgerColumn } from './ledgerColumns';
import { PrintPageButton } from './PrintPageButton';

/** 打印本页 and 导出Excel of a ledger tab: both take the rows and filters the table shows. */
export function LedgerActions<T extends { id: number }>({
  title,
  unitName,
  table,
  columns,
  listPath,
  testId,
}: {
  title: string;
  unitName: string;
  table: ServerTable<T>;
  columns: readonly LedgerColumn<T>[];
  listPath: string;
  testId: string;
}) {
  const t = useT();
  return (
    <Space>
      <PrintPageButton
        title={title}
        meta={t('ledger.printMeta', { unit: unitName, page: table.page, pageSize: table.pageSize, total: table.total, time: fmtDateTime(new Date().toISOString()) })}
        columns={columns}
        rows={table.items}
        rowKey={(r) => r.id}
        testId={testId}
      />
      <ExportButton listPath={listPath} query={table.exportQuery} />
    </Space>
  );
}
