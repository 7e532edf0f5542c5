import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { AppDeps } from '../context.js';
import { contextFor } from '../http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../http/schemas.js';
import { DecideBody, ItemListQuery, TaskQuery, WorkflowItemDetail, WorkflowItemSummary, WorkflowType } from './schema.js';
import { getItemDetail, listItems, listMyTasks, workflowTypes } from './queries.js';
import { decide, withdraw } from './service.js';
import { EXPORT_LIMIT, exportXlsx, type ExcelColumn } from '../http/excel.js';

const tags = ['workflow'];

type WorkflowItemRow = Static<typeof WorkflowItemSummary>;

const ITEM_COLUMNS: ExcelColumn<WorkflowItemRow>[] = [
  { header: '编号', key: 'id', width: 8 },
  { header: '类型', key: 'typeName', width: 14 },
  { header: '事项', key: 'subjectLabel', width: 30 },
  { header: '地区', key: 'regionName', width: 16 },
  { header: '状态', key: 'status', width: 10 },
  { header: '当前环节', key: 'stepName', width: 12 },
  { header: '提交人', key: 'submittedBy', width: 12 },
  { header: '提交时间', key: 'submittedAt', width: 22 },
  { header: '期限', key: 'dueAt', width: 12 },
  { header: '逾期', key: 'overdue', width: 6 },
];

export async function workflowRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/workflow/types', { schema: { tags, summary: '审核流程类型', response: responses({ 200: Type.Array(WorkflowType) }) } }, (req) => {
    contextFor(req, 'workflow.view');
    return workflowTypes();
  });
  r.get('/api/workflow/tasks', { schema: { tags, summary: '我的待办', querystring: TaskQuery, response: responses({ 200: Page(WorkflowItemSummary) }) } }, (req) =>
    listMyTasks(deps, contextFor(req, 'workflow.view'), req.query),
  );
  r.get('/api/workflow/tasks/export', { schema: { tags, summary: '导出我的待办 Excel', querystring: TaskQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'workflow.view');
    const result = await listMyTasks(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: '我的待办', filter: req.query, rows: result.items, columns: ITEM_COLUMNS });
  });
  r.get('/api/workflow/items', { schema: { tags, summary: '审核事项（管辖范围内）', querystring: ItemListQuery, response: responses({ 200: Page(WorkflowItemSummary) }) } }, (req) =>
    listItems(deps, contextFor(req, 'workflow.view'), req.query),
  );
  r.get('/api/workflow/items/export', { schema: { tags, summary: '导出审核事项 Excel', querystring: ItemListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'workflow.view');
    const result = await listItems(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: '审核事项', filter: req.query, rows: result.items, columns: ITEM_COLUMNS });
  });
  r.get('/api/workflow/items/:id', { schema: { tags, summary: '审核事项详情', params: IdParams, response: responses({ 200: WorkflowItemDetail }) } }, (req) =>
    getItemDetail(deps, contextFor(req, 'workflow.view'), req.params.id),
  );
  r.post(
    '/api/workflow/items/:id/decide',
    { schema: { tags, summary: '审核：通过 / 退回修改 / 不通过', params: IdParams, body: DecideBody, response: responses({ 200: WorkflowItemDetail }) } },
    async (req) => {
      const ctx = contextFor(req, 'workflow.view');
      await decide(deps, ctx, req.params.id, req.body);
      return getItemDetail(deps, ctx, req.params.id);
    },
  );
  r.post('/api/workflow/items/:id/withdraw', { schema: { tags, summary: '撤回', params: IdParams, response: responses({ 200: WorkflowItemDetail }) } }, async (req) => {
    const ctx = contextFor(req);
    await withdraw(deps, ctx, req.params.id);
    return getItemDetail(deps, ctx, req.params.id);
  });
}
