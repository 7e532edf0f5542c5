import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, responses } from '../../platform/http/schemas.js';
import { employerApply, listParticipations, myParticipations, staffApply } from './participation-service.js';
import { decideParticipation } from './participation-decide.js';
import { getProgramme } from './participation-programme.js';
import { EmployerPostingList, EmployerPostingsQuery, employerPostingsForFair } from './participation-postings.js';
import { ApplyInput, BoothInput, MyParticipationList, ParticipationList, ParticipationStatusQuery, ParticipationView, PidParams, Programme, ReasonInput, StaffApplyInput } from './participation-schema.js';

const tags = ['fairs'];

/** 参会报名与展位: employers apply (portal) or staff enter them, staff approve with a booth, the programme. */
export async function participationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/fairs/my/participations', { schema: { tags, summary: '本单位的参会报名（用人单位）', response: responses({ 200: MyParticipationList }) } }, (req) =>
    myParticipations(deps, contextFor(req, 'fair.apply')),
  );
  r.get('/api/fairs/:id/participations', { schema: { tags, summary: '招聘会的参会单位与报名', params: IdParams, querystring: ParticipationStatusQuery, response: responses({ 200: ParticipationList }) } }, (req) =>
    listParticipations(deps, contextFor(req, 'fair.view'), req.params.id, req.query.status),
  );
  r.get('/api/fairs/:id/employer-postings', { schema: { tags, summary: '代报参会时可选的用人单位已发布岗位（含是否在招聘会当日有效）', params: IdParams, querystring: EmployerPostingsQuery, response: responses({ 200: EmployerPostingList }) } }, (req) =>
    employerPostingsForFair(deps, contextFor(req, 'fair.manage'), req.params.id, req.query.employerId),
  );
  r.post('/api/fairs/:id/participations', { schema: { tags, summary: '工作人员代用人单位报名参会', params: IdParams, body: StaffApplyInput, response: responses({ 200: ParticipationView }) } }, (req) =>
    staffApply(deps, contextFor(req, 'fair.manage'), req.params.id, req.body),
  );
  r.post('/api/fairs/:id/apply', { schema: { tags, summary: '用人单位报名参会（带已审核发布的岗位）', params: IdParams, body: ApplyInput, response: responses({ 200: ParticipationView }) } }, (req) =>
    employerApply(deps, contextFor(req, 'fair.apply'), req.params.id, req.body),
  );
  r.get('/api/fairs/:id/programme', { schema: { tags, summary: '招聘会会刊与展位图（已批准的单位及岗位）', params: IdParams, response: responses({ 200: Programme }) } }, (req) =>
    getProgramme(deps, contextFor(req, 'fair.view'), req.params.id),
  );
  r.post('/api/fairs/participations/:pid/approve', { schema: { tags, summary: '批准报名并分配展位', params: PidParams, body: BoothInput, response: responses({ 200: ParticipationView }) } }, (req) =>
    decideParticipation(deps, contextFor(req, 'fair.manage'), req.params.pid, { action: 'approve', boothNo: req.body.boothNo }),
  );
  r.post('/api/fairs/participations/:pid/reject', { schema: { tags, summary: '不批准报名（填写原因）', params: PidParams, body: ReasonInput, response: responses({ 200: ParticipationView }) } }, (req) =>
    decideParticipation(deps, contextFor(req, 'fair.manage'), req.params.pid, { action: 'reject', reason: req.body.reason }),
  );
  r.post('/api/fairs/participations/:pid/booth', { schema: { tags, summary: '调整展位', params: PidParams, body: BoothInput, response: responses({ 200: ParticipationView }) } }, (req) =>
    decideParticipation(deps, contextFor(req, 'fair.manage'), req.params.pid, { action: 'booth', boothNo: req.body.boothNo }),
  );
  r.post('/api/fairs/participations/:pid/absent', { schema: { tags, summary: '标记缺席（举办当天或之后）', params: PidParams, response: responses({ 200: ParticipationView }) } }, (req) =>
    decideParticipation(deps, contextFor(req, 'fair.manage'), req.params.pid, { action: 'absent' }),
  );
  r.post('/api/fairs/participations/:pid/withdraw', { schema: { tags, summary: '撤回报名（用人单位本单位的，或工作人员）', params: PidParams, response: responses({ 200: ParticipationView }) } }, (req) =>
    decideParticipation(deps, contextFor(req), req.params.pid, { action: 'withdraw' }),
  );
}
