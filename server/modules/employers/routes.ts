import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { EmployerInput, EmployerListQuery, EmployerPatch, EmployerView } from './schema.js';
import { createEmployer, getEmployer, listEmployers, submitEmployer, updateEmployer } from './service.js';

const tags = ['employers'];

export async function employerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/employers', { schema: { tags, summary: '用人单位列表', querystring: EmployerListQuery, response: responses({ 200: Page(EmployerView) }) } }, (req) =>
    listEmployers(deps, contextFor(req, 'employer.view'), req.query),
  );
  r.get('/api/employers/export', { schema: { tags, summary: '导出用人单位 Excel', querystring: EmployerListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'employer.view');
    const { items } = await listEmployers(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: '用人单位', filter: req.query, rows: items, columns: [
      { header: '统一社会信用代码', key: 'creditCode', width: 22 },
      { header: '单位名称', key: 'name', width: 32 },
      { header: '所在地区', key: 'regionName', width: 18 },
      { header: '地址', key: 'address', width: 30 },
      { header: '联系人', key: 'contactName', width: 10 },
      { header: '联系电话', key: 'contactPhone', width: 14 },
      { header: '状态', key: 'status', width: 10 },
      { header: '登记时间', key: 'createdAt', width: 22 },
    ] });
  });
  r.get('/api/employers/:id', { schema: { tags, summary: '用人单位详情', params: IdParams, response: responses({ 200: EmployerView }) } }, (req) =>
    getEmployer(deps, contextFor(req), req.params.id),
  );
  r.post('/api/employers', { schema: { tags, summary: '登记用人单位', body: EmployerInput, response: responses({ 200: EmployerView }) } }, (req) =>
    createEmployer(deps, contextFor(req, 'employer.manage'), req.body),
  );
  r.patch('/api/employers/:id', { schema: { tags, summary: '修改用人单位', params: IdParams, body: EmployerPatch, response: responses({ 200: EmployerView }) } }, (req) =>
    updateEmployer(deps, contextFor(req), req.params.id, req.body),
  );
  r.post('/api/employers/:id/submit', { schema: { tags, summary: '提交审核', params: IdParams, response: responses({ 200: EmployerView }) } }, (req) =>
    submitEmployer(deps, contextFor(req), req.params.id),
  );
}
