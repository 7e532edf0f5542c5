import type { AppDeps, RequestContext } from '../../platform/context.js';
import { AppError, fieldError, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { inScope } from '../../platform/scope.js';
import { pageWindow, type PageQuery, type PageResult } from '../../platform/http/schemas.js';
import { findArticles, findPublished, selectArticles, type ArticleFilter, type ArticleRow } from './articles-repository.js';
import { articleActions, checkArticleText, decodeCursor, encodeCursor, KIND_NAMES, NEXT_STATUS, STATUS_NAMES, summaryOf } from './articles-rules.js';
import type { ArticleInput, ArticlePatch, ArticleView, PublicArticle, PublicArticleCard, PublicArticleList, PublicArticleQuery } from './articles-schema.js';

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

function present(r: ArticleRow): ArticleView {
  return {
    id: r.id,
    kind: r.kind,
    kindName: KIND_NAMES[r.kind],
    title: r.title,
    body: r.body,
    summary: summaryOf(r.body),
    regionCode: r.region_code,
    regionName: r.region_name,
    status: r.status,
    statusName: STATUS_NAMES[r.status],
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    createdBy: r.created_by_name,
    updatedBy: r.updated_by_name,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    can: articleActions(r.status),
  };
}

function card(r: ArticleRow): PublicArticleCard {
  return {
    id: r.id,
    kind: r.kind,
    kindName: KIND_NAMES[r.kind],
    title: r.title,
    summary: summaryOf(r.body),
    regionCode: r.region_code,
    regionName: r.region_name,
    publishedAt: (r.published_at ?? r.updated_at).toISOString(),
  };
}

/** The article if it lies in the actor's subtree; anything else is "not found". */
async function loadInScope(deps: AppDeps, ctx: RequestContext, id: number): Promise<ArticleRow> {
  const row = await selectArticles(deps.db).where('a.id', '=', id).executeTakeFirst();
  if (!row || !inScope(ctx.actor, row.region_code)) throw notFound('文章');
  return row;
}

/** Throws the first text problem as a field error (the schema already capped the lengths). */
function requireText(input: { title?: string; body?: string }): void {
  const problems = checkArticleText(input);
  if (problems.length) throw new AppError('validation_failed', problems[0].message, problems);
}

/** The unit a page applies to: the author's own unit unless one in their subtree is named. */
async function regionFor(deps: AppDeps, ctx: RequestContext, requested: string | undefined): Promise<string> {
  const code = requested ?? ctx.actor.orgCode;
  if (!inScope(ctx.actor, code)) throw fieldError('regionCode', '发布范围不在您的管辖范围内');
  const unit = await deps.db.selectFrom('org_unit').select('code').where('code', '=', code).executeTakeFirst();
  if (!unit) throw fieldError('regionCode', '发布范围不存在');
  return code;
}

export async function listArticles(deps: AppDeps, ctx: RequestContext, f: ArticleFilter & PageQuery): Promise<PageResult<ArticleView>> {
  const { page, pageSize, offset } = pageWindow(f);
  const { rows, total } = await findArticles(deps.db, ctx.actor, f, pageSize, offset);
  return { items: rows.map(present), total, page, pageSize };
}

export async function getArticle(deps: AppDeps, ctx: RequestContext, id: number): Promise<ArticleView> {
  return present(await loadInScope(deps, ctx, id));
}

/** Writes a new page as a draft; nothing shows on the portal until it is published. */
export async function createArticle(deps: AppDeps, ctx: RequestContext, input: ArticleInput): Promise<ArticleView> {
  requireText(input);
  const regionCode = await regionFor(deps, ctx, input.regionCode);
  const now = deps.clock.now();
  const values = { kind: input.kind, title: input.title.trim(), body: input.body, region_code: regionCode };
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('portal_article')
      .values({ ...values, status: 'draft', created_by: ctx.actor.id, updated_by: ctx.actor.id, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'article.created', entityType: 'portal_article', entityId: row.id, regionCode, after: { kind: values.kind, title: values.title, regionCode, bodyLength: values.body.length } });
    return row.id;
  });
  return getArticle(deps, ctx, id);
}

/** Edits a page; a published page changes on the portal at once (the audit keeps the text before). */
export async function updateArticle(deps: AppDeps, ctx: RequestContext, id: number, patch: ArticlePatch): Promise<ArticleView> {
  const current = await loadInScope(deps, ctx, id);
  requireText(patch);
  const regionCode = patch.regionCode === undefined ? current.region_code : await regionFor(deps, ctx, patch.regionCode);
  const next = { kind: patch.kind ?? current.kind, title: patch.title?.trim() ?? current.title, body: patch.body ?? current.body, region_code: regionCode };
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('portal_article').set({ ...next, updated_by: ctx.actor.id, updated_at: now }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'article.updated',
      entityType: 'portal_article',
      entityId: id,
      regionCode,
      before: { kind: current.kind, title: current.title, body: current.body, regionCode: current.region_code },
      after: { kind: next.kind, title: next.title, body: next.body, regionCode },
    });
  });
  return getArticle(deps, ctx, id);
}

/** Publishes (or republishes) a page on the portal, or withdraws it from there. */
export async function changeArticle(deps: AppDeps, ctx: RequestContext, id: number, action: 'publish' | 'withdraw'): Promise<ArticleView> {
  const current = await loadInScope(deps, ctx, id);
  if (!articleActions(current.status)[action]) {
    throw new AppError('invalid_state', action === 'publish' ? '文章已发布' : `文章${STATUS_NAMES[current.status]}，不能撤回`);
  }
  const status = NEXT_STATUS[action];
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('portal_article')
      .set({ status, updated_by: ctx.actor.id, updated_at: now, ...(action === 'publish' && { published_at: now }) })
      .where('id', '=', id)
      .where('status', '=', current.status)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new AppError('conflict', '文章状态已变化，请刷新后重试');
    await writeAudit(trx, deps.clock, who(ctx), {
      event: action === 'publish' ? 'article.published' : 'article.withdrawn',
      entityType: 'portal_article',
      entityId: id,
      regionCode: current.region_code,
      before: { status: current.status },
      after: { status, title: current.title },
    });
  });
  return getArticle(deps, ctx, id);
}

/** The portal's list: published pages, newest first, by keyset cursor or page number. */
export async function listPublicArticles(deps: AppDeps, query: PublicArticleQuery): Promise<PublicArticleList> {
  const limit = query.limit ?? 10;
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after === null) throw fieldError('cursor', '翻页参数不正确，请从第一页重新浏览');
  const offset = !after && query.page ? (query.page - 1) * limit : 0;
  const { rows, more, total } = await findPublished(deps.db, { kind: query.kind, region: query.region }, { after, offset, limit });
  const items = rows.map(card);
  const last = items.at(-1);
  return { items, nextCursor: more && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null, total };
}

/** One published page; a draft or withdrawn one is "not found" to the public. */
export async function getPublicArticle(deps: AppDeps, id: number): Promise<PublicArticle> {
  const row = await selectArticles(deps.db).where('a.id', '=', id).where('a.status', '=', 'published').executeTakeFirst();
  if (!row) throw notFound('文章');
  return { ...card(row), body: row.body, updatedAt: row.updated_at.toISOString() };
}
