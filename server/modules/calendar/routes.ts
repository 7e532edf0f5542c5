import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { DateString, MonthString, Ok, responses } from '../../platform/http/schemas.js';
import { fieldError } from '../../platform/errors.js';
import { computeDeadline, listOverrides, month, removeOverride, setOverride } from './service.js';

const tags = ['calendar'];
const Day = Type.Object({
  date: Type.String(),
  isWorkday: Type.Boolean(),
  name: Type.Union([Type.String(), Type.Null()]),
  weekday: Type.Integer(),
  overridden: Type.Boolean(),
});
const Override = Type.Object({ date: Type.String(), isWorkday: Type.Boolean(), name: Type.Union([Type.String(), Type.Null()]) });

export async function calendarRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/calendar/month',
    {
      schema: {
        tags,
        summary: '月历：工作日、节假日、调休',
        querystring: Type.Object({ month: MonthString }),
        response: responses({ 200: Type.Object({ month: Type.String(), coveredThroughYear: Type.Integer(), days: Type.Array(Day) }) }),
      },
    },
    (req) => {
      contextFor(req, 'calendar.view');
      return month(deps, req.query.month);
    },
  );

  r.get(
    '/api/calendar/deadline',
    {
      schema: {
        tags,
        summary: '期限计算：N 个工作日 / N 个自然日',
        querystring: Type.Object({
          from: Type.Optional(DateString),
          workingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 400 })),
          calendarDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3660 })),
        }),
        response: responses({ 200: Type.Object({ from: Type.String(), due: Type.String(), beyondOfficialCalendar: Type.Boolean() }) }),
      },
    },
    (req) => {
      contextFor(req, 'calendar.view');
      const { from, workingDays, calendarDays } = req.query;
      if ((workingDays === undefined) === (calendarDays === undefined)) throw fieldError('workingDays', '请填写工作日数或自然日数（二选一）');
      return computeDeadline(deps, workingDays !== undefined ? { workingDays } : { calendarDays: calendarDays ?? 0 }, from);
    },
  );

  r.get('/api/calendar/overrides', { schema: { tags, summary: '本地节假日调整', response: responses({ 200: Type.Array(Override) }) } }, (req) => {
    contextFor(req, 'calendar.view');
    return listOverrides(deps);
  });

  r.put(
    '/api/calendar/overrides/:date',
    {
      schema: {
        tags,
        summary: '设置某日为工作日/休息日（录入新一年的放假安排）',
        params: Type.Object({ date: DateString }),
        body: Type.Object({ isWorkday: Type.Boolean(), name: Type.Optional(Type.String({ maxLength: 20 })) }, { additionalProperties: false }),
        response: responses({ 200: Override }),
      },
    },
    (req) => setOverride(deps, contextFor(req, 'code.manage'), req.params.date, req.body),
  );

  r.delete(
    '/api/calendar/overrides/:date',
    { schema: { tags, summary: '删除调整', params: Type.Object({ date: DateString }), response: responses({ 200: Ok }) } },
    async (req) => {
      await removeOverride(deps, contextFor(req, 'code.manage'), req.params.date);
      return { ok: true as const };
    },
  );
}
