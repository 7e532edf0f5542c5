import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { inScope, scopeCondition } from '../../platform/scope.js';
import { pageWindow, sortColumn } from '../../platform/http/schemas.js';
import { maskPhone } from '../../platform/validators/citizen-id.js';
import { ADMIN_ROLES, EXTERNAL_ROLES, ROLE_NAMES, ROLES, isRole, permissionsOf, roleSetProblem, type Role } from '../../platform/roles.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { deleteSessionsOfUser } from '../auth/session-repository.js';
import type { CreateUserBody, UpdateUserBody, UserListQuery, UserView } from './schema.js';
import { containsPattern } from '../../platform/db/like.js';

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });
const SORTS = { username: 'u.username', displayName: 'u.display_name', createdAt: 'u.created_at', lastLoginAt: 'u.last_login_at', orgCode: 'u.org_code' } as const;

function baseQuery(db: Db) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as o', 'o.code', 'u.org_code')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.kind',
      'u.status',
      'u.org_code',
      'o.name as org_name',
      'u.phone',
      'u.locked_until',
      'u.must_change_password',
      'u.last_login_at',
      'u.created_at',
      sql<string[]>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function present(row: Row, now: Date): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    kind: row.kind,
    status: row.status,
    orgCode: row.org_code,
    orgName: row.org_name,
    roles: row.roles,
    phone: row.phone ? maskPhone(row.phone) : null,
    locked: row.locked_until !== null && row.locked_until > now,
    lockedUntil: row.locked_until !== null && row.locked_until > now ? row.locked_until.toISOString() : null,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** Accounts in the actor's subtree, filtered and paged. */
export async function listUsers(deps: AppDeps, ctx: RequestContext, f: UserListQuery) {
  const { page, pageSize, offset } = pageWindow(f);
  let q = baseQuery(deps.db).where(scopeCondition('u.org_code', ctx.actor));
  if (f.orgCode) q = q.where('u.org_code', 'like', `${f.orgCode}%`);
  if (f.status) q = q.where('u.status', '=', f.status);
  if (f.role) q = q.where((eb) => eb.exists(eb.selectFrom('user_role as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', '=', f.role as string)));
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb('u.username', 'like', like), eb('u.display_name', 'like', like)]));
  }
  const total = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.orderBy(sortColumn(f.sort, SORTS, 'u.created_at'), f.order ?? 'desc').orderBy('u.id').limit(pageSize).offset(offset).execute();
  const now = deps.clock.now();
  return { items: rows.map((r) => present(r, now)), total: total.n, page, pageSize };
}

async function loadInScope(db: Db, ctx: RequestContext, id: number): Promise<Row> {
  const row = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
  if (!row || !inScope(ctx.actor, row.org_code)) throw notFound('账号');
  return row;
}

async function checkOrg(db: Db, ctx: RequestContext, orgCode: string): Promise<void> {
  if (!inScope(ctx.actor, orgCode)) throw fieldError('orgCode', '所属单位不在您的管辖范围内');
  const unit = await db.selectFrom('org_unit').select('code').where('code', '=', orgCode).executeTakeFirst();
  if (!unit) throw fieldError('orgCode', '所属单位不存在');
}

function checkRoles(roles: Role[], kind: 'staff' | 'external'): void {
  const problem = roleSetProblem(roles, kind);
  if (problem) throw fieldError('roles', problem);
  // Administrator accounts come from system initialisation only: the security administrator
  // cannot mint another administrator, nor give one to themselves (三员分立).
  if (roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r))) throw fieldError('roles', '管理员账号由系统初始化创建，不能在此分配');
}

/** Creates an account (security administrator). */
export async function createUser(deps: AppDeps, ctx: RequestContext, input: CreateUserBody) {
  const roles = input.roles.filter(isRole);
  checkRoles(roles, input.kind);
  await checkOrg(deps.db, ctx, input.orgCode);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new AppError('weak_password', problem, [{ field: 'password', message: problem }]);
  if (input.employerId !== undefined) {
    if (!roles.includes('employer')) throw fieldError('employerId', '只有用人单位账号可以关联单位');
    const employer = await deps.db.selectFrom('employer').select('region_code').where('id', '=', input.employerId).executeTakeFirst();
    if (!employer || !inScope(ctx.actor, employer.region_code)) throw fieldError('employerId', '关联的用人单位不存在或不在您的管辖范围内');
  }
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  const taken = () => new AppError('duplicate', '用户名已存在', [{ field: 'username', message: '用户名已存在' }]);
  const id = await deps.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('app_user').select('id').where('username', '=', input.username).executeTakeFirst();
    if (exists) throw taken();
    const user = await trx
      .insertInto('app_user')
      .values({
        username: input.username,
        display_name: input.displayName,
        password_hash: passwordHash,
        org_code: input.orgCode,
        kind: input.kind,
        phone: input.phone ?? null,
        employer_id: input.employerId ?? null,
        must_change_password: true,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('user_role').values(roles.map((role) => ({ user_id: user.id, role, created_at: now }))).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'user.created',
      entityType: 'user',
      entityId: user.id,
      regionCode: input.orgCode,
      after: { username: input.username, displayName: input.displayName, orgCode: input.orgCode, kind: input.kind, roles },
    });
    return user.id;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'app_user_username_key')) throw taken();
    throw error;
  });
  return present(await loadInScope(deps.db, ctx, id), now);
}

/** Edits name, unit, roles or status; administrators' own accounts are not editable here. */
export async function updateUser(deps: AppDeps, ctx: RequestContext, id: number, patch: UpdateUserBody) {
  const current = await loadInScope(deps.db, ctx, id);
  if (current.roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r))) throw forbidden('管理员账号不能在此修改');
  if (patch.orgCode) await checkOrg(deps.db, ctx, patch.orgCode);
  const roles = patch.roles?.filter(isRole);
  if (roles) checkRoles(roles, current.kind);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({
        ...(patch.displayName !== undefined && { display_name: patch.displayName }),
        ...(patch.orgCode !== undefined && { org_code: patch.orgCode }),
        ...(patch.status !== undefined && { status: patch.status }),
        ...(patch.phone !== undefined && { phone: patch.phone }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    if (roles) {
      await trx.deleteFrom('user_role').where('user_id', '=', id).execute();
      await trx.insertInto('user_role').values(roles.map((role) => ({ user_id: id, role, created_at: now }))).execute();
    }
    // A changed unit, role set or status takes effect now: end the user's sessions.
    if (patch.orgCode || roles || patch.status) await deleteSessionsOfUser(trx, id);
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'user.updated',
      entityType: 'user',
      entityId: id,
      regionCode: patch.orgCode ?? current.org_code,
      before: { displayName: current.display_name, orgCode: current.org_code, roles: current.roles, status: current.status },
      after: patch,
    });
  });
  return present(await loadInScope(deps.db, ctx, id), now);
}

/** Sets a temporary password the user must change at next login. */
export async function resetPassword(deps: AppDeps, ctx: RequestContext, id: number, password: string) {
  const current = await loadInScope(deps.db, ctx, id);
  if (current.roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r))) throw forbidden('管理员账号不能在此修改');
  const problem = passwordProblem(password, current.username);
  if (problem) throw new AppError('weak_password', problem, [{ field: 'password', message: problem }]);
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: true, password_changed_at: now, failed_logins: 0, locked_until: null, updated_at: now })
      .where('id', '=', id)
      .execute();
    await deleteSessionsOfUser(trx, id);
    await writeAudit(trx, deps.clock, who(ctx), { event: 'user.password_reset', entityType: 'user', entityId: id, regionCode: current.org_code });
  });
}

/** Lifts a lockout. */
export async function unlockUser(deps: AppDeps, ctx: RequestContext, id: number) {
  const current = await loadInScope(deps.db, ctx, id);
  if (current.roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r))) throw forbidden('管理员账号不能在此修改（锁定到期后自动解除）');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('app_user').set({ failed_logins: 0, locked_until: null, updated_at: now }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'user.unlocked',
      entityType: 'user',
      entityId: id,
      regionCode: current.org_code,
      before: { lockedUntil: current.locked_until?.toISOString() ?? null },
    });
  });
}

/** The role catalogue with names and permissions. */
export function listRoles() {
  return ROLES.map((role) => ({
    role,
    name: ROLE_NAMES[role],
    kind: (ADMIN_ROLES as readonly string[]).includes(role) ? 'admin' : (EXTERNAL_ROLES as readonly string[]).includes(role) ? 'external' : 'staff',
    permissions: permissionsOf([role]),
  }));
}
