import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { MonthString, responses } from '../../platform/http/schemas.js';
import { refreshSnapshotsFor } from './snapshot-service.js';

const RefreshBody = Type.Object({
  months: Type.Optional(Type.Array(MonthString, { maxItems: 120, description: 'Finished months to recompute (YYYY-MM, within the 36 kept); default: every kept month' })),
});
const RefreshResult = Type.Object({ regionCode: Type.String(), months: Type.Array(Type.String()), rows: Type.Integer(), ms: Type.Integer() });

/** The operator's "refresh now" of the indicator snapshot (the nightly job does the same). */
export async function snapshotRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post('/api/stats/snapshots/refresh', {
    schema: { tags: ['stats'], summary: '刷新本单位及下级单位的指标月度快照（夜间任务亦自动刷新）', body: RefreshBody, response: responses({ 200: RefreshResult }) },
  }, (req) => refreshSnapshotsFor(deps, contextFor(req, 'report.manage'), req.body.months));
}
