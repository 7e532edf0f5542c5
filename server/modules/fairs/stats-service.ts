import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { chinaDate } from '../../platform/clock.js';
import { narrowRegion } from '../../platform/scope.js';
import { FAIR_KINDS, TARGET_GROUP_CODES } from './codes.js';
import { loadVisibleFair } from './fair-access.js';
import type { GroupBy, StatsQuery, StatsResult, StatsRow } from './stats-schema.js';

/** One fair's numbers, as counted over its records. */
interface FairNumbers {
  id: number;
  name: string;
  held_on: string;
  kind: string;
  region_code: string;
  campaign_id: number | null;
  campaign_name: string | null;
  employers: number;
  positions: number;
  seekers: number;
  intentions: number;
  unemployed_intentions: number;
  hires: number;
}

/** Unemployed share of intentions, 3 decimals; null when there are none. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

function emptyRow(key: string, label: string): StatsRow {
  return { key, label, fairs: 0, employers: 0, positions: 0, seekers: 0, intentions: 0, unemployedIntentions: 0, unemployedShare: null, hires: 0, groups: Object.fromEntries(TARGET_GROUP_CODES.map((g) => [g, 0])) };
}

function add(row: StatsRow, f: FairNumbers, groups: ReadonlyMap<string, number> | undefined): void {
  row.fairs += 1;
  row.employers += f.employers;
  row.positions += f.positions;
  row.seekers += f.seekers;
  row.intentions += f.intentions;
  row.unemployedIntentions += f.unemployed_intentions;
  row.hires += f.hires;
  for (const [g, n] of groups ?? []) row.groups[g] = (row.groups[g] ?? 0) + n;
  row.unemployedShare = shareOf(row.unemployedIntentions, row.intentions);
}

/** The group a fair falls in: its key, label and sort key. */
function groupOf(by: GroupBy, f: FairNumbers, region: { code: string; name: string }, units: ReadonlyMap<string, string>): { key: string; label: string; sort: string } {
  switch (by) {
    case 'fair':
      return { key: String(f.id), label: `${f.held_on} ${f.name}`, sort: `${f.held_on}#${String(f.id).padStart(12, '0')}` };
    case 'month':
      return { key: f.held_on.slice(0, 7), label: `${f.held_on.slice(0, 4)}年${Number(f.held_on.slice(5, 7))}月`, sort: f.held_on.slice(0, 7) };
    case 'quarter': {
      const q = Math.floor((Number(f.held_on.slice(5, 7)) - 1) / 3) + 1;
      return { key: `${f.held_on.slice(0, 4)}-Q${q}`, label: `${f.held_on.slice(0, 4)}年第${q}季度`, sort: `${f.held_on.slice(0, 4)}-Q${q}` };
    }
    case 'kind':
      return { key: f.kind, label: FAIR_KINDS[f.kind as keyof typeof FAIR_KINDS] ?? f.kind, sort: String(Object.keys(FAIR_KINDS).indexOf(f.kind)).padStart(2, '0') };
    case 'campaign':
      return f.campaign_id === null ? { key: 'none', label: '未纳入专项活动', sort: '~' } : { key: String(f.campaign_id), label: f.campaign_name ?? '', sort: String(f.campaign_id).padStart(12, '0') };
    case 'unit': {
      // The organiser's child unit under the region (the region itself when it organised the fair).
      const child = [...units.keys()].find((c) => f.region_code.startsWith(c));
      if (!child) return { key: region.code, label: `${region.name}（本级）`, sort: '' };
      return { key: child, label: units.get(child) ?? child, sort: child };
    }
  }
}

/**
 * The fairs' numbers (DOMAIN.md §2.7): over fairs not cancelled held in [from, to] and organised in
 * the region's subtree (narrowed to the actor's scope), grouped by fair, month, quarter, type,
 * organising unit or campaign, with the total. Each figure is a plain count over the records.
 */
export async function fairStats(deps: AppDeps, ctx: RequestContext, q: StatsQuery): Promise<StatsResult> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const year = chinaDate(deps.clock.now()).slice(0, 4);
  const from = q.from ?? `${year}-01-01`;
  const to = q.to ?? `${year}-12-31`;
  if (from > to) throw fieldError('to', '结束日期不能早于开始日期');
  const by: GroupBy = q.groupBy ?? 'month';
  // One fair: its numbers for anyone who sees it (a street sees the city fair its people go to).
  const fair = q.fairId === undefined ? null : await loadVisibleFair(deps.db, ctx.actor, q.fairId);
  // A unit above the viewer (e.g. the city's campaign seen by a street) narrows to the viewer's own part.
  const above = q.regionCode !== undefined && ctx.actor.orgCode.startsWith(q.regionCode);
  const region = fair ? fair.region_code : above ? ctx.actor.orgCode : narrowRegion(ctx.actor, q.regionCode);
  const regionCode = region ?? q.regionCode ?? ctx.actor.orgCode;
  const regionRow = await deps.db.selectFrom('org_unit').select('name').where('code', '=', regionCode).executeTakeFirst();
  const head = { from, to, regionCode, regionName: regionRow?.name ?? regionCode, groupBy: by };
  if (region === null) return { ...head, rows: [], total: emptyRow('total', '合计') };

  const where = sql.join(
    [
      sql`f.status <> 'cancelled'`,
      sql`f.held_on >= ${from}`,
      sql`f.held_on <= ${to}`,
      sql`f.region_code LIKE ${`${region}%`}`,
      ...(q.kind ? [sql`f.kind = ${q.kind}`] : []),
      ...(q.campaignId ? [sql`f.campaign_id = ${q.campaignId}`] : []),
      ...(fair ? [sql`f.id = ${fair.id}`] : []),
    ],
    sql` AND `,
  );
  const fairs = await sql<FairNumbers>`
    SELECT f.id, f.name, to_char(f.held_on, 'YYYY-MM-DD') AS held_on, f.kind, f.region_code, f.campaign_id, fc.name AS campaign_name,
      (SELECT count(*)::int FROM fair_participation p WHERE p.fair_id = f.id AND p.status = 'approved') AS employers,
      (SELECT coalesce(sum(fp.positions), 0)::int FROM fair_posting fp JOIN fair_participation p ON p.id = fp.participation_id WHERE p.fair_id = f.id AND p.status = 'approved') AS positions,
      (SELECT count(*)::int FROM fair_checkin c WHERE c.fair_id = f.id) AS seekers,
      (SELECT count(*)::int FROM fair_intention i WHERE i.fair_id = f.id) AS intentions,
      (SELECT count(*)::int FROM fair_intention i JOIN fair_checkin c ON c.id = i.checkin_id WHERE i.fair_id = f.id AND c.unemployed) AS unemployed_intentions,
      (SELECT count(*)::int FROM fair_intention i WHERE i.fair_id = f.id AND i.status = 'hired') AS hires
    FROM fair f LEFT JOIN fair_campaign fc ON fc.id = f.campaign_id
    WHERE ${where}
    ORDER BY f.held_on, f.id`.execute(deps.db);
  const groupRows = await sql<{ fair_id: number; grp: string; n: number }>`
    SELECT i.fair_id, g.grp, count(*)::int AS n
    FROM fair_intention i JOIN fair_checkin c ON c.id = i.checkin_id JOIN fair f ON f.id = i.fair_id CROSS JOIN LATERAL unnest(c.groups) AS g(grp)
    WHERE ${where}
    GROUP BY i.fair_id, g.grp`.execute(deps.db);
  const groupsOf = new Map<number, Map<string, number>>();
  for (const r of groupRows.rows) {
    const m = groupsOf.get(Number(r.fair_id)) ?? new Map<string, number>();
    m.set(r.grp, Number(r.n));
    groupsOf.set(Number(r.fair_id), m);
  }
  const units = new Map<string, string>();
  if (by === 'unit') for (const u of await deps.db.selectFrom('org_unit').select(['code', 'name']).where('parent_code', '=', region).execute()) units.set(u.code, u.name);
  const regionUnit = { code: region, name: head.regionName };
  const grouped = new Map<string, { row: StatsRow; sort: string }>();
  const total = emptyRow('total', '合计');
  for (const raw of fairs.rows) {
    const f: FairNumbers = { ...raw, id: Number(raw.id), campaign_id: raw.campaign_id === null ? null : Number(raw.campaign_id) };
    const g = groupOf(by, f, regionUnit, units);
    const entry = grouped.get(g.key) ?? { row: emptyRow(g.key, g.label), sort: g.sort };
    add(entry.row, f, groupsOf.get(f.id));
    grouped.set(g.key, entry);
    add(total, f, groupsOf.get(f.id));
  }
  const rows = [...grouped.values()].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map((e) => e.row);
  return { ...head, rows, total };
}
