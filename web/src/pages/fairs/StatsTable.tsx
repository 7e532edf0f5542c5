import { useEffect, useState } from 'react';
import { Descriptions, Spin, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Query } from '../../api/client';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { fairsApi, type Stats, type StatsRow } from './fairApi';
import { percent, useFairCodes } from './fairLabels';

/** GET /api/fairs/stats for a query (re-fetched when it changes). */
export function useStats(query: Query | null): { stats: Stats | null; loading: boolean } {
  const [stats, setStats] = useState<Stats | null>(null);
  const [loading, setLoading] = useState(false);
  const key = JSON.stringify(query);
  useEffect(() => {
    if (key === 'null') return;
    let live = true;
    setLoading(true);
    fairsApi
      .stats(JSON.parse(key) as Query)
      .then((s) => live && setStats(s))
      .catch((e: unknown) => live && showError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key]);
  return { stats, loading };
}

/** The columns of the seeds' fair report: 场次, 参会单位, 提供岗位, 入场人数, 意向录用, 其中下岗失业人员, 占比, 录用, per target group. */
export function useStatsColumns(groupTitle: string): ColumnsType<StatsRow> {
  const t = useT();
  const codes = useFairCodes();
  const groups = codes.targetGroups.filter((g) => g.code !== 'unemployed');
  const num = (key: keyof StatsRow, title: string) => ({ title, dataIndex: key, key, width: 80, align: 'right' as const });
  return [
    { title: groupTitle, dataIndex: 'label', key: 'label', width: 200, fixed: 'left', ellipsis: true },
    num('fairs', t('stats.fairs')),
    num('employers', t('stats.employers')),
    num('positions', t('stats.positions')),
    num('seekers', t('stats.seekers')),
    num('intentions', t('stats.intentions')),
    num('unemployedIntentions', t('stats.unemployedIntentions')),
    { title: t('stats.unemployedShare'), key: 'share', width: 70, align: 'right', render: (_, r) => percent(r.unemployedShare) },
    num('hires', t('stats.hires')),
    ...(groups.length
      ? [
          {
            title: t('stats.ofGroups'),
            key: 'groups',
            children: groups.map((g) => ({ title: g.name, key: `g-${g.code}`, width: 80, align: 'right' as const, render: (_: unknown, r: StatsRow) => r.groups[g.code] ?? 0 })),
          },
        ]
      : []),
  ];
}

/** The report table with its 合计 row. */
export function StatsReport({ stats, loading, groupTitle }: { stats: Stats | null; loading: boolean; groupTitle: string }) {
  const t = useT();
  const columns = useStatsColumns(groupTitle);
  const leafCount = (cols: ColumnsType<StatsRow>): number => cols.reduce((n, c) => n + ('children' in c && c.children ? leafCount(c.children) : 1), 0);
  const leaves = (cols: ColumnsType<StatsRow>): ColumnsType<StatsRow> => cols.flatMap((c) => ('children' in c && c.children ? leaves(c.children) : [c]));
  return (
    <div data-testid="fair-stats-table">
      <Table<StatsRow>
        rowKey="key"
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={stats?.rows ?? []}
        pagination={false}
        scroll={{ x: 200 + 80 * (leafCount(columns) - 1) }}
        summary={() =>
          stats ? (
            <Table.Summary fixed>
              <Table.Summary.Row style={{ fontWeight: 600 }}>
                {leaves(columns).map((c, i) => {
                  const r = stats.total;
                  const key = String(c.key);
                  const value =
                    i === 0 ? t('stats.total') : key === 'share' ? percent(r.unemployedShare) : key.startsWith('g-') ? (r.groups[key.slice(2)] ?? 0) : String(r[key as keyof StatsRow] ?? '');
                  return (
                    <Table.Summary.Cell key={key} index={i} align={i === 0 ? 'left' : 'right'}>
                      {value}
                    </Table.Summary.Cell>
                  );
                })}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </div>
  );
}

/** One fair's numbers (its row of GET /api/fairs/stats?groupBy=fair over its day and organiser). */
export function StatsTable({ query, onlyKey }: { query: Query; onlyKey: string }) {
  const t = useT();
  const codes = useFairCodes();
  const { stats, loading } = useStats(query);
  const row = stats?.rows.find((r) => r.key === onlyKey);
  if (loading && !stats) return <Spin />;
  if (!row) return <Descriptions size="small" bordered items={[{ label: t('stats.fairs'), children: 0 }]} />;
  const groups = codes.targetGroups.filter((g) => g.code !== 'unemployed');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 4 }}
      data-testid="fair-stats"
      items={[
        { label: t('stats.employers'), children: row.employers },
        { label: t('stats.positions'), children: row.positions },
        { label: t('stats.seekers'), children: row.seekers },
        { label: t('stats.intentions'), children: row.intentions },
        { label: t('stats.unemployedIntentions'), children: row.unemployedIntentions },
        { label: t('stats.unemployedShare'), children: percent(row.unemployedShare) },
        { label: t('stats.hires'), children: row.hires },
        ...groups.map((g) => ({ label: `${t('stats.ofGroup')}${g.name}`, children: row.groups[g.code] ?? 0 })),
      ]}
    />
  );
}
