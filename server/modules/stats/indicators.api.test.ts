import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { startSnapshotScheduler } from './snapshot-scheduler.js';
import { refreshSnapshots } from './snapshot-service.js';
import { staleMonths } from './snapshot-store.js';
import { monthValues } from './dashboard-values.js';
import { TEST_EPOCH } from '../../../tests/support/template.js';

const TEST_NOW = new Date(TEST_EPOCH);

/**
 * 主要指标 against the ledger: every figure of the city and of one district compared with a count
 * written here (not the code under test), drill-downs whose totals are the figures and whose rows are
 * in scope, period validation, and the consistency check (zero differences; a stale snapshot row is a
 * difference until the snapshot is refreshed). Test clock: 2026-11-20.
 */

type Values = Record<string, number | null>;
interface Row { key: string; regionCode: string; source: string; values: Values }
interface Report { regionCode: string; unit: Row; lower: Row[]; months: Row[] }

const CITY = '3602';
const DISTRICT = '360203';
const Q3 = { from: '2026-07-01', to: '2026-09-30', asOf: '2026-09-30', query: 'period=quarter&year=2026&quarter=3' };
const Q4 = { from: '2026-10-01', to: '2026-12-31', asOf: '2026-11-20', query: 'period=quarter&year=2026&quarter=4' };
const OCT = { from: '2026-10-01', to: '2026-10-31', asOf: '2026-10-31', query: 'period=month&year=2026&month=10' };
type P = typeof Q3;

const r4 = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

describe('stats: indicators equal independent counts over the ledger', () => {
  let t: TestApp;
  let city: Client;
  let district: Client;
  let street: Client;
  let leader: Client;

  /** One count written for the test: plain SQL over the ledger tables. */
  const n = async (query: ReturnType<typeof sql>) => Number(((await query.execute(t.db)).rows[0] as { n: string | number }).n);

  /** Every figure of `region` for period `p`, counted here. */
  const expected = async (region: string, p: P): Promise<Values> => {
    const like = `${region}%`;
    const U = await n(sql`SELECT count(*) AS n FROM unemployment_registration WHERE region_code LIKE ${like} AND counts_in_rate AND registered_on <= ${p.asOf} AND NOT (cancelled_on IS NOT NULL AND cancelled_on <= ${p.asOf})`);
    const E = await n(sql`SELECT count(*) AS n FROM person p WHERE EXISTS (SELECT 1 FROM employment_registration e WHERE e.person_id = p.id AND e.region_code LIKE ${like} AND e.started_on <= ${p.asOf} AND (e.ended_on IS NULL OR e.ended_on > ${p.asOf}))`);
    const started = (kind: string) => n(sql`SELECT count(*) AS n FROM employment_registration WHERE region_code LIKE ${like} AND kind = ${kind} AND started_on >= ${p.from} AND started_on <= ${p.to}`);
    const newEmployer = await started('employer');
    const newSelfEmployed = await started('self_employed');
    const newFlexible = await started('flexible');
    const newPublicWelfare = await started('public_welfare');
    const attrition = await n(sql`SELECT count(*) AS n FROM employment_registration WHERE region_code LIKE ${like} AND end_reason = 'retired' AND ended_on >= ${p.from} AND ended_on <= ${p.to}`);
    const base = await n(sql`SELECT count(*) AS n FROM person p WHERE EXISTS (SELECT 1 FROM unemployment_registration u WHERE u.person_id = p.id AND u.region_code LIKE ${like} AND u.registered_on <= ${p.to} AND (u.cancelled_on IS NULL OR u.cancelled_on >= ${p.from}))`);
    const re = await n(sql`SELECT count(*) AS n FROM person p WHERE EXISTS (SELECT 1 FROM unemployment_registration u JOIN employment_registration e ON e.person_id = u.person_id
      WHERE u.person_id = p.id AND u.region_code LIKE ${like} AND u.registered_on <= ${p.to} AND (u.cancelled_on IS NULL OR u.cancelled_on >= ${p.from})
        AND e.started_on >= ${p.from} AND e.started_on <= ${p.to} AND e.started_on >= u.registered_on)`);
    const dBase = await n(sql`SELECT count(*) AS n FROM person p WHERE EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = p.id AND d.region_code LIKE ${like} AND d.status IN ('active', 'exited') AND d.started_on <= ${p.to} AND (d.exited_on IS NULL OR d.exited_on >= ${p.from}))`);
    const dRe = await n(sql`SELECT count(*) AS n FROM person p WHERE EXISTS (SELECT 1 FROM difficulty_identification d JOIN employment_registration e ON e.person_id = d.person_id
      WHERE d.person_id = p.id AND d.region_code LIKE ${like} AND d.status IN ('active', 'exited') AND d.started_on <= ${p.to} AND (d.exited_on IS NULL OR d.exited_on >= ${p.from})
        AND e.started_on >= ${p.from} AND e.started_on <= ${p.to} AND e.started_on >= d.started_on)`);
    const zeroIdentified = await n(sql`SELECT count(*) AS n FROM zero_employment_family WHERE region_code LIKE ${like} AND identified_on >= ${p.from} AND identified_on <= ${p.to}`);
    const zeroCleared = await n(sql`SELECT count(*) AS n FROM zero_employment_family WHERE region_code LIKE ${like} AND identified_on IS NOT NULL AND cleared_on >= ${p.from} AND cleared_on <= ${p.to}`);
    const zeroOverdue = await n(sql`SELECT count(*) AS n FROM zero_employment_family WHERE region_code LIKE ${like} AND status IN ('active', 'cleared') AND identified_on <= ${p.asOf}
      AND (cleared_on IS NULL OR cleared_on > ${p.asOf})
      AND ((first_due_on < ${p.asOf} AND (first_employed_on IS NULL OR first_employed_on > ${p.asOf})) OR (double_employment AND second_due_on < ${p.asOf} AND (second_employed_on IS NULL OR second_employed_on > ${p.asOf})))`);
    const newTotal = newEmployer + newSelfEmployed + newFlexible + newPublicWelfare;
    return {
      unemployed: U, employed: E, unemploymentRate: r4(U, U + E),
      newEmployer, newSelfEmployed, newFlexible, newPublicWelfare, newTotal, attrition, netNew: newTotal - attrition,
      reemploymentBase: base, reemployed: re, reemploymentRate: r4(re, base),
      difficultyBase: dBase, difficultyEmployed: dRe, difficultyRate: r4(dRe, dBase),
      zeroIdentified, zeroCleared, zeroOverdue,
    };
  };

  const report = async (c: Client, query: string): Promise<Report> => {
    const res = await c.get(`/api/stats/indicators?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Report;
  };

  const assertFigures = (row: Row, want: Values, what: string) => {
    for (const [k, v] of Object.entries(want)) assert.equal(row.values[k], v, `${what} ${k}`);
  };

  before(async () => {
    t = await createTestApp();
    [city, district, street, leader] = await Promise.all(['city_op', 'district_op', 'street_op', 'city_leader'].map((u) => t.login(u)));
    // Cases the demo data lacks: retirements in Q3, a family placed late, a double-employment family, and re-employment of people with difficulty.
    const people = (await sql<{ id: number; region_code: string }>`SELECT id, region_code FROM person p WHERE region_code LIKE ${`${DISTRICT}%`} AND NOT EXISTS (SELECT 1 FROM unemployment_registration u WHERE u.person_id = p.id AND u.cancelled_on IS NULL) ORDER BY id LIMIT 6`.execute(t.db)).rows;
    // Entered before the test clock's now, as in life: a snapshot taken now has seen them.
    const now = new Date(t.clock.now().getTime() - 3_600_000);
    for (const [i, p] of people.slice(0, 3).entries()) {
      await t.db.insertInto('employment_registration').values({ person_id: p.id, region_code: p.region_code, kind: 'employer', employer_name: '测试单位', full_time: false, started_on: '2010-03-01', registered_on: '2010-03-05', ended_on: `2026-0${7 + i}-15`, end_reason: 'retired', created_at: now, updated_at: now }).execute();
    }
    const households = (await sql<{ id: number; region_code: string }>`SELECT h.id, h.region_code FROM household h WHERE h.region_code LIKE ${`${DISTRICT}%`} AND NOT EXISTS (SELECT 1 FROM zero_employment_family z WHERE z.household_id = h.id) ORDER BY h.id LIMIT 3`.execute(t.db)).rows;
    const fam = (h: { id: number; region_code: string }, v: Record<string, string | boolean | null>) =>
      t.db.insertInto('zero_employment_family').values({ household_id: h.id, region_code: h.region_code, applied_on: '2026-06-20', status: 'active', created_at: now, updated_at: now, ...v }).execute();
    await fam(households[0], { status: 'cleared', identified_on: '2026-07-01', first_due_on: '2026-07-21', first_employed_on: '2026-10-05', cleared_on: '2026-10-05' });
    await fam(households[1], { identified_on: '2026-08-01', double_employment: true, first_due_on: '2026-08-21', second_due_on: '2026-09-01', first_employed_on: '2026-08-10' });
    await fam(households[2], { status: 'cleared', identified_on: '2026-09-01', first_due_on: '2026-09-21', first_employed_on: '2026-09-10', cleared_on: '2026-09-10' });
    const [a, b] = people.slice(3, 5);
    for (const p of [a, b]) {
      await t.db.insertInto('difficulty_identification').values({ person_id: p.id, region_code: p.region_code, category: 'age_4050', status: 'active', applied_on: '2026-06-01', started_on: '2026-06-10', created_at: now, updated_at: now }).execute();
    }
    await t.db.insertInto('employment_registration').values({ person_id: a.id, region_code: a.region_code, kind: 'public_welfare', full_time: false, started_on: '2026-08-03', registered_on: '2026-08-04', created_at: now, updated_at: now }).execute();
    // Boundaries on Q3's last day: a job ending and an unemployment registration cancelled that day (neither counts then), one registered that day (counts).
    const c = (await sql<{ id: number; region_code: string }>`SELECT id, region_code FROM person p WHERE region_code LIKE ${`${DISTRICT}%`}
      AND NOT EXISTS (SELECT 1 FROM unemployment_registration u WHERE u.person_id = p.id) AND NOT EXISTS (SELECT 1 FROM employment_registration e WHERE e.person_id = p.id) ORDER BY id LIMIT 1`.execute(t.db)).rows[0];
    await t.db.insertInto('employment_registration').values({ person_id: c.id, region_code: c.region_code, kind: 'flexible', full_time: false, started_on: '2026-09-01', registered_on: '2026-09-02', ended_on: '2026-09-30', end_reason: 'resigned', created_at: now, updated_at: now }).execute();
    await t.db.insertInto('unemployment_registration').values({ person_id: c.id, region_code: c.region_code, registered_on: '2026-07-01', reason: 'other', counts_in_rate: true, cancelled_on: '2026-09-30', cancel_ground: 'employed', created_at: now, updated_at: now }).execute();
    await t.db.insertInto('unemployment_registration').values({ person_id: b.id, region_code: b.region_code, registered_on: '2026-09-30', reason: 'other', counts_in_rate: true, created_at: now, updated_at: now }).execute();
  });
  after(() => t?.close());

  for (const p of [Q3, OCT, Q4]) {
    test(`city, its districts and the months, ${p.query}`, async () => {
      const r = await report(city, p.query);
      assert.equal(r.regionCode, CITY);
      assertFigures(r.unit, await expected(CITY, p), 'city');
      assert.deepEqual(r.lower.map((u) => u.regionCode), ['360202', '360203', '360222', '360281']);
      for (const u of r.lower) assertFigures(u, await expected(u.regionCode, p), u.regionCode);
      assert.deepEqual(r.months.map((m) => m.key), ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
      const sep = r.months.find((m) => m.key === '2026-09') as Row;
      assertFigures(sep, await expected(CITY, { from: '2026-09-01', to: '2026-09-30', asOf: '2026-09-30', query: '' }), 'September');
    });
  }

  test('the figures the test data was made for are there (retirements, overdue and cleared families, difficulty)', async () => {
    const r = await report(district, Q3.query);
    assert.ok((r.unit.values.attrition ?? 0) >= 3);
    assert.ok((r.unit.values.zeroOverdue ?? 0) >= 1, 'the double-employment family is overdue at 09-30');
    assert.ok((r.unit.values.zeroCleared ?? 0) >= 1);
    assert.ok((r.unit.values.difficultyEmployed ?? 0) >= 1);
    assert.ok((r.unit.values.unemployed ?? 0) > 0 && (r.unit.values.employed ?? 0) > 0);
    const street1 = await report(street, Q3.query);
    assertFigures(street1.unit, await expected('360203001', Q3), 'street');
  });

  test('drill-down: the total is the figure, every row in the unit, sorted, masked and audited', async () => {
    const r = await report(district, Q3.query);
    const indicators = ['unemployed', 'employed', 'newEmployer', 'newSelfEmployed', 'newFlexible', 'newPublicWelfare', 'newTotal', 'attrition', 'reemploymentBase', 'reemployed', 'difficultyBase', 'difficultyEmployed', 'zeroIdentified', 'zeroCleared', 'zeroOverdue'];
    for (const indicator of indicators) {
      const res = await district.get(`/api/stats/indicators/records?${Q3.query}&indicator=${indicator}&pageSize=200&sort=date1&order=asc`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { total: number; items: { regionCode: string; citizenId: string | null; date1: string | null; name: string | null }[] };
      assert.equal(body.total, r.unit.values[indicator], indicator);
      assert.ok(body.items.length === Math.min(200, body.total));
      for (const item of body.items) {
        assert.ok(item.regionCode.startsWith(DISTRICT), `${indicator} ${item.regionCode}`);
        assert.ok(item.citizenId === null || item.citizenId.includes('*'), 'ID masked');
      }
      const dates = body.items.map((i) => i.date1 ?? '');
      assert.deepEqual(dates, [...dates].sort(), `${indicator} sorted by date1`);
    }
    // Pages add up to the total.
    const page1 = (await district.get(`/api/stats/indicators/records?${Q3.query}&indicator=employed&pageSize=50&page=1&sort=name`)).json() as { total: number; items: unknown[] };
    const last = Math.ceil(page1.total / 50);
    const tail = (await district.get(`/api/stats/indicators/records?${Q3.query}&indicator=employed&pageSize=50&page=${last}&sort=name`)).json() as { items: unknown[] };
    assert.equal((last - 1) * 50 + tail.items.length, page1.total);
    // A page sorted by a record column (picked before the people are joined) is that slice of the whole list.
    type Item = { id: number; date1: string | null; name: string | null };
    const whole = (await district.get(`/api/stats/indicators/records?${Q3.query}&indicator=employed&pageSize=200&sort=date1&order=desc`)).json() as { items: Item[] };
    const page3 = (await district.get(`/api/stats/indicators/records?${Q3.query}&indicator=employed&pageSize=20&page=3&sort=date1&order=desc`)).json() as { items: Item[] };
    assert.equal(page3.items.length, 20);
    assert.deepEqual(page3.items, whole.items.slice(40, 60));
    const audited = await n(sql`SELECT count(*) AS n FROM audit_log WHERE event_type = 'stats.records_viewed' AND actor_id = ${district.userId}`);
    assert.equal(audited, indicators.length + 4);
    // A lower unit's drill-down from the city equals that unit's column.
    const c = await report(city, Q3.query);
    const col = c.lower.find((u) => u.regionCode === DISTRICT) as Row;
    const fromCity = (await city.get(`/api/stats/indicators/records?${Q3.query}&regionCode=${DISTRICT}&indicator=reemployed`)).json() as { total: number };
    assert.equal(fromCity.total, col.values.reemployed);
    // Leaders see no phone numbers.
    const lead = (await leader.get(`/api/stats/indicators/records?${Q3.query}&indicator=employed`)).json() as { items: { phone: string | null }[] };
    assert.ok(lead.items.every((i) => i.phone === null));
  });

  test('scope and period validation', async () => {
    assert.equal((await street.get(`/api/stats/indicators?${Q3.query}&regionCode=${CITY}`)).statusCode, 404);
    assert.equal((await street.get(`/api/stats/indicators/records?${Q3.query}&regionCode=360202&indicator=employed`)).statusCode, 404);
    assert.equal((await t.anonymous().get(`/api/stats/indicators?${Q3.query}`)).statusCode, 401);
    const bad = await city.get('/api/stats/indicators?period=custom&from=2026-10-01&to=2026-09-01');
    assert.equal(bad.statusCode, 400);
    assert.equal((bad.json() as { details: { field: string }[] }).details[0].field, 'to');
    assert.equal((await city.get('/api/stats/indicators?period=custom&from=2026-10-01')).statusCode, 400);
    assert.equal((await city.get('/api/stats/indicators/records?indicator=nothing')).statusCode, 400);
    const xlsx = await city.get(`/api/stats/indicators/export?${Q3.query}`);
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const list = await district.get(`/api/stats/indicators/records/export?${Q3.query}&indicator=newEmployer&sort=name`);
    assert.equal(list.statusCode, 200, list.body);
    assert.match(String(list.headers['content-type']), /spreadsheetml/);
    const exported = await n(sql`SELECT count(*) AS n FROM audit_log WHERE event_type = 'data.exported' AND actor_id = ${district.userId}`);
    assert.equal(exported, 1);
  });

  test('snapshot: finished months come from it, figures unchanged; a stale row is a difference until refreshed', async () => {
    assert.equal((await leader.post('/api/stats/snapshots/refresh', { months: ['2026-09'] })).statusCode, 403, 'operators refresh');
    const refreshed = await city.post('/api/stats/snapshots/refresh', { months: ['2026-07', '2026-08', '2026-09', '2026-10'] });
    assert.equal(refreshed.statusCode, 200, refreshed.body);
    const r = await report(city, Q3.query);
    assert.equal(r.unit.source, 'mixed', 'flows and stocks from the snapshot, re-employment over the quarter live');
    assertFigures(r.unit, await expected(CITY, Q3), 'city from snapshot');
    for (const u of r.lower) assertFigures(u, await expected(u.regionCode, Q3), `${u.regionCode} from snapshot`);
    const oct = await report(district, OCT.query);
    assert.equal(oct.unit.source, 'snapshot');
    assertFigures(oct.unit, await expected(DISTRICT, OCT), 'October from snapshot');
    const q4 = await report(city, Q4.query);
    assert.equal(q4.unit.source, 'mixed', 'October from the snapshot, November live');
    assertFigures(q4.unit, await expected(CITY, Q4), 'Q4');

    const consistent = await city.get(`/api/stats/consistency?${Q3.query}`);
    assert.equal(consistent.statusCode, 200, consistent.body);
    const ok = consistent.json() as { differences: number; checks: { figure: string; difference: number }[] };
    assert.ok(ok.checks.filter((c) => c.figure.startsWith('ind.')).length >= 5 * 19);
    assert.deepEqual(ok.checks.filter((c) => c.figure.startsWith('ind.') && c.difference !== 0), []);
    assert.equal(ok.differences, ok.checks.filter((c) => c.difference !== 0).length);

    // A late registration the snapshot has not seen yet.
    await sql`UPDATE stats_snapshot SET value = value + 2 WHERE region_code = ${DISTRICT} AND month = '2026-09-01' AND metric = 'unemployed'`.execute(t.db);
    const stale = (await city.get(`/api/stats/consistency?${Q3.query}`)).json() as { differences: number; checks: { figure: string; difference: number }[] };
    assert.deepEqual(stale.checks.filter((c) => c.figure.startsWith('ind.') && c.difference !== 0).map((c) => [c.figure, c.difference]), [
      [`ind.unemployed.${DISTRICT}`, 2],
      [`ind.unemploymentRate.${DISTRICT}`, stale.checks.find((c) => c.figure === `ind.unemploymentRate.${DISTRICT}`)?.difference],
    ]);
    assert.equal(stale.differences, ok.differences + 2);
    const refreshedAgain = await city.post('/api/stats/snapshots/refresh', { months: ['2026-09'] });
    assert.equal(refreshedAgain.statusCode, 200);
    const again = (await city.get(`/api/stats/consistency?${Q3.query}`)).json() as { differences: number; checks: { figure: string; difference: number }[] };
    assert.deepEqual(again.checks.filter((c) => c.figure.startsWith('ind.') && c.difference !== 0), []);
  });

  test('snapshot refresh: finished months the snapshot keeps only, a field error otherwise', async () => {
    const refresh = (months: string[]) => city.post('/api/stats/snapshots/refresh', { months });
    const problem = async (months: string[]) => {
      const res = await refresh(months);
      assert.equal(res.statusCode, 400, `${months.join()}: ${res.body}`);
      const details = (res.json() as { details: { field: string; message: string }[] }).details;
      assert.match(details[0].field, /months/, months.join());
      return details[0].message;
    };
    assert.equal(await problem(['2026-11']), '只能刷新已结束的月份（最近为2026-10）', 'the current month is still counting');
    assert.equal(await problem(['2026-10', '2026-12']), '只能刷新已结束的月份（最近为2026-10）', 'a future month');
    assert.match(await problem(['0000-01']), /月份“0000-01”无效/);
    assert.match(await problem(['2023-10']), /只保留最近36个已结束月份的快照（2023-11起）/);
    assert.match(await problem(['2026-13']), /.+/, 'not a month at all');
    const written = await n(sql`SELECT count(*) AS n FROM stats_snapshot WHERE month >= '2026-11-01' OR month < '2023-11-01'`);
    assert.equal(written, 0, 'nothing written for a refused month');
    const ok = await refresh(['2023-11', '2026-10']);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual((ok.json() as { months: string[] }).months, ['2023-11-01', '2026-10-01']);
  });

  test('a back-dated registration after the refresh: the month is counted live, the figure equals its drill-down (report and dashboard)', async () => {
    assert.equal((await city.post('/api/stats/snapshots/refresh', { months: ['2026-10'] })).statusCode, 200);
    const drill = async (c: Client, indicator: string) => ((await c.get(`/api/stats/indicators/records?${OCT.query}&indicator=${indicator}`)).json() as { total: number }).total;
    const fresh = await report(district, OCT.query);
    assert.equal(fresh.unit.source, 'snapshot');
    assert.equal(fresh.unit.values.newFlexible, await drill(district, 'newFlexible'));
    // Registered on 11-19 (a day before the test clock's now, within the 30 days allowed), started 10-15, entered after the refresh.
    const p = (await sql<{ id: number; region_code: string }>`SELECT id, region_code FROM person WHERE region_code LIKE ${`${DISTRICT}%`} ORDER BY id DESC LIMIT 1`.execute(t.db)).rows[0];
    const entered = new Date(t.clock.now().getTime() + 60_000);
    const { id } = await t.db.insertInto('employment_registration').values({ person_id: p.id, region_code: p.region_code, kind: 'flexible', full_time: false, started_on: '2026-10-15', registered_on: '2026-11-19', created_at: entered, updated_at: entered }).returning('id').executeTakeFirstOrThrow();
    try {
      const want = await expected(DISTRICT, OCT);
      assert.equal(want.newFlexible, (fresh.unit.values.newFlexible ?? 0) + 1);
      const late = await report(district, OCT.query);
      assert.equal(late.unit.source, 'live', 'October is older than the registration: counted live');
      assertFigures(late.unit, want, 'October after the late registration');
      assert.equal(late.unit.values.newFlexible, await drill(district, 'newFlexible'));
      assert.equal(late.unit.values.employed, await drill(district, 'employed'));
      // The city (whose subtree holds it) too, and its October in the month series.
      const c = await report(city, Q4.query);
      assertFigures(c.unit, await expected(CITY, Q4), 'city Q4');
      const octRow = c.months.find((m) => m.key === '2026-10') as Row;
      assertFigures(octRow, await expected(CITY, OCT), 'city October');
      // Another district's October still comes from the snapshot.
      const other = await report(city, `${OCT.query}&regionCode=360202`);
      assert.equal(other.unit.source, 'snapshot');
      // The dashboard reads the same store.
      const [dash] = await monthValues(t.db, DISTRICT, [{ kind: 'month', from: OCT.from, to: OCT.to, label: '2026年10月' }], '2026-11-20');
      assert.equal(dash.newTotal, want.newTotal);
      assert.equal(dash.employed, want.employed);
      // Refreshed: from the snapshot again, with the registration.
      t.clock.set(new Date(entered.getTime() + 60_000));
      assert.equal((await city.post('/api/stats/snapshots/refresh', { months: ['2026-10'] })).statusCode, 200);
      const refreshed = await report(district, OCT.query);
      assert.equal(refreshed.unit.source, 'snapshot');
      assertFigures(refreshed.unit, want, 'October refreshed');
    } finally {
      t.clock.set(TEST_NOW);
      await t.db.deleteFrom('employment_registration').where('id', '=', id).execute();
      assert.equal((await city.post('/api/stats/snapshots/refresh', { months: ['2026-10'] })).statusCode, 200);
    }
  });

  test('drill-down and export of a person who moved out of the viewer\'s scope: counted, masked name, no person id; the export audits who was on it', async () => {
    const q = `${Q3.query}&indicator=employed&pageSize=20&sort=id&order=asc`;
    type Item = { id: number; personId: number | null; name: string | null; citizenId: string | null; phone: string | null; regionCode: string };
    const list = async (c: Client) => (await c.get(`/api/stats/indicators/records?${q}${c === city ? `&regionCode=${DISTRICT}` : ''}`)).json() as { total: number; items: Item[] };
    const shown = await list(district);
    const row = shown.items[0];
    assert.ok(row.personId !== null);
    const person = await t.db.selectFrom('person').select(['id', 'name', 'region_code']).where('id', '=', row.personId).executeTakeFirstOrThrow();
    const away = (await sql<{ code: string }>`SELECT code FROM org_unit WHERE code LIKE '360202%' AND length(code) = 9 ORDER BY code LIMIT 1`.execute(t.db)).rows[0].code;
    await t.db.updateTable('person').set({ region_code: away }).where('id', '=', person.id).execute();
    try {
      const again = await list(district);
      assert.equal(again.total, shown.total, 'still counted: the figure equals the total');
      const moved = again.items.find((i) => i.id === row.id) as Item;
      assert.deepEqual({ name: moved.name, personId: moved.personId, citizenId: moved.citizenId, phone: moved.phone, regionCode: moved.regionCode }, { name: `${person.name.slice(0, 1)}**`, personId: null, citizenId: null, phone: null, regionCode: row.regionCode });
      assert.equal((await district.get(`/api/registry/people/${person.id}`)).statusCode, 404, 'the registry hides the person from the district');
      assert.ok(again.items.filter((i) => i.id !== row.id).every((i) => i.personId !== null && !String(i.name).endsWith('**')), 'the others shown as before');
      const fromCity = (await list(city)).items.find((i) => i.id === row.id) as Item;
      assert.equal(fromCity.name, person.name, 'the city still sees the person it can open');
      assert.equal(fromCity.personId, person.id);

      // The export: the unit and every person on the list (the moved one too) in the audit row.
      const xlsx = await district.get(`/api/stats/indicators/records/export?${Q3.query}&indicator=newEmployer`);
      assert.equal(xlsx.statusCode, 200);
      const audit = (await sql<{ detail: { rows: number; filter: { regionCode: string; personIds: number[]; householdIds: number[] } } }>`
        SELECT detail FROM audit_log WHERE event_type = 'data.exported' AND actor_id = ${district.userId} ORDER BY id DESC LIMIT 1`.execute(t.db)).rows[0].detail;
      const people = (await sql<{ person_id: number }>`SELECT DISTINCT person_id FROM employment_registration WHERE region_code LIKE ${`${DISTRICT}%`} AND kind = 'employer' AND started_on BETWEEN ${Q3.from} AND ${Q3.to} ORDER BY person_id`.execute(t.db)).rows.map((r) => Number(r.person_id));
      assert.equal(audit.filter.regionCode, DISTRICT);
      assert.deepEqual([...audit.filter.personIds].sort((a, b) => a - b), people);
      assert.deepEqual(audit.filter.householdIds, []);
      const families = await district.get(`/api/stats/indicators/records/export?${Q3.query}&indicator=zeroIdentified`);
      assert.equal(families.statusCode, 200);
      const famAudit = (await sql<{ detail: { filter: { householdIds: number[] } } }>`
        SELECT detail FROM audit_log WHERE event_type = 'data.exported' AND actor_id = ${district.userId} ORDER BY id DESC LIMIT 1`.execute(t.db)).rows[0].detail;
      const households = (await sql<{ household_id: number }>`SELECT household_id FROM zero_employment_family WHERE region_code LIKE ${`${DISTRICT}%`} AND identified_on BETWEEN ${Q3.from} AND ${Q3.to} ORDER BY household_id`.execute(t.db)).rows.map((r) => Number(r.household_id));
      assert.ok(households.length > 0);
      assert.deepEqual([...famAudit.filter.householdIds].sort((a, b) => a - b), households);
    } finally {
      await t.db.updateTable('person').set({ region_code: person.region_code }).where('id', '=', person.id).execute();
    }
  });

  test('the scheduler refreshes a stale snapshot at start-up and then only waits for the night', async () => {
    await sql`DELETE FROM stats_snapshot`.execute(t.db);
    await sql`DELETE FROM sd_snapshot`.execute(t.db);
    // Ten minutes after the ledger's last change, so what the run counts is fresh afterwards.
    t.clock.set(new Date(TEST_NOW.getTime() + 10 * 60_000));
    try {
      const logged: string[] = [];
      const scheduler = startSnapshotScheduler(t.deps, (m) => logged.push(m));
      await scheduler.ready;
      scheduler.stop();
      assert.equal(logged.length, 2, logged.join('\n'));
      assert.match(logged[0], /start-up, stale\): 36 months/);
      const months = await n(sql`SELECT count(DISTINCT month) AS n FROM stats_snapshot WHERE region_code = ${CITY}`);
      assert.equal(months, 36);
      // The supply-demand tallies of the province, city and districts: 36 months, 11 quarters and 2 years, both sides.
      const units = await n(sql`SELECT count(*) AS n FROM org_unit WHERE length(code) <= 6`);
      assert.match(logged[1], new RegExp(`supply-demand snapshot refreshed \\(start-up, stale\\): ${units * 49 * 2} tallies counted, 0 fresh`));
      assert.equal(await n(sql`SELECT count(*) AS n FROM sd_snapshot WHERE region_code = ${CITY}`), 98);
      // Fresh now: a second start refreshes nothing.
      const second = startSnapshotScheduler(t.deps, (m) => logged.push(m));
      await second.ready;
      second.stop();
      assert.equal(logged.length, 3);
      assert.match(logged[2], new RegExp(`\\(start-up\\): 0 tallies counted, ${units * 49 * 2} fresh`));
      // With the dashboards' copies switched on, the start also recomputes those of the same units.
      const third = startSnapshotScheduler({ ...t.deps, config: { ...t.deps.config, dashboardMaxAgeSeconds: 600 } }, (m) => logged.push(m));
      await third.ready;
      third.stop();
      assert.match(logged[4], new RegExp(`^dashboards recomputed: ${units} units`));
      assert.equal(await n(sql`SELECT count(*) AS n FROM dashboard_cache`), units);
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  test('the nightly run recomputes the months a back-dated registration touches', async () => {
    for (const table of ['employment_registration', 'unemployment_registration', 'difficulty_identification', 'zero_employment_family']) {
      await sql`UPDATE ${sql.table(table)} SET updated_at = '2026-11-01' WHERE updated_at > '2026-11-18'`.execute(t.db);
    }
    const p = (await sql<{ id: number; region_code: string }>`SELECT id, region_code FROM person WHERE region_code LIKE ${`${DISTRICT}%`} ORDER BY id DESC LIMIT 1`.execute(t.db)).rows[0];
    const now = new Date();
    await t.db.insertInto('employment_registration').values({ person_id: p.id, region_code: p.region_code, kind: 'employer', employer_name: '补登单位', full_time: false, started_on: '2026-08-10', registered_on: '2026-11-20', created_at: now, updated_at: now }).execute();
    // The snapshot has not seen it: the months it bears on (August on) are counted live until the run, so no difference shows.
    assert.deepEqual([...(await staleMonths(t.db, DISTRICT, ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']))].sort(), ['2026-08-01', '2026-09-01', '2026-10-01']);
    assert.deepEqual([...(await staleMonths(t.db, '360202', ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']))], [], 'other districts untouched');
    const q3 = await report(district, Q3.query);
    assertFigures(q3.unit, await expected(DISTRICT, Q3), 'Q3 with the back-dated registration');
    const before = (await city.get(`/api/stats/consistency?${Q3.query}`)).json() as { checks: { figure: string; difference: number }[] };
    assert.deepEqual(before.checks.filter((c) => c.figure.startsWith('ind.') && c.difference !== 0), []);
    const run = await refreshSnapshots(t.deps, '');
    assert.deepEqual(run.months, ['2026-08-01', '2026-09-01', '2026-10-01']);
    const after = (await city.get(`/api/stats/consistency?${Q3.query}`)).json() as { checks: { figure: string; difference: number }[] };
    assert.deepEqual(after.checks.filter((c) => c.figure.startsWith('ind.') && c.difference !== 0), []);
  });
});
