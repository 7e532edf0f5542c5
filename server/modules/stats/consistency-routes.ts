import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses } from '../../platform/http/schemas.js';
import { PeriodQuery } from './period.js';
import { ConsistencyResult } from './consistency-schema.js';
import { consistencyCheck } from './consistency-service.js';

/** 数据核对: every figure of the indicators and the supply-demand analysis recomputed from the live ledger. */
export async function consistencyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/stats/consistency', {
    schema: { tags: ['stats'], summary: '数据核对：报表中的每个数字与按台账独立重算的结果比较（差异为 0 即一致）', querystring: PeriodQuery, response: responses({ 200: ConsistencyResult }) },
  }, (req) => consistencyCheck(deps, contextFor(req, 'stats.view'), req.query));
}
