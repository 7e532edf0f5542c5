import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { qualityIssues, qualitySummary } from './quality.js';
import { QualityIssueQuery, QualityIssueRow, QualitySummary, QualitySummaryQuery } from './quality-schema.js';
import { QUALITY_KINDS } from './quality-rules.js';

const tags = ['registry'];

/** 数据质量: the summary per unit, the issue lists and their Excel export. */
export async function qualityRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/registry/quality/summary',
    { schema: { tags, summary: '数据质量汇总（下级单位并列：疑似重复、信息不一致、六个月未联系、逾期未办）', querystring: QualitySummaryQuery, response: responses({ 200: QualitySummary }) } },
    (req) => qualitySummary(deps, contextFor(req, 'person.view'), req.query.regionCode),
  );
  r.get(
    '/api/registry/quality/issues',
    { schema: { tags, summary: '数据质量问题清单（按类别）', querystring: QualityIssueQuery, response: responses({ 200: Page(QualityIssueRow) }) } },
    (req) => qualityIssues(deps, contextFor(req, 'person.view'), req.query),
  );
  r.get(
    '/api/registry/quality/issues/export',
    { schema: { tags, summary: '导出数据质量问题清单 Excel', querystring: QualityIssueQuery, response: responses({ 200: XlsxFile }) } },
    async (req, reply) => {
      const ctx = contextFor(req, 'person.view');
      const { items } = await qualityIssues(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
      return exportXlsx(reply, deps, ctx, {
        title: req.query.kind ? `数据质量-${QUALITY_KINDS[req.query.kind]}` : '数据质量问题清单',
        filter: req.query,
        rows: items,
        columns: [
          { header: '类别', key: 'kindName', width: 14 },
          { header: '问题', key: 'checkName', width: 24 },
          { header: '社区', key: 'regionName', width: 20 },
          { header: '姓名', key: 'name', width: 10 },
          { header: '公民身份号码', key: 'citizenId', width: 22 },
          { header: '说明', key: 'reason', width: 60 },
          { header: '日期', key: 'date', width: 12 },
        ],
      });
    },
  );
}
