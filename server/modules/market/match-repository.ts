import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { addCalendarDays } from '../calendar/workdays.js';
import { FACTOR_MAX, SIBLING_OCCUPATION_POINTS } from './match-score.js';

/**
 * Candidate retrieval for matching. Scoring every valid posting (or seeker) is too slow at a
 * million rows, so each side is narrowed by indexes first and ranked in SQL by the factors SQL
 * can compute cheaply (occupation, region, wage, validity: 80 of the 100 points); the best
 * `POOL` of that ranking are then scored in full (education and skills added) by match-score.ts.
 *
 * The pool is read in tiers, nearest first, each bounded so that an index serves it (indexes in
 * migrations/20261121234500_match_indexes.sql); the bounds are stated at TIER and seekerPool.
 */
export const POOL = 200;

const major = (code: string) => code.split('-')[0];

/** Medium groups of major groups (for the "same major group" pool). */
export async function mediumGroupsOf(db: Db, majors: readonly string[]): Promise<string[]> {
  if (majors.length === 0) return [];
  const rows = await db.selectFrom('code_entry').select('code').distinct().where('type', '=', 'occupation').where('parent_code', 'in', [...new Set(majors)]).execute();
  return rows.map((r) => r.code);
}

/** Points of validity days left, as match-score.ts validityFactor gives them. */
const validitySql = (validTo: RawBuilder<unknown> | string, today: string) =>
  sql<number>`CASE WHEN ${typeof validTo === 'string' ? sql.ref(validTo) : validTo} >= ${addCalendarDays(today, 14)}::date THEN 10 WHEN ${typeof validTo === 'string' ? sql.ref(validTo) : validTo} >= ${addCalendarDays(today, 7)}::date THEN 6 ELSE 3 END`;

/** Points of the wage fit, as match-score.ts wageFactor gives them. */
const wageSql = (expected: RawBuilder<unknown>, min: RawBuilder<unknown>, max: RawBuilder<unknown>) =>
  sql<number>`CASE WHEN ${expected} IS NULL OR ${expected} = 0 OR ${min} >= ${expected} THEN 15 WHEN ${max} >= ${expected} THEN 12
    WHEN ${max} >= 0.9 * ${expected} THEN 8 WHEN ${max} >= 0.8 * ${expected} THEN 4 ELSE 0 END`;

export interface SeekerSide {
  desiredOccupations: readonly string[];
  desiredRegions: readonly string[];
  homeRegion: string;
  wageExpected: number | null;
}

/** All medium groups of the occupation classification (the pool of a seeker without wishes). */
async function allMediumGroups(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('code_entry').select('code').distinct().where('type', '=', 'occupation').where('code', 'like', '%-%').where('parent_code', 'is not', null).execute();
  return rows.map((r) => r.code).filter((c) => c.split('-').length === 2);
}

/**
 * Bounds of the posting pool, per occupation code. Every valid posting of a desired occupation
 * (or its medium groups) in the seeker's street is considered (the best `POOL` of them by the SQL
 * points); beyond the street, at most `TIER` postings per code and per tier, longest validity
 * first: the seeker's district, each desired work region (but the district itself, whose postings
 * that tier has read already), then the rest of the city. Other medium
 * groups of the same major group count in the street and the district only. The ranking is exact
 * for the postings considered; a posting outside these bounds is not recommended.
 */
export const TIER = 300;

/** The most SQL points a posting of another medium group of a desired major group can have. */
const SIBLING_MAX = SIBLING_OCCUPATION_POINTS + FACTOR_MAX.region + FACTOR_MAX.wage + FACTOR_MAX.validity;

export interface PoolOptions {
  /** 'always' reads the other medium groups' tiers even when they cannot reach the pool (the tests compare both). */
  readSiblings?: 'when-they-can-rank' | 'always';
}

/** Ids of valid postings for a seeker, best first by the SQL part of the score (see TIER). */
export async function postingPool(db: Db, s: SeekerSide, today: string, excludeIds: readonly number[] = [], options: PoolOptions = {}): Promise<number[]> {
  const wishes = s.desiredOccupations.length > 0;
  const family = wishes ? [...new Set([...s.desiredOccupations.filter((c) => c.includes('-')), ...(await mediumGroupsOf(db, s.desiredOccupations.filter((c) => !c.includes('-'))))])] : [];
  const siblings = wishes ? (await mediumGroupsOf(db, s.desiredOccupations.map(major))).filter((c) => !family.includes(c)) : await allMediumGroups(db);
  const codes = [...family, ...siblings];
  if (codes.length === 0) return [];
  const fam = codes.map((c) => family.includes(c));
  const street = `${s.homeRegion.slice(0, 9)}%`;
  const district = s.homeRegion.slice(0, 6);
  const city = `${s.homeRegion.slice(0, 4)}%`;
  const desired = sql.val([...s.desiredRegions]);
  const occupation = wishes ? sql<number>`CASE WHEN c.fam THEN ${FACTOR_MAX.occupation}::int ELSE ${SIBLING_OCCUPATION_POINTS}::int END` : sql<number>`10`;
  const expected = sql`${s.wageExpected}::int`;
  // Points of the region distance, as match-score.ts regionFactor gives them. The seeker's desired
  // regions are written out (a few LIKEs) rather than a subquery over unnest(desired) for each of
  // the thousands of postings read: the same test without a subplan per row.
  const inDesired = s.desiredRegions.length > 0 ? sql.join(s.desiredRegions.map((r) => sql`j.region_code LIKE ${r} || '%'`), sql` OR `) : sql`false`;
  const region = sql<number>`CASE WHEN ${inDesired} THEN 20
    WHEN length(j.region_code) >= 12 AND left(j.region_code, 12) = ${s.homeRegion.slice(0, 12)} THEN 20
    WHEN left(j.region_code, 9) = ${s.homeRegion.slice(0, 9)} THEN 15 WHEN left(j.region_code, 6) = ${s.homeRegion.slice(0, 6)} THEN 10
    WHEN left(j.region_code, 4) = ${s.homeRegion.slice(0, 4)} THEN 5 ELSE 0 END`;
  const points = sql<number>`${occupation} + ${region} + ${wageSql(expected, sql`j.wage_min`, sql`j.wage_max`)} + ${validitySql('j.valid_to', today)}`;
  const valid = sql`j.status = 'published' AND j.valid_to >= ${today}::date AND j.valid_from <= ${today}::date AND j.occupation_code = c.code`;
  const excluded = excludeIds.length > 0 ? sql`AND NOT (j.id = ANY(${sql.val([...excludeIds])}::bigint[]))` : sql``;
  const streetTier = (fam: boolean) => sql`
    SELECT t.id, t.points FROM c CROSS JOIN LATERAL (
      SELECT j.id, ${points} AS points FROM job_posting j WHERE ${valid} AND j.region_code LIKE ${street} ${excluded}
      ORDER BY points DESC, j.id LIMIT ${POOL}) t
    WHERE c.fam = ${fam}`;
  const districtTier = (fam: boolean) => sql`
    SELECT t.id, t.points FROM c CROSS JOIN LATERAL (
      SELECT j.id, ${points} AS points FROM job_posting j WHERE ${valid} AND left(j.region_code, 6) = ${district} ${excluded}
      ORDER BY j.valid_to DESC, j.id LIMIT ${TIER}) t
    WHERE c.fam = ${fam}`;
  // The other medium groups' tiers are read only when they could reach the pool: when fewer than
  // POOL postings of the family score above the most another medium group can score. Otherwise the
  // gate (a one-time filter) skips them, and the result is the same.
  const statement = sql<{ id: number }>`
    WITH c(code, fam) AS (SELECT * FROM unnest(${sql.val(codes)}::text[], ${sql.val(fam)}::bool[])),
    f AS MATERIALIZED (
      ${streetTier(true)}
      UNION
      ${districtTier(true)}
      UNION
      SELECT t.id, t.points FROM c CROSS JOIN unnest(${desired}::text[]) d(region) CROSS JOIN LATERAL (
        SELECT j.id, ${points} AS points FROM job_posting j WHERE ${valid} AND left(j.region_code, 6) = left(d.region, 6) AND j.region_code LIKE d.region || '%' ${excluded}
        ORDER BY j.valid_to DESC, j.id LIMIT ${TIER}) t
      WHERE c.fam AND length(d.region) >= 6 AND d.region <> ${district}
      UNION
      SELECT t.id, t.points FROM c CROSS JOIN LATERAL (
        SELECT j.id, ${points} AS points FROM job_posting j WHERE ${valid}
          AND (j.region_code LIKE ${city} OR EXISTS (SELECT 1 FROM unnest(${desired}::text[]) r WHERE length(r) < 6 AND j.region_code LIKE r || '%')) ${excluded}
        ORDER BY j.valid_to DESC, j.id LIMIT ${TIER}) t
      WHERE c.fam
    )
    SELECT p.id FROM (
      SELECT * FROM f
      UNION
      SELECT * FROM (${streetTier(false)} UNION ${districtTier(false)}) s
      WHERE ${options.readSiblings === 'always' ? sql`true` : sql`(SELECT count(*) FROM (SELECT 1 FROM f WHERE f.points > ${SIBLING_MAX}::int LIMIT ${POOL}) above) < ${POOL}`}
    ) p
    ORDER BY p.points DESC, p.id LIMIT ${POOL}`;
  // A seeker wishing for a whole major group has ~50 medium groups here: the estimate then nears
  // jit_above_cost (92,000 measured) for a statement of tens of milliseconds.
  return withoutJit(db, (trx) => statement.execute(trx).then((r) => r.rows.map((x) => x.id)));
}

export interface PostingSide {
  occupationCode: string;
  regionCode: string;
  wageMin: number;
  wageMax: number;
}

/** Active employment-difficulty identification of the seeker's person (priority service). */
const hasDifficulty = sql<boolean>`EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = s.person_id AND d.status = 'active')`;
/** The same flag for many rows at once: an uncorrelated IN, hashed once per statement. */
const inDifficulty = sql<boolean>`s.person_id IN (SELECT d.person_id FROM difficulty_identification d WHERE d.status = 'active')`;

export interface SeekerPoolScope {
  regionPrefix: string;
  consentOnly: boolean;
  /**
   * true: only seekers with an active difficulty identification; false: only those without;
   * absent: everyone (see seekerPools for both groups in one statement).
   */
  difficulty?: boolean;
}

/** The keys of job_seeker_match_idx (see migrations/20261121234500_match_indexes.sql). */
const seekerKeys = sql`seeker_match_keys(s.desired_occupations, s.region_code, s.desired_regions)`;

/** The columns a candidate seeker is filtered by. */
const POOL_COLUMNS = sql`s.id, s.person_id, s.region_code, s.valid_from, s.valid_to, s.consent_share`;

/**
 * Ids of active, valid seekers for a posting, best first by the SQL part of the score: in the
 * given scope (staff) or only those who consented to share (employers); at most `size` per group.
 * Considered (job_seeker_match_idx): every seeker of the posting's occupation family living in
 * the posting's district, of another medium group of its major group living in its street, and every seeker of
 * the family wishing to work in a region holding the posting; of the rest of the scope, at most
 * `TIER` seekers of the family per group, longest registration validity first. The ranking is exact
 * for the seekers considered.
 *
 * `groups` 'difficulty' ranks those with an active difficulty identification and the others apart
 * (top `size` of each; staff list the former first, and in one ranking they would compete for its
 * places and a lower-ranked one would be dropped before the service could put them first);
 * 'all' ranks everyone together, or only one group when `scope.difficulty` is set.
 *
 * Measured at 500,000 active seekers among 3.3M registrations (history included): the index keys
 * alone select the candidates (about 18,000 for a production job in the busiest district); when the
 * scope and validity conditions sat beside them the planner ANDed in the region and valid_to
 * indexes, which hold every registration of the district (411,000 rows) and cost more than the
 * candidates themselves, and the two groups were two statements reading the same candidates twice.
 * So the candidates are read once by their keys (a materialised CTE with no other indexable
 * condition), then filtered, flagged and ranked per group.
 */
async function rankSeekers(db: Db, p: PostingSide, today: string, scope: SeekerPoolScope, size: number, groups: 'difficulty' | 'all'): Promise<{ id: number; difficulty: boolean }[]> {
  const mediumCode = p.occupationCode.split('-').slice(0, 2).join('-');
  const exact = [mediumCode, major(p.occupationCode)];
  const siblings = (await mediumGroupsOf(db, [major(p.occupationCode)])).filter((c) => c !== mediumCode);
  const district = p.regionCode.slice(0, 6);
  const near = [...exact.map((c) => `${c}@${district}`), ...siblings.map((c) => `${c}@${p.regionCode.slice(0, 9)}`)];
  // Staff of the district (or below) have no "rest of the scope" beyond the district.
  const rest = !scope.regionPrefix.startsWith(district);
  const prefixes = [2, 4, 6, 9, 12].filter((n) => n <= p.regionCode.length).map((n) => p.regionCode.slice(0, n));
  const wished = exact.flatMap((c) => prefixes.map((r) => `${c}#${r}`));
  const occupation = sql<number>`CASE WHEN s.desired_occupations && ${sql.val(exact)}::text[] THEN 35 ELSE 15 END`;
  // Points of the region distance, as match-score.ts regionFactor gives them. "Inside a desired work
  // region" (the posting's region starts with a desired one) is one array overlap: a desired region
  // is a prefix of the posting's region exactly when it is one of the posting region's prefixes
  // (rather than a subquery over unnest(desired_regions) for each of ten thousand candidates).
  const postingPrefixes = Array.from({ length: p.regionCode.length + 1 }, (_, n) => p.regionCode.slice(0, n));
  const region = sql<number>`CASE WHEN s.desired_regions && ${sql.val(postingPrefixes)}::text[] THEN 20
    WHEN ${p.regionCode.length >= 12 ? sql`left(s.region_code, 12) = ${p.regionCode.slice(0, 12)}` : sql`false`} THEN 20
    WHEN left(s.region_code, 9) = ${p.regionCode.slice(0, 9)} THEN 15 WHEN left(s.region_code, 6) = ${p.regionCode.slice(0, 6)} THEN 10
    WHEN left(s.region_code, 4) = ${p.regionCode.slice(0, 4)} THEN 5 ELSE 0 END`;
  const points = sql<number>`${occupation} + ${region} + ${wageSql(sql`s.wage_expected`, sql`${p.wageMin}::int`, sql`${p.wageMax}::int`)} + ${validitySql('s.valid_to', today)}`;
  const filters = [
    sql`s.valid_to >= ${today}::date`,
    sql`s.valid_from <= ${today}::date`,
    sql`s.region_code LIKE ${`${scope.regionPrefix}%`}`,
    ...(scope.consentOnly ? [sql`s.consent_share`] : []),
    ...(scope.difficulty === undefined ? [] : [scope.difficulty ? inDifficulty : sql`NOT ${inDifficulty}`]),
  ];
  const where = sql.join(filters, sql` AND `);
  // The rest of the scope, per group, in the order of job_seeker_valid_to_idx so that LIMIT stops early.
  const restOf = (flag: RawBuilder<boolean> | null) =>
    sql`(SELECT ${POOL_COLUMNS}, ${points} AS points FROM job_seeker s WHERE s.status = 'active' AND ${where} ${flag ? sql`AND ${flag}` : sql``}
        AND s.desired_occupations && ${sql.val(exact)}::text[] ORDER BY s.valid_to DESC, s.id LIMIT ${TIER})`;
  const restGroups = groups === 'difficulty' ? [restOf(hasDifficulty), restOf(sql<boolean>`NOT ${hasDifficulty}`)] : [restOf(null)];
  // Top `size` by points, of one group or of all: a top-N sort of each, cheaper than ordering every candidate.
  const top = (group: RawBuilder<boolean> | null, flag: boolean) =>
    sql`(SELECT f.id, ${sql.lit(flag)} AS difficulty, f.points FROM f ${group ? sql`WHERE ${group}` : sql``} ORDER BY f.points DESC, f.id LIMIT ${size})`;
  const tops = groups === 'difficulty' ? sql`${top(sql`f.difficulty`, true)} UNION ALL ${top(sql`NOT f.difficulty`, false)}` : top(null, false);
  const statement = sql<{ id: number; difficulty: boolean }>`
    WITH k AS MATERIALIZED (
      SELECT ${POOL_COLUMNS}, ${points} AS points FROM job_seeker s WHERE s.status = 'active' AND ${seekerKeys} && ${sql.val([...near, ...wished])}::text[]
    ), c AS (
      SELECT * FROM k
      ${rest ? sql`UNION ${sql.join(restGroups, sql` UNION `)}` : sql``}
    ), f AS MATERIALIZED (
      SELECT s.id, s.points${groups === 'difficulty' ? sql`, ${inDifficulty} AS difficulty` : sql``} FROM c s WHERE ${where}
    )
    SELECT id, difficulty FROM (${tops}) x
    ORDER BY difficulty DESC, points DESC, id`;
  return withoutJit(db, (trx) => statement.execute(trx).then((r) => r.rows));
}

/**
 * Runs a statement with PostgreSQL's JIT compilation off. The planner's estimate for the keys of
 * job_seeker_match_idx is 60,000–90,000 rows where 10,000–15,000 come, which puts the statement
 * above jit_above_cost: measured (on a busy machine), JIT spent 99–174 ms compiling for a statement
 * that ran in 70–130 ms without it.
 */
function withoutJit<T>(db: Db, run: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL jit = off`.execute(trx);
    return run(trx);
  });
}

/** Ids of candidate seekers for a posting in one ranking (see rankSeekers), best first, at most `size`. */
export async function seekerPool(db: Db, p: PostingSide, today: string, scope: SeekerPoolScope, size = POOL): Promise<number[]> {
  return (await rankSeekers(db, p, today, scope, size, 'all')).map((r) => r.id);
}

/**
 * The two pools staff see in one statement: seekers with an active difficulty identification
 * (`priority`) and the others, each ranked on its own, best first, at most `size` each.
 */
export async function seekerPools(db: Db, p: PostingSide, today: string, scope: Omit<SeekerPoolScope, 'difficulty'>, size = POOL): Promise<{ priority: number[]; others: number[] }> {
  const rows = await rankSeekers(db, p, today, scope, size, 'difficulty');
  return { priority: rows.filter((r) => r.difficulty).map((r) => r.id), others: rows.filter((r) => !r.difficulty).map((r) => r.id) };
}

/** The valid postings of a pool with what the score and the card need. */
export function selectPostingCards(db: Db) {
  return db
    .selectFrom('job_posting as j')
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .innerJoin('org_unit as o', 'o.code', 'j.region_code')
    .select([
      'j.id', 'j.title', 'j.employer_id', 'e.name as employer_name', 'j.region_code', 'o.name as region_name', 'j.occupation_code', 'j.wage_min', 'j.wage_max',
      'j.education', 'j.vacancies', 'j.work_type', 'j.valid_from', 'j.valid_to', 'j.published_at', 'j.description', 'j.requirements', 'j.status',
    ]);
}
export type PostingCardRow = Awaited<ReturnType<ReturnType<typeof selectPostingCards>['executeTakeFirstOrThrow']>>;
