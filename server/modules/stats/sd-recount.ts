import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { postingRows, seekerRows } from './sd-classify.js';
import { addRows, emptyTally, type Tally } from './sd-figures.js';

/**
 * The consistency check's own count of one period, written apart from the report's query on purpose
 * so that a mistake in one shows as a difference: the valid records grouped by all their raw values
 * at once (not by GROUPING SETS per dimension), conditions spelled differently, and each combination
 * classified and added up here.
 */

/** The earliest start a record meeting a period from `from` can have (a literal keeps the plan's estimates right). */
async function earliest(db: Db, table: 'job_posting' | 'job_seeker', from: string): Promise<string> {
  const r = await sql<{ d: string }>`SELECT to_char(${from}::date - coalesce(max(valid_to - valid_from), 0), 'YYYY-MM-DD') AS d FROM ${sql.table(table)}`.execute(db);
  return r.rows[0]?.d ?? from;
}

interface RawPosting {
  industry: string | null;
  unit_type: string | null;
  ownership_type: string | null;
  occupation_code: string;
  education: string | null;
  skill_level: string | null;
  n: number | string;
  vacancies: number | string;
}

interface RawSeeker {
  occupation: string | null;
  sex: number;
  age: number | string;
  education: string | null;
  skill_level: string | null;
  categories: string[];
  n: number | string;
}

/**
 * Demand recounted: the published postings whose window meets [from, to] under the region, counted
 * per distinct record (all its raw values together) and classified here one combination at a time.
 */
export async function recountDemand(db: Db, region: string, from: string, to: string): Promise<Tally> {
  const rows = await sql<RawPosting>`
    SELECT CASE WHEN jp.industry_code IS NOT NULL THEN jp.industry_code ELSE em.industry_code END AS industry,
      em.unit_type, em.ownership_type, jp.occupation_code, jp.education, jp.skill_level, count(*) AS n, sum(jp.vacancies) AS vacancies
    FROM job_posting jp, employer em
    WHERE em.id = jp.employer_id AND jp.published_at IS NOT NULL AND NOT (jp.valid_to < ${from} OR jp.valid_from > ${to})
      AND jp.valid_from >= ${await earliest(db, 'job_posting', from)}
      AND jp.region_code LIKE ${region + '%'}
    GROUP BY 1, 2, 3, 4, 5, 6`.execute(db);
  const t = emptyTally();
  for (const r of rows.rows) {
    t.records += Number(r.n);
    addRows(
      t,
      postingRows({ industryCode: r.industry, unitType: r.unit_type, ownershipType: r.ownership_type, occupationCode: r.occupation_code, education: r.education, skillLevel: r.skill_level }),
      Number(r.vacancies),
      Number(r.n),
    );
  }
  return t;
}

/**
 * Supply recounted: the seeker registrations whose window meets [from, to] under the region, per
 * distinct combination; the age on the registration date by the YYYYMMDD difference (another formula
 * than the report's).
 */
export async function recountSupply(db: Db, region: string, from: string, to: string): Promise<Tally> {
  const rows = await sql<RawSeeker>`
    SELECT js.desired_occupations[1] AS occupation, pe.sex,
      (to_char(js.valid_from, 'YYYYMMDD')::int - to_char(pe.birth_date, 'YYYYMMDD')::int) / 10000 AS age,
      CASE WHEN js.education IS NOT NULL THEN js.education ELSE pe.education END AS education, js.skill_level, js.categories, count(*) AS n
    FROM job_seeker js, person pe
    WHERE pe.id = js.person_id AND NOT (js.valid_to < ${from} OR js.valid_from > ${to})
      AND js.valid_from >= ${await earliest(db, 'job_seeker', from)}
      AND js.region_code LIKE ${region + '%'}
    GROUP BY 1, 2, 3, 4, 5, 6`.execute(db);
  const t = emptyTally();
  for (const r of rows.rows) {
    const n = Number(r.n);
    t.records += n;
    addRows(t, seekerRows({ occupationCode: r.occupation, sex: r.sex, age: Number(r.age), education: r.education, skillLevel: r.skill_level, categories: r.categories }), n, n);
  }
  return t;
}
