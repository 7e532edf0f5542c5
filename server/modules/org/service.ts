import type { AppDeps, RequestContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { inScope, narrowRegion } from '../../platform/scope.js';
import { writeAudit } from '../../platform/audit.js';
import { divisionsOfCity, listCities } from './divisions.js';
import { childrenOf, countByLevel, findUnit, insertDivisions, orgRefOf, searchUnits } from './repository.js';

/** One unit in the actor's subtree, with its ancestors' names. */
export async function getUnit(deps: AppDeps, ctx: RequestContext, code: string) {
  if (!inScope(ctx.actor, code)) throw notFound('单位');
  const unit = await findUnit(deps.db, code);
  if (!unit) throw notFound('单位');
  const ref = await orgRefOf(deps.db, code);
  return { code: unit.code, name: unit.name, level: unit.level, parentCode: unit.parentCode, pathNames: ref.pathNames };
}

/** Children of a unit in the actor's subtree. */
export async function listChildren(deps: AppDeps, ctx: RequestContext, code: string) {
  if (!inScope(ctx.actor, code)) throw notFound('单位');
  return (await childrenOf(deps.db, code)).map((c) => ({ ...c, childCount: c.childCount ?? 0 }));
}

/** Name search limited to the actor's subtree (or a unit inside it). */
export async function search(deps: AppDeps, ctx: RequestContext, q: { q: string; root?: string; limit?: number }) {
  const root = narrowRegion(ctx.actor, q.root);
  if (!root) return [];
  const rows = await searchUnits(deps.db, root, q.q.trim(), q.limit ?? 20);
  const ancestors = [...new Set(rows.flatMap((r) => r.path.split('/')))];
  const names = new Map(
    ancestors.length ? (await deps.db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', ancestors).execute()).map((u) => [u.code, u.name]) : [],
  );
  return rows.map(({ path, ...rest }) => ({ ...rest, pathNames: path.split('/').map((c) => names.get(c) ?? c) }));
}

/** Units per level under a root in the actor's scope (default: the actor's own unit). */
export async function summary(deps: AppDeps, ctx: RequestContext, root?: string) {
  const narrowed = narrowRegion(ctx.actor, root);
  if (!narrowed) throw notFound('单位');
  return countByLevel(deps.db, narrowed);
}

/** Cities that can be loaded, flagged when already present. */
export async function cities(deps: AppDeps) {
  const loaded = new Set((await deps.db.selectFrom('org_unit').select('code').where('level', '=', 2).execute()).map((r) => r.code));
  return listCities().map((c) => ({ ...c, loaded: loaded.has(c.code) }));
}

/** Loads a city's five levels into the org tree (idempotent), audited. */
export async function loadCity(deps: AppDeps, ctx: RequestContext | null, cityCode: string) {
  const divisions = await divisionsOfCity(cityCode);
  const now = deps.clock.now();
  const inserted = await deps.db.transaction().execute(async (trx) => {
    const n = await insertDivisions(trx, divisions, now);
    await writeAudit(trx, deps.clock, ctx ? { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip } : { actorId: null, actorName: 'system', ip: null }, {
      event: 'org.loaded',
      entityType: 'org_unit',
      entityId: cityCode,
      regionCode: cityCode,
      detail: { total: divisions.length, inserted: n },
    });
    return n;
  });
  return { cityCode, total: divisions.length, inserted };
}
