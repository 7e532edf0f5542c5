import { Type, type Static } from '@sinclair/typebox';
import { DateString } from '../../platform/http/schemas.js';
import { MAX_QUERY_LENGTH } from './text-search.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);

/** Largest page of the posting search. */
export const MAX_SEARCH_LIMIT = 100;

export const PostingSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH, description: 'Words (Chinese is segmented); all must occur in title, description or requirements' })),
    occupation: Type.Optional(Type.String({ pattern: '^[1-9](-[0-9]{2}){0,3}$', description: 'Occupation code: a major group (6) includes its medium groups (6-09)' })),
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', description: 'Work location: this region and its subtree' })),
    wageMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Postings whose wage range reaches this monthly wage (wage_max ≥ wageMin)' })),
    education: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', description: 'Education code (GB/T 4658); a level code (20) includes 21–29' })),
    industry: Type.Optional(Type.String({ pattern: '^([A-T]|[0-9]{2,4})$', description: 'Industry section (C) or division (30)' })),
    employerId: Type.Optional(Type.Integer({ minimum: 1 })),
    postedSince: Type.Optional(DateString),
    workType: Type.Optional(Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('temporary'), Type.Literal('internship')])),
    sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('date')], { description: 'relevance (default with q) or date (newest first; default without q)' })),
    cursor: Type.Optional(Type.String({ maxLength: 400, description: 'nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 20 })),
  },
  { additionalProperties: false },
);
export type PostingSearchQuery = Static<typeof PostingSearchQuery>;

/** A valid posting in a result list; the same shape as the employer's public page lists. */
export const PostingCard = Type.Object(
  {
    id: Type.Integer(),
    title: Type.String(),
    employerId: Type.Integer(),
    employerName: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    occupationCode: Type.String(),
    occupationName: NStr,
    wageMin: Type.Integer(),
    wageMax: Type.Integer(),
    education: NStr,
    vacancies: Type.Integer(),
    workType: Type.String(),
    validTo: Type.String(),
    publishedAt: NStr,
    snippet: Type.String({ description: 'Plain text from the description around the first matched word (never HTML)' }),
  },
  { $id: 'SearchPostingCard' },
);
export type PostingCard = Static<typeof PostingCard>;

export const Facet = Type.Object({ code: Type.String(), name: Type.String(), count: Type.Integer() });
export type Facet = Static<typeof Facet>;

export const PostingSearchResult = Type.Object({
  items: Type.Array(PostingCard),
  nextCursor: NStr,
  facets: Type.Object({
    occupation: Type.Array(Facet, { description: 'Major groups, or the medium groups of the selected major group' }),
    region: Type.Array(Facet, { description: 'The level below the region filter (districts without one)' }),
    education: Type.Array(Facet),
    industry: Type.Array(Facet, { description: 'Industry sections' }),
  }),
  total: Type.Union([Type.Integer(), Type.Null()], { description: 'Exact number of matches, or null when there are more than `counted`' }),
  counted: Type.Integer({ description: 'How many matches the total and the facets counted (at most the cap); capped = true when there are more' }),
  capped: Type.Boolean(),
});
export type PostingSearchResult = Static<typeof PostingSearchResult>;

export const PostingPublic = Type.Composite([
  PostingCard,
  Type.Object({
    description: Type.String({ description: 'Plain text' }),
    requirements: NStr,
    benefits: NStr,
    workingHours: NStr,
    experienceYears: NInt,
    contactName: Type.String(),
    contactPhone: Type.String({ description: 'Masked: 138****1234' }),
    employer: Type.Object({ id: Type.Integer(), name: Type.String(), industry: NStr, size: NStr, address: NStr }),
  }),
]);
export type PostingPublic = Static<typeof PostingPublic>;

export const OccupationSuggestQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 20, description: 'Part of an occupation name, or its pinyin initials (dg → 电工…)' }) },
  { additionalProperties: false },
);

export const OccupationSuggestion = Type.Object({ code: Type.String(), name: Type.String(), parentCode: NStr });
export type OccupationSuggestion = Static<typeof OccupationSuggestion>;
