import { Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CodeTable } from '../../api/types';
import { useI18n } from '../../i18n';

const keyOf = (t: CodeTable) => `${t.type}@${t.edition}`;

/** The list of code tables and editions; a click chooses the table to browse. */
export function CodeTablesCard({ tables, loading, selected, onSelect }: { tables: CodeTable[]; loading: boolean; selected: CodeTable | null; onSelect: (t: CodeTable) => void }) {
  const { t, lang } = useI18n();
  const columns: ColumnsType<CodeTable> = [
    {
      title: t('code.name'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string, r) => (
        <span>
          {lang === 'en' ? r.nameEn || v : v} {r.current && <Tag color="green">{t('code.current')}</Tag>}
        </span>
      ),
    },
    { title: t('code.type'), dataIndex: 'type', key: 'type', width: 160 },
    { title: t('code.edition'), dataIndex: 'edition', key: 'edition', width: 170 },
    { title: t('code.standard'), dataIndex: 'standard', key: 'standard', ellipsis: true },
    { title: t('code.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom', width: 110 },
    { title: t('code.effectiveTo'), dataIndex: 'effectiveTo', key: 'effectiveTo', width: 110 },
    { title: t('code.entryCount'), dataIndex: 'entryCount', key: 'entryCount', width: 90, align: 'right' },
  ];
  return (
    <Card title={t('code.tables')} size="small">
      <Table<CodeTable>
        rowKey={keyOf}
        size="small"
        loading={loading}
        columns={columns}
        dataSource={tables}
        pagination={false}
        scroll={{ y: 300, x: 1000 }}
        rowClassName={(r) => `row-clickable${selected && keyOf(selected) === keyOf(r) ? ' ant-table-row-selected' : ''}`}
        onRow={(r) => ({ onClick: () => onSelect(r) })}
      />
    </Card>
  );
}
