import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses } from '../../platform/http/schemas.js';
import { City, CodeParams, LevelCount, LoadCityBody, LoadCityResult, OrgUnit, SearchQuery } from './schema.js';
import { cities, getUnit, listChildren, loadCity, search, summary } from './service.js';

const tags = ['org'];

export async function orgRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/org/units/:code', { schema: { tags, summary: '单位详情', params: CodeParams, response: responses({ 200: OrgUnit }) } }, (req) =>
    getUnit(deps, contextFor(req, 'org.view'), req.params.code),
  );
  r.get(
    '/api/org/units/:code/children',
    { schema: { tags, summary: '下级单位', params: CodeParams, response: responses({ 200: Type.Array(OrgUnit) }) } },
    (req) => listChildren(deps, contextFor(req, 'org.view'), req.params.code),
  );
  r.get('/api/org/search', { schema: { tags, summary: '按名称查找单位', querystring: SearchQuery, response: responses({ 200: Type.Array(OrgUnit) }) } }, (req) =>
    search(deps, contextFor(req, 'org.view'), req.query),
  );
  r.get(
    '/api/org/summary',
    { schema: { tags, summary: '各级单位数量', querystring: Type.Object({ root: Type.Optional(CodeParams.properties.code) }), response: responses({ 200: Type.Array(LevelCount) }) } },
    (req) => summary(deps, contextFor(req, 'org.view'), req.query.root),
  );
  r.get('/api/org/cities', { schema: { tags, summary: '可导入的城市', response: responses({ 200: Type.Array(City) }) } }, (req) => {
    contextFor(req, 'org.manage');
    return cities(deps);
  });
  r.post(
    '/api/org/load-city',
    { schema: { tags, summary: '导入一个城市的五级行政区划', body: LoadCityBody, response: responses({ 200: LoadCityResult }) } },
    (req) => loadCity(deps, contextFor(req, 'org.manage'), req.body.cityCode),
  );
}
