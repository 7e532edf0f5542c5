import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { AppDeps } from '../../platform/context.js';
import { responses } from '../../platform/http/schemas.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')]),
  version: Type.String(),
});

export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/health',
    { schema: { tags: ['health'], summary: '健康检查 Health check', response: responses({ 200: Health }) } },
    async () => {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ok' as const, database: deps.dbKind, version: deps.config.version };
    },
  );
}
