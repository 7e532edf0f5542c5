import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

interface AuditItem {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  event: string;
  eventName: string;
  entityType: string | null;
  entityId: string | null;
  regionCode: string | null;
  detail: unknown;
}

interface AuditPage {
  items: AuditItem[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Logins at known instants around China midnight:
 *   city_op      2026-11-20T15:30Z = 2026-11-20 23:30 China
 *   city_rev     2026-11-20T16:30Z = 2026-11-21 00:30 China (still 11-20 in UTC)
 *   district_op  2026-11-22T01:00Z = 2026-11-22 09:00 China
 */
const LOGINS = [
  { username: 'city_op', at: '2026-11-20T15:30:00.000Z' },
  { username: 'city_rev', at: '2026-11-20T16:30:00.000Z' },
  { username: 'district_op', at: '2026-11-22T01:00:00.000Z' },
] as const;

describe('audit log', () => {
  let t: TestApp;
  let auditor: Client;
  before(async () => {
    t = await createTestApp();
    for (const l of LOGINS) {
      t.clock.set(l.at);
      await t.login(l.username);
    }
    auditor = await t.login('auditor');
  });
  after(() => t.close());

  /** Rows the province-level auditor may see (no region, or a region in 36), counted with SQL. */
  const visibleCount = async (filter: { event?: string; actor?: string } = {}) => {
    let q = t.db
      .selectFrom('audit_log')
      .select(sql<number>`count(*)::int`.as('n'))
      .where((eb) => eb.or([eb('region_code', 'is', null), eb('region_code', 'like', '36%')]));
    if (filter.event) q = q.where('event_type', '=', filter.event);
    if (filter.actor) q = q.where('actor_name', '=', filter.actor);
    return (await q.executeTakeFirstOrThrow()).n;
  };
  const newest = () => t.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();

  test('the log is listed newest first with the total of visible rows', async () => {
    const expected = await visibleCount();
    const res = await auditor.get('/api/audit?pageSize=200');
    assert.equal(res.statusCode, 200);
    const body = res.json() as AuditPage;
    assert.equal(body.total, expected);
    assert.equal(body.items.length, Math.min(200, expected));
    for (let i = 1; i < body.items.length; i += 1) {
      const prev = body.items[i - 1];
      const cur = body.items[i];
      assert.ok(prev.at > cur.at || (prev.at === cur.at && prev.id > cur.id), `row ${i} is not older than row ${i - 1}`);
    }
    const logins = body.items.filter((r) => r.event === 'auth.login').map((r) => r.actorName);
    assert.deepEqual(logins.slice(0, 4), ['auditor', 'district_op', 'city_rev', 'city_op']);
    assert.equal(body.items.find((r) => r.event === 'auth.login')?.eventName, '登录成功');
  });

  test('order=asc lists oldest first', async () => {
    const body = (await auditor.get('/api/audit?order=asc&pageSize=5')).json() as AuditPage;
    for (let i = 1; i < body.items.length; i += 1) assert.ok(body.items[i - 1].at <= body.items[i].at);
    const oldest = await t.db.selectFrom('audit_log').select('at').orderBy('at').executeTakeFirstOrThrow();
    assert.equal(body.items[0].at, oldest.at.toISOString());
  });

  test('filters by event and by actor', async () => {
    const byEvent = (await auditor.get('/api/audit?event=auth.login&pageSize=200')).json() as AuditPage;
    assert.equal(byEvent.total, await visibleCount({ event: 'auth.login' }));
    assert.ok(byEvent.total >= 4);
    for (const r of byEvent.items) assert.equal(r.event, 'auth.login');

    const byActor = (await auditor.get('/api/audit?actor=city_rev&pageSize=200')).json() as AuditPage;
    assert.equal(byActor.total, await visibleCount({ actor: 'city_rev' }));
    assert.ok(byActor.total >= 1);
    for (const r of byActor.items) assert.equal(r.actorName, 'city_rev');

    const both = (await auditor.get('/api/audit?actor=city_op&event=auth.login')).json() as AuditPage;
    assert.equal(both.total, 1);
    assert.equal(both.items[0].at, LOGINS[0].at);

    const none = (await auditor.get('/api/audit?actor=nobody_at_all')).json() as AuditPage;
    assert.equal(none.total, 0);
    assert.deepEqual(none.items, []);
  });

  test('the date range is in China time, with `to` inclusive', async () => {
    const day = async (from: string, to: string) =>
      ((await auditor.get(`/api/audit?event=auth.login&from=${from}&to=${to}&pageSize=200`)).json() as AuditPage).items.map((r) => r.actorName);
    // 16:30Z on 11-20 is 00:30 on 11-21 in China: it belongs to 11-21, not 11-20.
    assert.deepEqual(await day('2026-11-20', '2026-11-20'), ['city_op']);
    assert.deepEqual(await day('2026-11-21', '2026-11-21'), ['city_rev']);
    assert.deepEqual(await day('2026-11-22', '2026-11-22'), ['auditor', 'district_op']);
    assert.deepEqual(await day('2026-11-20', '2026-11-21'), ['city_rev', 'city_op']);
    assert.deepEqual(await day('2026-11-23', '2026-11-30'), []);
    const fromOnly = (await auditor.get('/api/audit?event=auth.login&from=2026-11-21')).json() as AuditPage;
    assert.deepEqual(fromOnly.items.map((r) => r.actorName), ['auditor', 'district_op', 'city_rev']);
  });

  test('an impossible date in the range is a validation error, not a 500', async () => {
    for (const query of ['to=2026-13-01', 'from=2026-02-30']) {
      const res = await auditor.get(`/api/audit?${query}`);
      assert.equal(res.statusCode, 400, `${query} answered ${res.statusCode} ${res.body.slice(0, 80)}`);
      assert.equal(res.json().code, 'validation_failed');
    }
  });

  test('pages are consecutive slices of the same ordering', async () => {
    const all = (await auditor.get('/api/audit?event=auth.login&pageSize=200')).json() as AuditPage;
    const p1 = (await auditor.get('/api/audit?event=auth.login&pageSize=2&page=1')).json() as AuditPage;
    const p2 = (await auditor.get('/api/audit?event=auth.login&pageSize=2&page=2')).json() as AuditPage;
    assert.equal(p1.total, all.total);
    assert.equal(p2.total, all.total);
    assert.equal(p1.items.length, 2);
    assert.equal(p2.page, 2);
    assert.deepEqual([...p1.items, ...p2.items].map((r) => r.id), all.items.slice(0, 4).map((r) => r.id));
  });

  test('viewing the log writes an audit.viewed row with the filter used', async () => {
    const before = await newest();
    const body = (await auditor.get('/api/audit?event=auth.login&actor=city_op')).json() as AuditPage;
    const row = await newest();
    assert.ok(row.id > before.id);
    assert.equal(row.event_type, 'audit.viewed');
    assert.equal(row.actor_name, 'auditor');
    assert.equal(row.actor_id, auditor.userId);
    const detail = row.detail as { filter: { event?: string; actor?: string }; rows: number };
    assert.equal(detail.filter.event, 'auth.login');
    assert.equal(detail.filter.actor, 'city_op');
    assert.equal(detail.rows, body.items.length);
    // The view row is visible to the next query.
    const views = (await auditor.get('/api/audit?event=audit.viewed&pageSize=1')).json() as AuditPage;
    assert.equal(views.items[0].id, row.id);
  });

  test('exporting writes an xlsx and an audit.exported row', async () => {
    const expected = await visibleCount({ event: 'auth.login' });
    const before = await newest();
    const res = await auditor.get('/api/audit/export?event=auth.login');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.actualRowCount, expected + 1);
    const after = await t.db.selectFrom('audit_log').selectAll().where('id', '>', before.id).orderBy('id').execute();
    assert.deepEqual(after.map((r) => r.event_type), ['audit.exported']);
    assert.equal(after[0].actor_name, 'auditor');
    assert.equal((after[0].detail as { rows: number }).rows, expected);
  });

  test('an auditor does not see region-bound events of another province', async () => {
    const now = t.clock.now();
    const probe = { at: now, actor_name: 'probe', event_type: 'employer.viewed', entity_type: 'probe' };
    await t.db.insertInto('audit_log').values([
      { ...probe, entity_id: 'beijing', region_code: '110101' },
      { ...probe, entity_id: 'zhushan', region_code: '360203' },
      { ...probe, entity_id: 'global', region_code: null },
    ]).execute();
    const body = (await auditor.get('/api/audit?entityType=probe')).json() as AuditPage;
    assert.deepEqual(body.items.map((r) => r.entityId).sort(), ['global', 'zhushan']);
    assert.equal(body.total, 2);
    const unitOnly = (await auditor.get('/api/audit?entityType=probe&regionCode=360203')).json() as AuditPage;
    assert.deepEqual(unitOnly.items.map((r) => r.entityId), ['zhushan']);
    const withGlobal = (await auditor.get('/api/audit?entityType=probe&regionCode=360203&includeGlobal=true')).json() as AuditPage;
    assert.deepEqual(withGlobal.items.map((r) => r.entityId).sort(), ['global', 'zhushan']);
  });

  test('the audit log is append-only in the database', async () => {
    const row = await t.db.selectFrom('audit_log').selectAll().where('event_type', '=', 'auth.login').orderBy('id').executeTakeFirstOrThrow();
    const count = async () => (await t.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    const total = await count();
    await assert.rejects(() => t.db.updateTable('audit_log').set({ actor_name: 'tampered' }).where('id', '=', row.id).execute(), /append-only/);
    await assert.rejects(() => t.db.deleteFrom('audit_log').where('id', '=', row.id).execute(), /append-only/);
    await assert.rejects(() => sql`TRUNCATE audit_log`.execute(t.db), /append-only/);
    const again = await t.db.selectFrom('audit_log').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.deepEqual(again, row);
    assert.equal(await count(), total);
  });

  test('only the audit administrator reads the log', async () => {
    for (const username of ['city_op', 'city_leader', 'secadmin']) {
      const c = await t.login(username);
      const res = await c.get('/api/audit');
      assert.equal(res.statusCode, 403, username);
      assert.equal(res.json().code, 'forbidden');
    }
    assert.equal((await t.anonymous().get('/api/audit')).statusCode, 401);
  });

  test('the export file is named after the China date of the app clock', async () => {
    // 17:00Z on 11-22 is 01:00 on 11-23 in China.
    t.clock.set('2026-11-22T17:00:00.000Z');
    const c = await t.login('auditor');
    const res = await c.get('/api/audit/export?event=auth.logout');
    assert.equal(res.statusCode, 200);
    const match = /filename\*=UTF-8''([^;]+)/.exec(String(res.headers['content-disposition']));
    assert.ok(match, 'an RFC 5987 file name is sent');
    assert.equal(decodeURIComponent(match[1]), '审计日志-2026-11-23.xlsx');
  });
});
