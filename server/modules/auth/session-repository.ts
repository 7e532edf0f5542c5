import { sql } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';

/** The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens no session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(
  db: Db,
  input: { userId: number; ip: string; userAgent: string | null; now: Date; expiresAt: Date },
): Promise<{ token: string; csrfToken: string; id: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const id = sessionIdOf(token);
  await db
    .insertInto('user_session')
    .values({
      id,
      user_id: input.userId,
      csrf_token: csrfToken,
      ip: input.ip,
      user_agent: input.userAgent,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: input.expiresAt,
    })
    .execute();
  return { token, csrfToken, id };
}

/** The session with its user and roles, or undefined: one query, run on every request. */
export async function findSessionWithUser(db: Db, id: string) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('org_unit as o', 'o.code', 'u.org_code')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      's.expires_at as expiresAt',
      'u.id as userId',
      'u.username',
      'u.display_name as displayName',
      'u.kind',
      'u.status',
      'u.org_code as orgCode',
      'u.employer_id as employerId',
      'u.must_change_password as mustChangePassword',
      'o.level as orgLevel',
      sql<string[]>`coalesce((SELECT array_agg(r.role) FROM user_role r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', id).execute();
}

/** Ends every session of a user, except optionally the one making the request. */
export async function deleteSessionsOfUser(db: Db, userId: number, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}
