import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import type { RecordsResult, SupplyDemandReport } from './supply-demand-schema.js';

/**
 * The supply-demand snapshot (sd-snapshot-*.ts): kept periods are served from it, a change bearing on
 * a period sends it back to the live ledger (and rewrites it), the current period and streets are
 * never kept, and the consistency check compares what is served with the live ledger. The test clock
 * stands an hour after the seed, so the seeded rows are older than any snapshot taken in the test.
 */
const CITY = '3602';
const DISTRICT = '360203';
const STREET = '360203001';
const Q3 = { from: '2026-07-01', to: '2026-09-30', query: 'period=quarter&year=2026&quarter=3' };

describe('stats: supply-demand snapshot of finished periods', () => {
  let t: TestApp;
  let city: Client;
  const start = new Date('2026-11-20T03:00:00Z');

  const liveVacancies = async (region: string, p: { from: string; to: string }) =>
    Number(
      (
        await sql<{ n: string | null }>`SELECT sum(vacancies) AS n FROM job_posting WHERE published_at IS NOT NULL AND valid_from <= ${p.to} AND valid_to >= ${p.from} AND region_code LIKE ${`${region}%`}`.execute(t.db)
      ).rows[0]?.n ?? 0,
    );
  const report = async (query: string) => {
    const res = await city.get(`/api/stats/supply-demand?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<SupplyDemandReport>();
  };
  const kept = async (region: string) =>
    (await sql<{ k: string }>`SELECT to_char(period_from, 'YYYY-MM-DD') || '/' || side AS k FROM sd_snapshot WHERE region_code = ${region} ORDER BY 1`.execute(t.db)).rows.map((r) => r.k);

  before(async () => {
    t = await createTestApp();
    t.clock.set(start);
    city = await t.login('city_op');
  });
  after(() => t.close());

  test('a finished quarter is counted once, kept with its comparison periods, then served from the snapshot', async () => {
    const first = await report(`${Q3.query}&regionCode=${DISTRICT}`);
    assert.equal(first.overall.demand.count, await liveVacancies(DISTRICT, Q3));
    // Q3, the previous quarter (Q2) and Q3 of last year, both sides.
    assert.deepEqual(await kept(DISTRICT), ['2025-07-01/demand', '2025-07-01/supply', '2026-04-01/demand', '2026-04-01/supply', '2026-07-01/demand', '2026-07-01/supply']);
    // Served from the snapshot: a stored figure changed by hand shows in the report…
    await sql`UPDATE sd_snapshot SET cells = jsonb_set(cells, '{overall.total}', '999999') WHERE region_code = ${DISTRICT} AND period_from = ${Q3.from} AND side = 'demand'`.execute(t.db);
    const served = await report(`${Q3.query}&regionCode=${DISTRICT}`);
    assert.equal(served.overall.demand.count, 999999);
    // …and the consistency check, which recounts the live ledger, shows the difference.
    const check = (await city.get(`/api/stats/consistency?${Q3.query}&regionCode=${DISTRICT}`)).json<{ checks: { figure: string; reported: number; recounted: number; difference: number }[] }>();
    const differing = check.checks.filter((c) => c.figure.startsWith('sd.') && c.difference !== 0).map((c) => c.figure);
    assert.ok(differing.includes('sd.demand.overall.total.current'), JSON.stringify(differing));
  });

  test('a change bearing on the period sends it back to the live ledger and rewrites the snapshot', async () => {
    const posting = await t.db
      .selectFrom('job_posting')
      .select(['id', 'vacancies'])
      .where('published_at', 'is not', null)
      .where('valid_from', '<=', Q3.to)
      .where('valid_to', '>=', Q3.from)
      .where('region_code', 'like', `${DISTRICT}%`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    t.clock.set(new Date(start.getTime() + 10 * 60_000));
    await t.db.updateTable('job_posting').set({ vacancies: posting.vacancies + 5, updated_at: t.clock.now() }).where('id', '=', posting.id).execute();
    const live = await liveVacancies(DISTRICT, Q3);
    const r = await report(`${Q3.query}&regionCode=${DISTRICT}`);
    assert.equal(r.overall.demand.count, live, 'counted live, not the stored 999999');
    const stored = await sql<{ n: number }>`SELECT (cells->>'overall.total')::int AS n FROM sd_snapshot WHERE region_code = ${DISTRICT} AND period_from = ${Q3.from} AND side = 'demand'`.execute(t.db);
    assert.equal(stored.rows[0].n, live, 'the snapshot is rewritten');
    const check = (await city.get(`/api/stats/consistency?${Q3.query}&regionCode=${DISTRICT}`)).json<{ checks: { figure: string; difference: number }[] }>();
    assert.deepEqual(check.checks.filter((c) => c.difference !== 0), []);
  });

  test('a change of an employer classifying the period’s postings sends it back as well; other periods stay', async () => {
    await report(`${Q3.query}&regionCode=${CITY}`);
    const before = await kept(CITY);
    assert.equal(before.length, 6);
    await sql`UPDATE sd_snapshot SET cells = jsonb_set(cells, '{overall.total}', '-1') WHERE region_code = ${CITY}`.execute(t.db);
    const employer = await t.db.selectFrom('job_posting').select('employer_id').where('published_at', 'is not', null).where('valid_from', '<=', Q3.to).where('valid_to', '>=', Q3.from).where('valid_from', '>', '2026-07-01').orderBy('id').executeTakeFirstOrThrow();
    t.clock.set(new Date(start.getTime() + 20 * 60_000));
    await t.db.updateTable('employer').set({ updated_at: t.clock.now() }).where('id', '=', employer.employer_id).execute();
    const r = await report(`${Q3.query}&regionCode=${CITY}`);
    assert.equal(r.overall.demand.count, await liveVacancies(CITY, Q3), 'Q3 counted live after the employer changed');
    // Last year's Q3 holds none of that employer's postings changed since… unless it does: compare with the rule.
    const lastYearHasIt = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job_posting WHERE employer_id = ${employer.employer_id} AND published_at IS NOT NULL AND valid_from <= '2025-09-30' AND valid_to >= '2025-07-01' AND region_code LIKE ${`${CITY}%`}`.execute(t.db);
    const lastYearServed = r.overall.demand.vsLastYear.previous;
    if (lastYearHasIt.rows[0].n === 0) assert.equal(lastYearServed, -1, 'last year’s Q3 is still served from the snapshot');
    else assert.equal(lastYearServed, await liveVacancies(CITY, { from: '2025-07-01', to: '2025-09-30' }));
  });

  test('the current quarter, custom spans and streets are never kept', async () => {
    await sql`DELETE FROM sd_snapshot`.execute(t.db);
    await report(`period=quarter&year=2026&quarter=4&regionCode=${DISTRICT}`);
    assert.deepEqual(await kept(DISTRICT), ['2025-10-01/demand', '2025-10-01/supply', '2026-07-01/demand', '2026-07-01/supply'], 'only the finished comparison periods');
    await report(`${Q3.query}&regionCode=${STREET}`);
    assert.deepEqual(await kept(STREET), []);
    await report(`period=custom&from=2026-07-01&to=2026-09-30&regionCode=${CITY}`);
    assert.deepEqual(await kept(CITY), []);
  });
  test('a kept period’s drill-down takes its total from the snapshot and reads only the page', async () => {
    t.clock.set(new Date(start.getTime() + 40 * 60_000));
    city = await t.login('city_op');
    await report(`${Q3.query}&regionCode=${DISTRICT}`);
    const drill = async (q: string) => {
      const res = await city.get(`/api/stats/supply-demand/records?${Q3.query}&regionCode=${DISTRICT}&${q}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json<RecordsResult>();
    };
    // Independent: the district's postings valid in Q3, newest window first, and those of major group 6.
    const valid = await sql<{ id: number; vacancies: number; occupation_code: string }>`
      SELECT id, vacancies, occupation_code FROM job_posting WHERE published_at IS NOT NULL AND valid_from <= ${Q3.to} AND valid_to >= ${Q3.from}
        AND region_code LIKE ${`${DISTRICT}%`} ORDER BY valid_from DESC, id DESC`.execute(t.db);
    assert.ok(valid.rows.length > 10, 'enough postings for two pages');
    const page2 = await drill('table=overall&row=total&side=demand&pageSize=5&page=2');
    assert.equal(page2.total, valid.rows.length);
    assert.equal(page2.figure, valid.rows.reduce((n, r) => n + Number(r.vacancies), 0));
    assert.deepEqual(page2.postings.map((p) => p.id), valid.rows.slice(5, 10).map((r) => Number(r.id)));
    const six = valid.rows.filter((r) => r.occupation_code.split('-')[0] === '6');
    const sixDrill = await drill('table=occupation&row=6&side=demand&pageSize=50');
    assert.equal(sixDrill.total, six.length);
    assert.equal(sixDrill.figure, six.reduce((n, r) => n + Number(r.vacancies), 0));
    assert.deepEqual(sixDrill.postings.map((p) => p.id).sort(), six.map((r) => Number(r.id)).sort());
    const seekers = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM job_seeker WHERE valid_from <= ${Q3.to} AND valid_to >= ${Q3.from} AND region_code LIKE ${`${DISTRICT}%`}`.execute(t.db);
    const all = await drill('table=overall&row=total&side=supply&pageSize=20');
    assert.equal(all.total, seekers.rows[0].n);
    assert.equal(all.figure, seekers.rows[0].n);
    assert.equal(all.seekers.length, Math.min(20, seekers.rows[0].n));
    // The total is the snapshot's: a stored count changed by hand shows.
    await sql`UPDATE sd_snapshot SET counts = jsonb_set(counts, '{occupation.6}', '12345') WHERE region_code = ${DISTRICT} AND period_from = ${Q3.from} AND side = 'demand'`.execute(t.db);
    assert.equal((await drill('table=occupation&row=6&side=demand&pageSize=5')).total, 12345);
  });
});
