import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import { escapeLike } from '../../platform/db/like.js';
import { FAIR_KINDS, FAIR_STATUSES } from './codes.js';
import type { FairSummary } from './fair-schema.js';

/**
 * Queries over fairs: the one select every summary is built from (organiser name, campaign name and
 * the live counts), the scope condition of staff lists, and the list filters.
 */

/** A fair with its organiser's and campaign's names and its counts of booths, applications, check-ins and intentions. */
export function selectFairs(db: Db) {
  return db
    .selectFrom('fair as f')
    .innerJoin('org_unit as o', 'o.code', 'f.region_code')
    .leftJoin('fair_campaign as c', 'c.id', 'f.campaign_id')
    .selectAll('f')
    .select(['o.name as region_name', 'c.name as campaign_name'])
    .select(sql<number>`(SELECT count(*)::int FROM fair_participation p WHERE p.fair_id = f.id AND p.status = 'approved')`.as('employers'))
    .select(sql<number>`(SELECT count(*)::int FROM fair_participation p WHERE p.fair_id = f.id AND p.status = 'applied')`.as('applications'))
    .select(sql<number>`(SELECT count(*)::int FROM fair_checkin k WHERE k.fair_id = f.id)`.as('checkins'))
    .select(sql<number>`(SELECT count(*)::int FROM fair_intention i WHERE i.fair_id = f.id)`.as('intentions'));
}

export type FairSummaryRow = Awaited<ReturnType<ReturnType<typeof selectFairs>['executeTakeFirstOrThrow']>>;

/** 'HH:MM:SS' (as stored) → 'HH:MM' (as sent). */
export const hhmm = (time: string) => time.slice(0, 5);

/** The FairSummary of a row of `selectFairs`. */
export function presentFairSummary(r: FairSummaryRow): FairSummary {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindName: FAIR_KINDS[r.kind] ?? r.kind,
    status: r.status,
    statusName: FAIR_STATUSES[r.status] ?? r.status,
    regionCode: r.region_code,
    regionName: r.region_name,
    heldOn: r.held_on,
    startsAt: hhmm(r.starts_at),
    endsAt: hhmm(r.ends_at),
    venue: r.venue,
    boothCapacity: r.booth_capacity,
    targetGroups: r.target_groups,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    seriesId: r.series_id,
    employers: Number(r.employers),
    applications: Number(r.applications),
    checkins: Number(r.checkins),
    intentions: Number(r.intentions),
  };
}

/**
 * The summaries of the given fairs, in the order of `ids` (unknown ids are left out). No scope
 * check: callers pass fairs the actor may see. Other modules of the fairs use it for their views.
 */
export async function fairSummaries(db: Db, ids: readonly number[]): Promise<FairSummary[]> {
  if (ids.length === 0) return [];
  const rows = await selectFairs(db).where('f.id', 'in', [...new Set(ids)]).execute();
  const byId = new Map(rows.map((r) => [r.id, presentFairSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The summary of one fair (no scope check), or undefined. */
export async function fairSummary(db: Db, id: number): Promise<FairSummary | undefined> {
  return (await fairSummaries(db, [id]))[0];
}

/** Staff see fairs organised in their subtree or by a unit above them (their calendar shows the district's and city's fairs). */
export function fairScope(actor: Pick<Actor, 'orgCode'>, column = 'f.region_code'): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} LIKE ${actor.orgCode + '%'} OR ${actor.orgCode} LIKE ${sql.ref(column)} || '%')`;
}

export interface FairFilter {
  from?: string;
  to?: string;
  kind?: string;
  status?: string;
  regionCode?: string;
  campaignId?: number;
  q?: string;
  sort?: string;
}

/** Sort orders of the list: by date (default, newest first), date ascending, name. */
const SORTS: Record<string, { column: 'f.held_on' | 'f.name'; order: 'asc' | 'desc' }> = {
  '-heldOn': { column: 'f.held_on', order: 'desc' },
  heldOn: { column: 'f.held_on', order: 'asc' },
  name: { column: 'f.name', order: 'asc' },
};

/** The staff list of fairs in scope with the filters applied, sorted and paged. */
export async function findFairs(db: Db, actor: Actor, f: FairFilter, limit: number, offset: number) {
  let q = selectFairs(db).where(fairScope(actor));
  if (f.regionCode) q = q.where('f.region_code', 'like', `${f.regionCode}%`);
  if (f.from) q = q.where('f.held_on', '>=', f.from);
  if (f.to) q = q.where('f.held_on', '<=', f.to);
  if (f.kind) q = q.where('f.kind', '=', f.kind as FairSummaryRow['kind']);
  if (f.status) q = q.where('f.status', '=', f.status as FairSummaryRow['status']);
  if (f.campaignId) q = q.where('f.campaign_id', '=', f.campaignId);
  if (f.q?.trim()) {
    const like = `%${escapeLike(f.q.trim())}%`;
    q = q.where((eb) => eb.or([eb('f.name', 'like', like), eb('f.venue', 'like', like)]));
  }
  const sort = SORTS[f.sort ?? '-heldOn'] ?? SORTS['-heldOn'];
  const rows = await q.orderBy(sort.column, sort.order).orderBy('f.starts_at', sort.order).orderBy('f.id', sort.order).limit(limit).offset(offset).execute();
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}
