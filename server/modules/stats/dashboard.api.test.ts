import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import chineseDays from 'chinese-days';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

/**
 * 领导驾驶舱 against the ledger: the KPIs of the month and the year so far, one trend month, the
 * occupation groups of the quarter and the lower units, each compared with a count written here (not
 * the code under test); the alerts against counts of overdue families, missed commitments and visits written here, and
 * each alert's link lists exactly its figure; scope. Test clock: 2026-11-20.
 */

interface Kpi { key: string; month: number | null; ytd: number | null; previousMonth: number | null; trend: (number | null)[]; detail?: { month: number; ytd: number } }
interface Lower { code: string; newEmployment: number; unemployed: number; unemploymentRate: number | null; vacancies: number; seekers: number; ratio: number | null }
interface Dash {
  regionCode: string;
  today: string;
  months: { key: string; from: string; to: string }[];
  kpis: Kpi[];
  occupation: { key: string; demand: number; supply: number; ratio: number | null }[];
  lower: Lower[];
  alerts: { check: string; kind: string; count: number }[];
}

const CITY = '3602';
const DISTRICT = '360203';
const STREET = '360203001';
const TODAY = '2026-11-20';
const MONTH = { from: '2026-11-01', to: '2026-11-30' };
const YTD = { from: '2026-01-01', to: TODAY };
const Q4 = { from: '2026-10-01', to: '2026-12-31' };

const r2 = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);
const r4 = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

describe('stats: the dashboard equals independent counts over the ledger', () => {
  let t: TestApp;
  let city: Client;
  let leader: Client;
  let street: Client;
  let other: Client;

  const n = async (query: ReturnType<typeof sql>) => Number(((await query.execute(t.db)).rows[0] as { n: string | number | null }).n ?? 0);
  const newEmployment = (region: string, from: string, to: string) =>
    n(sql`SELECT count(*) AS n FROM employment_registration WHERE region_code LIKE ${`${region}%`} AND started_on >= ${from} AND started_on <= ${to}`);
  const unemployed = (region: string, d: string) =>
    n(sql`SELECT count(*) AS n FROM unemployment_registration WHERE region_code LIKE ${`${region}%`} AND counts_in_rate AND registered_on <= ${d} AND (cancelled_on IS NULL OR cancelled_on > ${d})`);
  const employed = (region: string, d: string) =>
    n(sql`SELECT count(DISTINCT person_id) AS n FROM employment_registration WHERE region_code LIKE ${`${region}%`} AND started_on <= ${d} AND (ended_on IS NULL OR ended_on > ${d})`);
  const vacancies = (region: string, p: { from: string; to: string }) =>
    n(sql`SELECT sum(vacancies) AS n FROM job_posting WHERE region_code LIKE ${`${region}%`} AND published_at IS NOT NULL AND valid_from <= ${p.to} AND valid_to >= ${p.from}`);
  const postings = (region: string, p: { from: string; to: string }) =>
    n(sql`SELECT count(*) AS n FROM job_posting WHERE region_code LIKE ${`${region}%`} AND published_at IS NOT NULL AND valid_from <= ${p.to} AND valid_to >= ${p.from}`);
  const seekers = (region: string, p: { from: string; to: string }) =>
    n(sql`SELECT count(*) AS n FROM job_seeker WHERE region_code LIKE ${`${region}%`} AND valid_from <= ${p.to} AND valid_to >= ${p.from}`);

  const get = async (c: Client, query = ''): Promise<Dash> => {
    const res = await c.get(`/api/stats/dashboard${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Dash;
  };
  const kpi = (d: Dash, key: string) => d.kpis.find((k) => k.key === key) as Kpi;

  before(async () => {
    t = await createTestApp();
    [city, leader, street, other] = await Promise.all(['city_op', 'city_leader', 'street_op', 'other_rev'].map((u) => t.login(u)));
  });
  after(() => t?.close());

  test('the KPIs of the month and the year so far', async () => {
    const d = await get(leader);
    assert.equal(d.regionCode, CITY);
    assert.equal(d.today, TODAY);
    assert.equal(kpi(d, 'newEmployment').month, await newEmployment(CITY, MONTH.from, MONTH.to));
    assert.equal(kpi(d, 'newEmployment').ytd, await newEmployment(CITY, YTD.from, YTD.to));
    const U = await unemployed(CITY, TODAY);
    assert.equal(kpi(d, 'unemployed').month, U);
    assert.equal(kpi(d, 'unemploymentRate').month, r4(U, U + (await employed(CITY, TODAY))));
    for (const [p, which] of [[MONTH, 'month'], [YTD, 'ytd']] as const) {
      const v = await vacancies(CITY, p);
      const s = await seekers(CITY, p);
      assert.ok(v > 0 && s > 0, `${which}: the demo data has postings and seekers`);
      assert.equal(kpi(d, 'vacancies')[which], v, which);
      assert.equal(kpi(d, 'vacancies').detail?.[which], await postings(CITY, p), which);
      assert.equal(kpi(d, 'seekers')[which], s, which);
      assert.equal(kpi(d, 'ratio')[which], r2(v, s), which);
    }
    const zero = await n(sql`SELECT count(*) AS n FROM zero_employment_family WHERE region_code LIKE ${`${CITY}%`} AND status IN ('active', 'cleared') AND identified_on <= ${TODAY}
      AND (cleared_on IS NULL OR cleared_on > ${TODAY})
      AND ((first_due_on < ${TODAY} AND (first_employed_on IS NULL OR first_employed_on > ${TODAY})) OR (double_employment AND second_due_on < ${TODAY} AND (second_employed_on IS NULL OR second_employed_on > ${TODAY})))`);
    assert.equal(kpi(d, 'zeroOverdue').month, zero);
  });

  test('twelve trend months ending with this one; March 2026 equals its counts', async () => {
    const d = await get(city);
    assert.deepEqual(d.months.map((m) => m.key), ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    for (const k of d.kpis.filter((k) => k.key !== 'commitmentMissed')) {
      assert.equal(k.trend.length, 12, k.key);
      assert.equal(k.trend[11], k.month, `${k.key}: the last trend month is this month`);
      assert.equal(k.previousMonth, k.trend[10], k.key);
    }
    const march = { from: '2026-03-01', to: '2026-03-31' };
    assert.equal(kpi(d, 'newEmployment').trend[3], await newEmployment(CITY, march.from, march.to));
    const v = await vacancies(CITY, march);
    const s = await seekers(CITY, march);
    assert.ok(v > 0 && s > 0, 'the seed has market history in March');
    assert.equal(kpi(d, 'vacancies').trend[3], v);
    assert.equal(kpi(d, 'seekers').trend[3], s);
    assert.equal(kpi(d, 'ratio').trend[3], r2(v, s));
    assert.equal(kpi(d, 'unemployed').trend[3], await unemployed(CITY, march.to));
  });

  test('the occupation groups of the quarter and the lower units', async () => {
    const d = await get(city);
    const demand = await sql<{ g: string; n: number }>`SELECT left(occupation_code, 1) AS g, sum(vacancies)::int AS n FROM job_posting
      WHERE region_code LIKE ${`${CITY}%`} AND published_at IS NOT NULL AND valid_from <= ${Q4.to} AND valid_to >= ${Q4.from} GROUP BY 1`.execute(t.db);
    const supply = await sql<{ g: string; n: number }>`SELECT left(desired_occupations[1], 1) AS g, count(*)::int AS n FROM job_seeker
      WHERE region_code LIKE ${`${CITY}%`} AND valid_from <= ${Q4.to} AND valid_to >= ${Q4.from} GROUP BY 1`.execute(t.db);
    for (const g of ['2', '4', '6']) {
      const row = d.occupation.find((o) => o.key === g);
      assert.ok(row, `group ${g}`);
      assert.equal(row.demand, demand.rows.find((r) => r.g === g)?.n ?? 0, `demand ${g}`);
      assert.equal(row.supply, supply.rows.find((r) => r.g === g)?.n ?? 0, `supply ${g}`);
      assert.equal(row.ratio, r2(row.demand, row.supply));
    }
    assert.deepEqual(d.lower.map((u) => u.code), ['360202', '360203', '360222', '360281']);
    for (const u of d.lower) {
      assert.equal(u.newEmployment, await newEmployment(u.code, YTD.from, YTD.to), u.code);
      const U = await unemployed(u.code, TODAY);
      assert.equal(u.unemployed, U, u.code);
      assert.equal(u.unemploymentRate, r4(U, U + (await employed(u.code, TODAY))), u.code);
      const v = await vacancies(u.code, Q4);
      const s = await seekers(u.code, Q4);
      assert.deepEqual([u.vacancies, u.seekers, u.ratio], [v, s, r2(v, s)], u.code);
    }
  });

  /** Active families past a placement deadline (first placement missing after its due date, or the second of a double-employment family), with a member to show. */
  const zeroFamiliesOverdue = (region: string) =>
    n(sql`SELECT count(*) AS n FROM zero_employment_family z WHERE z.region_code LIKE ${`${region}%`} AND z.status = 'active'
      AND EXISTS (SELECT 1 FROM person m WHERE m.household_id = z.household_id)
      AND ((z.first_employed_on IS NULL AND z.first_due_on < ${TODAY}) OR (z.double_employment AND z.second_employed_on IS NULL AND z.second_due_on < ${TODAY}))`);
  /**
   * Active identifications whose 10th working day after the start (the official calendar, staff overrides
   * winning) has passed without a job recommendation or immediate assistance (not withdrawn) from the start to then.
   */
  const commitmentsMissed = async (region: string) => {
    const rules = await sql<{ value: string }>`SELECT DISTINCT value::text AS value FROM business_rule WHERE key = 'commitment.recommend_working_days'`.execute(t.db);
    assert.ok(rules.rows.every((r) => Number(r.value) === 10), 'the demo data keeps the default of 10 working days');
    const days: string[] = [];
    for (let d = new Date('2015-01-01T00:00:00Z'); d <= new Date('2026-12-31T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
    const working = days.filter((d) => chineseDays.isWorkday(d));
    return n(sql`WITH official(d) AS (SELECT x::date FROM json_array_elements_text(${JSON.stringify(working)}::json) x),
        cal(d) AS (SELECT d FROM official WHERE d NOT IN (SELECT date::date FROM calendar_override WHERE NOT is_workday)
          UNION SELECT date::date FROM calendar_override WHERE is_workday),
        due AS (SELECT i.id, i.person_id, i.started_on, (SELECT c.d FROM cal c WHERE c.d > i.started_on ORDER BY c.d OFFSET 9 LIMIT 1) AS due_on
          FROM difficulty_identification i WHERE i.region_code LIKE ${`${region}%`} AND i.status = 'active' AND i.started_on IS NOT NULL)
      SELECT count(*) AS n FROM due WHERE due_on < ${TODAY}
        AND NOT EXISTS (SELECT 1 FROM service_record s WHERE s.person_id = due.person_id AND s.kind IN ('job_recommendation', 'immediate_assistance')
          AND s.served_on BETWEEN due.started_on AND due.due_on
          AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.service_record_id = s.id AND r.status = 'withdrawn'))`);
  };

  test('the alerts and the missed commitments equal counts over the ledger; each link lists exactly its figure', async () => {
    for (const [c, region] of [[city, CITY], [city, DISTRICT], [street, STREET]] as const) {
      const d = await get(c, `?regionCode=${region}`);
      const alert = (check: string) => d.alerts.find((a) => a.check === check)?.count ?? 0;
      assert.equal(alert('zero_family'), await zeroFamiliesOverdue(region), region);
      const missed = await commitmentsMissed(region);
      assert.equal(alert('commitment'), missed, region);
      assert.equal(kpi(d, 'commitmentMissed').month, missed, region);
      const followUps = await n(sql`SELECT count(*) AS n FROM follow_up_visit WHERE region_code LIKE ${`${region}%`} AND done_on IS NULL AND due_on < ${TODAY}`);
      assert.equal(alert('follow_up'), followUps, region);
      // The list an alert opens (kind and check, as the page's link) has the alert's total.
      for (const a of d.alerts) {
        const list = await c.get(`/api/registry/quality/issues?regionCode=${region}&kind=${a.kind}&check=${a.check}&pageSize=5`);
        assert.equal(list.statusCode, 200, list.body);
        const page = list.json() as { total: number; items: { check: string }[] };
        assert.equal(page.total, a.count, `${region} ${a.check}`);
        assert.ok(page.items.every((i) => i.check === a.check), `${region} ${a.check}`);
      }
    }
    const all = await get(city);
    for (const check of ['zero_family', 'commitment', 'follow_up']) assert.ok((all.alerts.find((a) => a.check === check)?.count ?? 0) > 0, `the demo city has a ${check} overdue`);
    assert.equal((await city.get('/api/registry/quality/issues?kind=overdue&check=nonsense')).statusCode, 400);
  });

  test('the same figures from the monthly snapshot (finished months) as counted live', async () => {
    const live = await get(city);
    const refreshed = await city.post('/api/stats/snapshots/refresh', {});
    assert.equal(refreshed.statusCode, 200, refreshed.body);
    assert.ok(Number(((await sql`SELECT count(*) AS n FROM stats_snapshot WHERE region_code = ${CITY}`.execute(t.db)).rows[0] as { n: string | number }).n) > 0, 'the snapshot has rows');
    const snap = await get(city);
    assert.deepEqual(snap.kpis, live.kpis);
    assert.deepEqual(snap.lower, live.lower);
    assert.equal(kpi(snap, 'newEmployment').trend[3], await newEmployment(CITY, '2026-03-01', '2026-03-31'));
    assert.equal(kpi(snap, 'unemployed').trend[3], await unemployed(CITY, '2026-03-31'));
    assert.equal(kpi(snap, 'newEmployment').ytd, await newEmployment(CITY, YTD.from, YTD.to));
    // The finished months are read from the snapshot: a changed snapshot row shows (and is put back).
    const bump = (n: number) => sql`UPDATE stats_snapshot SET value = value + ${n} WHERE region_code = ${CITY} AND month = '2026-03-01' AND metric = 'newEmployer'`.execute(t.db);
    await bump(1000);
    const stale = await get(city);
    await bump(-1000);
    assert.equal(kpi(stale, 'newEmployment').trend[3], (kpi(snap, 'newEmployment').trend[3] ?? 0) + 1000);
    assert.equal(kpi(stale, 'newEmployment').ytd, (kpi(snap, 'newEmployment').ytd ?? 0) + 1000);
  });

  test('scope: a street sees its own street; a unit outside is refused', async () => {
    const d = await get(street);
    assert.equal(d.regionCode, STREET);
    assert.equal(kpi(d, 'newEmployment').ytd, await newEmployment(STREET, YTD.from, YTD.to));
    assert.equal(kpi(d, 'vacancies').month, await vacancies(STREET, MONTH));
    assert.ok(d.lower.every((u) => u.code.startsWith(STREET)));
    assert.equal((await street.get(`/api/stats/dashboard?regionCode=${CITY}`)).statusCode, 404);
    assert.equal((await street.get(`/api/stats/dashboard?regionCode=${DISTRICT}`)).statusCode, 404);
    assert.equal((await other.get(`/api/stats/dashboard?regionCode=${DISTRICT}`)).statusCode, 404);
    assert.equal((await t.anonymous().get('/api/stats/dashboard')).statusCode, 401);
  });
});
