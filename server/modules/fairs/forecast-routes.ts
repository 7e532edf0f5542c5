import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses } from '../../platform/http/schemas.js';
import { forecastOverview, getForecast, submitForecast } from './forecast-service.js';
import { ForecastInput, ForecastOverview, ForecastQuery, ForecastView, WeekQuery } from './forecast-schema.js';

const tags = ['fairs'];

/** 招聘会周预报: a district's fairs of a week, its report to the city, and the city's overview of who reported. */
export async function forecastRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/fairs/forecast', { schema: { tags, summary: '区县招聘会周预报（默认下周）', querystring: ForecastQuery, response: responses({ 200: ForecastView }) } }, (req) =>
    getForecast(deps, contextFor(req, 'fair.view'), req.query),
  );
  r.post('/api/fairs/forecast', { schema: { tags, summary: '上报招聘会周预报（区县，每周一次）', body: ForecastInput, response: responses({ 200: ForecastView }) } }, (req) =>
    submitForecast(deps, contextFor(req, 'fair.manage'), req.body),
  );
  r.get('/api/fairs/forecast/overview', { schema: { tags, summary: '周预报上报情况（市：各区县；区县：本区县）', querystring: WeekQuery, response: responses({ 200: ForecastOverview }) } }, (req) =>
    forecastOverview(deps, contextFor(req, 'fair.view'), req.query),
  );
}
