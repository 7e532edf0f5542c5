import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../platform/context.js';
import { clearSessionCookie, contextFor, requireActor, setSessionCookie } from '../../platform/http/auth.js';
import { Ok, responses } from '../../platform/http/schemas.js';
import { ChangePasswordBody, LoginBody, Me } from './schema.js';
import { changeOwnPassword, describeUser, login, logout } from './service.js';

const tags = ['auth'];

export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: { tags, summary: '登录 Log in', body: LoginBody, response: responses({ 200: Me }) },
      config: { rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, request.ip, request.headers['user-agent'] ?? null);
      setSessionCookie(reply, result.token, deps.config.secureCookies, result.maxAgeSeconds);
      return result.me;
    },
  );

  r.post('/api/auth/logout', { schema: { tags, summary: '退出 Log out', response: responses({ 200: Ok }) } }, async (request, reply) => {
    if (request.actor) await logout(deps, contextFor(request));
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  r.get('/api/auth/me', { schema: { tags, summary: '当前用户 Current user', response: responses({ 200: Me }) } }, async (request) => {
    const actor = requireActor(request);
    return describeUser(deps, actor.id, request.csrfToken ?? '');
  });

  r.post(
    '/api/auth/password',
    { schema: { tags, summary: '修改密码 Change own password', body: ChangePasswordBody, response: responses({ 200: Ok }) } },
    async (request) => {
      await changeOwnPassword(deps, contextFor(request), request.body);
      return { ok: true as const };
    },
  );
}
