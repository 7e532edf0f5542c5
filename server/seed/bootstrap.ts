import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../platform/context.js';
import { writeAudit } from '../platform/audit.js';
import { loadShippedCodeTables } from '../modules/codes/service.js';
import { loadCity } from '../modules/org/service.js';
import { hashPassword } from '../modules/auth/password.js';
import { ALL_CODE_TABLES } from '../modules/codes/standards/index.js';

export interface BootstrapResult {
  /** True when the database had no accounts before this start (a first run). */
  firstRun: boolean;
  /** Initial administrator credentials created in production, to print once. */
  createdAdmins: { username: string; password: string; role: string }[];
}

/**
 * Makes a migrated database usable: the shipped code tables, the configured city's five-level
 * org tree, and (in production, on first run) the three separated administrators.
 */
export async function bootstrap(deps: AppDeps): Promise<BootstrapResult> {
  const { db, config } = deps;
  const editions = await db.selectFrom('code_table').select(['type', 'edition']).execute();
  if (editions.length < ALL_CODE_TABLES.length) await loadShippedCodeTables(deps);
  const city = await db.selectFrom('org_unit').select('code').where('code', '=', config.demoCity).executeTakeFirst();
  if (!city) await loadCity(deps, null, config.demoCity);

  const anyUser = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  const firstRun = !anyUser;
  const createdAdmins: BootstrapResult['createdAdmins'] = [];
  // The three administrators sit at the same (province) unit, so the auditor sees what the
  // other two do, and the security administrator sees every account.
  if (firstRun && config.production) {
    for (const [username, role, displayName, org] of [
      ['admin', 'sys_admin', '系统管理员', config.demoCity.slice(0, 2)],
      ['secadmin', 'sec_admin', '安全管理员', config.demoCity.slice(0, 2)],
      ['auditor', 'audit_admin', '审计管理员', config.demoCity.slice(0, 2)],
    ] as const) {
      const password = config.adminPassword ?? `${randomBytes(9).toString('base64url')}#7a`;
      await createAccount(deps, { username, displayName, role, orgCode: org, password, mustChange: true });
      createdAdmins.push({ username, password, role });
    }
  }
  return { firstRun, createdAdmins };
}

/** Inserts one account with one role, audited as a system action. */
export async function createAccount(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  a: { username: string; displayName: string; role: string; orgCode: string; password?: string; passwordHash?: string; mustChange: boolean; kind?: 'staff' | 'external'; employerId?: number | null },
): Promise<number> {
  const now = deps.clock.now();
  const passwordHash = a.passwordHash ?? (await hashPassword(a.password ?? ''));
  return deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('app_user')
      .values({
        username: a.username,
        display_name: a.displayName,
        password_hash: passwordHash,
        org_code: a.orgCode,
        kind: a.kind ?? 'staff',
        employer_id: a.employerId ?? null,
        must_change_password: a.mustChange,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('user_role').values({ user_id: user.id, role: a.role, created_at: now }).execute();
    await writeAudit(trx, deps.clock, { actorId: null, actorName: 'system', ip: null }, {
      event: 'user.created',
      entityType: 'user',
      entityId: user.id,
      regionCode: a.orgCode,
      after: { username: a.username, role: a.role, orgCode: a.orgCode },
    });
    return user.id;
  });
}
