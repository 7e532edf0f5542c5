import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from './platform/context.js';
import { installErrorHandler } from './platform/http/error-handler.js';
import { installSessionAuth } from './platform/http/auth.js';
import { ErrorBody } from './platform/http/schemas.js';
import { MODULES } from './modules/index.js';

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export interface BuildOptions {
  logger?: boolean;
  /** Serve the built web UI from web/dist (skipped when it has not been built). */
  serveWeb?: boolean;
}

/** A hop count becomes Fastify's trust function (its types accept no number). */
function trustProxyOption(setting: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

/** Builds the HTTP app: external plugins → platform (errors, sessions, docs) → module routes → web UI. */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] } : false,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: '就业服务信息系统 API', description: 'Public employment service information system', version: deps.config.version },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jy_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.addSchema(ErrorBody);
  installErrorHandler(app);
  installSessionAuth(app, deps);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  for (const module of MODULES) await module.routes(app, deps);

  if (options.serveWeb !== false && existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true });
  }
  // Client-side routes get index.html; API paths and missing assets get a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    const asset = request.url.startsWith('/assets/');
    if (request.url.startsWith('/api/') || asset || !existsSync(WEB_DIST) || request.method !== 'GET') {
      return reply.status(404).send({ code: 'not_found', message: '请求的地址不存在' });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
