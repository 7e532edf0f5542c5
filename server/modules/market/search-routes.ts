import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, responses } from '../../platform/http/schemas.js';
import { getPublicPosting, searchPostings, searchPublicPostings, suggestOccupation } from './search-service.js';
import { OccupationSuggestion, OccupationSuggestQuery, PostingPublic, PostingSearchQuery, PostingSearchResult } from './search-schema.js';
import { SEARCH_CACHE_TTL_MS } from './search-cache.js';

const tags = ['market'];

/** What reply.serialize returns, as bytes to cache and send. */
function bytesOf(out: string | ArrayBuffer | Buffer): Buffer {
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.isBuffer(out) ? out : Buffer.from(out);
}

/** Job search on the public portal (no login) and for staff, plus the occupation typeahead. */
export async function searchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/public/postings',
    { schema: { tags, summary: '门户：岗位搜索（中文分词全文检索、筛选、分面、游标翻页，无需登录）', security: [], querystring: PostingSearchQuery, response: responses({ 200: PostingSearchResult }) } },
    async (req, reply) => {
      // The body is serialised by this route's response schema (reply.serialize), then cached as bytes.
      const { body, source } = await searchPublicPostings(deps, req.query, (result) => bytesOf(reply.serialize(result)));
      // Reported as it was: 'hit' only for an answer taken from the cache ('joined' waited for the same search running).
      void reply.header('x-search-cache', source).header('cache-control', `public, max-age=${SEARCH_CACHE_TTL_MS / 1000}`).type('application/json; charset=utf-8');
      // The typed reply accepts only the result object; the bytes are that object already serialised.
      const raw: FastifyReply = reply;
      return raw.send(body);
    },
  );
  r.get('/api/public/postings/:id', { schema: { tags, summary: '门户：岗位详情（仅有效岗位，联系电话脱敏）', security: [], params: IdParams, response: responses({ 200: PostingPublic }) } }, (req) =>
    getPublicPosting(deps, req.params.id),
  );
  r.get(
    '/api/public/occupations/suggest',
    { schema: { tags, summary: '门户：职业名称联想（名称包含或拼音首字母）', security: [], querystring: OccupationSuggestQuery, response: responses({ 200: Type.Array(OccupationSuggestion) }) } },
    (req) => suggestOccupation(deps, req.query.q),
  );
  r.get('/api/market/postings/search', { schema: { tags, summary: '岗位搜索（工作人员，有效岗位，与门户相同的结果）', querystring: PostingSearchQuery, response: responses({ 200: PostingSearchResult }) } }, async (req) => {
    contextFor(req, 'posting.view');
    return searchPostings(deps, req.query);
  });
}
