import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses } from '../../platform/http/schemas.js';
import { dashboard } from './dashboard-service.js';
import { Dashboard, DashboardQuery } from './dashboard-schema.js';

const tags = ['stats'];

/** 领导驾驶舱: one request for the whole first paint, from the materialised copy when fresh. */
export async function dashboardRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/stats/dashboard',
    {
      schema: {
        tags,
        summary: '领导驾驶舱：本月与年初至今主要指标及12个月走势、本季度分职业大类求人倍率、下级单位对比、逾期预警',
        description: 'Served from the materialised copy of the unit while younger than DASHBOARD_MAX_AGE_SECONDS (cached, ageSeconds); refresh=true recomputes and stores it.',
        querystring: DashboardQuery,
        response: responses({ 200: Dashboard }),
      },
    },
    (req) => dashboard(deps, contextFor(req, 'stats.view'), req.query),
  );
}
