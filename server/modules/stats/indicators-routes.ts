import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx, type ExcelColumn } from '../../platform/http/excel.js';
import { PeriodQuery } from './period.js';
import { FIGURE_LABELS, indicatorReport } from './indicators-service.js';
import { indicatorRecords, recordsShown } from './indicators-records.js';
import { FIGURE_ORDER } from './indicators-metrics.js';
import { IndicatorRecords, IndicatorRecordsQuery, IndicatorReport, type IndicatorRecord, type IndicatorRow } from './indicators-schema.js';

const tags = ['stats'];


type FlatRow = Record<string, string | number | null>;

const percent = (v: number | null) => (v === null ? null : `${(v * 100).toFixed(2)}%`);

function flat(section: string, r: IndicatorRow): FlatRow {
  const values = r.values as Record<string, number | null>;
  return {
    section,
    label: r.label,
    ...Object.fromEntries(FIGURE_ORDER.map((k) => [k, k.endsWith('Rate') ? percent(values[k]) : values[k]])),
  };
}

/** 主要指标: the unit's indicators, its lower units and the months; the drill-down; the Excel export. */
export async function indicatorRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/stats/indicators', {
    schema: { tags, summary: '主要指标：城镇登记失业率、城镇新增就业（分来源、自然减员、净增）、再就业、零就业家庭；下级单位并列与逐月数据', querystring: PeriodQuery, response: responses({ 200: IndicatorReport }) },
  }, (req) => indicatorReport(deps, contextFor(req, 'stats.view'), req.query));

  r.get('/api/stats/indicators/export', {
    schema: { tags, summary: '导出主要指标 Excel（本单位、下级单位、逐月）', querystring: PeriodQuery, response: responses({ 200: XlsxFile }) },
  }, async (req, reply) => {
    const ctx = contextFor(req, 'stats.view');
    const report = await indicatorReport(deps, ctx, req.query);
    const columns: ExcelColumn<FlatRow>[] = [
      { header: '类别', key: 'section', width: 10 },
      { header: '单位/月份', key: 'label', width: 18 },
      ...FIGURE_ORDER.map((k) => ({ header: FIGURE_LABELS[k] ?? k, key: k, width: 14 })),
    ];
    return exportXlsx(reply, deps, ctx, {
      title: `主要指标（${report.regionName} ${report.period.label}）`,
      filter: req.query,
      columns,
      rows: [flat('本单位', report.unit), ...report.lower.map((u) => flat('下级单位', u)), ...report.months.map((m) => flat('逐月', m))],
    });
  });

  r.get('/api/stats/indicators/records', {
    schema: { tags, summary: '指标数据钻取：构成某项数字的人员、登记或家庭（分页、排序，证件号和电话脱敏，查看留痕）', querystring: IndicatorRecordsQuery, response: responses({ 200: IndicatorRecords }) },
  }, (req) => indicatorRecords(deps, contextFor(req, 'stats.view'), req.query));

  r.get('/api/stats/indicators/records/export', {
    schema: { tags, summary: '导出指标穿透名单 Excel（证件号和电话脱敏；导出留痕）', querystring: IndicatorRecordsQuery, response: responses({ 200: XlsxFile }) },
  }, async (req, reply) => {
    const ctx = contextFor(req, 'stats.view');
    const { list, personIds, householdIds } = await recordsShown(deps, ctx, req.query, EXPORT_LIMIT);
    const columns: ExcelColumn<IndicatorRecord>[] = [
      { header: '姓名', key: 'name', width: 12 },
      { header: '身份证号', key: 'citizenId', width: 22 },
      { header: '联系电话', key: 'phone', width: 16 },
      { header: '所属区域', key: 'regionName', width: 20 },
      { header: list.columns.date1, key: 'date1', width: 14 },
      { header: list.columns.date2, key: 'date2', width: 14 },
      { header: list.columns.detail, key: 'detail', width: 20 },
    ];
    // exportXlsx records `filter` in the audit row: the unit and who was on the list go with it, as for the on-screen drill-down.
    return exportXlsx(reply, deps, ctx, {
      title: `${list.label}（${list.regionName} ${list.period.label}）`,
      filter: { ...req.query, regionCode: list.regionCode, personIds, householdIds },
      columns,
      rows: list.items,
    });
  });
}
