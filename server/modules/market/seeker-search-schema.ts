import { Type, type Static } from '@sinclair/typebox';
import { MAX_QUERY_LENGTH } from './text-search.js';
import { Facet, MAX_SEARCH_LIMIT } from './search-schema.js';
import { SeekerCard } from './seeker-schema.js';

const NStr = Type.Union([Type.String(), Type.Null()]);

/** Staff full-text search over the job seekers of their region (关键词检索). */
export const SeekerSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH, description: 'Words (Chinese is segmented); all must occur in skills, certificates or introduction' })),
    occupation: Type.Optional(Type.String({ pattern: '^[1-9](-[0-9]{2}){0,3}$', description: 'Desired occupation: a major group (6) includes its medium groups (6-09)' })),
    region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', description: 'Residence: this unit and its subtree, within the actor’s scope (outside it nothing matches)' })),
    category: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,30}$', description: 'Seeker category code (person_category)' })),
    education: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', description: 'Education code (GB/T 4658); a level code (20) includes 21–29' })),
    validOnly: Type.Optional(Type.Boolean({ description: 'Only registrations valid today (valid_from ≤ today ≤ valid_to); default false: every active registration' })),
    sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('date')], { description: 'relevance (default with q) or date (newest registration first; default without q)' })),
    cursor: Type.Optional(Type.String({ maxLength: 400, description: 'nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 20 })),
  },
  { additionalProperties: false },
);
export type SeekerSearchQuery = Static<typeof SeekerSearchQuery>;

/** A seeker in the search result: the contract's SeekerCard plus names and the matched text. */
export const SeekerSearchCard = Type.Composite([
  SeekerCard,
  Type.Object({
    educationName: NStr,
    categoryNames: Type.Array(Type.String()),
    snippet: Type.String({ description: 'Plain text from skills, certificates and introduction around the first matched word' }),
  }),
]);
export type SeekerSearchCard = Static<typeof SeekerSearchCard>;

export const SeekerSearchResult = Type.Object({
  items: Type.Array(SeekerSearchCard),
  nextCursor: NStr,
  facets: Type.Object({
    occupation: Type.Array(Facet, { description: 'Major groups, or the medium groups of the selected group; a seeker counts once in each group they desire' }),
    region: Type.Array(Facet, { description: 'The level below the region filter (or below the actor’s unit)' }),
    category: Type.Array(Facet, { description: 'A seeker counts once in each of their categories' }),
    education: Type.Array(Facet, { description: 'Education levels (20, 40 …)' }),
  }),
  total: Type.Union([Type.Integer(), Type.Null()], { description: 'Exact number of matches, or null when there are more than `counted`' }),
  counted: Type.Integer({ description: 'How many matches the total and the facets counted (at most the cap)' }),
  capped: Type.Boolean(),
});
export type SeekerSearchResult = Static<typeof SeekerSearchResult>;
