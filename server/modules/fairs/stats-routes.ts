import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses, XlsxFile } from '../../platform/http/schemas.js';
import { exportXlsx, type ExcelColumn } from '../../platform/http/excel.js';
import { FAIR_TARGET_GROUPS, TARGET_GROUP_CODES } from './codes.js';
import { fairStats } from './stats-service.js';
import { StatsQuery, StatsResult, type StatsRow } from './stats-schema.js';

const tags = ['fairs'];
const GROUP_HEADERS = { fair: '招聘会', month: '月份', quarter: '季度', kind: '类型', unit: '主办单位', campaign: '专项活动' } as const;

type FlatRow = Record<string, string | number | null>;

/** A stats row as one spreadsheet line: the share in percent, one column per target group. */
function flat(r: StatsRow): FlatRow {
  return {
    label: r.label,
    fairs: r.fairs,
    employers: r.employers,
    positions: r.positions,
    seekers: r.seekers,
    intentions: r.intentions,
    unemployedIntentions: r.unemployedIntentions,
    unemployedShare: r.unemployedShare === null ? null : `${(r.unemployedShare * 100).toFixed(1)}%`,
    hires: r.hires,
    ...Object.fromEntries(TARGET_GROUP_CODES.map((g) => [`g_${g}`, r.groups[g] ?? 0])),
  };
}

/** 招聘会统计: the seeds' table over any period, unit, type or campaign, and its Excel export. */
export async function statsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/fairs/stats', { schema: { tags, summary: '招聘会统计：参会单位、岗位、入场人数、录用意向（其中下岗失业人员及占比、各类人员）、录用', querystring: StatsQuery, response: responses({ 200: StatsResult }) } }, (req) =>
    fairStats(deps, contextFor(req, 'fair.view'), req.query),
  );
  r.get('/api/fairs/stats/export', { schema: { tags, summary: '导出招聘会统计 Excel（与统计表相同的筛选）', querystring: StatsQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'fair.view');
    const stats = await fairStats(deps, ctx, req.query);
    const columns: ExcelColumn<FlatRow>[] = [
      { header: GROUP_HEADERS[stats.groupBy as keyof typeof GROUP_HEADERS] ?? '分组', key: 'label', width: 30 },
      { header: '场次', key: 'fairs', width: 8 },
      { header: '参会单位', key: 'employers', width: 10 },
      { header: '提供岗位', key: 'positions', width: 10 },
      { header: '入场求职者', key: 'seekers', width: 12 },
      { header: '达成录用意向', key: 'intentions', width: 12 },
      { header: '其中下岗失业人员', key: 'unemployedIntentions', width: 16 },
      { header: '下岗失业人员占比', key: 'unemployedShare', width: 16 },
      { header: '已录用', key: 'hires', width: 10 },
      ...TARGET_GROUP_CODES.map((g) => ({ header: `意向：${FAIR_TARGET_GROUPS[g]}`, key: `g_${g}`, width: 14 })),
    ];
    return exportXlsx(reply, deps, ctx, {
      title: `招聘会统计（${stats.regionName} ${stats.from}至${stats.to}）`,
      filter: req.query,
      rows: [...stats.rows.map(flat), { ...flat(stats.total), label: '合计' }],
      columns,
    });
  });
}
