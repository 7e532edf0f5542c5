import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { searchSeekers, searchSeekersForExport } from './seeker-search-service.js';
import { SeekerSearchQuery, SeekerSearchResult } from './seeker-search-schema.js';

const tags = ['market'];

/** Staff keyword search over the job seekers of their region (关键词检索). */
export async function seekerSearchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/market/seekers/search',
    { schema: { tags, summary: '求职者关键词检索（工作人员，辖区内有效登记；技能、证书、自我介绍分词检索，分面、游标翻页，身份证号脱敏）', querystring: SeekerSearchQuery, response: responses({ 200: SeekerSearchResult }) } },
    (req) => searchSeekers(deps, contextFor(req, 'seeker.view'), req.query),
  );
  r.get(
    '/api/market/seekers/search/export',
    { schema: { tags, summary: '导出求职者关键词检索结果 Excel（与检索相同的条件和顺序，身份证号脱敏）', querystring: SeekerSearchQuery, response: responses({ 200: XlsxFile }) } },
    async (req, reply) => {
      const ctx = contextFor(req, 'seeker.view');
      const items = await searchSeekersForExport(deps, ctx, req.query, EXPORT_LIMIT);
      return exportXlsx(reply, deps, ctx, {
        title: '求职者检索结果',
        filter: req.query,
        rows: items.map((s) => ({
          ...s,
          occupations: s.desiredOccupations.map((o) => o.name).join('、'),
          categories: s.categoryNames.join('、'),
          priority: s.difficulty ? '是' : '',
        })),
        columns: [
          { header: '姓名', key: 'name', width: 10 },
          { header: '公民身份号码', key: 'citizenIdMasked', width: 20 },
          { header: '年龄', key: 'age', width: 6 },
          { header: '居住社区', key: 'regionName', width: 18 },
          { header: '期望职业', key: 'occupations', width: 24 },
          { header: '期望月薪（元）', key: 'wageExpected', width: 10 },
          { header: '学历', key: 'educationName', width: 14 },
          { header: '人员类别', key: 'categories', width: 20 },
          { header: '就业困难人员', key: 'priority', width: 8 },
          { header: '有效期至', key: 'validTo', width: 12 },
          { header: '匹配内容', key: 'snippet', width: 40 },
        ],
      });
    },
  );
}
