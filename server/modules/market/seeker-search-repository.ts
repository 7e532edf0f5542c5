import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { scopeCondition } from '../../platform/scope.js';
import type { Keyset } from './search-repository.js';
import { selectSeekers } from './seeker-repository.js';

/** The filters of a seeker search, resolved (tsquery built, occupation expanded, scope fixed). */
export interface SeekerSearchFilter {
  /** China calendar date, for `validOnly`. */
  today: string;
  /** The actor's org code: only seekers living in this subtree. */
  scope: string;
  /** A `to_tsquery('simple', …)` string from `searchQuery`, or null for no text condition. */
  tsquery: string | null;
  /** Desired occupation codes any of which a seeker must want (a major group and its medium groups). */
  occupations?: string[];
  region?: string;
  category?: string;
  education?: string;
  validOnly: boolean;
}

export type SeekerSearchSort = 'relevance' | 'date';

/** Relevance as an integer (ts_rank_cd × 10⁶), so the keyset compares exactly (see search-repository). */
function rankOf(tsquery: string) {
  return sql<number>`round(ts_rank_cd(s.search_vector, to_tsquery('simple', ${tsquery}))::float8 * 1000000)::bigint`;
}

/**
 * Active registrations in the scope matching the filter (no select list yet). The status is a
 * literal so the partial GIN indexes (job_seeker_search_idx on the words,
 * job_seeker_occupations_idx on the desired occupations) always apply.
 */
export function matchingSeekers(db: Db, f: SeekerSearchFilter) {
  let q = db.selectFrom('job_seeker as s').where(sql<SqlBool>`s.status = 'active'`).where(scopeCondition('s.region_code', { orgCode: f.scope }));
  if (f.tsquery !== null) q = q.where(sql<SqlBool>`s.search_vector @@ to_tsquery('simple', ${f.tsquery})`);
  if (f.region) q = q.where('s.region_code', 'like', `${f.region}%`);
  if (f.occupations) q = q.where(sql<SqlBool>`s.desired_occupations && ${sql.val(f.occupations)}::text[]`);
  if (f.category) q = q.where(sql<SqlBool>`${f.category} = ANY(s.categories)`);
  if (f.education) {
    const code = f.education;
    q = code.endsWith('0') ? q.where('s.education', 'like', `${code[0]}%`) : q.where('s.education', '=', code);
  }
  if (f.validOnly) q = q.where('s.valid_from', '<=', f.today).where('s.valid_to', '>=', f.today);
  return q;
}

/**
 * One page of matching seekers after the keyset, in relevance (rank, id) or date (created_at, id)
 * order, newest / best first. The page's ids are chosen on job_seeker alone; the person, region
 * and difficulty flag are read for those rows only.
 */
export async function findSeekerPage(db: Db, f: SeekerSearchFilter, sort: SeekerSearchSort, after: Keyset | null, limit: number) {
  const relevance = sort === 'relevance' && f.tsquery !== null ? rankOf(f.tsquery) : null;
  let page = matchingSeekers(db, f)
    .select(['s.id', (relevance ?? sql<number>`0`).as('rank')])
    .select(sql<string>`to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('created_key'));
  if (relevance) {
    if (after?.sort === 'relevance') page = page.where(sql<SqlBool>`(${relevance}, s.id) < (${after.rank}::bigint, ${after.id}::bigint)`);
    page = page.orderBy(relevance, 'desc').orderBy('s.id', 'desc');
  } else {
    if (after?.sort === 'date') page = page.where(sql<SqlBool>`(s.created_at, s.id) < (${after.publishedAt}::timestamptz, ${after.id}::bigint)`);
    page = page.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc');
  }
  const keys = await page.limit(limit).execute();
  if (keys.length === 0) return [];
  const rows = await selectSeekers(db).where('s.id', 'in', keys.map((k) => k.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return keys.flatMap((k) => {
    const row = byId.get(k.id);
    return row ? [{ row, rank: Number(k.rank), createdKey: k.created_key }] : [];
  });
}

/** Which facet of the matches a grouped count belongs to. */
export type SeekerFacetKind = 'occupation' | 'region' | 'category' | 'education';

export interface SeekerFacetGrouping {
  /** Characters of a desired occupation code to group on: 1 (major group) or 4 (medium group). */
  occupationChars: number;
  /** With an occupation filter, only these codes count (the selected group's family). */
  occupationCodes?: string[];
  /** Characters of region_code to group on. */
  regionChars: number;
}

/**
 * The number of matches (up to `cap + 1`) and the facet counts over the first `cap` of them, in
 * one statement. The array columns are unnested with DISTINCT per seeker, so a seeker wanting
 * 6-09 and 6-31 counts once under 6, and each facet's count equals a search filtered on it.
 */
export async function countSeekerFacets(db: Db, f: SeekerSearchFilter, g: SeekerFacetGrouping, cap: number) {
  const m = matchingSeekers(db, f).select(['s.id', 's.region_code', 's.education', 's.desired_occupations', 's.categories']).limit(cap + 1);
  const inFamily = g.occupationCodes ? sql`AND o = ANY(${sql.val(g.occupationCodes)}::text[])` : sql``;
  const { rows } = await sql<{ kind: SeekerFacetKind | 'total'; code: string | null; n: number }>`
    WITH m AS MATERIALIZED (${m}), c AS (SELECT * FROM m LIMIT ${cap})
    SELECT 'total' AS kind, NULL AS code, (SELECT count(*)::int FROM m) AS n
    UNION ALL SELECT 'occupation', x.code, count(*)::int FROM (
      SELECT DISTINCT c.id, left(o, ${g.occupationChars}) AS code FROM c CROSS JOIN unnest(c.desired_occupations) AS o
      WHERE length(o) >= ${g.occupationChars} ${inFamily}) x GROUP BY x.code
    UNION ALL SELECT 'region', left(region_code, ${g.regionChars}), count(*)::int FROM c GROUP BY 2
    UNION ALL SELECT 'category', x.code, count(*)::int FROM (SELECT DISTINCT c.id, k AS code FROM c CROSS JOIN unnest(c.categories) AS k) x GROUP BY x.code
    UNION ALL SELECT 'education', left(education, 1), count(*)::int FROM c WHERE education IS NOT NULL GROUP BY 2`.execute(db);
  return rows;
}
