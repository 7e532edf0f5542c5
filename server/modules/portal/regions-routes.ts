import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { responses } from '../../platform/http/schemas.js';
import { chinaDate } from '../../platform/clock.js';
import { editionInForce, entriesQuery } from '../codes/repository.js';
import { educationLevelName, educationLevelNameEn } from '../market/education-levels.js';

const tags = ['portal'];

/** Code tables the public portal's forms and filters pick from (nothing personal, nothing internal). */
export const PUBLIC_CODE_TYPES = ['occupation', 'education', 'industry', 'unit_type', 'ownership_type'] as const;

const PublicRegion = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() }, { $id: 'PublicRegion' });
const PublicCode = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    nameEn: Type.Union([Type.String(), Type.Null()]),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    level: Type.Integer(),
  },
  { $id: 'PublicCode' },
);

/**
 * Public look-ups for the portal (no login): the loaded city's org tree (code, name, level only —
 * for the region filter and the community picker of the registration forms) and the code tables of
 * its filters and forms.
 */
export async function portalLookupRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/public/regions',
    {
      schema: {
        tags,
        summary: '门户：行政区划（无 parent 时为已导入的城市）',
        querystring: Type.Object({ parent: Type.Optional(Type.String({ pattern: '^[0-9]{4,12}$' })) }),
        response: responses({ 200: Type.Array(PublicRegion) }),
      },
    },
    async (req) => {
      // Cities (level 2) are the roots: the province above them is not part of the portal.
      const q = deps.db.selectFrom('org_unit').select(['code', 'name', 'level']).orderBy('code');
      const rows = req.query.parent ? await q.where('parent_code', '=', req.query.parent).where('level', '>=', 3).execute() : await q.where('level', '=', 2).execute();
      return rows;
    },
  );

  r.get(
    '/api/public/codes/:type',
    {
      schema: {
        tags,
        summary: '门户：代码表（职业、学历、行业、单位类型、经济类型）',
        params: Type.Object({ type: Type.Union(PUBLIC_CODE_TYPES.map((t) => Type.Literal(t))) }),
        querystring: Type.Object({ maxLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })) }),
        response: responses({ 200: Type.Array(PublicCode) }),
      },
    },
    async (req, reply) => {
      const { type } = req.params;
      const edition = await editionInForce(deps.db, type, chinaDate(deps.clock.now()));
      if (!edition) throw notFound('代码表');
      let q = entriesQuery(deps.db, type, edition);
      if (req.query.maxLevel) q = q.where('e.level', '<=', req.query.maxLevel);
      const rows = await q.orderBy('e.sort').execute();
      void reply.header('cache-control', 'public, max-age=3600');
      // The portal lists education levels side by side: 20 and 30 share one official heading.
      const level1 = (e: { level: number }) => req.params.type === 'education' && e.level === 1;
      return rows.map((e) => ({
        code: e.code,
        name: level1(e) ? educationLevelName(e.code, e.name) : e.name,
        nameEn: level1(e) ? educationLevelNameEn(e.code, e.name_en) : e.name_en,
        parentCode: e.parent_code,
        level: e.level,
      }));
    },
  );
}
