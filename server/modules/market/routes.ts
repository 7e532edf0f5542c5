import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { changePosting, createPosting, getPosting, listPostings, submitPosting, updatePosting } from './posting-service.js';
import { PostingInput, PostingListQuery, PostingPatch, PostingView, RenewInput } from './posting-schema.js';

const tags = ['market'];

/** The online HR market: job postings with automatic pre-review and staff review. */
export async function marketRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/market/postings', { schema: { tags, summary: '岗位列表（用人单位：本单位；工作人员：辖区）', querystring: PostingListQuery, response: responses({ 200: Page(PostingView) }) } }, (req) =>
    listPostings(deps, contextFor(req, 'posting.view'), req.query),
  );
  r.get('/api/market/postings/export', { schema: { tags, summary: '导出岗位 Excel（与列表相同的筛选）', querystring: PostingListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'posting.view');
    const { items } = await listPostings(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, {
      title: '岗位信息',
      filter: req.query,
      rows: items.map((p) => ({ ...p, wage: `${p.wageMin}–${p.wageMax}`, validity: `${p.validFrom} ~ ${p.validTo}`, flagged: p.findings.map((f) => f.phrase ?? f.message).join('；') })),
      columns: [
        { header: '岗位名称', key: 'title', width: 20 },
        { header: '用人单位', key: 'employerName', width: 28 },
        { header: '职业', key: 'occupationName', width: 20 },
        { header: '职业代码（aca111）', key: 'occupationCode', width: 12 },
        { header: '招聘人数（acb21d）', key: 'vacancies', width: 10 },
        { header: '月薪（元）', key: 'wage', width: 14 },
        { header: '工作地点', key: 'regionName', width: 20 },
        { header: '有效期', key: 'validity', width: 24 },
        { header: '状态', key: 'displayStatusName', width: 10 },
        { header: '预审', key: 'prereviewOutcome', width: 8 },
        { header: '预审提示', key: 'flagged', width: 30 },
      ],
    });
  });
  r.post('/api/market/postings', { schema: { tags, summary: '登记岗位（草稿，自动预审）', body: PostingInput, response: responses({ 200: PostingView }) } }, (req) =>
    createPosting(deps, contextFor(req, 'posting.manage'), req.body),
  );
  r.get('/api/market/postings/:id', { schema: { tags, summary: '岗位详情（含预审结果）', params: IdParams, response: responses({ 200: PostingView }) } }, (req) =>
    getPosting(deps, contextFor(req, 'posting.view'), req.params.id),
  );
  r.patch('/api/market/postings/:id', { schema: { tags, summary: '修改岗位（草稿、退回或不通过时），重新预审', params: IdParams, body: PostingPatch, response: responses({ 200: PostingView }) } }, (req) =>
    updatePosting(deps, contextFor(req, 'posting.manage'), req.params.id, req.body),
  );
  r.post('/api/market/postings/:id/submit', { schema: { tags, summary: '提交审核（预审不通过则拒绝并列出原因）', params: IdParams, response: responses({ 200: PostingView }) } }, (req) =>
    submitPosting(deps, contextFor(req, 'posting.manage'), req.params.id),
  );
  for (const action of ['pause', 'resume', 'fill'] as const) {
    r.post(`/api/market/postings/:id/${action}`, { schema: { tags, summary: { pause: '暂停岗位', resume: '恢复岗位', fill: '标记为已招满' }[action], params: IdParams, response: responses({ 200: PostingView }) } }, (req) =>
      changePosting(deps, contextFor(req, 'posting.manage'), req.params.id, action),
    );
  }
  r.post('/api/market/postings/:id/renew', { schema: { tags, summary: '岗位续期', params: IdParams, body: RenewInput, response: responses({ 200: PostingView }) } }, (req) =>
    changePosting(deps, contextFor(req, 'posting.manage'), req.params.id, 'renew', req.body),
  );
}
