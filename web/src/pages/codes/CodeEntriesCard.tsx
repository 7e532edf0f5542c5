import { useEffect, useState } from 'react';
import { Breadcrumb, Button, Card, Empty, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { LIST } from '../../api/endpoints';
import type { CodeEntry, CodeTable } from '../../api/types';
import { useI18n } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';

/**
 * Entries of one code table edition. Without a search it browses the hierarchy level by level
 * (breadcrumb of parents); a search or level filter lists matching entries across all levels.
 */
export function CodeEntriesCard({ table }: { table: CodeTable | null }) {
  const { t, lang } = useI18n();
  const [path, setPath] = useState<CodeEntry[]>([]);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<number | undefined>();

  useEffect(() => {
    setPath([]);
    setText('');
    setQ('');
    setLevel(undefined);
  }, [table]);

  const searching = Boolean(q.trim()) || level !== undefined;
  const filters = table
    ? {
        type: table.type,
        edition: table.edition,
        q: q.trim() || undefined,
        level,
        parent: searching ? undefined : (path[path.length - 1]?.code ?? ''),
      }
    : {};
  const list = useServerTable<CodeEntry>(LIST.codeEntries, filters, { enabled: table !== null, pageSize: 50 });

  if (!table) {
    return (
      <Card title={t('code.entries')}>
        <Empty description={t('code.selectTable')} />
      </Card>
    );
  }

  const columns: ColumnsType<CodeEntry> = [
    { title: t('code.code'), dataIndex: 'code', key: 'code', width: 120, sorter: true, sortOrder: list.sortOrderOf('code') },
    { title: t('code.entryName'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: list.sortOrderOf('name') },
    { title: t('code.nameEn'), dataIndex: 'nameEn', key: 'nameEn', ellipsis: true },
    { title: t('code.level'), dataIndex: 'level', key: 'level', width: 70 },
    { title: t('code.parent'), dataIndex: 'parentCode', key: 'parentCode', width: 100 },
    {
      title: t('code.children'),
      dataIndex: 'childCount',
      key: 'childCount',
      width: 100,
      render: (n: number, r) =>
        n > 0 ? (
          <Button
            type="link"
            size="small"
            onClick={() => {
              setText('');
              setQ('');
              setLevel(undefined);
              setPath((p) => (searching ? [r] : [...p, r]));
            }}
          >
            {t('code.browse')} ({n})
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      title={`${t('code.entries')} · ${lang === 'en' ? table.nameEn || table.name : table.name}（${table.edition}）`}
      extra={<ExportButton listPath={LIST.codeEntries} query={list.exportQuery} />}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('code.searchPlaceholder')}
          onSearch={(v) => (v === q ? list.reload() : setQ(v))}
          style={{ width: 240 }}
          data-testid="code-search"
        />
        <Select
          allowClear
          placeholder={t('code.allLevels')}
          style={{ width: 130 }}
          value={level}
          onChange={setLevel}
          options={[1, 2, 3, 4, 5].map((l) => ({ value: l, label: `${t('code.level')} ${l}` }))}
        />
      </Space>
      {!searching && (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            { title: <a onClick={() => setPath([])}>{t('code.root')}</a> },
            ...path.map((e, i) => ({
              title: i === path.length - 1 ? `${e.code} ${e.name}` : <a onClick={() => setPath(path.slice(0, i + 1))}>{`${e.code} ${e.name}`}</a>,
            })),
          ]}
        />
      )}
      <Table<CodeEntry> rowKey="code" size="small" columns={columns} {...list.tableProps} tableLayout="fixed" />
    </Card>
  );
}
