import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { citizenIdCheckChar } from '../../platform/validators/citizen-id.js';

interface TableBody {
  type: string;
  edition: string;
  name: string;
  standard: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  entryCount: number;
  current: boolean;
}

interface EntryBody {
  type: string;
  edition: string;
  code: string;
  name: string;
  parentCode: string | null;
  level: number;
  childCount: number;
}

interface EntryPage {
  items: EntryBody[];
  total: number;
  page: number;
  pageSize: number;
}

const INDUSTRY_2017 = 'GB/T 4754-2017';
const q = (text: string) => encodeURIComponent(text);

describe('code tables and validators', () => {
  let t: TestApp;
  let c: Client;
  before(async () => {
    t = await createTestApp();
    c = await t.login('city_op');
  });
  after(() => t.close());

  const base = () => t.db.selectFrom('code_entry');
  /** Entries of one edition counted with SQL, optionally narrowed. */
  const entryCount = async (type: string, edition: string, where: (qb: ReturnType<typeof base>) => ReturnType<typeof base> = (qb) => qb) =>
    (await where(base().where('type', '=', type).where('edition', '=', edition)).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

  test('the table list has the industry and occupation editions with the one in force marked current', async () => {
    const res = await c.get('/api/codes/tables');
    assert.equal(res.statusCode, 200);
    const tables = res.json() as TableBody[];
    const find = (type: string, edition: string) => {
      const found = tables.find((x) => x.type === type && x.edition === edition);
      assert.ok(found, `${type} ${edition} listed`);
      return found;
    };
    const industry = find('industry', INDUSTRY_2017);
    assert.equal(industry.entryCount, 117);
    assert.equal(industry.effectiveFrom, '2017-10-01');
    assert.equal(industry.effectiveTo, null);
    assert.equal(industry.current, true);
    assert.equal(find('industry', 'GB/T 4754-2011').current, false);

    const occ2022 = find('occupation', '2022');
    const occ2015 = find('occupation', '2015');
    assert.equal(occ2022.current, true);
    assert.equal(occ2015.current, false);
    assert.equal(occ2015.effectiveTo, '2022-09-28');
    assert.equal(occ2022.effectiveFrom, '2022-09-28');
    assert.equal(occ2022.entryCount, await entryCount('occupation', '2022'));
    assert.equal(occ2015.entryCount, await entryCount('occupation', '2015'));

    const currentPerType = new Map<string, number>();
    for (const x of tables) if (x.current) currentPerType.set(x.type, (currentPerType.get(x.type) ?? 0) + 1);
    for (const [type, n] of currentPerType) assert.equal(n, 1, `one current edition of ${type}`);
  });

  test('entries are searched by part of the name', async () => {
    const res = await c.get(`/api/codes/entries?type=industry&q=${q('制造')}&pageSize=200`);
    assert.equal(res.statusCode, 200);
    const body = res.json() as EntryPage;
    const expected = await entryCount('industry', INDUSTRY_2017, (qb) => qb.where('name', 'like', '%制造%'));
    assert.ok(expected > 10);
    assert.equal(body.total, expected);
    assert.equal(body.items.length, expected);
    for (const e of body.items) {
      assert.equal(e.edition, INDUSTRY_2017);
      assert.ok(e.name.includes('制造'), e.name);
    }
    assert.ok(body.items.some((e) => e.code === 'C' && e.name === '制造业'));
  });

  test('entries are searched by code prefix', async () => {
    const body = (await c.get('/api/codes/entries?type=industry&q=3&pageSize=200')).json() as EntryPage;
    assert.deepEqual(body.items.map((e) => e.code), ['30', '31', '32', '33', '34', '35', '36', '37', '38', '39']);
    assert.equal(body.total, 10);
    const occ = (await c.get(`/api/codes/entries?type=occupation&q=${q('2-0')}&pageSize=200`)).json() as EntryPage;
    assert.ok(occ.total > 0);
    for (const e of occ.items) assert.ok(e.code.startsWith('2-0'), e.code);
  });

  test('the parent filter lists a section’s divisions: C has the manufacturing divisions 13–43', async () => {
    const body = (await c.get('/api/codes/entries?type=industry&parent=C&pageSize=200')).json() as EntryPage;
    assert.equal(body.total, 31);
    const expected = Array.from({ length: 31 }, (_, i) => String(13 + i));
    assert.deepEqual(body.items.map((e) => e.code), expected);
    for (const e of body.items) {
      assert.equal(e.parentCode, 'C');
      assert.equal(e.level, 2);
    }
    const top = (await c.get('/api/codes/entries?type=industry&parent=&pageSize=200')).json() as EntryPage;
    assert.equal(top.total, 20, 'sections A–T');
    assert.equal(top.items.find((e) => e.code === 'C')?.childCount, 31);
  });

  test('pagination of entries keeps the total and the order', async () => {
    const p1 = (await c.get('/api/codes/entries?type=industry&pageSize=50&page=1')).json() as EntryPage;
    const p3 = (await c.get('/api/codes/entries?type=industry&pageSize=50&page=3')).json() as EntryPage;
    assert.equal(p1.total, 117);
    assert.equal(p3.total, 117);
    assert.equal(p1.items.length, 50);
    assert.equal(p3.items.length, 17);
    assert.equal(p1.items[0].code, 'A');
  });

  test('the default edition is the one in force at the clock’s date', async () => {
    const now = (await c.get('/api/codes/entries?type=occupation&pageSize=1')).json() as EntryPage;
    assert.equal(now.items[0].edition, '2022');
    assert.equal(now.total, await entryCount('occupation', '2022'));
    const named = (await c.get('/api/codes/entries?type=occupation&edition=2015&pageSize=1')).json() as EntryPage;
    assert.equal(named.items[0].edition, '2015');
    assert.equal(named.total, await entryCount('occupation', '2015'));
    assert.notEqual(now.total, named.total, '2022 has more medium groups than 2015');

    const saved = t.clock.now();
    try {
      t.clock.set('2020-06-01T02:00:00.000Z');
      const past = await t.login('city_op');
      const body = (await past.get('/api/codes/entries?type=occupation&pageSize=1')).json() as EntryPage;
      assert.equal(body.items[0].edition, '2015');
      const tables = (await past.get('/api/codes/tables')).json() as TableBody[];
      assert.equal(tables.find((x) => x.type === 'occupation' && x.edition === '2015')?.current, true);
      assert.equal(tables.find((x) => x.type === 'occupation' && x.edition === '2022')?.current, false);
    } finally {
      t.clock.set(saved);
    }
  });

  test('an unknown table is not found', async () => {
    const res = await c.get('/api/codes/entries?type=no_such_table');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'not_found');
  });

  test('entries export as xlsx', async () => {
    const res = await c.get('/api/codes/entries/export?type=industry&parent=C');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.actualRowCount, 32);
    assert.equal(sheet.getRow(1).getCell(1).value, '代码');
    assert.equal(sheet.getRow(2).getCell(1).value, '13');
    assert.equal(sheet.getRow(2).getCell(2).value, '农副食品加工业');
  });

  test('the citizen id validator checks the GB 11643 check digit and reads birth date and sex', async () => {
    const ok = await c.post('/api/codes/validate/citizen-id', { value: '11010519491231002X' });
    assert.equal(ok.statusCode, 200);
    const body = ok.json();
    assert.equal(body.valid, true);
    assert.equal(body.normalized, '11010519491231002X');
    assert.equal(body.facts.birthDate, '1949-12-31');
    assert.equal(body.facts.sex, '女');
    assert.equal(body.facts.regionCode, '110105');

    const lower = (await c.post('/api/codes/validate/citizen-id', { value: '11010519491231002x' })).json();
    assert.equal(lower.valid, true);
    assert.equal(lower.normalized, '11010519491231002X');

    const bad = await c.post('/api/codes/validate/citizen-id', { value: '110105194912310021' });
    assert.equal(bad.statusCode, 200);
    const badBody = bad.json();
    assert.equal(badBody.valid, false);
    assert.match(badBody.message, /[\u4e00-\u9fff]/, 'a Chinese message');
    assert.match(badBody.message, /校验/);
    assert.equal(badBody.facts, undefined);
  });

  test('the citizen id birth-date bound is the China date of the app clock', async () => {
    // 17:00Z on 11-20 is 01:00 on 11-21 in China: a child born on 11-21 (China) is already born.
    const first17 = '11010520261121002';
    const id = first17 + citizenIdCheckChar(first17);
    const saved = t.clock.now();
    try {
      t.clock.set('2026-11-20T17:00:00.000Z');
      const late = await t.login('city_op');
      const res = (await late.post('/api/codes/validate/citizen-id', { value: id })).json();
      assert.equal(res.valid, true, res.message);
      assert.equal(res.facts.birthDate, '2026-11-21');
      const tomorrow = '11010520261122002';
      const future = (await late.post('/api/codes/validate/citizen-id', { value: tomorrow + citizenIdCheckChar(tomorrow) })).json();
      assert.equal(future.valid, false, 'a birth date after today (China) is refused');
    } finally {
      t.clock.set(saved);
    }
  });

  test('the credit code validator accepts a valid GB 32100 code and rejects a wrong check character', async () => {
    const ok = (await c.post('/api/codes/validate/credit-code', { value: '91350100M000100Y43' })).json();
    assert.equal(ok.valid, true);
    assert.equal(ok.normalized, '91350100M000100Y43');
    assert.equal(ok.facts.divisionCode, '350100');
    const bad = (await c.post('/api/codes/validate/credit-code', { value: '91350100M000100Y44' })).json();
    assert.equal(bad.valid, false);
    assert.match(bad.message, /[\u4e00-\u9fff]/);
  });

  test('external accounts may browse codes; anonymous requests are 401', async () => {
    const seeker = await t.login('seeker_demo');
    assert.equal((await seeker.get('/api/codes/tables')).statusCode, 200);
    const anon = t.anonymous();
    for (const res of [
      await anon.get('/api/codes/tables'),
      await anon.get('/api/codes/entries?type=industry'),
      await anon.get('/api/codes/entries/export?type=industry'),
      await anon.post('/api/codes/validate/citizen-id', { value: '11010519491231002X' }),
      await anon.post('/api/codes/validate/credit-code', { value: '91350100M000100Y43' }),
    ]) {
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'unauthenticated');
    }
  });

  test('the system administrator reloads the shipped tables, audited; others may not', async () => {
    assert.equal((await c.post('/api/codes/reload')).statusCode, 403);
    const admin = await t.login('admin', 'Admin@2026');
    const before = (await base().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    const res = await admin.post('/api/codes/reload');
    assert.equal(res.statusCode, 200);
    const tables = (await c.get('/api/codes/tables')).json() as TableBody[];
    assert.deepEqual(res.json(), { editions: tables.length });
    assert.equal((await base().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n, before, 'a reload replaces, it does not duplicate');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('event_type', '=', 'code.loaded').where('actor_name', '=', 'admin').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0].actor_id, admin.userId);
  });
});
