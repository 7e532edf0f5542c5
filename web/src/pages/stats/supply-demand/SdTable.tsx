import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { changeText, pct, ratioText } from './format';
import type { ReportRow, ReportTable, Side } from './sdApi';

interface Props {
  table: ReportTable;
  /** Link to the records behind a cell; null in print. */
  recordsHref: ((table: string, row: string, side: Side) => string) | null;
}

/** The change's colour: up green, down red (a rise in demand or supply is news either way). */
const tone = (diff: number) => (diff > 0 ? 'success' : diff < 0 ? 'danger' : undefined);

/** One table of the analysis: per side 人数 (a link to its records), 占比, 环比, 同比; then 求人倍率. */
export function SdTable({ table, recordsHref }: Props) {
  const t = useT();
  const side = (s: Side) => ({
    title: t(s === 'demand' ? 'sd.demand' : 'sd.supply'),
    key: s,
    children: [
      {
        title: t('sd.count'),
        key: `${s}-count`,
        align: 'right' as const,
        width: 70,
        render: (_: unknown, r: ReportRow) => {
          const c = r[s];
          if (!c) return '';
          if (!recordsHref || c.count === 0) return c.count;
          return (
            <Link to={recordsHref(table.key, r.key, s)} data-testid={`sd-cell-${table.key}-${r.key}-${s}`}>
              {c.count}
            </Link>
          );
        },
      },
      { title: t('sd.share'), key: `${s}-share`, align: 'right' as const, width: 76, render: (_: unknown, r: ReportRow) => (r[s] ? pct(r[s].share) : '') },
      {
        title: t('sd.vsPrevious'),
        key: `${s}-prev`,
        align: 'right' as const,
        width: 106,
        render: (_: unknown, r: ReportRow) => (r[s] ? <Typography.Text type={tone(r[s].vsPrevious.diff)}>{changeText(r[s].vsPrevious)}</Typography.Text> : ''),
      },
      {
        title: t('sd.vsLastYear'),
        key: `${s}-ly`,
        align: 'right' as const,
        width: 106,
        render: (_: unknown, r: ReportRow) => (r[s] ? <Typography.Text type={tone(r[s].vsLastYear.diff)}>{changeText(r[s].vsLastYear)}</Typography.Text> : ''),
      },
    ],
  });
  const columns: ColumnsType<ReportRow> = [
    { title: t('sd.item'), dataIndex: 'label', key: 'label', width: 190, render: (label: string, r) => (r.of ? <span style={{ paddingLeft: 16 }}>{label}</span> : r.key === 'total' ? <b>{label}</b> : label) },
    ...table.sides.map(side),
    ...(table.sides.length === 2
      ? [
          {
            title: t('sd.ratio'),
            key: 'ratio',
            align: 'right' as const,
            width: 80,
            render: (_: unknown, r: ReportRow) => <span title={`${ratioText(r.ratio?.previous)} / ${ratioText(r.ratio?.lastYear)}`}>{ratioText(r.ratio?.value)}</span>,
          },
        ]
      : []),
  ];
  const rows = table.key === 'overall' ? [table.total] : [...table.rows, table.total];
  return (
    <Table<ReportRow>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      data-testid={`sd-table-${table.key}`}
    />
  );
}
