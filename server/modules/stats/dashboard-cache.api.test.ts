import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { warmDashboards } from './dashboard-service.js';

/**
 * The materialised dashboard: with a max age, a change to the ledger shows only after a refresh (or
 * once the copy is too old), the copy is the unit's for every viewer in scope and never for one out of
 * scope, and the scheduled job fills it; with max age 0 every answer is live. The figure followed is
 * this month's vacancies, compared with a count written here. Test clock: 2026-11-20.
 */

interface Dash {
  regionCode: string;
  today: string;
  kpis: { key: string; month: number | null }[];
  generatedAt: string;
  cached: boolean;
  ageSeconds: number;
  maxAgeSeconds: number;
}

const CITY = '3602';
const MONTH = { from: '2026-11-01', to: '2026-11-30' };
const MAX_AGE = 600;

/** This month's vacancies of the unit's published postings, counted here. */
async function vacancies(t: TestApp, region: string): Promise<number> {
  const r = await sql<{ n: string | number | null }>`SELECT sum(vacancies) AS n FROM job_posting
    WHERE region_code LIKE ${`${region}%`} AND published_at IS NOT NULL AND valid_from <= ${MONTH.to} AND valid_to >= ${MONTH.from}`.execute(t.db);
  return Number(r.rows[0].n ?? 0);
}

/** Adds vacancies to one posting of the unit valid this month: a change of the ledger. */
async function addVacancies(t: TestApp, region: string, n: number): Promise<void> {
  const r = await sql`UPDATE job_posting SET vacancies = vacancies + ${n} WHERE id = (SELECT id FROM job_posting
    WHERE region_code LIKE ${`${region}%`} AND published_at IS NOT NULL AND valid_from <= ${MONTH.to} AND valid_to >= ${MONTH.from} ORDER BY id LIMIT 1)`.execute(t.db);
  assert.equal(Number(r.numAffectedRows), 1, 'the demo city has a posting valid this month');
}

async function get(c: Client, query = ''): Promise<Dash> {
  const res = await c.get(`/api/stats/dashboard${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Dash;
}

const monthVacancies = (d: Dash) => d.kpis.find((k) => k.key === 'vacancies')?.month;

describe('stats: the dashboard served from its materialised copy', () => {
  let t: TestApp;
  let leader: Client;
  let city: Client;
  let district: Client;
  let street: Client;
  let districtCode: string;

  before(async () => {
    t = await createTestApp({ dashboardMaxAgeSeconds: MAX_AGE });
    [leader, city, district, street] = await Promise.all(['city_leader', 'city_op', 'district_rev', 'street_op'].map((u) => t.login(u)));
    districtCode = (await sql<{ org_code: string }>`SELECT org_code FROM app_user WHERE username = 'district_rev'`.execute(t.db)).rows[0].org_code;
  });
  after(() => t?.close());

  test('a change shows only after refresh=true; until then the copy keeps its figure and generatedAt', async () => {
    const first = await get(leader);
    assert.equal(first.regionCode, CITY);
    assert.equal(first.cached, false, 'nothing materialised yet: computed');
    assert.equal(first.maxAgeSeconds, MAX_AGE);
    assert.equal(first.generatedAt, t.clock.now().toISOString());
    assert.equal(monthVacancies(first), await vacancies(t, CITY));

    await addVacancies(t, CITY, 7);
    t.clock.advanceMinutes(1);
    const second = await get(leader);
    assert.equal(second.cached, true);
    assert.equal(second.generatedAt, first.generatedAt);
    assert.equal(second.ageSeconds, 60);
    assert.equal(monthVacancies(second), monthVacancies(first), 'the copy, not the changed ledger');
    assert.notEqual(monthVacancies(second), await vacancies(t, CITY));

    // Another viewer of the same unit gets the same copy.
    const other = await get(city);
    assert.deepEqual([other.cached, other.generatedAt, monthVacancies(other)], [true, first.generatedAt, monthVacancies(first)]);

    const refreshed = await get(leader, '?refresh=true');
    assert.equal(refreshed.cached, false);
    assert.equal(refreshed.generatedAt, t.clock.now().toISOString());
    assert.equal(monthVacancies(refreshed), await vacancies(t, CITY));
    assert.equal(monthVacancies(refreshed), (monthVacancies(first) ?? 0) + 7);

    const later = await get(city);
    assert.deepEqual([later.cached, later.generatedAt, monthVacancies(later)], [true, refreshed.generatedAt, monthVacancies(refreshed)]);
  });

  test('a copy older than the max age is recomputed', async () => {
    const served = await get(leader);
    await addVacancies(t, CITY, 3);
    t.clock.advanceMinutes(MAX_AGE / 60);
    const recomputed = await get(leader);
    assert.equal(recomputed.cached, false);
    assert.notEqual(recomputed.generatedAt, served.generatedAt);
    assert.equal(monthVacancies(recomputed), await vacancies(t, CITY));
  });

  test('scope is checked before the copy is served; each unit has its own copy', async () => {
    await get(leader, `?regionCode=${districtCode}&refresh=true`);
    assert.equal((await street.get(`/api/stats/dashboard?regionCode=${CITY}`)).statusCode, 404);
    assert.equal((await street.get(`/api/stats/dashboard?regionCode=${districtCode}`)).statusCode, 404);
    assert.equal((await t.anonymous().get('/api/stats/dashboard')).statusCode, 401);
    const own = await get(district);
    assert.equal(own.regionCode, districtCode);
    assert.equal(own.cached, true, "the district's copy, computed at the city user's request");
    assert.equal(monthVacancies(own), await vacancies(t, districtCode));
    const streetFirst = await get(street);
    assert.equal(streetFirst.cached, false, 'a unit without a copy is computed');
  });

  test('a copy of another shape (written by an older release) is recomputed, not served', async () => {
    assert.equal((await get(leader)).cached, true);
    await sql`UPDATE dashboard_cache SET payload = payload - 'kpis' WHERE region_code = ${CITY}`.execute(t.db);
    const d = await get(leader);
    assert.equal(d.cached, false);
    assert.equal(monthVacancies(d), await vacancies(t, CITY));
  });

  test('warmDashboards recomputes the province, the city and every district, then requests are served from it', async () => {
    await addVacancies(t, CITY, 5);
    t.clock.advanceMinutes(1);
    const units = await sql<{ code: string }>`SELECT code FROM org_unit WHERE length(code) <= 6 ORDER BY code`.execute(t.db);
    const warmed = await warmDashboards(t.deps);
    assert.equal(warmed.units, units.rows.length);
    assert.ok(units.rows.some((u) => u.code === CITY) && units.rows.some((u) => u.code === districtCode));
    const rows = await sql<{ region_code: string; generated_at: Date | string }>`SELECT region_code, generated_at FROM dashboard_cache
      WHERE length(region_code) <= 6 ORDER BY region_code`.execute(t.db);
    assert.deepEqual(rows.rows.map((r) => r.region_code), units.rows.map((u) => u.code));
    for (const r of rows.rows) assert.equal(new Date(r.generated_at).toISOString(), t.clock.now().toISOString(), r.region_code);
    const d = await get(leader);
    assert.deepEqual([d.cached, d.generatedAt], [true, t.clock.now().toISOString()]);
    assert.equal(monthVacancies(d), await vacancies(t, CITY));
  });
});

describe('stats: with max age 0 the dashboard is always live', () => {
  let t: TestApp;
  let leader: Client;

  before(async () => {
    t = await createTestApp({ dashboardMaxAgeSeconds: 0 });
    leader = await t.login('city_leader');
  });
  after(() => t?.close());

  test('a change shows at once', async () => {
    const first = await get(leader);
    await addVacancies(t, CITY, 11);
    const second = await get(leader);
    assert.deepEqual([first.cached, second.cached, second.maxAgeSeconds], [false, false, 0]);
    assert.equal(monthVacancies(second), await vacancies(t, CITY));
    assert.equal(monthVacancies(second), (monthVacancies(first) ?? 0) + 11);
  });
});
