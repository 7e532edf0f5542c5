import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { NATURAL_ATTRITION_REASONS } from './indicators-rules.js';
import type { Counts } from './indicators-metrics.js';
import type { Span } from './indicators-queries.js';

/**
 * The indicators' counts recomputed straight from the live ledger by queries written apart from the
 * report's (indicators-queries.ts): aggregates with FILTER and joins instead of one population per
 * figure, starts_with() instead of LIKE, open ends as 9999-12-31. Never reads the snapshot.
 */
export async function recount(db: Db, region: string, s: Span): Promise<Counts> {
  const open = '9999-12-31';
  const reasons = sql.join(NATURAL_ATTRITION_REASONS.map((r) => sql`${r}`));
  const r = await sql<Record<keyof Counts, number>>`
    WITH emp AS (SELECT * FROM employment_registration WHERE starts_with(region_code, ${region})),
      unemp AS (SELECT * FROM unemployment_registration WHERE starts_with(region_code, ${region})),
      diff AS (SELECT * FROM difficulty_identification WHERE starts_with(region_code, ${region}) AND status IN ('active', 'exited') AND started_on IS NOT NULL),
      fam AS (SELECT * FROM zero_employment_family WHERE starts_with(region_code, ${region}) AND identified_on IS NOT NULL),
      u_in AS (SELECT * FROM unemp WHERE registered_on <= ${s.to} AND coalesce(cancelled_on, ${open}::date) >= ${s.from}),
      d_in AS (SELECT * FROM diff WHERE started_on <= ${s.to} AND coalesce(exited_on, ${open}::date) >= ${s.from}),
      started AS (SELECT person_id, started_on FROM employment_registration WHERE started_on >= ${s.from} AND started_on <= ${s.to})
    SELECT
      (SELECT count(*) FILTER (WHERE counts_in_rate AND registered_on <= ${s.asOf} AND coalesce(cancelled_on, ${open}::date) > ${s.asOf}) FROM unemp)::int AS "unemployed",
      (SELECT count(DISTINCT person_id) FROM emp WHERE started_on <= ${s.asOf} AND coalesce(ended_on, ${open}::date) > ${s.asOf})::int AS "employed",
      (SELECT count(*) FILTER (WHERE kind = 'employer') FROM emp WHERE started_on >= ${s.from} AND started_on <= ${s.to})::int AS "newEmployer",
      (SELECT count(*) FILTER (WHERE kind = 'self_employed') FROM emp WHERE started_on >= ${s.from} AND started_on <= ${s.to})::int AS "newSelfEmployed",
      (SELECT count(*) FILTER (WHERE kind = 'flexible') FROM emp WHERE started_on >= ${s.from} AND started_on <= ${s.to})::int AS "newFlexible",
      (SELECT count(*) FILTER (WHERE kind = 'public_welfare') FROM emp WHERE started_on >= ${s.from} AND started_on <= ${s.to})::int AS "newPublicWelfare",
      (SELECT count(*) FROM emp WHERE ended_on >= ${s.from} AND ended_on <= ${s.to} AND end_reason IN (${reasons}))::int AS "attrition",
      (SELECT count(DISTINCT person_id) FROM u_in)::int AS "reemploymentBase",
      (SELECT count(DISTINCT u.person_id) FROM u_in u JOIN started e ON e.person_id = u.person_id AND e.started_on >= u.registered_on)::int AS "reemployed",
      (SELECT count(DISTINCT person_id) FROM d_in)::int AS "difficultyBase",
      (SELECT count(DISTINCT d.person_id) FROM d_in d JOIN started e ON e.person_id = d.person_id AND e.started_on >= d.started_on)::int AS "difficultyEmployed",
      (SELECT count(*) FROM fam WHERE identified_on >= ${s.from} AND identified_on <= ${s.to})::int AS "zeroIdentified",
      (SELECT count(*) FROM fam WHERE cleared_on >= ${s.from} AND cleared_on <= ${s.to})::int AS "zeroCleared",
      (SELECT count(*) FROM fam WHERE status IN ('active', 'cleared') AND identified_on <= ${s.asOf} AND coalesce(cleared_on, ${open}::date) > ${s.asOf}
        AND ((${s.asOf}::date > first_due_on AND coalesce(first_employed_on, ${open}::date) > ${s.asOf})
          OR (double_employment AND ${s.asOf}::date > second_due_on AND coalesce(second_employed_on, ${open}::date) > ${s.asOf})))::int AS "zeroOverdue"`.execute(db);
  const row = r.rows[0];
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Counts;
}
