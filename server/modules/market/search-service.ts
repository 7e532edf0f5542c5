import type { AppDeps } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { fieldError, notFound } from '../../platform/errors.js';
import { maskPhone } from '../../platform/validators/citizen-id.js';
import { queryWords, tsqueryOf } from './text-search.js';
import { countFacets, findCards, findPage, findValidPosting, regionNames, type FacetKind, type PageRow, type SearchFilter, type SearchSort } from './search-repository.js';
import { industrySection, searchCodes, suggestOccupations, type SearchCodes } from './search-codes.js';
import { decodeCursor, encodeCursor, occupationFacetChars, regionFacetChars, snippetOf } from './search-rules.js';
import { publicSearchCache, stillCurrent, type PublicSearchCache } from './search-cache.js';
import { facetsOfMatches, keyOfMicros, loadMatches, pageOfMatches, type MatchList } from './search-matches.js';
import { educationLevelName } from './education-levels.js';
import type { Facet, OccupationSuggestion, PostingCard, PostingPublic, PostingSearchQuery, PostingSearchResult } from './search-schema.js';

/**
 * The total and the facets count at most this many matches. Beyond it the total is null and the
 * facets describe the first FACET_CAP matches found: counting 200,000 matches four ways on every
 * keystroke (each match is a heap read) would cost more than the page itself, and a result list that long is browsed by its
 * filters, not by its count.
 */
export const FACET_CAP = 2000;

type Facets = PostingSearchResult['facets'];
interface Counted {
  facets: Facets;
  total: number | null;
  counted: number;
  capped: boolean;
}

/** The request resolved: filter for the repository, sort, keyset and the words for snippets. */
interface Resolved {
  filter: SearchFilter;
  sort: SearchSort;
  words: string[];
  limit: number;
  after: ReturnType<typeof decodeCursor>;
}

function resolve(codes: SearchCodes, q: PostingSearchQuery, today: string): Resolved {
  const text = q.q?.trim() ?? '';
  const words = text ? queryWords(text) : [];
  const tsquery = tsqueryOf(words);
  const sort: SearchSort = tsquery !== null && q.sort !== 'date' ? 'relevance' : 'date';
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && (!after || after.sort !== sort)) throw fieldError('cursor', '翻页位置无效，请从第一页重新查询');
  let industryPrefixes: string[] | undefined;
  if (q.industry) {
    const section = q.industry;
    industryPrefixes = /^[A-T]$/.test(section) ? [section, ...[...codes.industry.values()].filter((c) => c.parentCode === section).map((c) => c.code)] : [section];
  }
  return {
    filter: {
      today,
      tsquery,
      occupation: q.occupation,
      region: q.region,
      wageMin: q.wageMin,
      education: q.education,
      industryPrefixes,
      employerId: q.employerId,
      postedSince: q.postedSince ? new Date(`${q.postedSince}T00:00:00+08:00`) : undefined,
      workType: q.workType,
    },
    sort,
    words,
    limit: q.limit ?? 20,
    after,
  };
}

/** What a posting card is made of: a search page row, or a row the matching selects. */
export type PostingCardSource = Pick<
  PageRow,
  'id' | 'title' | 'employer_id' | 'employer_name' | 'region_code' | 'region_name' | 'occupation_code' | 'wage_min' | 'wage_max' | 'education' | 'vacancies' | 'work_type' | 'valid_to' | 'published_at' | 'description'
>;

/** A valid posting in a list: the one mapping for search results and recommendations (match-service.ts). */
export function postingCard(r: PostingCardSource, codes: SearchCodes, words: readonly string[]): PostingCard {
  return {
    id: r.id,
    title: r.title,
    employerId: r.employer_id,
    employerName: r.employer_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    occupationCode: r.occupation_code,
    occupationName: codes.occupation.get(r.occupation_code)?.name ?? null,
    wageMin: r.wage_min,
    wageMax: r.wage_max,
    education: r.education,
    vacancies: r.vacancies,
    workType: r.work_type,
    validTo: r.valid_to,
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    snippet: snippetOf(r.description, words),
  };
}

/** Total and facets of the matches (independent of sort and page, so cached apart from pages). */
async function countMatches(deps: AppDeps, codes: SearchCodes, r: Resolved, list?: MatchList): Promise<Counted> {
  const grouping = { occupationChars: occupationFacetChars(r.filter.occupation), regionChars: regionFacetChars(r.filter.region) };
  const rows = list ? facetsOfMatches(list, r.filter, grouping, FACET_CAP) : await countFacets(deps.db, r.filter, grouping, FACET_CAP);
  const found = rows.find((x) => x.kind === 'total')?.n ?? 0;
  const regions = await regionNames(deps.db, rows.filter((x) => x.kind === 'region' && x.code).map((x) => x.code as string));
  const buckets: Record<FacetKind, Map<string, Facet>> = { occupation: new Map(), region: new Map(), education: new Map(), industry: new Map() };
  const add = (kind: FacetKind, code: string, name: string, n: number) => {
    const b = buckets[kind].get(code);
    if (b) b.count += n;
    else buckets[kind].set(code, { code, name, count: n });
  };
  for (const x of rows) {
    if (x.kind === 'total' || !x.code) continue;
    if (x.kind === 'occupation') add('occupation', x.code, codes.occupation.get(x.code)?.name ?? x.code, x.n);
    else if (x.kind === 'region') add('region', x.code, regions.get(x.code) ?? x.code, x.n);
    else if (x.kind === 'education') add('education', `${x.code}0`, educationLevelName(`${x.code}0`, codes.education.get(`${x.code}0`)?.name ?? `${x.code}0`), x.n);
    else {
      const section = industrySection(codes, x.code);
      if (section) add('industry', section, codes.industry.get(section)?.name ?? section, x.n);
    }
  }
  const sorted = (kind: FacetKind) => [...buckets[kind].values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const capped = found > FACET_CAP;
  return {
    facets: { occupation: sorted('occupation'), region: sorted('region'), education: sorted('education'), industry: sorted('industry') },
    total: capped ? null : found,
    counted: Math.min(found, FACET_CAP),
    capped,
  };
}

/** A page chosen among a word's matches in memory; only its cards are read. */
async function pageInList(deps: AppDeps, codes: SearchCodes, r: Resolved, list: MatchList) {
  const chosen = pageOfMatches(list, r.filter, r.sort, r.after, r.limit + 1);
  const items = chosen.slice(0, r.limit);
  const rows = new Map((await findCards(deps.db, r.filter.today, items.map((m) => m.id))).map((x) => [x.id, x]));
  const last = items.at(-1);
  let nextCursor: string | null = null;
  if (chosen.length > r.limit && last) {
    nextCursor =
      r.sort === 'relevance'
        ? encodeCursor({ sort: 'relevance', rank: last.rank, id: last.id })
        : encodeCursor({ sort: 'date', publishedAt: last.published === null ? '1970-01-01T00:00:00.000000Z' : keyOfMicros(last.published), id: last.id });
  }
  // A card is missing only if its posting stopped being valid since the list was read (the list is dropped when that happens by review).
  return { items: items.flatMap((m) => { const row = rows.get(m.id); return row ? [postingCard(row, codes, r.words)] : []; }), nextCursor };
}

/** Misses of one word within the time to live before its matches are read into memory. */
const LIST_AFTER_MISSES = 2;

/**
 * The matches of the query's words in memory, or null to search in the database: when there are no
 * words, when the word has not missed LIST_AFTER_MISSES times yet, or when it has too many matches.
 */
async function matchListFor(deps: AppDeps, r: Resolved, cache: PublicSearchCache, generation: number): Promise<MatchList | null> {
  const tsquery = r.filter.tsquery;
  if (tsquery === null) return null;
  const key = `${r.filter.today} ${tsquery}`;
  const kept = cache.lists.get(key);
  if (kept !== undefined) return kept;
  const running = cache.pendingLists.get(key);
  if (running) return running;
  const misses = (cache.listMisses.get(key) ?? 0) + 1;
  cache.listMisses.set(key, misses);
  if (misses < LIST_AFTER_MISSES) return null;
  const loading = loadMatches(deps.db, r.filter.today, tsquery);
  cache.pendingLists.set(key, loading);
  try {
    const list = await loading;
    if (stillCurrent(cache, generation)) cache.lists.set(key, list);
    return list;
  } finally {
    if (cache.pendingLists.get(key) === loading) cache.pendingLists.delete(key);
  }
}

async function pageOf(deps: AppDeps, codes: SearchCodes, r: Resolved) {
  const rows = await findPage(deps.db, r.filter, r.sort, r.after, r.limit + 1);
  const more = rows.length > r.limit;
  const items = rows.slice(0, r.limit);
  const last = items.at(-1);
  let nextCursor: string | null = null;
  if (more && last) {
    nextCursor = r.sort === 'relevance' ? encodeCursor({ sort: 'relevance', rank: Number(last.rank), id: last.id }) : encodeCursor({ sort: 'date', publishedAt: last.published_key ?? '1970-01-01T00:00:00.000000Z', id: last.id });
  }
  return { items: items.map((x) => postingCard(x, codes, r.words)), nextCursor };
}

/** The key of the totals and facets: the resolved filters in a fixed order, with the China date they were resolved on. */
function countKeyOf(r: Resolved): string {
  const f = r.filter;
  return JSON.stringify([f.today, f.tsquery, f.occupation, f.region, f.wageMin, f.education, f.industryPrefixes?.join(','), f.employerId, f.postedSince?.toISOString(), f.workType]);
}

/**
 * The key of a whole public answer: every parameter of the validated query (limit defaulted by
 * the schema), sorted by name, with the China date. It is built before the query is segmented or
 * resolved, so a hit costs no jieba, no code look-up and no serialisation.
 */
export function pageKeyOf(q: PostingSearchQuery, today: string): string {
  const params = Object.entries(q)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([today, params]);
}

/**
 * A page and the totals and facets of a resolved search. With `counts` (the public cache) the
 * totals and facets are cached, and a word searched again is answered from its matches in memory.
 */
async function search(deps: AppDeps, codes: SearchCodes, r: Resolved, counts?: { cache: PublicSearchCache; generation: number }): Promise<PostingSearchResult> {
  const list = counts ? await matchListFor(deps, r, counts.cache, counts.generation) : null;
  if (list) {
    const [page, counted] = await Promise.all([pageInList(deps, codes, r, list), countMatches(deps, codes, r, list)]);
    return { ...page, ...counted };
  }
  const countKey = countKeyOf(r);
  const knownCount = counts?.cache.counts.get(countKey) as Counted | undefined;
  const [page, counted] = await Promise.all([pageOf(deps, codes, r), knownCount ?? countMatches(deps, codes, r)]);
  if (counts && !knownCount && stillCurrent(counts.cache, counts.generation)) counts.cache.counts.set(countKey, counted);
  return { ...page, ...counted };
}

/**
 * Searches valid postings (published, today within validity): a page in relevance or date order
 * after the cursor, and the total and facets of all matches (capped, see FACET_CAP). Not cached:
 * staff see the database as it is.
 */
export async function searchPostings(deps: AppDeps, q: PostingSearchQuery): Promise<PostingSearchResult> {
  const codes = await searchCodes(deps);
  const today = chinaDate(deps.clock.now());
  return search(deps, codes, resolve(codes, q, today));
}

/** How a public answer was served: from the cache, by joining the same search already running, or computed. */
export type PublicSearchSource = 'hit' | 'joined' | 'miss';

/**
 * The public search as a response body serialised by `serialize` (the route's response schema),
 * from a short-lived in-process cache (search-cache.ts). The results are the same for every
 * visitor (no login, nothing personal), so they may be shared; a posting entering or leaving the
 * public set empties the cache (publicPostingsChanged), expiry by date is covered by the date in
 * the key and the 30 s time to live. Simultaneous misses of one search wait for one computation.
 */
export async function searchPublicPostings(deps: AppDeps, q: PostingSearchQuery, serialize: (result: PostingSearchResult) => Buffer): Promise<{ body: Buffer; source: PublicSearchSource }> {
  const today = chinaDate(deps.clock.now());
  const cache = publicSearchCache(deps);
  const key = pageKeyOf(q, today);
  const hit = cache.pages.get(key);
  if (hit) return { body: hit, source: 'hit' };
  const running = cache.pending.get(key);
  if (running) return { body: await running, source: 'joined' };
  const generation = cache.generation;
  const computed = (async () => {
    const codes = await searchCodes(deps);
    const r = resolve(codes, q, today);
    return serialize(await search(deps, codes, r, { cache, generation }));
  })();
  cache.pending.set(key, computed);
  try {
    const body = await computed;
    if (stillCurrent(cache, generation)) cache.pages.set(key, body);
    return { body, source: 'miss' };
  } finally {
    if (cache.pending.get(key) === computed) cache.pending.delete(key);
  }
}

/** A valid posting's public page: contact phone masked; anything not valid is not found. */
export async function getPublicPosting(deps: AppDeps, id: number): Promise<PostingPublic> {
  const codes = await searchCodes(deps);
  const p = await findValidPosting(deps.db, id, chinaDate(deps.clock.now()));
  if (!p) throw notFound('岗位');
  return {
    id: p.id,
    title: p.title,
    employerId: p.employer_id,
    employerName: p.employer_name,
    regionCode: p.region_code,
    regionName: p.region_name,
    occupationCode: p.occupation_code,
    occupationName: codes.occupation.get(p.occupation_code)?.name ?? null,
    wageMin: p.wage_min,
    wageMax: p.wage_max,
    education: p.education,
    vacancies: p.vacancies,
    workType: p.work_type,
    validTo: p.valid_to,
    publishedAt: p.published_at ? p.published_at.toISOString() : null,
    snippet: snippetOf(p.description, []),
    description: p.description,
    requirements: p.requirements,
    benefits: p.benefits,
    workingHours: p.working_hours,
    experienceYears: p.experience_years,
    contactName: p.contact_name,
    contactPhone: maskPhone(p.contact_phone),
    employer: {
      id: p.employer_id,
      name: p.employer_name,
      industry: p.employer_industry ? (codes.industry.get(p.employer_industry)?.name ?? p.employer_industry) : null,
      size: p.employer_size,
      address: p.employer_address,
    },
  };
}

/** Occupation typeahead: names containing the text, or pinyin initials (dl → 电力…), at most 10. */
export async function suggestOccupation(deps: AppDeps, q: string): Promise<OccupationSuggestion[]> {
  const codes = await searchCodes(deps);
  return suggestOccupations(codes, q, 10).map((c) => ({ code: c.code, name: c.name, parentCode: c.parentCode }));
}
