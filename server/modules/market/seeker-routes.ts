import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { changeSeeker, listSeekers, registerSeeker, updateSeeker, viewSeeker } from './seeker-service.js';
import { mySeeker, registerSeekerOnPortal, renewMySeeker, updateMySeeker } from './seeker-portal.js';
import { myRecommendations, postingCandidates, seekerRecommendations } from './match-service.js';
import { PortalSeekerInput, PortalSeekerResult, SeekerInput, SeekerListQuery, SeekerPatch, SeekerRenewInput, SeekerView } from './seeker-schema.js';
import { Candidates, CandidatesQuery, Recommendations, RecommendationsQuery } from './match-schema.js';

const tags = ['market'];
const STATUS_NAMES: Record<string, string> = { active: '有效', expired: '已过期', closed: '已注销' };
const WORK_TYPES: Record<string, string> = { full_time: '全职', part_time: '兼职', temporary: '临时', internship: '实习', any: '不限' };

/** Job seekers (求职登记) and person-job matching (人岗匹配). */
export async function seekerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/market/seekers', { schema: { tags, summary: '求职登记列表（辖区内，身份证号和电话脱敏）', querystring: SeekerListQuery, response: responses({ 200: Page(SeekerView) }) } }, (req) =>
    listSeekers(deps, contextFor(req, 'seeker.view'), req.query),
  );
  r.get('/api/market/seekers/export', { schema: { tags, summary: '导出求职登记 Excel（与列表相同的筛选）', querystring: SeekerListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'seeker.view');
    const { items } = await listSeekers(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    const names = (refs: { name: string }[]) => refs.map((x) => x.name).join('、');
    return exportXlsx(reply, deps, ctx, {
      title: '求职登记',
      filter: req.query,
      rows: items.map((s) => ({
        ...s,
        sexName: s.sex === 1 ? '男' : '女',
        occupations: names(s.desiredOccupations),
        industries: names(s.desiredIndustries),
        regions: names(s.desiredRegions),
        categoryNames: names(s.categories),
        workTypeName: WORK_TYPES[s.workType] ?? s.workType,
        statusName: STATUS_NAMES[s.displayStatus] ?? s.displayStatus,
        validity: `${s.validFrom} ~ ${s.validTo}`,
      })),
      columns: [
        { header: '姓名', key: 'name', width: 10 },
        { header: '公民身份号码', key: 'citizenIdMasked', width: 20 },
        { header: '性别', key: 'sexName', width: 6 },
        { header: '年龄', key: 'age', width: 6 },
        { header: '居住社区', key: 'regionName', width: 18 },
        { header: '期望职业', key: 'occupations', width: 24 },
        { header: '期望行业', key: 'industries', width: 20 },
        { header: '期望工作地区', key: 'regions', width: 20 },
        { header: '期望月薪（元）', key: 'wageExpected', width: 10 },
        { header: '工作性质', key: 'workTypeName', width: 8 },
        { header: '学历', key: 'educationName', width: 12 },
        { header: '人员类别', key: 'categoryNames', width: 20 },
        { header: '有效期', key: 'validity', width: 24 },
        { header: '状态', key: 'statusName', width: 8 },
        { header: '同意向用人单位公开', key: 'consentShare', width: 8 },
      ],
    });
  });
  r.post('/api/market/seekers', { schema: { tags, summary: '求职登记（按身份证号关联实名登记人员）', body: SeekerInput, response: responses({ 200: SeekerView }) } }, (req) =>
    registerSeeker(deps, contextFor(req, 'seeker.manage'), req.body),
  );
  r.get('/api/market/seekers/:id', { schema: { tags, summary: '求职登记详情（记录查看审计）', params: IdParams, response: responses({ 200: SeekerView }) } }, (req) =>
    viewSeeker(deps, contextFor(req, 'seeker.view'), req.params.id),
  );
  r.patch('/api/market/seekers/:id', { schema: { tags, summary: '修改求职登记', params: IdParams, body: SeekerPatch, response: responses({ 200: SeekerView }) } }, (req) =>
    updateSeeker(deps, contextFor(req, 'seeker.manage'), req.params.id, req.body),
  );
  r.post('/api/market/seekers/:id/close', { schema: { tags, summary: '注销求职登记', params: IdParams, response: responses({ 200: SeekerView }) } }, (req) =>
    changeSeeker(deps, contextFor(req, 'seeker.manage'), req.params.id, 'close'),
  );
  r.post('/api/market/seekers/:id/renew', { schema: { tags, summary: '求职登记续期（自今日起）', params: IdParams, body: SeekerRenewInput, response: responses({ 200: SeekerView }) } }, (req) =>
    changeSeeker(deps, contextFor(req, 'seeker.manage'), req.params.id, 'renew', req.body),
  );
  r.get('/api/market/seekers/:id/recommendations', { schema: { tags, summary: '为求职者推荐岗位（可解释的匹配分）', params: IdParams, querystring: RecommendationsQuery, response: responses({ 200: Recommendations }) } }, (req) =>
    seekerRecommendations(deps, contextFor(req, 'seeker.view'), req.params.id, req.query.limit),
  );
  r.get('/api/market/postings/:id/candidates', { schema: { tags, summary: '岗位的匹配求职者（重点帮扶对象优先列出，分数不变）', params: IdParams, querystring: CandidatesQuery, response: responses({ 200: Candidates }) } }, (req) =>
    postingCandidates(deps, contextFor(req, 'posting.view'), req.params.id, req.query.limit),
  );
  r.post(
    '/api/public/seekers/register',
    {
      schema: { tags, summary: '求职者门户注册（账号、实名人员、求职登记）；已登记人员须姓名和登记手机号一致', body: PortalSeekerInput, response: responses({ 200: PortalSeekerResult }) },
      config: { rateLimit: { max: deps.config.registerRateLimit, timeWindow: '1 minute' } },
    },
    (req) => registerSeekerOnPortal(deps, req.body, req.ip),
  );
  r.get('/api/market/my/seeker', { schema: { tags, summary: '我的求职登记', response: responses({ 200: SeekerView }) } }, (req) => mySeeker(deps, contextFor(req, 'seeker.view')));
  r.patch('/api/market/my/seeker', { schema: { tags, summary: '修改我的求职登记', body: SeekerPatch, response: responses({ 200: SeekerView }) } }, (req) =>
    updateMySeeker(deps, contextFor(req, 'seeker.manage'), req.body),
  );
  r.post('/api/market/my/seeker/renew', { schema: { tags, summary: '我的求职登记续期', response: responses({ 200: SeekerView }) } }, (req) => renewMySeeker(deps, contextFor(req, 'seeker.manage')));
  r.get('/api/market/my/recommendations', { schema: { tags, summary: '为我推荐的岗位', querystring: RecommendationsQuery, response: responses({ 200: Recommendations }) } }, (req) =>
    myRecommendations(deps, contextFor(req, 'seeker.view'), req.query.limit),
  );
}
