import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

interface UserBody {
  id: number;
  username: string;
  displayName: string;
  kind: string;
  status: string;
  orgCode: string;
  orgName: string;
  roles: string[];
  phone: string | null;
  locked: boolean;
}

interface UserPage {
  items: UserBody[];
  total: number;
  page: number;
  pageSize: number;
}

const STREET = '360203001';
const GOOD_PASSWORD = 'Clerk#2026x';
const CHANGED_PASSWORD = 'Clerk#Changed9';

/** A valid create-user body; tests override what they probe. */
function newUser(overrides: Record<string, unknown> = {}) {
  return {
    username: 'zs_clerk',
    displayName: '张三',
    orgCode: STREET,
    kind: 'staff',
    roles: ['operator'],
    password: GOOD_PASSWORD,
    ...overrides,
  };
}

describe('three separated administrators and account management', () => {
  let t: TestApp;
  let sec: Client;
  before(async () => {
    t = await createTestApp();
    sec = await t.login('secadmin');
  });
  after(() => t.close());

  const userId = async (username: string) => (await t.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const rolesOf = async (username: string) =>
    (await t.db.selectFrom('user_role as r').innerJoin('app_user as u', 'u.id', 'r.user_id').select('r.role').where('u.username', '=', username).orderBy('r.role').execute()).map(
      (r) => r.role,
    );
  const auditRows = (event: string, entityId?: number) => {
    let q = t.db.selectFrom('audit_log').selectAll().where('event_type', '=', event);
    if (entityId !== undefined) q = q.where('entity_id', '=', String(entityId));
    return q.orderBy('id').execute();
  };
  const auditCount = async () => (await t.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

  describe('separation of duties (三员分立)', () => {
    test('the system administrator cannot list or create accounts, nor read the audit log', async () => {
      const admin = await t.login('admin', 'Admin@2026');
      for (const url of ['/api/users', '/api/roles', '/api/audit', '/api/audit/export', '/api/users/export']) {
        const res = await admin.get(url);
        assert.equal(res.statusCode, 403, url);
        assert.equal(res.json().code, 'forbidden', url);
      }
      const create = await admin.post('/api/users', newUser({ username: 'by_admin' }));
      assert.equal(create.statusCode, 403);
      assert.equal(await t.db.selectFrom('app_user').select('id').where('username', '=', 'by_admin').executeTakeFirst(), undefined);
    });

    test('the security administrator cannot read the audit log, load a city or reload code tables', async () => {
      const before = await auditCount();
      for (const url of ['/api/audit', '/api/audit/events', '/api/audit/export']) {
        const res = await sec.get(url);
        assert.equal(res.statusCode, 403, url);
        assert.equal(res.json().code, 'forbidden');
      }
      const load = await sec.post('/api/org/load-city', { cityCode: '3601' });
      assert.equal(load.statusCode, 403);
      assert.equal(load.json().code, 'forbidden');
      assert.equal(await t.db.selectFrom('org_unit').select('code').where('code', '=', '3601').executeTakeFirst(), undefined, '南昌 was not loaded');
      const reload = await sec.post('/api/codes/reload');
      assert.equal(reload.statusCode, 403);
      assert.equal(reload.json().code, 'forbidden');
      const override = await sec.put('/api/calendar/overrides/2027-01-01', { isWorkday: false, name: '元旦' });
      assert.equal(override.statusCode, 403);
      assert.equal(await auditCount(), before, 'no refused action left an audit row');
    });

    test('the audit administrator cannot list or create accounts', async () => {
      const auditor = await t.login('auditor');
      for (const url of ['/api/users', '/api/users/export']) {
        const res = await auditor.get(url);
        assert.equal(res.statusCode, 403, url);
        assert.equal(res.json().code, 'forbidden');
      }
      const create = await auditor.post('/api/users', newUser({ username: 'by_auditor' }));
      assert.equal(create.statusCode, 403);
      assert.equal(create.json().code, 'forbidden');
      const target = await userId('city_op');
      assert.equal((await auditor.post(`/api/users/${target}/reset-password`, { password: 'Other#Pass99' })).statusCode, 403);
      assert.equal(await t.db.selectFrom('app_user').select('id').where('username', '=', 'by_auditor').executeTakeFirst(), undefined);
    });

    test('the security administrator cannot create an administrator account', async () => {
      for (const role of ['sys_admin', 'sec_admin', 'audit_admin']) {
        const res = await sec.post('/api/users', newUser({ username: `mk_${role}`, roles: [role] }));
        assert.equal(res.statusCode, 400, role);
        const body = res.json();
        assert.equal(body.code, 'validation_failed');
        assert.equal(body.details[0].field, 'roles');
        assert.equal(await t.db.selectFrom('app_user').select('id').where('username', '=', `mk_${role}`).executeTakeFirst(), undefined);
      }
    });

    test('an administrator role cannot be combined with another role', async () => {
      const res = await sec.post('/api/users', newUser({ username: 'combo_admin', roles: ['sec_admin', 'operator'] }));
      assert.equal(res.statusCode, 400);
      const body = res.json();
      assert.equal(body.code, 'validation_failed');
      assert.deepEqual(body.details, [{ field: 'roles', message: '三员分立：管理员角色不能与其他角色兼任' }]);
    });

    test('administrator accounts cannot be edited, reset or given roles by the security administrator', async () => {
      const auditorId = await userId('auditor');
      const patch = await sec.patch(`/api/users/${auditorId}`, { roles: ['operator'] });
      assert.equal(patch.statusCode, 403);
      assert.equal(patch.json().code, 'forbidden');
      const reset = await sec.post(`/api/users/${auditorId}/reset-password`, { password: 'Other#Pass99' });
      assert.equal(reset.statusCode, 403);
      const self = await sec.patch(`/api/users/${sec.userId}`, { roles: ['sec_admin', 'operator'] });
      assert.equal(self.statusCode, 403, 'not even their own account');
      assert.deepEqual(await rolesOf('auditor'), ['audit_admin']);
      assert.deepEqual(await rolesOf('secadmin'), ['sec_admin']);
    });

    test('the system administrator account cannot be patched by the security administrator', async () => {
      // The three administrators sit at the province; secadmin sees admin but may not change it.
      const adminId = await userId('admin');
      const res = await sec.patch(`/api/users/${adminId}`, { displayName: '改名', status: 'disabled' });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'forbidden');
      const row = await t.db.selectFrom('app_user').select(['display_name', 'status']).where('id', '=', adminId).executeTakeFirstOrThrow();
      assert.deepEqual(row, { display_name: '系统管理员', status: 'active' });
      assert.deepEqual(await rolesOf('admin'), ['sys_admin']);
      assert.equal((await auditRows('user.updated', adminId)).length, 0);
    });

    test('staff accounts cannot hold external roles, external accounts cannot hold staff roles', async () => {
      const staff = await sec.post('/api/users', newUser({ username: 'staff_ext', roles: ['operator', 'employer'] }));
      assert.equal(staff.statusCode, 400);
      assert.deepEqual(staff.json().details, [{ field: 'roles', message: '工作人员账号不能拥有外部角色' }]);
      const external = await sec.post('/api/users', newUser({ username: 'ext_staff', kind: 'external', roles: ['job_seeker', 'reviewer'] }));
      assert.equal(external.statusCode, 400);
      assert.equal(external.json().details[0].field, 'roles');
      const existing = await userId('street_op');
      const patch = await sec.patch(`/api/users/${existing}`, { roles: ['job_seeker'] });
      assert.equal(patch.statusCode, 400);
      assert.equal(patch.json().details[0].field, 'roles');
      assert.deepEqual(await rolesOf('street_op'), ['operator']);
    });
  });

  describe('account management by the security administrator', () => {
    let created: UserBody;

    test('a weak password is refused with the field named', async () => {
      const res = await sec.post('/api/users', newUser({ password: 'abc12345' }));
      assert.equal(res.statusCode, 400);
      const body = res.json();
      assert.equal(body.code, 'weak_password');
      assert.equal(body.details.length, 1);
      assert.equal(body.details[0].field, 'password');
      const containsName = await sec.post('/api/users', newUser({ password: 'Zs_clerk#2026' }));
      assert.equal(containsName.statusCode, 400);
      assert.equal(containsName.json().code, 'weak_password');
      assert.equal(await t.db.selectFrom('app_user').select('id').where('username', '=', 'zs_clerk').executeTakeFirst(), undefined);
    });

    test('creating an account returns it with a masked phone and audits it', async () => {
      const res = await sec.post('/api/users', newUser({ phone: '13812345678' }));
      assert.equal(res.statusCode, 200);
      created = res.json() as UserBody;
      assert.equal(created.username, 'zs_clerk');
      assert.equal(created.orgCode, STREET);
      assert.equal(created.orgName, '石狮埠街道');
      assert.deepEqual(created.roles, ['operator']);
      assert.equal(created.phone, '138****5678');
      assert.equal(created.locked, false);
      const row = await t.db.selectFrom('app_user').select(['phone', 'must_change_password']).where('id', '=', created.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { phone: '13812345678', must_change_password: true });
      const audit = await auditRows('user.created', created.id);
      assert.equal(audit.length, 1);
      assert.equal(audit[0].actor_name, 'secadmin');
      assert.equal(audit[0].actor_id, sec.userId);
      assert.equal(audit[0].region_code, STREET);
      assert.deepEqual(audit[0].after, { username: 'zs_clerk', displayName: '张三', orgCode: STREET, kind: 'staff', roles: ['operator'] });
      assert.equal(JSON.stringify(audit[0].after).includes(GOOD_PASSWORD), false, 'the password is not audited');
    });

    test('a duplicate username is a 409 duplicate', async () => {
      const res = await sec.post('/api/users', newUser({ displayName: '李四' }));
      assert.equal(res.statusCode, 409);
      const body = res.json();
      assert.equal(body.code, 'duplicate');
      assert.equal(body.details[0].field, 'username');
      assert.equal((await t.db.selectFrom('app_user').select('id').where('username', '=', 'zs_clerk').execute()).length, 1);
    });

    test('an account outside the security administrator’s city cannot be created', async () => {
      const res = await sec.post('/api/users', newUser({ username: 'nc_clerk', orgCode: '3601' }));
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().details[0].field, 'orgCode');
    });

    test('the list shows masked phones', async () => {
      const res = await sec.get('/api/users?q=zs_clerk');
      assert.equal(res.statusCode, 200);
      const body = res.json() as UserPage;
      assert.equal(body.total, 1);
      assert.equal(body.items[0].phone, '138****5678');
      assert.ok(!res.body.includes('13812345678'), 'the full number is not sent');
    });

    test('list filters by text, role and unit, with totals matching the database', async () => {
      const count = async (build: (q: ReturnType<typeof base>) => ReturnType<typeof base>) =>
        (await build(base()).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
      const base = () => t.db.selectFrom('app_user as u').where('u.org_code', 'like', '36%');

      const all = (await sec.get('/api/users?pageSize=1')).json() as UserPage;
      assert.equal(all.total, await count((q) => q));
      assert.ok(all.total > 800, 'the generated staff is listed');
      const allInDb = (await t.db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
      assert.equal(all.total, allInDb, 'the province-level security administrator sees every account of the province');

      const byText = (await sec.get('/api/users?q=rev_360203&pageSize=200')).json() as UserPage;
      assert.equal(byText.total, await count((q) => q.where((eb) => eb.or([eb('u.username', 'like', '%rev\\_360203%'), eb('u.display_name', 'like', '%rev\\_360203%')]))));
      assert.ok(byText.total > 5);
      for (const u of byText.items) assert.ok(u.username.includes('rev_360203'), u.username);

      const byRole = (await sec.get('/api/users?role=reviewer&orgCode=360203&pageSize=200')).json() as UserPage;
      const expectedRole = await count((q) =>
        q.where('u.org_code', 'like', '360203%').where((eb) => eb.exists(eb.selectFrom('user_role as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', '=', 'reviewer'))),
      );
      assert.equal(byRole.total, expectedRole);
      assert.ok(expectedRole > 5);
      for (const u of byRole.items) {
        assert.ok(u.roles.includes('reviewer'));
        assert.ok(u.orgCode.startsWith('360203'));
      }

      const byOrg = (await sec.get(`/api/users?orgCode=${STREET}&pageSize=200`)).json() as UserPage;
      assert.equal(byOrg.total, await count((q) => q.where('u.org_code', 'like', `${STREET}%`)));
      assert.ok(byOrg.items.some((u) => u.username === 'street_op') && byOrg.items.some((u) => u.username === 'community_op'));
      for (const u of byOrg.items) assert.ok(u.orgCode.startsWith(STREET));

      const outside = (await sec.get('/api/users?orgCode=3601')).json() as UserPage;
      assert.equal(outside.total, 0);
    });

    test('pages are consistent: same total, disjoint items, last page partial', async () => {
      const url = (page: number) => `/api/users?orgCode=360203&role=operator&pageSize=7&page=${page}&sort=username&order=asc`;
      const first = (await sec.get(url(1))).json() as UserPage;
      const second = (await sec.get(url(2))).json() as UserPage;
      assert.equal(first.items.length, 7);
      assert.equal(second.items.length, 7);
      assert.equal(first.total, second.total);
      assert.equal(first.page, 1);
      assert.equal(second.page, 2);
      assert.equal(first.pageSize, 7);
      const names = [...first.items, ...second.items].map((u) => u.username);
      assert.equal(new Set(names).size, 14, 'no user on both pages');
      assert.deepEqual(names, [...names].sort(), 'sorted by username across pages');
      const lastPage = Math.ceil(first.total / 7);
      const last = (await sec.get(url(lastPage))).json() as UserPage;
      assert.equal(last.items.length, first.total - (lastPage - 1) * 7);
      const beyond = (await sec.get(url(lastPage + 1))).json() as UserPage;
      assert.deepEqual(beyond.items, []);
      assert.equal(beyond.total, first.total);
    });

    test('changing roles ends the user’s sessions and is audited with before and after', async () => {
      const user = await t.login('zs_clerk', GOOD_PASSWORD);
      assert.equal((await user.get('/api/auth/me')).statusCode, 200);
      // A new account works only after its temporary password is changed.
      const blocked = await user.get('/api/employers');
      assert.equal(blocked.statusCode, 403);
      assert.equal(blocked.json().code, 'password_change_required');
      assert.equal((await user.post('/api/auth/password', { currentPassword: GOOD_PASSWORD, newPassword: CHANGED_PASSWORD })).statusCode, 200);
      assert.equal((await user.get('/api/employers')).statusCode, 200);
      const res = await sec.patch(`/api/users/${created.id}`, { roles: ['reviewer'] });
      assert.equal(res.statusCode, 200);
      assert.deepEqual((res.json() as UserBody).roles, ['reviewer']);
      const me = await user.get('/api/auth/me');
      assert.equal(me.statusCode, 401);
      assert.equal(me.json().code, 'unauthenticated');
      assert.deepEqual(await rolesOf('zs_clerk'), ['reviewer']);
      const audit = await auditRows('user.updated', created.id);
      assert.equal(audit.length, 1);
      assert.equal(audit[0].actor_name, 'secadmin');
      assert.deepEqual(audit[0].before, { displayName: '张三', orgCode: STREET, roles: ['operator'], status: 'active' });
      assert.deepEqual(audit[0].after, { roles: ['reviewer'] });
      const again = await t.login('zs_clerk', CHANGED_PASSWORD);
      assert.deepEqual((await again.get('/api/auth/me')).json().roles, ['reviewer']);
    });

    test('a password reset refuses weak passwords, replaces the password and is audited', async () => {
      const session = await t.login('zs_clerk', CHANGED_PASSWORD);
      const weak = await sec.post(`/api/users/${created.id}/reset-password`, { password: 'short1' });
      assert.equal(weak.statusCode, 400);
      assert.equal(weak.json().code, 'weak_password');
      assert.equal(weak.json().details[0].field, 'password');
      assert.equal((await auditRows('user.password_reset', created.id)).length, 0);

      const res = await sec.post(`/api/users/${created.id}/reset-password`, { password: 'Temp#Reset2026' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { ok: true });
      assert.equal((await session.get('/api/auth/me')).statusCode, 401, 'the reset ended existing sessions');
      const old = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zs_clerk', password: CHANGED_PASSWORD } });
      assert.equal(old.statusCode, 401);
      const fresh = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zs_clerk', password: 'Temp#Reset2026' } });
      assert.equal(fresh.statusCode, 200);
      assert.equal(fresh.json().user.mustChangePassword, true);
      const audit = await auditRows('user.password_reset', created.id);
      assert.equal(audit.length, 1);
      assert.equal(audit[0].actor_name, 'secadmin');
      assert.equal(audit[0].region_code, STREET);
      assert.ok(!JSON.stringify(audit[0]).includes('Temp#Reset2026'), 'the password is not audited');
    });

    test('unlock lifts a lockout and is audited with the lock it lifted', async () => {
      const target = 'op_360203002';
      const id = await userId(target);
      for (let i = 0; i < 5; i += 1) await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: target, password: `Wrong@${i}` } });
      const locked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: target, password: 'Demo@2026' } });
      assert.equal(locked.statusCode, 423);
      const lockedUntil = (await t.db.selectFrom('app_user').select('locked_until').where('id', '=', id).executeTakeFirstOrThrow()).locked_until;
      assert.ok(lockedUntil);
      const listed = (await sec.get(`/api/users?q=${target}`)).json() as UserPage;
      assert.equal(listed.items[0].locked, true);

      const res = await sec.post(`/api/users/${id}/unlock`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { ok: true });
      assert.equal(((await sec.get(`/api/users?q=${target}`)).json() as UserPage).items[0].locked, false);
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: target, password: 'Demo@2026' } });
      assert.equal(login.statusCode, 200);
      const audit = await auditRows('user.unlocked', id);
      assert.equal(audit.length, 1);
      assert.equal(audit[0].actor_name, 'secadmin');
      assert.equal(audit[0].region_code, '360203002');
      assert.deepEqual(audit[0].before, { lockedUntil: lockedUntil.toISOString() });
    });

    test('disabling an account ends its sessions and refuses its logins', async () => {
      const id = await userId('city_leader');
      const session = await t.login('city_leader');
      const res = await sec.patch(`/api/users/${id}`, { status: 'disabled' });
      assert.equal(res.statusCode, 200);
      assert.equal((res.json() as UserBody).status, 'disabled');
      assert.equal((await session.get('/api/auth/me')).statusCode, 401);
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'city_leader', password: 'Demo@2026' } });
      assert.equal(login.statusCode, 403);
      assert.equal(login.json().code, 'account_disabled');
      const audit = await auditRows('user.updated', id);
      assert.equal(audit.length, 1);
      assert.deepEqual(audit[0].after, { status: 'disabled' });
      assert.equal((audit[0].before as { status: string }).status, 'active');
    });

    test('an external account linked to a missing employer is a field error, not a 500', async () => {
      const res = await sec.post('/api/users', {
        username: 'ext_ghost',
        displayName: '幽灵单位',
        orgCode: '360203001002',
        kind: 'external',
        roles: ['employer'],
        password: 'Ext#Pass2026',
        employerId: 999999,
      });
      assert.equal(res.statusCode, 400, `answered ${res.statusCode} ${res.body}`);
      assert.equal(res.json().details[0].field, 'employerId');
      assert.equal(await t.db.selectFrom('app_user').select('id').where('username', '=', 'ext_ghost').executeTakeFirst(), undefined);
    });

    test('administrators cannot be unlocked by the security administrator; unknown accounts are not found', async () => {
      const adminId = await userId('admin');
      assert.equal((await sec.post(`/api/users/${adminId}/unlock`)).statusCode, 403);
      assert.equal((await sec.patch('/api/users/999999', { displayName: 'x' })).statusCode, 404);
    });

    test('export returns an xlsx of the filtered list', async () => {
      const res = await sec.get(`/api/users/export?orgCode=${STREET}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.match(String(res.headers['content-disposition']), /^attachment;/);
      assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
      const sheet = workbook.worksheets[0];
      assert.equal(sheet.getRow(1).getCell(1).value, '用户名');
      const expected = (
        await t.db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')).where('org_code', 'like', `${STREET}%`).executeTakeFirstOrThrow()
      ).n;
      assert.equal(sheet.actualRowCount, expected + 1, 'a header row and one row per account');
      const names: string[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) names.push(String(row.getCell(1).value));
      });
      assert.ok(names.includes('zs_clerk'));
      assert.ok(!names.includes('admin'));
    });
  });
});
