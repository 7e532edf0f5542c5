import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import { scopeCondition } from '../../platform/scope.js';
import { containsPattern } from '../../platform/db/like.js';
import { sortColumn } from '../../platform/http/schemas.js';
import { regionChain, type ArticleCursor, type ArticleKind, type ArticleStatus } from './articles-rules.js';

/** Articles with the name of their unit and of the staff who wrote and last changed them. */
export function selectArticles(db: Db) {
  return db
    .selectFrom('portal_article as a')
    .innerJoin('org_unit as o', 'o.code', 'a.region_code')
    .leftJoin('app_user as c', 'c.id', 'a.created_by')
    .leftJoin('app_user as u', 'u.id', 'a.updated_by')
    .selectAll('a')
    .select(['o.name as region_name', 'c.display_name as created_by_name', 'u.display_name as updated_by_name']);
}

export type ArticleRow = Awaited<ReturnType<ReturnType<typeof selectArticles>['executeTakeFirstOrThrow']>>;

export interface ArticleFilter {
  regionCode?: string;
  kind?: ArticleKind;
  status?: ArticleStatus;
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
}

const SORTS = { updatedAt: 'a.updated_at', createdAt: 'a.created_at', publishedAt: 'a.published_at', title: 'a.title', kind: 'a.kind' } as const;

/** Articles of units in the actor's subtree (narrowed to `regionCode`), with the total. */
export async function findArticles(db: Db, actor: Actor, f: ArticleFilter, limit: number, offset: number) {
  let q = selectArticles(db).where(scopeCondition('a.region_code', actor));
  if (f.regionCode) q = q.where('a.region_code', 'like', `${f.regionCode}%`);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.q?.trim()) q = q.where('a.title', 'like', containsPattern(f.q));
  const column = sortColumn(f.sort, SORTS, 'a.updated_at');
  // Drafts have no publication time: keep them after the published ones whichever the direction.
  const rows = await q
    .orderBy(sql`${sql.ref(column)} ${sql.raw(f.order === 'asc' ? 'ASC' : 'DESC')} NULLS LAST`)
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: n };
}

export interface PublishedFilter {
  kind?: ArticleKind;
  /** A place: articles of its units above it and of its subtree. */
  region?: string;
}

function publishedQuery(db: Db, f: PublishedFilter) {
  let q = selectArticles(db).where('a.status', '=', 'published');
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  const place = f.region;
  if (place) q = q.where((eb) => eb.or([eb('a.region_code', 'like', `${place}%`), eb('a.region_code', 'in', regionChain(place))]));
  return q;
}

/** Published articles, newest first, after a keyset cursor or at an offset. */
export async function findPublished(db: Db, f: PublishedFilter, page: { after?: ArticleCursor; offset?: number; limit: number }) {
  let q = publishedQuery(db, f);
  const after = page.after;
  if (after) {
    const at = new Date(after.publishedAt);
    q = q.where((eb) => eb.or([eb('a.published_at', '<', at), eb.and([eb('a.published_at', '=', at), eb('a.id', '<', after.id)])]));
  }
  const rows = await q
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(page.limit + 1)
    .offset(page.offset ?? 0)
    .execute();
  const { n } = await publishedQuery(db, f).clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows: rows.slice(0, page.limit), more: rows.length > page.limit, total: n };
}
