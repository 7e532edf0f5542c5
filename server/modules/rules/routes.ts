import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { DateString, responses } from '../../platform/http/schemas.js';
import { deleteRuleVersion, listRules, setRule } from './service.js';

const tags = ['rules'];
const Rule = Type.Object({
  key: Type.String(),
  name: Type.String(),
  defaultValue: Type.Number(),
  value: Type.Number({ description: 'In force today for the viewer’s unit' }),
  versions: Type.Array(
    Type.Object({
      regionCode: Type.String(),
      regionName: Type.String(),
      effectiveFrom: Type.String(),
      value: Type.Number(),
      note: Type.Union([Type.String(), Type.Null()]),
      updatedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

export async function ruleRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/rules', { schema: { tags, summary: '业务规则参数（有效期、期限、标准）', response: responses({ 200: Type.Array(Rule) }) } }, (req) =>
    listRules(deps, contextFor(req, 'code.view')),
  );
  r.put(
    '/api/rules',
    {
      schema: {
        tags,
        summary: '设置业务规则的一个版本（按生效日期、地区）',
        body: Type.Object(
          {
            key: Type.String({ maxLength: 60 }),
            regionCode: Type.Optional(Type.String({ pattern: '^([0-9]{2,12})?$' })),
            effectiveFrom: DateString,
            value: Type.Number(),
            note: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Array(Rule) }),
      },
    },
    (req) => setRule(deps, contextFor(req, 'code.manage'), req.body),
  );
  r.delete(
    '/api/rules',
    {
      schema: {
        tags,
        summary: '删除尚未生效的规则版本',
        querystring: Type.Object({
          key: Type.String({ maxLength: 60 }),
          regionCode: Type.Optional(Type.String({ pattern: '^([0-9]{2,12})?$' })),
          effectiveFrom: DateString,
        }),
        response: responses({ 200: Type.Array(Rule) }),
      },
    },
    (req) => deleteRuleVersion(deps, contextFor(req, 'code.manage'), req.query),
  );
}
