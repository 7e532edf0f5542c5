import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/db/like.js';

/** The filters of a posting search, resolved (tsquery built, industry section expanded, dates fixed). */
export interface SearchFilter {
  /** China calendar date: valid postings have valid_from ≤ today ≤ valid_to. */
  today: string;
  /** A `to_tsquery('simple', …)` string from `searchQuery`, or null for no text condition. */
  tsquery: string | null;
  occupation?: string;
  region?: string;
  wageMin?: number;
  education?: string;
  /** Industry codes the posting's industry_code may start with (a section's divisions, or one division). */
  industryPrefixes?: string[];
  employerId?: number;
  /** Published at or after this instant. */
  postedSince?: Date;
  workType?: string;
}

export type SearchSort = 'relevance' | 'date';

/** Where the previous page ended: rank (relevance) or published_at (date), then id. */
export type Keyset = { sort: 'relevance'; rank: number; id: number } | { sort: 'date'; publishedAt: string; id: number };

/**
 * The relevance of a match as an integer (ts_rank × 10⁶, rounded): ts_rank is a float4 computed
 * the same way every time, and an integer compares exactly, so the keyset is stable. ts_rank
 * weighs the title (A) above the text (D) and, for the ANDed words of a query, their proximity;
 * measured on 6,554 matches it costs 17 ms where ts_rank_cd (cover density) cost 67 ms, and every
 * match of a query is ranked to find the first page.
 */
export function rankOf(tsquery: string) {
  // terms = search_vector || filter terms: the filter terms carry no positions and are never query
  // words (they start with ~), so the rank over terms equals the rank over search_vector.
  return sql<number>`round(ts_rank(j.terms, to_tsquery('simple', ${tsquery}))::float8 * 1000000)::bigint`;
}

/** Week number of a date as posting_search_terms counts it (weeks since Monday 2000-01-03). */
export function weekOf(date: string): number {
  return Math.floor((Date.parse(`${date}T00:00:00Z`) - Date.parse('2000-01-03T00:00:00Z')) / (7 * 86_400_000));
}

/**
 * The filter terms of the search index as a tsquery (see migration posting_search_active_weeks):
 * the week of today, which every valid posting's validity touches, and the region and occupation
 * when they are whole levels.
 */
export function filterTerms(f: SearchFilter): string {
  const parts = [`'~a${weekOf(f.today)}'`];
  if (f.region && [2, 4, 6, 9, 12].includes(f.region.length)) parts.push(`'~r${f.region}'`);
  if (f.occupation && f.occupation.split('-').length <= 2) parts.push(`'~o${f.occupation}'`);
  return parts.join(' & ');
}

/** Valid postings (no select list yet). */
function validPostings(db: Db, today: string) {
  return db.selectFrom('job_posting as j').where('j.status', '=', 'published').where('j.valid_to', '>=', today).where('j.valid_from', '<=', today);
}

/**
 * Valid postings matching the filter (no select list yet), read from posting_search: the published
 * postings only, in narrow rows, so that the matches of a common word lie on few pages.
 */
export function matching(db: Db, f: SearchFilter) {
  let q = db.selectFrom('posting_search as j').where('j.valid_to', '>=', f.today).where('j.valid_from', '<=', f.today);
  // With words, one GIN lookup (posting_search_terms_idx) finds them together with the region,
  // occupation and validity week; the exact conditions below then hold on the few rows it returns.
  // Without words the newest-first index (posting_search_published_idx) serves the page better.
  if (f.tsquery !== null) q = q.where(sql<SqlBool>`j.terms @@ (to_tsquery('simple', ${f.tsquery}) && ${filterTerms(f)}::tsquery)`);
  if (f.region) q = q.where('j.region_code', 'like', `${f.region}%`);
  if (f.occupation) {
    const code = f.occupation;
    q = q.where((eb) => eb.or([eb('j.occupation_code', '=', code), eb('j.occupation_code', 'like', `${escapeLike(code)}-%`)]));
  }
  if (f.wageMin !== undefined) q = q.where('j.wage_max', '>=', f.wageMin);
  if (f.education) {
    const code = f.education;
    q = code.endsWith('0') ? q.where('j.education', 'like', `${code[0]}%`) : q.where('j.education', '=', code);
  }
  if (f.industryPrefixes) {
    const prefixes = f.industryPrefixes;
    q = q.where((eb) => eb.or(prefixes.map((p) => eb('j.industry_code', 'like', `${escapeLike(p)}%`))));
  }
  if (f.employerId) q = q.where('j.employer_id', '=', f.employerId);
  if (f.postedSince) q = q.where('j.published_at', '>=', f.postedSince);
  if (f.workType) q = q.where('j.work_type', '=', f.workType as 'full_time');
  return q;
}

/**
 * One page of matching postings with what a card shows, in the requested order, after the keyset.
 * The page is chosen on job_posting alone; employer and region are joined for those rows only.
 */
export async function findPage(db: Db, f: SearchFilter, sort: SearchSort, after: Keyset | null, limit: number) {
  const relevance = sort === 'relevance' && f.tsquery !== null ? rankOf(f.tsquery) : null;
  let page = matching(db, f).select(['j.id', 'j.published_at', (relevance ?? sql<number>`0`).as('rank')]);
  if (relevance) {
    if (after?.sort === 'relevance') page = page.where(sql<SqlBool>`(${relevance}, j.id) < (${after.rank}::bigint, ${after.id}::bigint)`);
    page = page.orderBy(relevance, 'desc').orderBy('j.id', 'desc');
  } else {
    if (after?.sort === 'date') page = page.where(sql<SqlBool>`(j.published_at, j.id) < (${after.publishedAt}::timestamptz, ${after.id}::bigint)`);
    page = page.orderBy('j.published_at', 'desc').orderBy('j.id', 'desc');
  }
  return db
    .with('page', () => page.limit(limit))
    .selectFrom('page as p')
    .innerJoin('job_posting as j', 'j.id', 'p.id')
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .innerJoin('org_unit as o', 'o.code', 'j.region_code')
    .select([
      'j.id', 'j.title', 'j.employer_id', 'e.name as employer_name', 'j.region_code', 'o.name as region_name', 'j.occupation_code', 'j.wage_min', 'j.wage_max',
      'j.education', 'j.vacancies', 'j.work_type', 'j.valid_to', 'j.published_at', 'j.description', 'p.rank',
    ])
    .select(sql<string | null>`to_char(j.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('published_key'))
    .orderBy(relevance ? sql`p.rank` : sql`p.published_at`, 'desc')
    .orderBy('p.id', 'desc')
    .execute();
}

export type PageRow = Awaited<ReturnType<typeof findPage>>[number];

/** The cards of valid postings by id (a page chosen in memory, search-matches.ts), in no particular order. */
export async function findCards(db: Db, today: string, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return validPostings(db, today)
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .innerJoin('org_unit as o', 'o.code', 'j.region_code')
    .select([
      'j.id', 'j.title', 'j.employer_id', 'e.name as employer_name', 'j.region_code', 'o.name as region_name', 'j.occupation_code', 'j.wage_min', 'j.wage_max',
      'j.education', 'j.vacancies', 'j.work_type', 'j.valid_to', 'j.published_at', 'j.description',
    ])
    .where('j.id', 'in', [...ids])
    .execute();
}

/** Which facet of the matches a grouped count belongs to. */
export type FacetKind = 'occupation' | 'region' | 'education' | 'industry';

export interface FacetGrouping {
  /** Characters of occupation_code to group on: 1 (major group) or 4 (medium group 'd-dd'). */
  occupationChars: number;
  /** Characters of region_code to group on (4, 6, 9 or 12). */
  regionChars: number;
}

/**
 * The number of matches (up to `cap + 1`) and the facet counts over the first `cap` of them:
 * one statement, the matches read once into a materialised CTE, grouped four ways.
 */
export async function countFacets(db: Db, f: SearchFilter, g: FacetGrouping, cap: number) {
  const m = matching(db, f).select(['j.occupation_code', 'j.region_code', 'j.education', 'j.industry_code']).limit(cap + 1);
  const group = (kind: FacetKind, expr: Expression<string | null>) =>
    sql<{ kind: FacetKind; code: string | null; n: number }>`SELECT ${kind}::text AS kind, ${expr} AS code, count(*)::int AS n FROM s GROUP BY 2`;
  const { rows } = await sql<{ kind: FacetKind | 'total'; code: string | null; n: number }>`
    WITH m AS MATERIALIZED (${m}), s AS (SELECT * FROM m LIMIT ${cap})
    SELECT 'total' AS kind, NULL AS code, (SELECT count(*)::int FROM m) AS n
    UNION ALL ${group('occupation', sql`left(occupation_code, ${g.occupationChars})`)}
    UNION ALL ${group('region', sql`left(region_code, ${g.regionChars})`)}
    UNION ALL ${group('education', sql`left(education, 1)`)}
    UNION ALL ${group('industry', sql`left(industry_code, 2)`)}`.execute(db);
  return rows;
}

/** A valid posting with what its public page shows, or undefined. */
export function findValidPosting(db: Db, id: number, today: string) {
  return validPostings(db, today)
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .innerJoin('org_unit as o', 'o.code', 'j.region_code')
    .selectAll('j')
    .select(['e.name as employer_name', 'e.industry_code as employer_industry', 'e.size_band as employer_size', 'e.address as employer_address', 'o.name as region_name'])
    .where('j.id', '=', id)
    .executeTakeFirst();
}

/** Names of org units by code. */
export async function regionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
