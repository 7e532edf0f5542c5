import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { CodeEntryView, CodeTableView, EntryQuery, ValidateBody, ValidateResult } from './schema.js';
import { checkCitizenId, checkCreditCode, entries, loadShippedCodeTables, tables } from './service.js';

const tags = ['codes'];

export async function codeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/codes/tables', { schema: { tags, summary: '代码表及版本', response: responses({ 200: Type.Array(CodeTableView) }) } }, (req) => {
    contextFor(req, 'code.view');
    return tables(deps);
  });
  r.get('/api/codes/entries', { schema: { tags, summary: '代码查询', querystring: EntryQuery, response: responses({ 200: Page(CodeEntryView) }) } }, (req) => {
    contextFor(req, 'code.view');
    return entries(deps, req.query);
  });
  r.get('/api/codes/entries/export', { schema: { tags, summary: '导出代码表 Excel', querystring: EntryQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'code.view');
    const { items } = await entries(deps, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: `代码表-${req.query.type}`, filter: req.query, rows: items, columns: [
      { header: '代码', key: 'code', width: 12 },
      { header: '名称', key: 'name', width: 40 },
      { header: '英文名称', key: 'nameEn', width: 30 },
      { header: '上级代码', key: 'parentCode', width: 12 },
      { header: '层级', key: 'level', width: 6 },
      { header: '版本', key: 'edition', width: 16 },
    ] });
  });
  r.post('/api/codes/reload', { schema: { tags, summary: '重新导入系统自带代码表', response: responses({ 200: Type.Object({ editions: Type.Integer() }) }) } }, async (req) => ({
    editions: await loadShippedCodeTables(deps, contextFor(req, 'code.manage')),
  }));
  r.post('/api/codes/validate/citizen-id', { schema: { tags, summary: '校验公民身份号码 (GB 11643)', body: ValidateBody, response: responses({ 200: ValidateResult }) } }, (req) => {
    contextFor(req);
    return checkCitizenId(req.body.value, deps.clock.now());
  });
  r.post('/api/codes/validate/credit-code', { schema: { tags, summary: '校验统一社会信用代码 (GB 32100)', body: ValidateBody, response: responses({ 200: ValidateResult }) } }, (req) => {
    contextFor(req);
    return checkCreditCode(req.body.value);
  });
}
