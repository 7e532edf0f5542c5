import { sql } from 'kysely';
import { chinaDate } from '../platform/clock.js';
import type { SeedContext } from './demo.js';

/**
 * The assistance side of the demo registry, derived from the seeded people with set-based SQL
 * (deterministic: choices follow the row ids, which follow the seed):
 * - one in three registered unemployed who are "4050" (women 40+, men 50+) or unemployed for a
 *   year or more is an identified person with employment difficulty (认定有效, within 150 days);
 * - two in three of those got a job recommendation 0–13 days after identification, so the
 *   10-working-day commitment list shows met, pending and missed promises;
 * - every urban household whose job seekers are all registered unemployed is an identified
 *   zero-employment family (援助中, identified within 35 days: those past 20 days are overdue),
 *   with its community's assistant responsible;
 * - one in twelve people unemployed for over 190 days was last contacted more than six months ago.
 */
export async function generateAssistance(ctx: SeedContext): Promise<Record<string, number>> {
  const today = chinaDate(ctx.now);
  const city = `${ctx.cityCode}%`;
  const difficulty = await sql<{ n: number }>`
    WITH eligible AS (
      SELECT p.id, p.region_code,
             CASE WHEN (p.sex = 2 AND p.birth_date <= ${today}::date - interval '40 years') OR (p.sex = 1 AND p.birth_date <= ${today}::date - interval '50 years')
                  THEN 'age_4050' ELSE 'long_term_unemployed' END AS category,
             (${today}::date - (p.id * 7 % 150)::int) AS started_on
      FROM person p JOIN unemployment_registration u ON u.person_id = p.id AND u.cancelled_on IS NULL
      WHERE p.region_code LIKE ${city} AND p.id % 3 = 0
        AND ((p.sex = 2 AND p.birth_date <= ${today}::date - interval '40 years') OR (p.sex = 1 AND p.birth_date <= ${today}::date - interval '50 years')
             OR u.registered_on <= ${today}::date - interval '1 year')
    ), inserted AS (
      INSERT INTO difficulty_identification (person_id, region_code, category, statement, status, applied_on, started_on, created_at, updated_at)
      SELECT id, region_code, category, '社区受理，街道初审、区县终审通过（演示数据）', 'active', started_on - 7, started_on, ${ctx.now}, ${ctx.now} FROM eligible
      RETURNING person_id, region_code, started_on
    ), served AS (
      INSERT INTO service_record (person_id, region_code, kind, served_on, content, refused, created_at, updated_at)
      SELECT person_id, region_code, 'job_recommendation', started_on + (person_id % 14)::int, '推荐至辖区用人单位的适合岗位（演示数据）', false, ${ctx.now}, ${ctx.now}
      FROM inserted WHERE person_id % 3 <> 1 AND started_on + (person_id % 14)::int <= ${today}::date
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted)::int AS n`.execute(ctx.db);

  const families = await sql<{ n: number }>`
    WITH candidates AS (
      SELECT h.id, h.region_code, (${today}::date - (h.id * 11 % 35)::int) AS identified_on
      FROM household h
      WHERE h.region_code LIKE ${city} AND h.household_type = 'urban'
        AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.labour_status = 'unemployed')
        AND NOT EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.labour_status IN ('employed', 'self_employed', 'flexible', 'public_welfare'))
    ), inserted AS (
      INSERT INTO zero_employment_family (household_id, region_code, status, double_employment, applied_on, identified_on, first_due_on, responsible_user_id, created_at, updated_at)
      SELECT c.id, c.region_code, 'active', false, c.identified_on - 5, c.identified_on, c.identified_on + 20, u.id, ${ctx.now}, ${ctx.now}
      FROM candidates c LEFT JOIN app_user u ON u.username = 'op_' || c.region_code
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`.execute(ctx.db);

  const lost = await sql<{ n: number }>`
    WITH lost AS (
      UPDATE person p SET last_contact_on = ${today}::date - (190 + p.id % 60)::int
      FROM unemployment_registration u
      WHERE u.person_id = p.id AND u.cancelled_on IS NULL AND u.registered_on <= ${today}::date - 250
        AND p.region_code LIKE ${city} AND p.id % 12 = 5
        AND NOT EXISTS (SELECT 1 FROM service_record s WHERE s.person_id = p.id)
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM lost`.execute(ctx.db);

  return {
    difficultyIdentified: difficulty.rows[0]?.n ?? 0,
    zeroFamiliesIdentified: families.rows[0]?.n ?? 0,
    notContactedSixMonths: lost.rows[0]?.n ?? 0,
  };
}
