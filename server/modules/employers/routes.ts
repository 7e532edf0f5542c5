import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { EmployerInput, EmployerListQuery, EmployerPatch, EmployerView, MembershipInput } from './schema.js';
import { createEmployer, getEmployer, listEmployers, submitEmployer, updateEmployer } from './service.js';
import { PortalRegistrationInput, PortalRegistrationResult, PublicEmployerView } from './portal-schema.js';
import { getMyEmployer, registerEmployerOnPortal, resubmitMyEmployer, updateMyEmployer } from './employer-portal.js';
import { getPublicEmployer } from './employer-public.js';
import { endMembership, setMembership } from './membership.js';
import { CreditEventInput, CreditEventQuery, CreditEventView } from './credit-schema.js';
import { listCreditEvents, recordCreditEvent } from './credit-events.js';

/** The portal registration form is small: anything bigger is refused before it is parsed. */
const REGISTRATION_BODY_LIMIT = 16 * 1024;

const tags = ['employers'];

export async function employerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/employers', { schema: { tags, summary: '用人单位列表', querystring: EmployerListQuery, response: responses({ 200: Page(EmployerView) }) } }, (req) =>
    listEmployers(deps, contextFor(req, 'employer.view'), req.query),
  );
  r.get('/api/employers/export', { schema: { tags, summary: '导出用人单位 Excel', querystring: EmployerListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'employer.view');
    const { items } = await listEmployers(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: '用人单位', filter: req.query, rows: items, columns: [
      { header: '统一社会信用代码', key: 'creditCode', width: 22 },
      { header: '单位名称', key: 'name', width: 32 },
      { header: '所在地区', key: 'regionName', width: 18 },
      { header: '地址', key: 'address', width: 30 },
      { header: '联系人', key: 'contactName', width: 10 },
      { header: '联系电话', key: 'contactPhone', width: 14 },
      { header: '单位规模', key: 'sizeBand', width: 10 },
      { header: '登记注册类型', key: 'ownershipType', width: 12 },
      { header: '会员单位', key: 'member', width: 10 },
      { header: '会员截止', key: 'memberUntil', width: 12 },
      { header: '来源', key: 'source', width: 8 },
      { header: '状态', key: 'status', width: 10 },
      { header: '登记时间', key: 'createdAt', width: 22 },
    ] });
  });
  r.get('/api/employers/:id', { schema: { tags, summary: '用人单位详情', params: IdParams, response: responses({ 200: EmployerView }) } }, (req) =>
    getEmployer(deps, contextFor(req), req.params.id),
  );
  r.post('/api/employers', { schema: { tags, summary: '登记用人单位', body: EmployerInput, response: responses({ 200: EmployerView }) } }, (req) =>
    createEmployer(deps, contextFor(req, 'employer.manage'), req.body),
  );
  r.patch('/api/employers/:id', { schema: { tags, summary: '修改用人单位', params: IdParams, body: EmployerPatch, response: responses({ 200: EmployerView }) } }, (req) =>
    updateEmployer(deps, contextFor(req), req.params.id, req.body),
  );
  r.post('/api/employers/:id/submit', { schema: { tags, summary: '提交审核', params: IdParams, response: responses({ 200: EmployerView }) } }, (req) =>
    submitEmployer(deps, contextFor(req), req.params.id),
  );

  r.post('/api/employers/:id/membership', { schema: { tags, summary: '设置会员单位期限（已通过审核的单位）', params: IdParams, body: MembershipInput, response: responses({ 200: EmployerView }) } }, (req) =>
    setMembership(deps, contextFor(req, 'employer.manage'), req.params.id, req.body),
  );
  r.delete('/api/employers/:id/membership', { schema: { tags, summary: '终止会员资格（自今日起不再是会员单位）', params: IdParams, response: responses({ 200: EmployerView }) } }, (req) =>
    endMembership(deps, contextFor(req, 'employer.manage'), req.params.id),
  );
  r.get('/api/employers/:id/credit-events', { schema: { tags, summary: '用人单位信用记录', params: IdParams, querystring: CreditEventQuery, response: responses({ 200: Page(CreditEventView) }) } }, (req) =>
    listCreditEvents(deps, contextFor(req, 'employer.view'), req.params.id, req.query),
  );
  r.get('/api/employers/:id/credit-events/export', { schema: { tags, summary: '导出信用记录 Excel', params: IdParams, querystring: CreditEventQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'employer.view');
    const { items } = await listCreditEvents(deps, ctx, req.params.id, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, { title: '用人单位信用记录', filter: { employerId: req.params.id, ...req.query }, rows: items, columns: [
      { header: '发生日期', key: 'occurredOn', width: 12 },
      { header: '事项类型', key: 'kindName', width: 14 },
      { header: '事项说明', key: 'summary', width: 50 },
      { header: '相关岗位', key: 'postingTitle', width: 20 },
      { header: '记录人', key: 'recordedBy', width: 12 },
      { header: '记录时间', key: 'createdAt', width: 22 },
    ] });
  });
  r.post('/api/employers/:id/credit-events', { schema: { tags, summary: '记录信用事项（只增不改）', params: IdParams, body: CreditEventInput, response: responses({ 200: CreditEventView }) } }, (req) =>
    recordCreditEvent(deps, contextFor(req, 'employer.manage'), req.params.id, req.body),
  );

  r.post(
    '/api/public/employers/register',
    {
      bodyLimit: REGISTRATION_BODY_LIMIT,
      schema: { tags, summary: '用人单位网上注册（无需登录）：单位、账号，并提交街道初审', body: PortalRegistrationInput, response: responses({ 200: PortalRegistrationResult }) },
      config: { rateLimit: { max: deps.config.registerRateLimit, timeWindow: '1 minute' } },
    },
    (req) => registerEmployerOnPortal(deps, req.ip, req.body),
  );
  r.get('/api/public/employers/:id', { schema: { tags, summary: '用人单位公开页（仅已通过审核的单位）', params: IdParams, response: responses({ 200: PublicEmployerView }) } }, (req) =>
    getPublicEmployer(deps, req.params.id),
  );

  r.get('/api/market/my/employer', { schema: { tags, summary: '本单位信息（用人单位账号）：审核状态、退回原因、信用概况', response: responses({ 200: EmployerView }) } }, (req) =>
    getMyEmployer(deps, contextFor(req)),
  );
  r.patch('/api/market/my/employer', { schema: { tags, summary: '修改本单位信息（草稿、退回或不通过时）', body: EmployerPatch, response: responses({ 200: EmployerView }) } }, (req) =>
    updateMyEmployer(deps, contextFor(req), req.body),
  );
  r.post('/api/market/my/employer/submit', { schema: { tags, summary: '本单位修改后重新提交审核', response: responses({ 200: EmployerView }) } }, (req) =>
    resubmitMyEmployer(deps, contextFor(req)),
  );
}
