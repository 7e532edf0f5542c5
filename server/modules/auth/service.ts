import type { AppDeps, RequestContext } from '../../platform/context.js';
import { AppError, fieldError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { isRole, permissionsOf } from '../../platform/roles.js';
import { hashPassword, lockoutAfterFailure, passwordProblem, verifyPassword } from './password.js';
import { createSession, deleteSession, deleteSessionsOfUser } from './session-repository.js';
import { orgRefOf } from '../org/repository.js';
import type { LoginBody, Me } from './schema.js';

/** A hash of a random password, verified when the username is unknown so timing reveals nothing. */
let dummyHash: Promise<string> | undefined;

export interface LoginResult {
  token: string;
  maxAgeSeconds: number;
  me: Me;
}

/** Checks credentials, applies the lockout rule, and opens a session. */
export async function login(deps: AppDeps, input: LoginBody, ip: string, userAgent: string | null): Promise<LoginResult> {
  const { db, clock, config } = deps;
  const now = clock.now();
  const username = input.username.trim();
  const user = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  const anonymous = { actorId: null, actorName: username, ip };

  if (!user) {
    dummyHash ??= hashPassword(`no-such-user-${Math.random()}`);
    await verifyPassword(await dummyHash, input.password);
    await writeAudit(db, clock, anonymous, { event: 'auth.login_failed', detail: { username, reason: 'unknown_user' } });
    throw new AppError('invalid_credentials', '用户名或密码错误');
  }
  const who = { actorId: user.id, actorName: user.username, ip };
  if (user.locked_until && user.locked_until > now) {
    await writeAudit(db, clock, who, { event: 'auth.login_failed', entityType: 'user', entityId: user.id, detail: { reason: 'locked' } });
    throw lockedError(user.locked_until, now);
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    // Read the counter under a row lock: parallel failures must each count.
    const lockedUntil = await db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('app_user').select(['failed_logins', 'locked_until']).where('id', '=', user.id).forUpdate().executeTakeFirstOrThrow();
      if (current.locked_until && current.locked_until > now) {
        // Locked by a parallel attempt meanwhile: keep that lock.
        await writeAudit(trx, clock, who, { event: 'auth.login_failed', entityType: 'user', entityId: user.id, detail: { reason: 'locked' } });
        return current.locked_until;
      }
      const next = lockoutAfterFailure(current.failed_logins, now, { threshold: config.lockoutThreshold, minutes: config.lockoutMinutes });
      await trx
        .updateTable('app_user')
        .set({ failed_logins: next.failedLogins, locked_until: next.lockedUntil, updated_at: now })
        .where('id', '=', user.id)
        .execute();
      await writeAudit(trx, clock, who, {
        event: next.lockedUntil ? 'auth.locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        detail: { reason: 'bad_password', failedLogins: current.failed_logins + 1 },
      });
      return next.lockedUntil;
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
    throw new AppError('invalid_credentials', '用户名或密码错误');
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.status !== 'active') {
    await writeAudit(db, clock, who, { event: 'auth.login_failed', entityType: 'user', entityId: user.id, detail: { reason: 'disabled' } });
    throw new AppError('account_disabled', '账号已停用，请联系安全管理员');
  }

  const maxAgeSeconds = config.sessionMaxHours * 3600;
  const session = await db.transaction().execute(async (trx) => {
    // A parallel failed attempt may have locked the account since it was read above.
    const current = await trx.selectFrom('app_user').select('locked_until').where('id', '=', user.id).forUpdate().executeTakeFirstOrThrow();
    if (current.locked_until && current.locked_until > now) throw lockedError(current.locked_until, now);
    await trx
      .updateTable('app_user')
      .set({ failed_logins: 0, locked_until: null, last_login_at: now, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    const created = await createSession(trx, {
      userId: user.id,
      ip,
      userAgent,
      now,
      expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
    });
    await writeAudit(trx, clock, who, { event: 'auth.login', entityType: 'user', entityId: user.id, regionCode: user.org_code });
    return created;
  });
  const me = await describeUser(deps, user.id, session.csrfToken);
  return { token: session.token, maxAgeSeconds, me };
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('account_locked', `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`, { lockedUntil: until.toISOString(), minutes });
}

/** Ends the session and records the logout. */
export async function logout(deps: AppDeps, ctx: RequestContext): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await deleteSession(trx, ctx.actor.sessionId);
    await writeAudit(trx, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'auth.logout',
      entityType: 'user',
      entityId: ctx.actor.id,
    });
  });
}

/** The logged-in user as the UI needs it: roles, permissions, org unit, CSRF token. */
export async function describeUser(deps: AppDeps, userId: number, csrfToken: string): Promise<Me> {
  const user = await deps.db.selectFrom('app_user').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  const roles = (await deps.db.selectFrom('user_role').select('role').where('user_id', '=', userId).execute())
    .map((r) => r.role)
    .filter(isRole);
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      kind: user.kind,
      mustChangePassword: user.must_change_password,
      employerId: user.employer_id,
    },
    roles,
    permissions: permissionsOf(roles),
    orgUnit: await orgRefOf(deps.db, user.org_code),
    csrfToken,
  };
}

/** Changes one's own password after checking the current one; other sessions are ended. */
export async function changeOwnPassword(
  deps: AppDeps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { db, clock } = deps;
  const user = await db.selectFrom('app_user').selectAll().where('id', '=', ctx.actor.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw fieldError('currentPassword', '当前密码不正确');
  }
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) throw new AppError('weak_password', problem, [{ field: 'newPassword', message: problem }]);
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false, password_changed_at: now, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await deleteSessionsOfUser(trx, user.id, ctx.actor.sessionId);
    await writeAudit(trx, clock, { actorId: user.id, actorName: user.username, ip: ctx.ip }, {
      event: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
