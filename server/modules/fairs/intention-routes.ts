import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses } from '../../platform/http/schemas.js';
import { dropIntention, hireIntention, listFairIntentions, listIntentions, recordIntention } from './intention-service.js';
import { DropInput, HireInput, IntentionInput, IntentionItems, IntentionListQuery, IntentionView } from './intention-schema.js';

const tags = ['fairs'];
const IidParams = Type.Object({ iid: Type.Integer({ minimum: 1 }) });

/** 录用意向: recorded at the fair, followed up afterwards into a hire (employment registration) or dropped. */
export async function intentionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/fairs/intentions', { schema: { tags, summary: '录用意向跟踪列表（求职者所在地或主办单位在辖区内）', querystring: IntentionListQuery, response: responses({ 200: Page(IntentionView) }) } }, (req) =>
    listIntentions(deps, contextFor(req, 'fair.view'), req.query),
  );
  r.post('/api/fairs/intentions/:iid/hire', { schema: { tags, summary: '录用：同时办理就业登记（招聘会结束后也可）', params: IidParams, body: HireInput, response: responses({ 200: IntentionView }) } }, (req) =>
    hireIntention(deps, contextFor(req, 'fair.manage'), req.params.iid, req.body.hiredOn),
  );
  r.post('/api/fairs/intentions/:iid/drop', { schema: { tags, summary: '未录用（原因）', params: IidParams, body: DropInput, response: responses({ 200: IntentionView }) } }, (req) =>
    dropIntention(deps, contextFor(req, 'fair.manage'), req.params.iid, req.body.reason),
  );
  r.get('/api/fairs/:id/intentions', { schema: { tags, summary: '本场招聘会的录用意向', params: IdParams, response: responses({ 200: IntentionItems }) } }, (req) =>
    listFairIntentions(deps, contextFor(req, 'fair.view'), req.params.id),
  );
  r.post('/api/fairs/:id/intentions', { schema: { tags, summary: '登记录用意向（求职者与参展单位、岗位）', params: IdParams, body: IntentionInput, response: responses({ 200: IntentionView }) } }, (req) =>
    recordIntention(deps, contextFor(req, 'fair.manage'), req.params.id, req.body),
  );
}
