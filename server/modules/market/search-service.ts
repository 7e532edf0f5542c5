import type { AppDeps } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { fieldError, notFound } from '../../platform/errors.js';
import { maskPhone } from '../../platform/validators/citizen-id.js';
import { addCalendarDays } from '../calendar/workdays.js';
import { MAX_VALIDITY_DAYS } from './prereview.js';
import { queryWords, searchQuery } from './text-search.js';
import { countFacets, findPage, findValidPosting, lastValidWeek, regionNames, weekOf, type FacetKind, type PageRow, type SearchFilter, type SearchSort } from './search-repository.js';
import { industrySection, searchCodes, suggestOccupations, type SearchCodes } from './search-codes.js';
import { decodeCursor, encodeCursor, occupationFacetChars, regionFacetChars, snippetOf } from './search-rules.js';
import { publicSearchCache } from './search-cache.js';
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

/** Every posting written through the app is valid for at most this many days from today. */
const VALIDITY_HORIZON_DAYS = MAX_VALIDITY_DAYS + 1;
const lastWeeks = new WeakMap<AppDeps, { at: number; week: Promise<number> }>();

/**
 * The last validity week the query's terms must cover: the horizon of postings written through
 * the app, or the latest valid_to in the table (read at most every 10 s) when data came otherwise.
 */
function validityWeeks(deps: AppDeps, today: string): Promise<number> {
  let hit = lastWeeks.get(deps);
  if (!hit || Date.now() - hit.at > 10_000) {
    hit = { at: Date.now(), week: lastValidWeek(deps.db) };
    lastWeeks.set(deps, hit);
  }
  const horizon = weekOf(addCalendarDays(today, VALIDITY_HORIZON_DAYS));
  return hit.week.then((w) => Math.max(w, horizon));
}

function resolve(deps: AppDeps, codes: SearchCodes, q: PostingSearchQuery, lastWeek: number): Resolved {
  const text = q.q?.trim() ?? '';
  const tsquery = text ? searchQuery(text) : null;
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
      today: chinaDate(deps.clock.now()),
      tsquery,
      lastValidWeek: lastWeek,
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
    words: tsquery ? queryWords(text) : [],
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
async function countMatches(deps: AppDeps, codes: SearchCodes, r: Resolved): Promise<Counted> {
  const rows = await countFacets(deps.db, r.filter, { occupationChars: occupationFacetChars(r.filter.occupation), regionChars: regionFacetChars(r.filter.region) }, FACET_CAP);
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

/** The cache key of a request: its filters in a fixed order, with the China date they were resolved on. */
function keyOf(r: Resolved, withPage: boolean): string {
  const f = r.filter;
  const filter = [f.today, f.tsquery, f.occupation, f.region, f.wageMin, f.education, f.industryPrefixes?.join(','), f.employerId, f.postedSince?.toISOString(), f.workType];
  return JSON.stringify(withPage ? ['p', ...filter, r.sort, r.limit, r.after] : ['f', ...filter]);
}

/**
 * Searches valid postings (published, today within validity): a page in relevance or date order
 * after the cursor, and the total and facets of all matches (capped, see FACET_CAP).
 * `cached` serves public requests from a short-lived in-process cache.
 */
export async function searchPostings(deps: AppDeps, q: PostingSearchQuery, cached: boolean): Promise<{ result: PostingSearchResult; cacheHit: boolean }> {
  const codes = await searchCodes(deps);
  const r = resolve(deps, codes, q, await validityWeeks(deps, chinaDate(deps.clock.now())));
  const cache = cached ? publicSearchCache(deps) : null;
  const pageKey = keyOf(r, true);
  const hit = cache?.get(pageKey) as PostingSearchResult | undefined;
  if (hit) return { result: hit, cacheHit: true };
  const countKey = keyOf(r, false);
  const knownCount = cache?.get(countKey) as Counted | undefined;
  const [page, counted] = await Promise.all([pageOf(deps, codes, r), knownCount ?? countMatches(deps, codes, r)]);
  if (cache && !knownCount) cache.set(countKey, counted);
  const result: PostingSearchResult = { ...page, ...counted };
  cache?.set(pageKey, result);
  return { result, cacheHit: false };
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
