import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, PageQuery, responses, XlsxFile } from '../../platform/http/schemas.js';
import { exportXlsx, sendXlsx } from '../../platform/http/excel.js';
import { fieldError } from '../../platform/errors.js';
import { chinaDate } from '../../platform/clock.js';
import { MAX_IMPORT_ROWS } from './import-reader.js';
import { importTemplate } from './import-template.js';
import { confirmImport, discardImport, importErrors, importView, listImports, stageImport } from './import-service.js';
import { ImportBatchView, ImportError, ImportUploadQuery } from './import-schema.js';

const tags = ['registry'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A 100,000-row hand-in is ~6 MB; leave room for formatting. */
const UPLOAD_LIMIT = 64 * 1024 * 1024;

/** Excel import of people and registrations: template, upload + validation report, confirm or discard. */
export async function importRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/registry/imports/template', { schema: { tags, summary: '下载人员及登记导入模板', response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    contextFor(req, 'person.manage');
    return sendXlsx(reply, `人员及登记导入模板-${chinaDate(deps.clock.now())}.xlsx`, await importTemplate());
  });
  r.post(
    '/api/registry/imports',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: `上传 Excel 并逐行校验（不写入登记数据；最多 ${MAX_IMPORT_ROWS} 行）`,
        description: 'Request body: the raw .xlsx file with content-type ' + XLSX,
        querystring: ImportUploadQuery,
        response: responses({ 200: ImportBatchView }),
      },
    },
    (req) => {
      const ctx = contextFor(req, 'person.manage');
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw fieldError('file', '请上传 Excel（.xlsx）文件');
      return stageImport(deps, ctx, req.body, req.query.fileName?.trim() || '未命名.xlsx');
    },
  );
  r.get('/api/registry/imports', { schema: { tags, summary: '导入批次列表', querystring: PageQuery, response: responses({ 200: Page(ImportBatchView) }) } }, (req) =>
    listImports(deps, contextFor(req, 'person.manage'), req.query),
  );
  r.get('/api/registry/imports/:id', { schema: { tags, summary: '导入批次及校验报告', params: IdParams, response: responses({ 200: ImportBatchView }) } }, (req) =>
    importView(deps, contextFor(req, 'person.manage'), req.params.id),
  );
  r.get('/api/registry/imports/:id/errors', { schema: { tags, summary: '被拒绝的行（分页）', params: IdParams, querystring: PageQuery, response: responses({ 200: Page(ImportError) }) } }, (req) =>
    importErrors(deps, contextFor(req, 'person.manage'), req.params.id, req.query),
  );
  r.get('/api/registry/imports/:id/errors/export', { schema: { tags, summary: '导出校验错误报告 Excel', params: IdParams, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'person.manage');
    const { items } = await importErrors(deps, ctx, req.params.id, { page: 1, pageSize: MAX_IMPORT_ROWS * 20 });
    return exportXlsx(reply, deps, ctx, {
      title: `导入校验报告-${req.params.id}`,
      filter: { batchId: req.params.id },
      rows: items,
      columns: [
        { header: '行号', key: 'row', width: 8 },
        { header: '列', key: 'column', width: 16 },
        { header: '内容', key: 'value', width: 24 },
        { header: '原因', key: 'message', width: 60 },
      ],
    });
  });
  r.post('/api/registry/imports/:id/confirm', { schema: { tags, summary: '确认导入全部有效行（一个事务）', params: IdParams, response: responses({ 200: ImportBatchView }) } }, (req) =>
    confirmImport(deps, contextFor(req, 'person.manage'), req.params.id),
  );
  r.post('/api/registry/imports/:id/discard', { schema: { tags, summary: '放弃导入', params: IdParams, response: responses({ 200: ImportBatchView }) } }, (req) =>
    discardImport(deps, contextFor(req, 'person.manage'), req.params.id),
  );
}
