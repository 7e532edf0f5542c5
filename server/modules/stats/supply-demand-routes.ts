import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses, XlsxFile } from '../../platform/http/schemas.js';
import { sendXlsx } from '../../platform/http/excel.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { PeriodQuery } from './period.js';
import { RecordsQuery, RecordsResult, SupplyDemandReport } from './supply-demand-schema.js';
import { supplyDemandRecords, supplyDemandReport } from './supply-demand-service.js';
import { supplyDemandWorkbook } from './supply-demand-export.js';

const tags = ['stats'];

/** 职业供求状况分析: the report, its Excel workbook and the records behind each cell. */
export async function supplyDemandRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/stats/supply-demand', { schema: { tags, summary: '职业供求状况分析：各表人数、占比、环比、同比、求人倍率与文字分析', querystring: PeriodQuery, response: responses({ 200: SupplyDemandReport }) } }, (req) =>
    supplyDemandReport(deps, contextFor(req, 'stats.view'), req.query),
  );
  r.get('/api/stats/supply-demand/export', { schema: { tags, summary: '导出职业供求状况分析 Excel（统计表格式）', querystring: PeriodQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'stats.view');
    const report = await supplyDemandReport(deps, ctx, req.query);
    const title = `职业供求状况分析（${report.regionName} ${report.period.label}）`;
    const body = await supplyDemandWorkbook(report);
    await writeAudit(deps.db, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'data.exported',
      entityType: 'export',
      entityId: title,
      regionCode: report.regionCode,
      detail: { filter: req.query, rows: report.tables.reduce((n, t) => n + t.rows.length + 1, 0) },
    });
    return sendXlsx(reply, `${title}-${chinaDate(deps.clock.now())}.xlsx`, body);
  });
  r.get('/api/stats/supply-demand/records', { schema: { tags, summary: '穿透查询：统计表某一单元格背后的岗位或求职登记（分页、排序，管辖范围内）', querystring: RecordsQuery, response: responses({ 200: RecordsResult }) } }, (req) =>
    supplyDemandRecords(deps, contextFor(req, 'stats.view'), req.query),
  );
}
