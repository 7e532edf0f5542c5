import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, responses } from '../../platform/http/schemas.js';
import { bookSlot, cancelSlot, createSlots, listSlots, recordOutcome } from './slot-service.js';
import { OutcomeInput, PidParams, SidParams, SlotInput, SlotItems, SlotView } from './slot-schema.js';

const tags = ['fairs'];

/** 远程面试: interview slots of online fairs — offered by booths, booked by citizens, outcomes recorded like intentions. */
export async function slotRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post('/api/fairs/participations/:pid/slots', { schema: { tags, summary: '设置远程面试时段（工作人员或参展单位）', params: PidParams, body: SlotInput, response: responses({ 200: SlotItems }) } }, (req) =>
    createSlots(deps, contextFor(req), req.params.pid, req.body),
  );
  r.post('/api/fairs/slots/:sid/book', { schema: { tags, summary: '预约面试时段（求职者；即为网上入场）', params: SidParams, response: responses({ 200: SlotView }) } }, (req) =>
    bookSlot(deps, contextFor(req, 'fair.book'), req.params.sid),
  );
  r.post('/api/fairs/slots/:sid/cancel', { schema: { tags, summary: '取消预约（求职者，面试开始前）', params: SidParams, response: responses({ 200: SlotView }) } }, (req) =>
    cancelSlot(deps, contextFor(req, 'fair.book'), req.params.sid),
  );
  r.post('/api/fairs/slots/:sid/outcome', { schema: { tags, summary: '记录面试结果（达成录用意向即登记意向）', params: SidParams, body: OutcomeInput, response: responses({ 200: SlotView }) } }, (req) =>
    recordOutcome(deps, contextFor(req), req.params.sid, req.body.outcome),
  );
  r.get('/api/fairs/:id/slots', { schema: { tags, summary: '网络招聘会面试时段（工作人员：全部；单位：本单位；求职者：可预约及本人预约）', params: IdParams, response: responses({ 200: SlotItems }) } }, (req) =>
    listSlots(deps, contextFor(req), req.params.id),
  );
}
