import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { AuditEventInfo, AuditQuery, AuditRow } from './schema.js';
import { auditEvents, searchAudit } from './service.js';

const tags = ['audit'];

export async function auditRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/audit/events', { schema: { tags, summary: '审计事件类型', response: responses({ 200: Type.Array(AuditEventInfo) }) } }, (req) => {
    contextFor(req, 'audit.view');
    return auditEvents();
  });
  r.get('/api/audit', { schema: { tags, summary: '审计日志查询', querystring: AuditQuery, response: responses({ 200: Page(AuditRow) }) } }, (req) =>
    searchAudit(deps, contextFor(req, 'audit.view'), req.query),
  );
  r.get('/api/audit/export', { schema: { tags, summary: '导出审计日志 Excel', querystring: AuditQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'audit.view');
    const { items } = await searchAudit(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT }, 'export');
    return exportXlsx(reply, deps, ctx, { title: '审计日志', filter: req.query, rows: items, event: 'audit.exported', columns: [
      { header: '时间', key: 'at', width: 22 },
      { header: '操作人', key: 'actorName', width: 14 },
      { header: 'IP', key: 'ip', width: 14 },
      { header: '事件', key: 'eventName', width: 22 },
      { header: '对象类型', key: 'entityType', width: 14 },
      { header: '对象编号', key: 'entityId', width: 12 },
      { header: '地区', key: 'regionCode', width: 14 },
      { header: '变更前', key: 'before', width: 40 },
      { header: '变更后', key: 'after', width: 40 },
      { header: '说明', key: 'detail', width: 40 },
    ] });
  });
}
