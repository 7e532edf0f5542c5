import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { monthPeriod } from './period.js';
import { SNAPSHOT_PREFIXES } from './indicators-rules.js';
import { METRIC_KEYS, type Counts, type Metric } from './indicators-metrics.js';
import { PER_PERSON, population } from './indicators-queries.js';

/**
 * The monthly snapshot table (migration 20261123110000): one row per unit (province, city, district,
 * street), month and counted figure, zeros included, so a month is either wholly there for a unit or
 * not at all. Queried with raw SQL (the table has no row type in platform/db/schema.ts on purpose: only
 * this file touches it).
 */

/** The month key 'YYYY-MM-01' → its period (stocks as of its last day). */
function monthSpan(month: string) {
  const p = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { from: p.from, to: p.to, asOf: p.to };
}

/** One unit code per prefix length of the row's region code (null when the code is shorter). */
const keys = sql.join(SNAPSHOT_PREFIXES.map((n) => sql`CASE WHEN length(x.region_code) >= ${n} THEN left(x.region_code, ${n}) END AS ${sql.ref(`k${n}`)}`));
const groupingSets = sql.join(SNAPSHOT_PREFIXES.map((n) => sql`(${sql.ref(`k${n}`)})`));
const keyOf = sql.join(
  [...SNAPSHOT_PREFIXES].reverse().map((n) => sql.ref(`k${n}`)),
  sql`, `,
);

/**
 * Recomputes one month for every unit under `region` (its own code included): each figure counted
 * once over the whole subtree and grouped by every unit level at once (GROUPING SETS), people counted
 * distinct per unit. Upserts the rows in one statement.
 */
export async function refreshMonth(db: Db, region: string, month: string, now: Date): Promise<number> {
  const s = monthSpan(month);
  const figures = sql.join(
    METRIC_KEYS.map(
      (m) => sql`SELECT coalesce(${keyOf}) AS region_code, ${m}::text AS metric, ${PER_PERSON.has(m) ? sql`count(DISTINCT y.person_id)` : sql`count(*)`}::int AS value
        FROM (SELECT x.person_id, ${keys} FROM (${population(m, region, s, false)}) x) y
        GROUP BY GROUPING SETS (${groupingSets})`,
    ),
    sql` UNION ALL `,
  );
  const metrics = sql.join(METRIC_KEYS.map((m) => sql`(${m}::text)`));
  const res = await sql`
    WITH v AS (${figures}),
      units AS (SELECT code FROM org_unit WHERE code LIKE ${`${region}%`} AND length(code) <= 9),
      metrics(metric) AS (VALUES ${metrics})
    INSERT INTO stats_snapshot (region_code, month, metric, value, computed_at, created_at, updated_at)
    SELECT u.code, ${month}::date, mt.metric, coalesce(v.value, 0), ${now}, ${now}, ${now}
    FROM units u CROSS JOIN metrics mt LEFT JOIN v ON v.region_code = u.code AND v.metric = mt.metric
    ON CONFLICT (region_code, month, metric) DO UPDATE SET value = EXCLUDED.value, computed_at = EXCLUDED.computed_at, updated_at = EXCLUDED.updated_at`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}

/** The snapshot of one unit for the given months: month → counts, only months wholly present and not stale. */
export async function readSnapshots(db: Db, region: string, months: readonly string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  if (months.length === 0) return out;
  const rows = await sql<{ month: string; metric: string; value: number; computed_at: string }>`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, metric, value, computed_at::text AS computed_at FROM stats_snapshot
    WHERE region_code = ${region} AND month IN (${sql.join(months.map((m) => sql`${m}::date`))})`.execute(db);
  const partial = new Map<string, Partial<Counts>>();
  const computed = new Map<string, string>();
  for (const r of rows.rows) {
    const m = partial.get(r.month) ?? {};
    if ((METRIC_KEYS as string[]).includes(r.metric)) m[r.metric as Metric] = Number(r.value);
    partial.set(r.month, m);
    const c = computed.get(r.month);
    if (c === undefined || r.computed_at < c) computed.set(r.month, r.computed_at);
  }
  // The rows just read carry when each month was computed: the staleness check needs no second read of them.
  const stale = await changedMonths(db, region, computed);
  for (const [month, m] of partial) if (!stale.has(month) && METRIC_KEYS.every((k) => m[k] !== undefined)) out.set(month, m as Counts);
  return out;
}

/**
 * The earliest date of each ledger record (a start, an end, a deadline): a record bears on the
 * figures of every month ending on or after it (flows in its months, stocks at each later month end).
 */
const EMPLOYMENT_DATE = sql`least(e.started_on, coalesce(e.ended_on, e.started_on))`;
const UNEMPLOYMENT_DATE = sql`least(u.registered_on, coalesce(u.cancelled_on, u.registered_on))`;
const DIFFICULTY_DATE = sql`least(coalesce(d.started_on, d.applied_on), coalesce(d.exited_on, d.applied_on))`;
const FAMILY_DATE = sql`least(coalesce(z.identified_on, z.applied_on), coalesce(z.first_due_on, z.applied_on), coalesce(z.first_employed_on, z.applied_on), coalesce(z.cleared_on, z.applied_on))`;

/**
 * Months of unit `region` whose snapshot is older than a ledger record that bears on them: a record
 * of the unit's subtree changed after the month was computed and dated on or before the month's end
 * (a back-dated or late registration). Employment records count for the unit also through the people
 * registered unemployed or with employment difficulty there (re-employment). Such months are counted
 * live until the next refresh, so a figure always equals its drill-down.
 */
export async function staleMonths(db: Db, region: string, months: readonly string[]): Promise<Set<string>> {
  if (months.length === 0) return new Set();
  const rows = await sql<{ month: string; c: string }>`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, min(computed_at)::text AS c FROM stats_snapshot
    WHERE region_code = ${region} AND month IN (${sql.join(months.map((x) => sql`${x}::date`))}) GROUP BY month`.execute(db);
  return changedMonths(db, region, new Map(rows.rows.map((r) => [r.month, r.c])));
}

/**
 * staleMonths given when each month was computed (month → its oldest row's computed_at as text, exact).
 * The oldest of them is a parameter, not a subquery: the planner then sees how few ledger rows changed
 * since and reads them through the updated_at indexes (migration 20261123150000) instead of scanning
 * the ledger, whose cost estimate also set off JIT compilation (~0.7 s at scale 5).
 */
async function changedMonths(db: Db, region: string, computed: ReadonlyMap<string, string>): Promise<Set<string>> {
  if (computed.size === 0) return new Set();
  const like = `${region}%`;
  const since = [...computed.values()].reduce((a, b) => (b < a ? b : a));
  const m = sql.join([...computed].map(([month, c]) => sql`(${month}::date, ${c}::timestamptz)`));
  const rows = await sql<{ month: string }>`
    WITH m(month, c) AS (VALUES ${m}),
    changed AS (
      SELECT e.updated_at AS at, ${EMPLOYMENT_DATE} AS d FROM employment_registration e WHERE e.updated_at > ${since}::timestamptz
        AND (e.region_code LIKE ${like}
          OR EXISTS (SELECT 1 FROM unemployment_registration u WHERE u.person_id = e.person_id AND u.region_code LIKE ${like})
          OR EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = e.person_id AND d.region_code LIKE ${like}))
      UNION ALL SELECT u.updated_at, ${UNEMPLOYMENT_DATE} FROM unemployment_registration u WHERE u.updated_at > ${since}::timestamptz AND u.region_code LIKE ${like}
      UNION ALL SELECT d.updated_at, ${DIFFICULTY_DATE} FROM difficulty_identification d WHERE d.updated_at > ${since}::timestamptz AND d.region_code LIKE ${like}
      UNION ALL SELECT z.updated_at, ${FAMILY_DATE} FROM zero_employment_family z WHERE z.updated_at > ${since}::timestamptz AND z.region_code LIKE ${like})
    SELECT to_char(m.month, 'YYYY-MM-DD') AS month FROM m
    WHERE EXISTS (SELECT 1 FROM changed WHERE changed.at > m.c AND changed.d <= (m.month + interval '1 month' - interval '1 day')::date)`.execute(db);
  return new Set(rows.rows.map((r) => r.month));
}

/** Months present in the snapshot under `region` with when each was computed (its oldest row). */
export async function snapshotMonths(db: Db, region: string): Promise<Map<string, Date>> {
  const rows = await sql<{ month: string; computed_at: Date }>`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, min(computed_at) AS computed_at FROM stats_snapshot WHERE region_code LIKE ${`${region}%`} GROUP BY month`.execute(db);
  return new Map(rows.rows.map((r) => [r.month, new Date(r.computed_at)]));
}

/** When the whole tree was last refreshed (the top unit's newest row), or null. */
export async function lastRefreshedAt(db: Db): Promise<Date | null> {
  const r = await sql<{ at: Date | null }>`
    SELECT max(computed_at) AS at FROM stats_snapshot WHERE length(region_code) = (SELECT min(length(code)) FROM org_unit)`.execute(db);
  const at = r.rows[0]?.at;
  return at ? new Date(at) : null;
}

/**
 * The earliest date that records changed after `since` bear (any of their dates: a start, an end, a
 * deadline), or null when nothing changed. A change that moved a date later is seen at its new date
 * only; the consistency check shows what that misses until the next full refresh.
 */
export async function earliestChangedDate(db: Db, since: Date): Promise<string | null> {
  const r = await sql<{ d: string | null }>`
    SELECT to_char(least(
      (SELECT min(${EMPLOYMENT_DATE}) FROM employment_registration e WHERE e.updated_at > ${since}),
      (SELECT min(${UNEMPLOYMENT_DATE}) FROM unemployment_registration u WHERE u.updated_at > ${since}),
      (SELECT min(${DIFFICULTY_DATE}) FROM difficulty_identification d WHERE d.updated_at > ${since}),
      (SELECT min(${FAMILY_DATE}) FROM zero_employment_family z WHERE z.updated_at > ${since})
    ), 'YYYY-MM-DD') AS d`.execute(db);
  return r.rows[0]?.d ?? null;
}
