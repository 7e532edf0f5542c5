import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { CAMPAIGN_KINDS, FAIR_KINDS, FAIR_STATUSES, FAIR_TARGET_GROUPS, INTENTION_STATUSES, PARTICIPATION_STATUSES, SLOT_OUTCOMES } from './codes.js';
import { changeFairStatus, createFair, fairCalendar, getFair, listFairs, updateFair } from './fair-service.js';
import { CalendarQuery, CancelInput, FairCodes, FairInput, FairItems, FairListQuery, FairSummary, FairUpdate, FairView } from './fair-schema.js';

const tags = ['fairs'];
const list = (codes: Record<string, string>) => Object.entries(codes).map(([code, name]) => ({ code, name }));

/** 招聘会: the codes, the staff list, export and calendar, planning (with recurrence), editing and the status changes. */
export async function fairRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/fairs/codes', { schema: { tags, summary: '招聘会代码：类型、专项活动类型、服务对象、各种状态', response: responses({ 200: FairCodes }) } }, (req) => {
    contextFor(req);
    return {
      kinds: list(FAIR_KINDS),
      campaignKinds: list(CAMPAIGN_KINDS),
      targetGroups: list(FAIR_TARGET_GROUPS),
      statuses: list(FAIR_STATUSES),
      participationStatuses: list(PARTICIPATION_STATUSES),
      intentionStatuses: list(INTENTION_STATUSES),
      slotOutcomes: list(SLOT_OUTCOMES),
    };
  });
  r.get('/api/fairs', { schema: { tags, summary: '招聘会列表（主办单位在辖区内或为上级单位）', querystring: FairListQuery, response: responses({ 200: Page(FairSummary) }) } }, (req) =>
    listFairs(deps, contextFor(req, 'fair.view'), req.query),
  );
  r.get('/api/fairs/export', { schema: { tags, summary: '导出招聘会列表 Excel（与列表相同的筛选）', querystring: FairListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'fair.view');
    const { items } = await listFairs(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    const rows = items.map((f) => ({
      ...f,
      time: `${f.startsAt}-${f.endsAt}`,
      groups: f.targetGroups.map((g) => FAIR_TARGET_GROUPS[g as keyof typeof FAIR_TARGET_GROUPS] ?? g).join('、'),
    }));
    return exportXlsx(reply, deps, ctx, {
      title: '招聘会',
      filter: req.query,
      rows,
      columns: [
        { header: '编号', key: 'id', width: 8 },
        { header: '名称', key: 'name', width: 30 },
        { header: '类型', key: 'kindName', width: 20 },
        { header: '状态', key: 'statusName', width: 10 },
        { header: '主办单位', key: 'regionName', width: 16 },
        { header: '举办日期', key: 'heldOn', width: 12 },
        { header: '时间', key: 'time', width: 12 },
        { header: '地点', key: 'venue', width: 24 },
        { header: '展位数', key: 'boothCapacity', width: 8 },
        { header: '服务对象', key: 'groups', width: 24 },
        { header: '专项活动', key: 'campaignName', width: 20 },
        { header: '参会单位', key: 'employers', width: 10 },
        { header: '待审核报名', key: 'applications', width: 10 },
        { header: '入场人数', key: 'checkins', width: 10 },
        { header: '录用意向', key: 'intentions', width: 10 },
      ],
    });
  });
  r.get('/api/fairs/calendar', { schema: { tags, summary: '招聘会日历（最多 92 天）', querystring: CalendarQuery, response: responses({ 200: FairItems.properties.items }) } }, (req) =>
    fairCalendar(deps, contextFor(req, 'fair.view'), req.query),
  );
  r.post('/api/fairs', { schema: { tags, summary: '计划招聘会（可按周、双周、月重复，生成一个系列）', body: FairInput, response: responses({ 200: FairItems }) } }, (req) =>
    createFair(deps, contextFor(req, 'fair.manage'), req.body),
  );
  r.get('/api/fairs/:id', { schema: { tags, summary: '招聘会详情', params: IdParams, response: responses({ 200: FairView }) } }, (req) =>
    getFair(deps, contextFor(req, 'fair.view'), req.params.id),
  );
  r.put('/api/fairs/:id', { schema: { tags, summary: '修改招聘会（已结束、已取消的不能修改）', params: IdParams, body: FairUpdate, response: responses({ 200: FairView }) } }, (req) =>
    updateFair(deps, contextFor(req, 'fair.manage'), req.params.id, req.body),
  );
  r.post('/api/fairs/:id/publish', { schema: { tags, summary: '发布招聘会（门户可见，开始接受报名）', params: IdParams, response: responses({ 200: FairView }) } }, (req) =>
    changeFairStatus(deps, contextFor(req, 'fair.manage'), req.params.id, 'publish'),
  );
  r.post('/api/fairs/:id/close', { schema: { tags, summary: '结束招聘会（举办当天或之后；数字定稿）', params: IdParams, response: responses({ 200: FairView }) } }, (req) =>
    changeFairStatus(deps, contextFor(req, 'fair.manage'), req.params.id, 'close'),
  );
  r.post('/api/fairs/:id/cancel', { schema: { tags, summary: '取消招聘会（填写原因）', params: IdParams, body: CancelInput, response: responses({ 200: FairView }) } }, (req) =>
    changeFairStatus(deps, contextFor(req, 'fair.manage'), req.params.id, 'cancel', req.body.reason),
  );
}
