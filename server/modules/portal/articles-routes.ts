import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { changeArticle, createArticle, getArticle, getPublicArticle, listArticles, listPublicArticles, updateArticle } from './articles-service.js';
import { ArticleInput, ArticleListQuery, ArticlePatch, ArticleView, PublicArticle, PublicArticleList, PublicArticleQuery } from './articles-schema.js';

const tags = ['portal'];

/** Information publishing (信息发布): staff write policy, service-guide and notice pages; the portal shows the published ones. */
export async function articleRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/public/articles', { schema: { tags, summary: '门户：已发布的政策、办事指南和通知（新到旧，无需登录）', security: [], querystring: PublicArticleQuery, response: responses({ 200: PublicArticleList }) } }, (req) =>
    listPublicArticles(deps, req.query),
  );
  r.get('/api/public/articles/:id', { schema: { tags, summary: '门户：文章全文（仅已发布）', security: [], params: IdParams, response: responses({ 200: PublicArticle }) } }, (req) =>
    getPublicArticle(deps, req.params.id),
  );
  r.get('/api/portal/articles', { schema: { tags, summary: '信息发布：文章列表（辖区）', querystring: ArticleListQuery, response: responses({ 200: Page(ArticleView) }) } }, (req) =>
    listArticles(deps, contextFor(req, 'article.manage'), req.query),
  );
  r.get('/api/portal/articles/export', { schema: { tags, summary: '导出文章列表 Excel（与列表相同的筛选）', querystring: ArticleListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'article.manage');
    const { items } = await listArticles(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, {
      title: '信息发布',
      filter: req.query,
      rows: items.map((a) => ({ ...a, length: Array.from(a.body).length })),
      columns: [
        { header: '标题', key: 'title', width: 40 },
        { header: '栏目', key: 'kindName', width: 12 },
        { header: '发布范围', key: 'regionName', width: 20 },
        { header: '状态', key: 'statusName', width: 10 },
        { header: '发布时间', key: 'publishedAt', width: 22 },
        { header: '字数', key: 'length', width: 8 },
        { header: '撰写人', key: 'createdBy', width: 14 },
        { header: '最后修改', key: 'updatedAt', width: 22 },
      ],
    });
  });
  r.post('/api/portal/articles', { schema: { tags, summary: '撰写文章（草稿）', body: ArticleInput, response: responses({ 200: ArticleView }) } }, (req) =>
    createArticle(deps, contextFor(req, 'article.manage'), req.body),
  );
  r.get('/api/portal/articles/:id', { schema: { tags, summary: '文章详情', params: IdParams, response: responses({ 200: ArticleView }) } }, (req) =>
    getArticle(deps, contextFor(req, 'article.manage'), req.params.id),
  );
  r.patch('/api/portal/articles/:id', { schema: { tags, summary: '修改文章（已发布的文章修改后立即生效）', params: IdParams, body: ArticlePatch, response: responses({ 200: ArticleView }) } }, (req) =>
    updateArticle(deps, contextFor(req, 'article.manage'), req.params.id, req.body),
  );
  r.post('/api/portal/articles/:id/publish', { schema: { tags, summary: '发布到门户', params: IdParams, response: responses({ 200: ArticleView }) } }, (req) =>
    changeArticle(deps, contextFor(req, 'article.manage'), req.params.id, 'publish'),
  );
  r.post('/api/portal/articles/:id/withdraw', { schema: { tags, summary: '从门户撤回', params: IdParams, response: responses({ 200: ArticleView }) } }, (req) =>
    changeArticle(deps, contextFor(req, 'article.manage'), req.params.id, 'withdraw'),
  );
}
