import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { NATURAL_ATTRITION_REASONS } from './indicators-rules.js';
import { METRIC_KEYS, NEW_KIND, type Counts, type Drillable, type Metric } from './indicators-metrics.js';

/**
 * The records behind each figure, as one SELECT per figure with the same columns (rec_id, person_id,
 * household_id, region_code, date1, date2, detail). A figure is count(*) over its records and the
 * drill-down pages through the very same rows, so a drill-down's total is the figure by construction.
 * Region: rows whose region code starts with the unit's code. `from`/`to` bound the period (both
 * included); `asOf` is the day stocks are read (indicators-rules.asOfDate).
 */
export interface Span {
  from: string;
  to: string;
  asOf: string;
}

export interface RecordRow {
  rec_id: number;
  person_id: number | null;
  household_id: number | null;
  region_code: string;
  date1: string | null;
  date2: string | null;
  detail: string | null;
}

const ATTRITION = sql.join(NATURAL_ATTRITION_REASONS.map((r) => sql`${r}`));

function employment(like: string, where: RawBuilder<unknown>): RawBuilder<RecordRow> {
  return sql<RecordRow>`SELECT e.id AS rec_id, e.person_id, NULL::bigint AS household_id, e.region_code, e.started_on AS date1, e.ended_on AS date2, e.kind AS detail
    FROM employment_registration e WHERE e.region_code LIKE ${like} AND ${where}`;
}

/** People registered unemployed at some time in the period, one row each (their latest such registration);
 * `employedAfter` keeps those with a job started in the period on or after that registration. */
function unemployedInPeriod(like: string, s: Span, employedAfter: boolean, perPerson: boolean): RawBuilder<RecordRow> {
  const found = employedAfter
    ? sql`AND EXISTS (SELECT 1 FROM employment_registration e WHERE e.person_id = u.person_id AND e.started_on BETWEEN ${s.from} AND ${s.to} AND e.started_on >= u.registered_on)`
    : sql``;
  return sql<RecordRow>`SELECT ${distinctOn(perPerson, 'u.person_id')} u.id AS rec_id, u.person_id, NULL::bigint AS household_id, u.region_code, u.registered_on AS date1, u.cancelled_on AS date2, u.reason AS detail
    FROM unemployment_registration u
    WHERE u.region_code LIKE ${like} AND u.registered_on <= ${s.to} AND (u.cancelled_on IS NULL OR u.cancelled_on >= ${s.from}) ${found}
    ${perPerson ? sql`ORDER BY u.person_id, u.registered_on DESC, u.id DESC` : sql``}`;
}

/** People whose employment-difficulty identification was in force at some time in the period. */
function difficultyInPeriod(like: string, s: Span, employedAfter: boolean, perPerson: boolean): RawBuilder<RecordRow> {
  const found = employedAfter
    ? sql`AND EXISTS (SELECT 1 FROM employment_registration e WHERE e.person_id = d.person_id AND e.started_on BETWEEN ${s.from} AND ${s.to} AND e.started_on >= d.started_on)`
    : sql``;
  return sql<RecordRow>`SELECT ${distinctOn(perPerson, 'd.person_id')} d.id AS rec_id, d.person_id, NULL::bigint AS household_id, d.region_code, d.started_on AS date1, d.exited_on AS date2, d.category AS detail
    FROM difficulty_identification d
    WHERE d.region_code LIKE ${like} AND d.status IN ('active', 'exited') AND d.started_on IS NOT NULL
      AND d.started_on <= ${s.to} AND (d.exited_on IS NULL OR d.exited_on >= ${s.from}) ${found}
    ${perPerson ? sql`ORDER BY d.person_id, d.started_on DESC, d.id DESC` : sql``}`;
}

function families(like: string, where: RawBuilder<unknown>): RawBuilder<RecordRow> {
  return sql<RecordRow>`SELECT z.id AS rec_id, NULL::bigint AS person_id, z.household_id, z.region_code, z.identified_on AS date1, z.cleared_on AS date2, z.status AS detail
    FROM zero_employment_family z WHERE z.region_code LIKE ${like} AND z.identified_on IS NOT NULL AND ${where}`;
}

/** Figures counting people (not registrations): one row per person in the unit's records. */
export const PER_PERSON: ReadonlySet<Drillable> = new Set(['employed', 'reemploymentBase', 'reemployed', 'difficultyBase', 'difficultyEmployed']);

const distinctOn = (perPerson: boolean, column: string) => (perPerson ? sql`DISTINCT ON (${sql.ref(column)})` : sql``);

/**
 * The records behind one figure of unit `region` (see indicators-rules for each rule). With
 * `perPerson` false the per-person figures list every qualifying registration instead (the snapshot
 * counts distinct people per unit from those).
 */
export function population(metric: Drillable, region: string, s: Span, perPerson = true): RawBuilder<RecordRow> {
  const like = `${region}%`;
  switch (metric) {
    case 'unemployed':
      return sql<RecordRow>`SELECT u.id AS rec_id, u.person_id, NULL::bigint AS household_id, u.region_code, u.registered_on AS date1, u.cancelled_on AS date2, u.reason AS detail
        FROM unemployment_registration u
        WHERE u.region_code LIKE ${like} AND u.counts_in_rate AND u.registered_on <= ${s.asOf} AND (u.cancelled_on IS NULL OR u.cancelled_on > ${s.asOf})`;
    case 'employed':
      // Distinct people: one row each (the earliest of their jobs in force that day).
      return sql<RecordRow>`SELECT ${distinctOn(perPerson, 'e.person_id')} e.id AS rec_id, e.person_id, NULL::bigint AS household_id, e.region_code, e.started_on AS date1, e.ended_on AS date2, e.kind AS detail
        FROM employment_registration e
        WHERE e.region_code LIKE ${like} AND e.started_on <= ${s.asOf} AND (e.ended_on IS NULL OR e.ended_on > ${s.asOf})
        ${perPerson ? sql`ORDER BY e.person_id, e.started_on, e.id` : sql``}`;
    case 'newEmployer':
    case 'newSelfEmployed':
    case 'newFlexible':
    case 'newPublicWelfare':
      return employment(like, sql`e.kind = ${NEW_KIND[metric]} AND e.started_on BETWEEN ${s.from} AND ${s.to}`);
    case 'newTotal':
      return employment(like, sql`e.started_on BETWEEN ${s.from} AND ${s.to}`);
    case 'attrition':
      return employment(like, sql`e.ended_on BETWEEN ${s.from} AND ${s.to} AND e.end_reason IN (${ATTRITION})`);
    case 'reemploymentBase':
      return unemployedInPeriod(like, s, false, perPerson);
    case 'reemployed':
      return unemployedInPeriod(like, s, true, perPerson);
    case 'difficultyBase':
      return difficultyInPeriod(like, s, false, perPerson);
    case 'difficultyEmployed':
      return difficultyInPeriod(like, s, true, perPerson);
    case 'zeroIdentified':
      return families(like, sql`z.identified_on BETWEEN ${s.from} AND ${s.to}`);
    case 'zeroCleared':
      return families(like, sql`z.cleared_on BETWEEN ${s.from} AND ${s.to}`);
    case 'zeroOverdue':
      // indicators-rules.familyOverdueOn read at asOf.
      return families(
        like,
        sql`z.status IN ('active', 'cleared') AND z.identified_on <= ${s.asOf} AND (z.cleared_on IS NULL OR z.cleared_on > ${s.asOf})
          AND ((z.first_due_on < ${s.asOf} AND (z.first_employed_on IS NULL OR z.first_employed_on > ${s.asOf}))
            OR (z.double_employment AND z.second_due_on < ${s.asOf} AND (z.second_employed_on IS NULL OR z.second_employed_on > ${s.asOf})))`,
      );
  }
}

/** The chosen figures of one unit counted live from the ledger, in one round trip. */
export async function liveCounts(db: Db, region: string, s: Span, metrics: readonly Metric[] = METRIC_KEYS): Promise<Partial<Counts>> {
  if (metrics.length === 0) return {};
  const columns = sql.join(metrics.map((m) => sql`(SELECT count(*) FROM (${population(m, region, s)}) x)::int AS ${sql.ref(m)}`));
  const row = (await sql<Record<string, number>>`SELECT ${columns}`.execute(db)).rows[0];
  return Object.fromEntries(metrics.map((m) => [m, Number(row[m])]));
}
