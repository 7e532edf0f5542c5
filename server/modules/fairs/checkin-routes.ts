import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { FAIR_TARGET_GROUPS } from './codes.js';
import { checkIn, listCheckins } from './checkin-service.js';
import { CheckinInput, CheckinListQuery, CheckinView } from './checkin-schema.js';

const tags = ['fairs'];
const VIA = { id_number: '身份证', qr_code: '二维码', online: '网上预约' } as const;

/** 入场签到: check-in by ID number or QR code on the fair day, the list and its export. */
export async function checkinRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post('/api/fairs/:id/checkins', { schema: { tags, summary: '求职者入场签到（身份证号或求职登记二维码；未登记人员现场登记）', params: IdParams, body: CheckinInput, response: responses({ 200: CheckinView }) } }, (req) =>
    checkIn(deps, contextFor(req, 'fair.manage'), req.params.id, req.body),
  );
  r.get('/api/fairs/:id/checkins', { schema: { tags, summary: '入场签到名单（身份证号脱敏）', params: IdParams, querystring: CheckinListQuery, response: responses({ 200: Page(CheckinView) }) } }, (req) =>
    listCheckins(deps, contextFor(req, 'fair.view'), req.params.id, req.query),
  );
  r.get('/api/fairs/:id/checkins/export', { schema: { tags, summary: '导出入场签到名单 Excel', params: IdParams, querystring: CheckinListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'fair.view');
    const { items } = await listCheckins(deps, ctx, req.params.id, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    const rows = items.map((c) => ({
      ...c,
      sexName: c.sex === 2 ? '女' : '男',
      viaName: VIA[c.via],
      groupNames: c.groups.map((g) => FAIR_TARGET_GROUPS[g as keyof typeof FAIR_TARGET_GROUPS] ?? g).join('、'),
      checkedInAt: new Date(c.checkedInAt),
    }));
    return exportXlsx(reply, deps, ctx, {
      title: '招聘会入场签到',
      filter: { fairId: req.params.id, ...req.query },
      rows,
      columns: [
        { header: '签到时间', key: 'checkedInAt', width: 20 },
        { header: '姓名', key: 'name', width: 10 },
        { header: '公民身份号码', key: 'citizenIdMasked', width: 20 },
        { header: '性别', key: 'sexName', width: 6 },
        { header: '年龄', key: 'age', width: 6 },
        { header: '居住地', key: 'regionName', width: 16 },
        { header: '签到方式', key: 'viaName', width: 10 },
        { header: '现场登记', key: 'registeredOnSpot', width: 10 },
        { header: '下岗失业人员', key: 'unemployed', width: 12 },
        { header: '人员类别', key: 'groupNames', width: 30 },
        { header: '录用意向', key: 'intentions', width: 10 },
      ],
    });
  });
}
