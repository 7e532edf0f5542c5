import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, PageQuery, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { applyToPosting, referSeeker, withdrawReferral } from './referral-service.js';
import { getReferral, listMyApplications, listPostingReferrals, listReferrals } from './referral-lists.js';
import { answerReferral } from './referral-answer.js';
import { referralLetter } from './referral-letter.js';
import { NOT_HIRED_REASONS } from './referral-rules.js';
import { AnswerInput, ApplicationInput, ReasonList, ReferralInput, ReferralItems, ReferralLetter, ReferralListQuery, ReferralView } from './referral-schema.js';

const tags = ['market'];

/** 职业介绍: staff referrals, citizens' applications on the portal, the employer's answers, the letter. */
export async function referralRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/market/referral-reasons', { schema: { tags, summary: '未录用原因代码', response: responses({ 200: ReasonList }) } }, (req) => {
    contextFor(req, 'referral.view');
    return Object.entries(NOT_HIRED_REASONS).map(([code, name]) => ({ code, name }));
  });
  r.get('/api/market/referrals', { schema: { tags, summary: '职业介绍记录（辖区：求职者或岗位所在地）', querystring: ReferralListQuery, response: responses({ 200: Page(ReferralView) }) } }, (req) =>
    listReferrals(deps, contextFor(req, 'referral.view'), req.query),
  );
  r.get('/api/market/referrals/export', { schema: { tags, summary: '导出职业介绍记录 Excel（与列表相同的筛选）', querystring: ReferralListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'referral.view');
    const { items } = await listReferrals(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, {
      title: '职业介绍记录',
      filter: req.query,
      rows: items,
      columns: [
        { header: '编号', key: 'number', width: 16 },
        { header: '姓名', key: 'personName', width: 10 },
        { header: '公民身份号码', key: 'citizenIdMasked', width: 20 },
        { header: '求职者所在地', key: 'regionName', width: 16 },
        { header: '岗位', key: 'postingTitle', width: 20 },
        { header: '用人单位', key: 'employerName', width: 28 },
        { header: '工作地点', key: 'postingRegionName', width: 16 },
        { header: '方式', key: 'channelName', width: 12 },
        { header: '推荐（应聘）日期', key: 'referredOn', width: 12 },
        { header: '推荐人', key: 'referredByName', width: 10 },
        { header: '结果', key: 'statusName', width: 10 },
        { header: '未录用原因', key: 'reasonName', width: 20 },
        { header: '入职日期', key: 'hiredOn', width: 12 },
        { header: '备注', key: 'note', width: 24 },
      ],
    });
  });
  r.post('/api/market/referrals', { schema: { tags, summary: '推荐求职者到岗位（同时记录岗位推荐服务）', body: ReferralInput, response: responses({ 200: ReferralView }) } }, (req) =>
    referSeeker(deps, contextFor(req, 'referral.manage'), req.body),
  );
  r.get('/api/market/referrals/:id', { schema: { tags, summary: '职业介绍记录详情', params: IdParams, response: responses({ 200: ReferralView }) } }, (req) =>
    getReferral(deps, contextFor(req, 'referral.view'), req.params.id),
  );
  r.get('/api/market/referrals/:id/letter', { schema: { tags, summary: '职业介绍信（打印）', params: IdParams, response: responses({ 200: ReferralLetter }) } }, (req) =>
    referralLetter(deps, contextFor(req, 'referral.view'), req.params.id),
  );
  r.post('/api/market/referrals/:id/answer', { schema: { tags, summary: '反馈结果：面试、录用（办理就业登记）、未录用（原因）、未到', params: IdParams, body: AnswerInput, response: responses({ 200: ReferralView }) } }, (req) =>
    answerReferral(deps, contextFor(req, 'referral.view'), req.params.id, req.body),
  );
  r.post('/api/market/referrals/:id/withdraw', { schema: { tags, summary: '撤回推荐（反馈之前）', params: IdParams, response: responses({ 200: ReferralView }) } }, (req) =>
    withdrawReferral(deps, contextFor(req, 'referral.manage'), req.params.id, 'staff'),
  );
  r.get('/api/market/postings/:id/referrals', { schema: { tags, summary: '岗位的应聘/推荐人员（用人单位：本单位岗位，查看留痕；工作人员：辖区）', params: IdParams, querystring: PageQuery, response: responses({ 200: Page(ReferralView) }) } }, (req) =>
    listPostingReferrals(deps, contextFor(req, 'referral.view'), req.params.id, req.query),
  );
  r.get('/api/market/my/applications', { schema: { tags, summary: '我的应聘（求职者）', response: responses({ 200: ReferralItems }) } }, (req) =>
    listMyApplications(deps, contextFor(req, 'application.manage')),
  );
  r.post('/api/market/my/applications', { schema: { tags, summary: '网上应聘岗位（求职者）', body: ApplicationInput, response: responses({ 200: ReferralView }) } }, (req) =>
    applyToPosting(deps, contextFor(req, 'application.manage'), req.body.postingId),
  );
  r.post('/api/market/my/applications/:id/withdraw', { schema: { tags, summary: '撤回应聘（用人单位反馈之前）', params: IdParams, response: responses({ 200: ReferralView }) } }, (req) =>
    withdrawReferral(deps, contextFor(req, 'application.manage'), req.params.id, 'citizen'),
  );
}
