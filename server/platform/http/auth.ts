import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, AppDeps, RequestContext } from '../context.js';
import { AppError, forbidden } from '../errors.js';
import { isRole, rolesAllow, type Permission } from '../roles.js';
import { findSessionWithUser, sessionIdOf, touchSession, deleteSession } from '../../modules/auth/session-repository.js';

export const SESSION_COOKIE = 'jy_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    mustChangePassword: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes on these paths need no CSRF token: there is no session yet to protect. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);
/** All an account with a temporary password may do until it sets its own. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout', '/api/health']);

/**
 * Resolves the session cookie into `request.actor` on every request, ends idle or expired
 * sessions, and requires the CSRF header on state-changing requests made with a session.
 */
export function installSessionAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const id = sessionIdOf(token);
    const session = await findSessionWithUser(deps.db, id);
    if (!session) return;
    const now = deps.clock.now();
    const idleLimit = session.lastSeenAt.getTime() + deps.config.sessionIdleMinutes * 60_000;
    if (now.getTime() > idleLimit || now > session.expiresAt || session.status !== 'active') {
      await deleteSession(deps.db, id);
      return;
    }
    // Sliding idle timeout; written at most once a minute to spare the database.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await touchSession(deps.db, id, now);
    request.actor = {
      id: session.userId,
      username: session.username,
      displayName: session.displayName,
      kind: session.kind,
      orgCode: session.orgCode,
      orgLevel: session.orgLevel,
      roles: session.roles.filter(isRole),
      employerId: session.employerId,
      sessionId: id,
    };
    request.csrfToken = session.csrfToken;
    request.mustChangePassword = session.mustChangePassword;
  });

  app.addHook('preHandler', async (request) => {
    if (!request.actor) return;
    const route = request.routeOptions.url ?? '';
    if (UNSAFE.has(request.method) && !CSRF_EXEMPT.has(route) && !sameToken(request.headers[CSRF_HEADER], request.csrfToken)) {
      throw new AppError('csrf_failed', '安全校验失败，请刷新页面后重试');
    }
    if (request.mustChangePassword && route.startsWith('/api/') && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(route)) {
      throw new AppError('password_change_required', '请先修改初始密码');
    }
  });
}

/** Constant-time comparison of the CSRF header with the session's token. */
function sameToken(sent: string | string[] | undefined, expected: string | null): boolean {
  if (typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The actor, or a 401 when nobody is logged in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', '请先登录');
  return request.actor;
}

/** The request context for a service call, after checking login and one permission. */
export function contextFor(request: FastifyRequest, permission?: Permission): RequestContext {
  const actor = requireActor(request);
  if (permission && !rolesAllow(actor.roles, permission)) throw forbidden();
  return { actor, ip: request.ip };
}

/** Sets the session cookie: httpOnly, SameSite=Lax, path /. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
