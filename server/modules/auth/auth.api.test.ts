import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

describe('auth', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('login sets an httpOnly session cookie and returns the user, roles and org unit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'street_rev', password: 'Demo@2026' } });
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'jy_session');
    assert.ok(cookie, 'session cookie set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    const me = res.json();
    assert.equal(me.user.username, 'street_rev');
    assert.deepEqual(me.roles, ['reviewer']);
    assert.equal(me.orgUnit.level, 4);
    assert.deepEqual(me.orgUnit.pathNames.slice(0, 3), ['江西省', '景德镇市', '珠山区']);
    assert.ok(me.csrfToken.length > 20);
  });

  test('wrong credentials answer 401 with a stable code, for unknown users too', async () => {
    for (const username of ['street_rev', 'nobody_here']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Wrong@2026' } });
      assert.equal(res.statusCode, 401);
      assert.deepEqual(res.json(), { code: 'invalid_credentials', message: '用户名或密码错误' });
    }
  });

  test('missing fields are a validation error naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.code, 'validation_failed');
    assert.deepEqual(body.details, [{ field: 'password', message: '必填' }]);
  });

  test('me without a session is 401; logout ends the session', async () => {
    assert.equal((await t.anonymous().get('/api/auth/me')).statusCode, 401);
    const c = await t.login('city_op');
    assert.equal((await c.get('/api/auth/me')).statusCode, 200);
    assert.equal((await c.post('/api/auth/logout')).statusCode, 200);
    const after = await c.get('/api/auth/me');
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().code, 'unauthenticated');
  });

  test('writes without the CSRF token are refused', async () => {
    const c = await t.login('city_op');
    const res = await c.raw({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': 'forged' } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'csrf_failed');
  });

  test('five wrong passwords lock the account; the right password is refused until the lock ends', async () => {
    for (let i = 0; i < 4; i += 1) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_op', password: `Wrong@${i}` } });
      assert.equal(res.statusCode, 401);
    }
    const fifth = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_op', password: 'Wrong@5' } });
    assert.equal(fifth.statusCode, 423);
    assert.equal(fifth.json().code, 'account_locked');
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_op', password: 'Demo@2026' } });
    assert.equal(right.statusCode, 423);
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('actor_name', '=', 'district_op').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.event_type), ['auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.locked', 'auth.login_failed']);
    t.clock.advanceMinutes(16);
    const later = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_op', password: 'Demo@2026' } });
    assert.equal(later.statusCode, 200);
  });

  test('an idle session expires after the idle timeout', async () => {
    const c = await t.login('city_leader');
    t.clock.advanceMinutes(20);
    assert.equal((await c.get('/api/auth/me')).statusCode, 200, 'still active after 20 minutes');
    t.clock.advanceMinutes(29);
    assert.equal((await c.get('/api/auth/me')).statusCode, 200, 'activity slid the window');
    t.clock.advanceMinutes(31);
    assert.equal((await c.get('/api/auth/me')).statusCode, 401, 'expired after 31 idle minutes');
  });

  test('password change enforces the rules and keeps the current session', async () => {
    const c = await t.login('city_rev');
    const weak = await c.post('/api/auth/password', { currentPassword: 'Demo@2026', newPassword: 'abc12345' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().code, 'weak_password');
    assert.equal(weak.json().details[0].field, 'newPassword');
    const wrongCurrent = await c.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Better#Pass9' });
    assert.equal(wrongCurrent.json().details[0].field, 'currentPassword');
    assert.equal((await c.post('/api/auth/password', { currentPassword: 'Demo@2026', newPassword: 'Better#Pass9' })).statusCode, 200);
    assert.equal((await c.get('/api/auth/me')).statusCode, 200);
    await t.login('city_rev', 'Better#Pass9');
  });

  test('login is rate limited per client', async () => {
    const limited = await createTestApp({ loginRateLimit: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 5; i += 1) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
      }
      assert.deepEqual(codes, [401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('initial passwords', () => {
  test('an account with a temporary password can only change it', async () => {
    const t = await createTestApp();
    try {
      const secadmin = await t.login('secadmin');
      const created = await secadmin.post('/api/users', { username: 'new_clerk', displayName: '新经办', orgCode: '360203', kind: 'staff', roles: ['operator'], password: 'Temp#2026x' });
      assert.equal(created.statusCode, 200, created.body);
      const clerk = await t.login('new_clerk', 'Temp#2026x');
      assert.equal((await clerk.get('/api/auth/me')).json().user.mustChangePassword, true);
      const blocked = await clerk.get('/api/employers');
      assert.equal(blocked.statusCode, 403);
      assert.equal(blocked.json().code, 'password_change_required');
      assert.equal((await clerk.post('/api/auth/password', { currentPassword: 'Temp#2026x', newPassword: 'Mine#2026x' })).statusCode, 200);
      const relogged = await t.login('new_clerk', 'Mine#2026x');
      assert.equal((await relogged.get('/api/employers')).statusCode, 200);
    } finally {
      await t.close();
    }
  });
});

describe('login hardening', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ loginRateLimit: 3 });
  });
  after(() => t.close());

  const attempt = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

  test('a spoofed X-Forwarded-For does not escape the per-client rate limit', async () => {
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push((await attempt('nobody', 'x', { 'x-forwarded-for': `10.0.0.${i}` })).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
  });
});

describe('lockout and disabled accounts', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const attempt = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  test('parallel wrong passwords each count: the account locks', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt('city_leader', `Wrong#${i}`)));
    assert.ok(results.some((r) => r.statusCode === 423), `codes ${results.map((r) => r.statusCode).join(',')}`);
    assert.equal((await attempt('city_leader', 'Demo@2026')).statusCode, 423);
  });

  test('a disabled account answers like a wrong password unless the password is right', async () => {
    const secadmin = await t.login('secadmin');
    const target = await t.db.selectFrom('app_user').select('id').where('username', '=', 'street_op').executeTakeFirstOrThrow();
    assert.equal((await secadmin.patch(`/api/users/${target.id}`, { status: 'disabled' })).statusCode, 200);
    const wrong = await attempt('street_op', 'Wrong#2026');
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().code, 'invalid_credentials');
    const right = await attempt('street_op', 'Demo@2026');
    assert.equal(right.statusCode, 403);
    assert.equal(right.json().code, 'account_disabled');
  });

  test('phone numbers are masked in the audit log too', async () => {
    const secadmin = await t.login('secadmin');
    const target = await t.db.selectFrom('app_user').select('id').where('username', '=', 'city_op').executeTakeFirstOrThrow();
    assert.equal((await secadmin.patch(`/api/users/${target.id}`, { phone: '13812345678' })).statusCode, 200);
    const row = await t.db.selectFrom('audit_log').select('after').where('event_type', '=', 'user.updated').where('entity_id', '=', String(target.id)).executeTakeFirstOrThrow();
    assert.deepEqual(row.after, { phone: '138****5678' });
  });
});
