import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { generateReport, getReport, listReports, regenerateReport, reportOverview, reportPrint, submitReport, updateSummary } from './report-service.js';
import { reportSheet, REPORT_LIST_COLUMNS } from './report-export.js';
import { GenerateInput, OverviewQuery, ReportListQuery, ReportOverview, ReportPrint, ReportSummary, ReportView, SubmitInput, SummaryInput, VersionInput } from './report-schema.js';

const tags = ['stats'];

/** 周预报 / 月报: generate, edit, submit (the review goes through /api/workflow), print, export, and who has reported. */
export async function reportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/stats/reports', { schema: { tags, summary: '周预报 / 月报列表（管辖范围内）', querystring: ReportListQuery, response: responses({ 200: Page(ReportSummary) }) } }, (req) =>
    listReports(deps, contextFor(req, 'stats.view'), req.query),
  );
  r.get('/api/stats/reports/export', { schema: { tags, summary: '导出周预报 / 月报列表 Excel', querystring: ReportListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'stats.view');
    const result = await listReports(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: '市场月报和周预报', filter: req.query, rows: result.items, columns: REPORT_LIST_COLUMNS });
  });
  r.get('/api/stats/reports/overview', { schema: { tags, summary: '报送情况：各区县某期的周预报 / 月报状态（含未生成）', querystring: OverviewQuery, response: responses({ 200: ReportOverview }) } }, (req) =>
    reportOverview(deps, contextFor(req, 'stats.view'), req.query),
  );
  r.post('/api/stats/reports', { schema: { tags, summary: '生成周预报 / 月报草稿（区县经办）', body: GenerateInput, response: responses({ 200: ReportView }) } }, (req) =>
    generateReport(deps, contextFor(req, 'report.manage'), req.body),
  );
  r.get('/api/stats/reports/:id', { schema: { tags, summary: '报表详情：生成的数字、说明和状态', params: IdParams, response: responses({ 200: ReportView }) } }, (req) =>
    getReport(deps, contextFor(req, 'stats.view'), req.params.id),
  );
  r.put('/api/stats/reports/:id/summary', { schema: { tags, summary: '修改说明（草稿或被退回时）', params: IdParams, body: SummaryInput, response: responses({ 200: ReportView }) } }, (req) =>
    updateSummary(deps, contextFor(req, 'report.manage'), req.params.id, req.body),
  );
  r.post('/api/stats/reports/:id/regenerate', { schema: { tags, summary: '按当前数据重新生成（草稿或被退回时）', params: IdParams, body: VersionInput, response: responses({ 200: ReportView }) } }, (req) =>
    regenerateReport(deps, contextFor(req, 'report.manage'), req.params.id, req.body.version),
  );
  r.post('/api/stats/reports/:id/submit', { schema: { tags, summary: '提交区县审核（审核通过即报送市）', params: IdParams, body: SubmitInput, response: responses({ 200: ReportView }) } }, (req) =>
    submitReport(deps, contextFor(req, 'report.manage'), req.params.id, req.body),
  );
  r.get('/api/stats/reports/:id/print', { schema: { tags, summary: '打印视图数据（含审核意见）', params: IdParams, response: responses({ 200: ReportPrint }) } }, (req) =>
    reportPrint(deps, contextFor(req, 'stats.view'), req.params.id),
  );
  r.get('/api/stats/reports/:id/export', { schema: { tags, summary: '导出报表 Excel', params: IdParams, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'stats.view');
    const report = await getReport(deps, ctx, req.params.id);
    return exportXlsx(reply, deps, ctx, { ...reportSheet(report), filter: { id: report.id } });
  });
}
