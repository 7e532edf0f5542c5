import type { AppDeps, RequestContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { queryWords, searchQuery } from './text-search.js';
import { regionNames, type Keyset } from './search-repository.js';
import { searchCodes, type SearchCodes } from './search-codes.js';
import { decodeCursor, encodeCursor, occupationFacetChars, regionFacetChars, snippetOf } from './search-rules.js';
import { FACET_CAP } from './search-service.js';
import { MAX_SEARCH_LIMIT, type Facet } from './search-schema.js';
import { codeNames, occupationFamily } from './seeker-repository.js';
import { seekerCard, seekerNames } from './seeker-present.js';
import { countSeekerFacets, findSeekerPage, type SeekerFacetKind, type SeekerSearchFilter, type SeekerSearchSort } from './seeker-search-repository.js';
import type { SeekerSearchCard, SeekerSearchQuery, SeekerSearchResult } from './seeker-search-schema.js';
import { educationLevelName } from './education-levels.js';

type Facets = SeekerSearchResult['facets'];

interface Resolved {
  filter: SeekerSearchFilter;
  sort: SeekerSearchSort;
  words: string[];
  limit: number;
  after: Keyset | null;
  /** The unit the region facet groups under: the region filter, or the actor's own unit. */
  facetRoot: string;
}

/**
 * The region filter within the actor's subtree: a unit inside it narrows the search, a unit
 * above it (the actor's district for a street) is the whole subtree, and a unit elsewhere
 * matches nothing — like the other staff lists, which AND the filter with the scope.
 */
function regionWithin(scope: string, region: string | undefined): { region?: string; none: boolean } {
  if (!region || scope.startsWith(region)) return { none: false };
  return region.startsWith(scope) ? { region, none: false } : { none: true };
}

async function resolve(deps: AppDeps, ctx: RequestContext, q: SeekerSearchQuery): Promise<Resolved | null> {
  const text = q.q?.trim() ?? '';
  const tsquery = text ? searchQuery(text) : null;
  const sort: SeekerSearchSort = tsquery !== null && q.sort !== 'date' ? 'relevance' : 'date';
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && (!after || after.sort !== sort)) throw fieldError('cursor', '翻页位置无效，请从第一页重新查询');
  const scope = ctx.actor.orgCode;
  const region = regionWithin(scope, q.region);
  if (region.none) return null;
  return {
    filter: {
      today: chinaDate(deps.clock.now()),
      scope,
      tsquery,
      occupations: q.occupation ? await occupationFamily(deps.db, q.occupation) : undefined,
      region: region.region,
      category: q.category,
      education: q.education,
      validOnly: q.validOnly ?? false,
    },
    sort,
    words: tsquery ? queryWords(text) : [],
    limit: q.limit ?? 20,
    after,
    facetRoot: region.region ?? scope,
  };
}

async function countMatches(deps: AppDeps, codes: SearchCodes, r: Resolved, occupation: string | undefined) {
  const rows = await countSeekerFacets(
    deps.db,
    r.filter,
    { occupationChars: occupationFacetChars(occupation), occupationCodes: r.filter.occupations, regionChars: regionFacetChars(r.facetRoot) },
    FACET_CAP,
  );
  const found = rows.find((x) => x.kind === 'total')?.n ?? 0;
  const codesOf = (kind: SeekerFacetKind) => rows.filter((x) => x.kind === kind && x.code).map((x) => x.code as string);
  const regions = await regionNames(deps.db, codesOf('region'));
  const categories = await codeNames(deps.db, 'person_category', codesOf('category'));
  const facets: Facets = { occupation: [], region: [], category: [], education: [] };
  for (const x of rows) {
    if (x.kind === 'total' || !x.code) continue;
    const code = x.kind === 'education' ? `${x.code}0` : x.code;
    const name =
      x.kind === 'occupation' ? codes.occupation.get(code)?.name : x.kind === 'region' ? regions.get(code) : x.kind === 'category' ? categories.get(code) : educationLevelName(code, codes.education.get(code)?.name ?? code);
    facets[x.kind].push({ code, name: name ?? code, count: x.n });
  }
  const byCount = (a: Facet, b: Facet) => b.count - a.count || a.code.localeCompare(b.code);
  for (const list of Object.values(facets)) list.sort(byCount);
  const capped = found > FACET_CAP;
  return { facets, total: capped ? null : found, counted: Math.min(found, FACET_CAP), capped };
}

async function pageOf(deps: AppDeps, r: Resolved) {
  const found = await findSeekerPage(deps.db, r.filter, r.sort, r.after, r.limit + 1);
  const page = found.slice(0, r.limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (found.length > r.limit && last) {
    nextCursor = r.sort === 'relevance' ? encodeCursor({ sort: 'relevance', rank: last.rank, id: last.row.id }) : encodeCursor({ sort: 'date', publishedAt: last.createdKey, id: last.row.id });
  }
  const rows = page.map((x) => x.row);
  const names = await seekerNames(deps.db, rows);
  const items = rows.map((row) => ({
    ...seekerCard(row, names, r.filter.today, true),
    educationName: row.education ? (names.education.get(row.education) ?? row.education) : null,
    categoryNames: row.categories.map((c) => names.category.get(c) ?? c),
    snippet: snippetOf([row.skills, row.certificates, row.introduction].filter(Boolean).join(' '), r.words),
  }));
  return { items, nextCursor };
}

const EMPTY: SeekerSearchResult = { items: [], nextCursor: null, facets: { occupation: [], region: [], category: [], education: [] }, total: 0, counted: 0, capped: false };

/**
 * Staff search the active job seekers living in their subtree: words of skills, certificates and
 * introduction (jieba-segmented, as the postings), desired occupation (a major group includes its
 * medium groups), residence, category, education and validity; a page in relevance or date order
 * after the keyset cursor, and the total and facets of all matches (capped like the posting
 * search). Not audited: a result list is not a view of one record (opening one is).
 */
export async function searchSeekers(deps: AppDeps, ctx: RequestContext, q: SeekerSearchQuery): Promise<SeekerSearchResult> {
  // A citizen holds seeker.view for their own registration only.
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const r = await resolve(deps, ctx, q);
  if (!r) return EMPTY;
  const codes = await searchCodes(deps);
  const [page, counted] = await Promise.all([pageOf(deps, r), countMatches(deps, codes, r, q.occupation)]);
  return { ...page, ...counted };
}

/**
 * Every match of a search in its order (up to `max`), for the Excel export: the same filters and
 * scope, read page by page along the keyset without the facet counts.
 */
export async function searchSeekersForExport(deps: AppDeps, ctx: RequestContext, q: SeekerSearchQuery, max: number): Promise<SeekerSearchCard[]> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const out: SeekerSearchCard[] = [];
  let cursor: string | undefined;
  do {
    const r = await resolve(deps, ctx, { ...q, cursor, limit: MAX_SEARCH_LIMIT });
    if (!r) break;
    const page = await pageOf(deps, r);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < max);
  return out.slice(0, max);
}

