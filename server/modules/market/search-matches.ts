import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { matching, rankOf, type FacetKind, type Keyset, type SearchFilter, type SearchSort } from './search-repository.js';

/**
 * The valid postings matching one text query, kept in memory for the public search (search-cache.ts):
 * a portal's visitors search a few hundred words with many combinations of place, occupation, wage
 * and page. Once a word has missed the cache twice within its time to live, all of its valid
 * matches are read once (id, relevance, and the columns the filters and facets use) and every
 * further combination of filters on that word is filtered, ordered and counted here; only the
 * cards of the page are read from the database. The filters below are the SQL of
 * search-repository.ts `matching` written again for one row: search.api.test.ts ("a word searched
 * again is answered from its matches in memory") checks that both give the same pages and facets.
 */

/** One valid posting of a text query. */
export interface Match {
  id: number;
  /** ts_rank × 10⁶, rounded, as search-repository.ts rankOf computes it. */
  rank: number;
  /** published_at in microseconds since 1970 (exact in a double), or null. */
  published: number | null;
  region: string;
  occupation: string;
  wageMax: number;
  education: string | null;
  industry: string | null;
  employerId: number;
  workType: string;
}

/** Matches of one query in relevance order (rank, id descending) and in date order (published_at, id descending, NULLs first). */
export interface MatchList {
  byRelevance: Match[];
  byDate: Match[];
}

/** A word with more valid matches than this is not kept: the database pages it (see loadMatches). */
export const MAX_LIST = 30_000;

/**
 * Every valid match of the filter's text (its other filters are ignored), in relevance order and
 * in date order, or null when there are more than MAX_LIST. The rows come as one string the client
 * splits (turning 20,000 rows into objects in the pg driver costs more than the query; sorting
 * them in the aggregate cost 65-280 ms more, measured on 23,497 rows, against about 10 ms here), read
 * in slices with a yield between them, so that the requests served from the cache meanwhile are not
 * held up.
 */
export async function loadMatches(db: Db, today: string, tsquery: string): Promise<MatchList | null> {
  // Every field is a code, a number or empty (never a comma or a semicolon): NULLs become ''.
  // date_part (a double) rather than extract (a numeric: 257 ms against 94 ms for the 23,497 rows of 陶瓷, once each, busy machine):
  // a double's error at today's epoch is under 0.3 µs, so rounding gives the exact microsecond.
  const m = matching(db, { today, tsquery })
    .select([
      'j.id', 'j.published_at', 'j.region_code', 'j.occupation_code', 'j.wage_max', 'j.education', 'j.industry_code', 'j.employer_id', 'j.work_type',
      rankOf(tsquery).as('rank'),
    ])
    .limit(MAX_LIST + 1);
  const row = sql`concat_ws(',', m.id, m.rank, coalesce(round(date_part('epoch', m.published_at) * 1000000)::bigint::text, ''), m.region_code, m.occupation_code,
    m.wage_max, coalesce(m.education, ''), coalesce(m.industry_code, ''), m.employer_id, m.work_type)`;
  const { rows } = await sql<{ n: number; rows: string | null }>`SELECT count(*)::int AS n, string_agg(${row}, ';') AS rows FROM (${m}) m`.execute(db);
  const { n, rows: text } = rows[0];
  if (n > MAX_LIST) return null;
  const lines = text ? text.split(';') : [];
  const byRelevance: Match[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i += 1) {
    if (i % SLICE === SLICE - 1) await yieldToRequests();
    const f = lines[i].split(',');
    const match: Match = {
      id: Number(f[0]),
      rank: Number(f[1]),
      published: f[2] === '' ? null : Number(f[2]),
      region: f[3],
      occupation: f[4],
      wageMax: Number(f[5]),
      education: f[6] === '' ? null : f[6],
      industry: f[7] === '' ? null : f[7],
      employerId: Number(f[8]),
      workType: f[9],
    };
    byRelevance[i] = match;
  }
  await yieldToRequests();
  byRelevance.sort((a, b) => b.rank - a.rank || b.id - a.id);
  await yieldToRequests();
  // As PostgreSQL orders published_at DESC: NULLs first.
  const byDate = [...byRelevance].sort((a, b) => (a.published === b.published ? b.id - a.id : a.published === null ? -1 : b.published === null ? 1 : b.published - a.published));
  return { byRelevance, byDate };
}

/** Rows read between two yields to the event loop (about a millisecond of work). */
const SLICE = 2000;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The filters of search-repository.ts `matching` for one match (its text already matched). */
export function passes(m: Match, f: SearchFilter, postedSince: number | null): boolean {
  if (f.region !== undefined && !m.region.startsWith(f.region)) return false;
  if (f.occupation !== undefined && m.occupation !== f.occupation && !m.occupation.startsWith(`${f.occupation}-`)) return false;
  if (f.wageMin !== undefined && !(m.wageMax >= f.wageMin)) return false;
  if (f.education) {
    if (m.education === null) return false;
    if (f.education.endsWith('0') ? !m.education.startsWith(f.education[0]) : m.education !== f.education) return false;
  }
  if (f.industryPrefixes && (m.industry === null || !f.industryPrefixes.some((p) => (m.industry as string).startsWith(p)))) return false;
  if (f.employerId && m.employerId !== f.employerId) return false;
  if (postedSince !== null && (m.published === null || m.published < postedSince)) return false;
  if (f.workType && m.workType !== f.workType) return false;
  return true;
}

/** Microseconds since 1970 of a cursor's 'YYYY-MM-DDTHH:MM:SS.ffffffZ'. */
export function microsOf(key: string): number {
  return Date.parse(`${key.slice(0, 23)}Z`) * 1000 + Number(key.slice(23, 26));
}

/** The cursor form of microseconds since 1970 (what search-repository.ts selects as published_key). */
export function keyOfMicros(us: number): string {
  const ms = Math.floor(us / 1000);
  return `${new Date(ms).toISOString().slice(0, 23)}${String(us - ms * 1000).padStart(3, '0')}Z`;
}

/** After the keyset, in the order of the sort (a NULL publication date never compares, as in SQL). */
function isAfter(m: Match, after: Keyset): boolean {
  if (after.sort === 'relevance') return m.rank < after.rank || (m.rank === after.rank && m.id < after.id);
  if (m.published === null) return false;
  const p = microsOf(after.publishedAt);
  return m.published < p || (m.published === p && m.id < after.id);
}

/** One page: the first `limit` matches passing the filter after the keyset, in the sort's order. */
export function pageOfMatches(list: MatchList, f: SearchFilter, sort: SearchSort, after: Keyset | null, limit: number): Match[] {
  const postedSince = f.postedSince ? f.postedSince.getTime() * 1000 : null;
  const out: Match[] = [];
  for (const m of sort === 'relevance' ? list.byRelevance : list.byDate) {
    if (!passes(m, f, postedSince) || (after && !isAfter(m, after))) continue;
    out.push(m);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * The total (up to cap + 1) and facet rows over the first `cap` matches passing the filter, in the
 * shape search-repository.ts countFacets returns. "First" is relevance order here, where the SQL
 * takes the first the index returns: beyond the cap either is a sample, and the total says so.
 */
export function facetsOfMatches(list: MatchList, f: SearchFilter, g: { occupationChars: number; regionChars: number }, cap: number) {
  const postedSince = f.postedSince ? f.postedSince.getTime() * 1000 : null;
  const counts: Record<FacetKind, Map<string, number>> = { occupation: new Map(), region: new Map(), education: new Map(), industry: new Map() };
  const add = (kind: FacetKind, code: string | null) => {
    if (code === null || code === '') return;
    counts[kind].set(code, (counts[kind].get(code) ?? 0) + 1);
  };
  let found = 0;
  for (const m of list.byRelevance) {
    if (!passes(m, f, postedSince)) continue;
    found += 1;
    if (found > cap) break;
    add('occupation', m.occupation.slice(0, g.occupationChars));
    add('region', m.region.slice(0, g.regionChars));
    add('education', m.education === null ? null : m.education.slice(0, 1));
    add('industry', m.industry === null ? null : m.industry.slice(0, 2));
  }
  const rows: { kind: FacetKind | 'total'; code: string | null; n: number }[] = [{ kind: 'total', code: null, n: found }];
  for (const kind of ['occupation', 'region', 'education', 'industry'] as const) for (const [code, n] of counts[kind]) rows.push({ kind, code, n });
  return rows;
}
