import type { Db } from '../platform/db/database.js';
import type { Random } from './random.js';
import { chineseName } from './identity.js';

/** Staff usernames of the generated accounts, derived from the unit code. */
export const operatorOf = (code: string) => `op_${code}`;
export const reviewerOf = (code: string) => `rev_${code}`;

/**
 * One operator and one reviewer per district and street, and one assistant (operator) per
 * community, all sharing one password hash (hashing 800 passwords would take a minute).
 * Existing usernames are left alone. Returns username → id for every generated account.
 */
export async function generateStaff(db: Db, rng: Random, cityCode: string, passwordHash: string, now: Date): Promise<Map<string, number>> {
  const units = await db.selectFrom('org_unit').select(['code', 'level']).where('code', 'like', `${cityCode}%`).where('level', '>=', 3).orderBy('code').execute();
  const wanted = units.flatMap((u) =>
    u.level === 5 ? [{ username: operatorOf(u.code), org: u.code, role: 'operator' }] : [
      { username: operatorOf(u.code), org: u.code, role: 'operator' },
      { username: reviewerOf(u.code), org: u.code, role: 'reviewer' },
    ],
  );
  const existing = new Set((await db.selectFrom('app_user').select('username').where('username', 'like', 'op\\_%').execute()).map((r) => r.username));
  for (const r of await db.selectFrom('app_user').select('username').where('username', 'like', 'rev\\_%').execute()) existing.add(r.username);
  const fresh = wanted.filter((w) => !existing.has(w.username));
  for (let i = 0; i < fresh.length; i += 400) {
    const batch = fresh.slice(i, i + 400);
    const ids = await db
      .insertInto('app_user')
      .values(
        batch.map((w) => ({
          username: w.username,
          display_name: chineseName(rng, rng.chance(0.6) ? 2 : 1),
          password_hash: passwordHash,
          org_code: w.org,
          kind: 'staff' as const,
          password_changed_at: now,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning(['id', 'username'])
      .execute();
    const byName = new Map(ids.map((r) => [r.username, r.id]));
    await db
      .insertInto('user_role')
      .values(batch.map((w) => ({ user_id: byName.get(w.username) as number, role: w.role, created_at: now })))
      .execute();
  }
  const all = await db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', wanted.map((w) => w.username)).execute();
  return new Map(all.map((r) => [r.username, r.id]));
}
