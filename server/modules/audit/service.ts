import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { AUDIT_EVENTS, writeAudit, type AuditEvent } from '../../platform/audit.js';
import { pageWindow } from '../../platform/http/schemas.js';
import type { AuditQuery } from './schema.js';

const CHINA_OFFSET = '+08:00';

function filtered(deps: AppDeps, ctx: RequestContext, f: AuditQuery) {
  // Events tied to a region are limited to the auditor's subtree; global events (logins, code
  // tables) have no region and are visible to every auditor.
  let q = deps.db
    .selectFrom('audit_log')
    .where((eb) => eb.or([eb('region_code', 'is', null), eb('region_code', 'like', `${ctx.actor.orgCode}%`)]));
  if (f.from) q = q.where('at', '>=', new Date(`${f.from}T00:00:00${CHINA_OFFSET}`));
  if (f.to) q = q.where('at', '<', new Date(new Date(`${f.to}T00:00:00${CHINA_OFFSET}`).getTime() + 86_400_000));
  if (f.actor) q = q.where('actor_name', '=', f.actor);
  if (f.event) q = q.where('event_type', '=', f.event);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.regionCode) {
    const region = f.regionCode;
    q = f.includeGlobal
      ? q.where((eb) => eb.or([eb('region_code', 'is', null), eb('region_code', 'like', `${region}%`)]))
      : q.where('region_code', 'like', `${region}%`);
  }
  return q;
}

/** A page of the audit log, newest first; the viewing itself is audited. */
export async function searchAudit(deps: AppDeps, ctx: RequestContext, f: AuditQuery, purpose: 'view' | 'export' = 'view') {
  const { page, pageSize, offset } = pageWindow(f);
  const q = filtered(deps, ctx, f);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('at', f.order === 'asc' ? 'asc' : 'desc').orderBy('id', 'desc').limit(pageSize).offset(offset).execute();
  // An export is recorded by the export itself (audit.exported).
  if (purpose === 'view') {
    await writeAudit(deps.db, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'audit.viewed',
      detail: { filter: { ...f, page, pageSize }, rows: rows.length },
    });
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      ip: r.ip,
      event: r.event_type,
      eventName: AUDIT_EVENTS[r.event_type as AuditEvent] ?? r.event_type,
      entityType: r.entity_type,
      entityId: r.entity_id,
      regionCode: r.region_code,
      before: r.before,
      after: r.after,
      detail: r.detail,
    })),
    total: total.n,
    page,
    pageSize,
  };
}

export function auditEvents() {
  return Object.entries(AUDIT_EVENTS).map(([event, name]) => ({ event, name }));
}
