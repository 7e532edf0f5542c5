import { Type, type Static } from '@sinclair/typebox';
import { ScopedPageQuery } from '../../platform/http/schemas.js';
import { BODY_MAX, TITLE_MAX } from './articles-rules.js';

const Kind = Type.Union([Type.Literal('policy'), Type.Literal('guide'), Type.Literal('notice')], { description: 'policy 政策法规 | guide 办事指南 | notice 通知公告' });
const Status = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('withdrawn')]);
const NStr = Type.Union([Type.String(), Type.Null()]);

export const ArticleInput = Type.Object(
  {
    kind: Kind,
    title: Type.String({ minLength: 1, maxLength: TITLE_MAX }),
    body: Type.String({ minLength: 1, maxLength: BODY_MAX, description: 'Plain text; any HTML is stored as given and always shown as text' }),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', description: 'Where the page applies (default: the author’s unit); in the author’s scope' })),
  },
  { additionalProperties: false },
);
export type ArticleInput = Static<typeof ArticleInput>;

export const ArticlePatch = Type.Partial(ArticleInput, { additionalProperties: false });
export type ArticlePatch = Static<typeof ArticlePatch>;

export const ArticleListQuery = ScopedPageQuery({
  kind: Type.Optional(Kind),
  status: Type.Optional(Status),
  q: Type.Optional(Type.String({ maxLength: 50, description: 'Words in the title' })),
});
export type ArticleListQuery = Static<typeof ArticleListQuery>;

/** An article as staff see it, with what they may do next. */
export const ArticleView = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  kindName: Type.String(),
  title: Type.String(),
  body: Type.String(),
  summary: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  status: Status,
  statusName: Type.String(),
  publishedAt: NStr,
  createdBy: NStr,
  updatedBy: NStr,
  createdAt: Type.String(),
  updatedAt: Type.String(),
  can: Type.Object({ update: Type.Boolean(), publish: Type.Boolean(), withdraw: Type.Boolean() }),
});
export type ArticleView = Static<typeof ArticleView>;

export const PublicArticleQuery = Type.Object({
  kind: Type.Optional(Kind),
  region: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', description: 'A place: articles of its units above it and of its subtree' })),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'Opaque keyset cursor from nextCursor' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'Page number instead of a cursor' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
});
export type PublicArticleQuery = Static<typeof PublicArticleQuery>;

/** A published article in a public list (no author, no status). */
export const PublicArticleCard = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  kindName: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  publishedAt: Type.String(),
});
export type PublicArticleCard = Static<typeof PublicArticleCard>;

export const PublicArticle = Type.Composite([PublicArticleCard, Type.Object({ body: Type.String(), updatedAt: Type.String() })]);
export type PublicArticle = Static<typeof PublicArticle>;

export const PublicArticleList = Type.Object({
  items: Type.Array(PublicArticleCard),
  nextCursor: NStr,
  total: Type.Integer(),
});
export type PublicArticleList = Static<typeof PublicArticleList>;
