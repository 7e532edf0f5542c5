import { Link } from 'react-router-dom';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { drillOf, fmtFigure, FIGURES, type Figure, type IndicatorRow } from './indicatorsApi';

/** One figure as a link to the records behind it (rates link to their numerator's records). */
export function FigureLink({ figure, row, href, testId }: { figure: Figure; row: IndicatorRow; href: (row: IndicatorRow, figure: Figure) => string; testId?: string }) {
  const text = fmtFigure(figure, row.values[figure]);
  const drill = drillOf(figure);
  if (!drill) return <span data-testid={testId}>{text}</span>;
  return (
    <Link to={href(row, drill)} data-testid={testId}>
      {text}
    </Link>
  );
}

/** Rows (lower units or months) side by side with every figure; each number links to its records. */
export function IndicatorTable({ rows, labels, firstTitle, href, testId }: { rows: IndicatorRow[]; labels: Record<string, string>; firstTitle: string; href: (row: IndicatorRow, figure: Figure) => string; testId: string }) {
  const columns: ColumnsType<IndicatorRow> = [
    { title: firstTitle, dataIndex: 'label', key: 'label', fixed: 'left', width: 120 },
    ...FIGURES.map((f) => ({
      title: labels[f] ?? f,
      key: f,
      align: 'right' as const,
      width: 110,
      render: (_: unknown, r: IndicatorRow) => <FigureLink figure={f} row={r} href={href} testId={`${testId}-${r.key}-${f}`} />,
    })),
  ];
  return <Table<IndicatorRow> rowKey="key" size="small" bordered columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid={testId} />;
}
