import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type RawBuilder } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import type { RequestContext } from '../../platform/context.js';
import type { RecordsResult, SupplyDemandReport } from './supply-demand-schema.js';
import { supplyDemandChecks, supplyDemandTotals } from './supply-demand-service.js';

// Test clock: 2026-11-20 → the current quarter is 2026 Q4, the previous 2026 Q3, last year's 2025 Q4.
const Q4 = { from: '2026-10-01', to: '2026-12-31' };
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const LY = { from: '2025-10-01', to: '2025-12-31' };
const CITY = '3602';
const DISTRICT = '360203';
const STREET = '360203001';

type Span = { from: string; to: string };

describe('stats: supply-demand analysis equals direct counts over the ledger', () => {
  let t: TestApp;
  let city: Client;
  let district: Client;
  let street: Client;

  // ---- independent counts, written here and not taken from the code under test ----------------
  const one = async (q: RawBuilder<{ n: number | string | null }>) => Number((await q.execute(t.db)).rows[0]?.n ?? 0);
  /** Vacancies of published postings valid in the span under the region, with an extra condition. */
  const demand = (p: Span, region: string, cond: RawBuilder<unknown> = sql`true`) =>
    one(sql`SELECT sum(jp.vacancies) AS n FROM job_posting jp JOIN employer em ON em.id = jp.employer_id
      WHERE jp.published_at IS NOT NULL AND jp.valid_from <= ${p.to} AND jp.valid_to >= ${p.from} AND jp.region_code LIKE ${region + '%'} AND (${cond})`);
  const postings = (p: Span, region: string) =>
    one(sql`SELECT count(*) AS n FROM job_posting jp WHERE jp.published_at IS NOT NULL AND jp.valid_from <= ${p.to} AND jp.valid_to >= ${p.from} AND jp.region_code LIKE ${region + '%'}`);
  /** Seeker registrations valid in the span under the region, with an extra condition. */
  const supply = (p: Span, region: string, cond: RawBuilder<unknown> = sql`true`) =>
    one(sql`SELECT count(*) AS n FROM job_seeker js JOIN person pe ON pe.id = js.person_id
      WHERE js.valid_from <= ${p.to} AND js.valid_to >= ${p.from} AND js.region_code LIKE ${region + '%'} AND (${cond})`);
  const section = sql`(SELECT ce.parent_code FROM code_entry ce WHERE ce.type = 'industry' AND ce.edition = 'GB/T 4754-2017' AND ce.code = coalesce(jp.industry_code, em.industry_code))`;

  const report = async (c: Client, query = '') => {
    const res = await c.get(`/api/stats/supply-demand${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json<SupplyDemandReport>();
  };
  const table = (r: SupplyDemandReport, key: string) => {
    const found = r.tables.find((x) => x.key === key);
    assert.ok(found, key);
    return found;
  };
  const cell = (r: SupplyDemandReport, key: string, row: string, side: 'demand' | 'supply') => {
    const tab = table(r, key);
    const found = row === 'total' ? tab.total : tab.rows.find((x) => x.key === row);
    const c = found?.[side];
    assert.ok(c, `${key}.${row}.${side}`);
    return c;
  };

  before(async () => {
    t = await createTestApp();
    city = await t.login('city_op');
    district = await t.login('district_op');
    street = await t.login('street_op');
    // Comparison periods with records of their own: a posting and seekers last year, a posting with a
    // skill requirement and no industry in Q3, a new graduate seeker in the district valid in Q3 and Q4.
    const employer = await t.db.selectFrom('employer').select(['id', 'region_code']).where('status', '=', 'verified').where('region_code', 'like', `${DISTRICT}%`).orderBy('id').executeTakeFirstOrThrow();
    const base = { employer_id: employer.id, region_code: employer.region_code, wage_min: 3000, wage_max: 4000, description: '测试岗位', contact_name: '张', contact_phone: '13800000000', status: 'published' as const, prereview_findings: '[]' };
    await t.db
      .insertInto('job_posting')
      .values([
        { ...base, title: '去年同期岗位', occupation_code: '2-02', industry_code: '01', vacancies: 7, valid_from: '2025-11-01', valid_to: '2025-12-15', published_at: new Date('2025-11-01T02:00:00Z'), skill_level: 'q3', education: '21' },
        { ...base, title: '三季度岗位', occupation_code: '4-01', industry_code: null, vacancies: 4, valid_from: '2026-08-01', valid_to: '2026-09-10', published_at: new Date('2026-08-01T02:00:00Z'), skill_level: 't_middle' },
        { ...base, title: '未发布岗位', occupation_code: '4-01', vacancies: 9, valid_from: '2026-10-10', valid_to: '2026-11-30', published_at: null, status: 'draft' as const },
      ])
      .execute();
    const people = await t.db
      .selectFrom('person')
      .select(['id', 'region_code'])
      .where('region_code', 'like', `${DISTRICT}%`)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('job_seeker').select('job_seeker.id').whereRef('job_seeker.person_id', '=', 'person.id'))))
      .orderBy('id')
      .limit(3)
      .execute();
    assert.equal(people.length, 3);
    const seeker = (i: number, validFrom: string, validTo: string, categories: string[], status: 'active' | 'closed') =>
      t.db.insertInto('job_seeker').values({ person_id: people[i].id, region_code: people[i].region_code, desired_occupations: ['2-02'], categories, valid_from: validFrom, valid_to: validTo, status, education: '21', skill_level: 't_middle' }).execute();
    await seeker(0, '2025-10-15', '2026-01-12', ['job_loser'], 'closed');
    await seeker(1, '2026-09-01', '2026-11-29', ['new_graduate'], 'active');
    await seeker(2, '2025-12-01', '2026-02-28', [], 'closed');
  });
  after(() => t.close());

  test('overall, every table total and chosen rows equal independent counts (city, current quarter)', async () => {
    const r = await report(city);
    assert.equal(r.period.from, Q4.from);
    assert.equal(r.previous.from, Q3.from);
    assert.equal(r.lastYear.from, LY.from);
    const d = await demand(Q4, CITY);
    const s = await supply(Q4, CITY);
    assert.ok(d > 0 && s > 0, 'the template has data in the current quarter');
    assert.equal(r.overall.demand.count, d);
    assert.equal(r.overall.supply.count, s);
    assert.equal(r.overall.postings.count, await postings(Q4, CITY));
    assert.equal(r.overall.ratio.value, Math.round((d / s) * 100) / 100);
    for (const tab of r.tables) {
      if (tab.total.demand) assert.equal(tab.total.demand.count, d, `${tab.key} demand total`);
      if (tab.total.supply) assert.equal(tab.total.supply.count, s, `${tab.key} supply total`);
      const sumShares = tab.rows.filter((x) => !x.of).reduce((n, x) => n + (x.demand?.share ?? x.supply?.share ?? 0), 0);
      if (tab.key !== 'overall') assert.ok(Math.abs(sumShares - 1) < 0.001, `${tab.key} shares add up to 1`);
    }
    // Occupation groups (the demo's codes are 大典 dashed codes), both sides.
    for (const g of ['2', '4', '6']) {
      const dn = await demand(Q4, CITY, sql`split_part(jp.occupation_code, '-', 1) = ${g}`);
      const sn = await supply(Q4, CITY, sql`split_part(js.desired_occupations[1], '-', 1) = ${g}`);
      assert.equal(cell(r, 'occupation', g, 'demand').count, dn, `occupation ${g} demand`);
      assert.equal(cell(r, 'occupation', g, 'supply').count, sn, `occupation ${g} supply`);
      assert.equal(cell(r, 'occupation', g, 'demand').share, Math.round((dn / d) * 10000) / 10000);
      const row = table(r, 'occupation').rows.find((x) => x.key === g);
      assert.equal(row?.ratio?.value, sn === 0 ? null : Math.round((dn / sn) * 100) / 100);
    }
    // Sectors and an industry section through the code table's division → section.
    assert.equal(cell(r, 'sector', 'secondary', 'demand').count, await demand(Q4, CITY, sql`${section} IN ('B', 'C', 'D', 'E')`));
    assert.equal(cell(r, 'sector', 'tertiary', 'demand').count, await demand(Q4, CITY, sql`${section} >= 'F'`));
    assert.equal(cell(r, 'industry', 'C', 'demand').count, await demand(Q4, CITY, sql`${section} = 'C'`));
    assert.equal(cell(r, 'employerType', 'private', 'demand').count, await demand(Q4, CITY, sql`em.ownership_type LIKE '17%' AND (em.unit_type = '10' OR em.unit_type IS NULL)`));
    // Postings state no sex or age: all 无要求; seekers by sex and age band on the registration date.
    assert.equal(cell(r, 'sex', 'none', 'demand').count, d);
    assert.equal(cell(r, 'sex', 'female', 'supply').count, await supply(Q4, CITY, sql`pe.sex = 2`));
    assert.equal(cell(r, 'age', '25_34', 'supply').count, await supply(Q4, CITY, sql`date_part('year', age(js.valid_from, pe.birth_date)) BETWEEN 25 AND 34`));
    assert.equal(cell(r, 'age', '45_plus', 'supply').count, await supply(Q4, CITY, sql`date_part('year', age(js.valid_from, pe.birth_date)) >= 45`));
    // Education: postings without one are 无要求; seekers with a bachelor's degree.
    assert.equal(cell(r, 'education', 'none', 'demand').count, await demand(Q4, CITY, sql`jp.education IS NULL`));
    assert.equal(cell(r, 'education', 'bachelor', 'supply').count, await supply(Q4, CITY, sql`coalesce(js.education, pe.education) LIKE '2_'`));
    assert.equal(cell(r, 'skill', 'none', 'demand').count, await demand(Q4, CITY, sql`jp.skill_level IS NULL OR jp.skill_level = 'none'`));
    // Categories: each registration once; new graduates under 新成长失业青年 and in the 其中 row.
    const youth = sql`('new_youth' = ANY(js.categories) OR 'new_graduate' = ANY(js.categories))`;
    assert.equal(cell(r, 'category', 'new_youth', 'supply').count, await supply(Q4, CITY, youth));
    assert.equal(cell(r, 'category', 'new_graduate', 'supply').count, await supply(Q4, CITY, sql`'new_graduate' = ANY(js.categories)`));
    assert.equal(cell(r, 'category', 'job_loser', 'supply').count, await supply(Q4, CITY, sql`'job_loser' = ANY(js.categories) AND NOT ${youth}`));
    assert.match(r.summary, /^2026年第4季度，景德镇市/);
    assert.match(r.summary, /需求人数最多的是/);
  });

  test('changes against the previous quarter and the same quarter last year equal their own counts', async () => {
    const r = await report(city);
    for (const [key, span] of [['vsPrevious', Q3], ['vsLastYear', LY]] as const) {
      const d = await demand(span, CITY);
      const s = await supply(span, CITY);
      assert.ok(d > 0 && s > 0, `${key} has data`);
      assert.equal(r.overall.demand[key].previous, d, `${key} demand`);
      assert.equal(r.overall.demand[key].diff, r.overall.demand.count - d);
      assert.equal(r.overall.demand[key].rate, Math.round(((r.overall.demand.count - d) / d) * 10000) / 10000);
      assert.equal(r.overall.supply[key].previous, s, `${key} supply`);
      assert.equal(r.overall.postings[key].previous, await postings(span, CITY));
      const dn = await demand(span, CITY, sql`split_part(jp.occupation_code, '-', 1) = '2'`);
      assert.equal(cell(r, 'occupation', '2', 'demand')[key].previous, dn, `${key} occupation 2`);
      assert.equal(cell(r, 'skill', 'q3', 'demand')[key].previous, await demand(span, CITY, sql`jp.skill_level = 'q3'`));
      assert.equal(cell(r, 'category', 'new_graduate', 'supply')[key].previous, await supply(span, CITY, sql`'new_graduate' = ANY(js.categories)`));
    }
    assert.equal(r.overall.ratio.lastYear, Math.round(((await demand(LY, CITY)) / (await supply(LY, CITY))) * 100) / 100);
    // The Q3 posting without an industry code counts in its employer's sector.
    assert.equal(cell(r, 'skill', 't_middle', 'demand').vsPrevious.previous, await demand(Q3, CITY, sql`jp.skill_level = 't_middle'`));
    assert.ok(cell(r, 'skill', 't_middle', 'demand').vsPrevious.previous >= 4);
    assert.equal(cell(r, 'sector', 'unclassified', 'demand').vsPrevious.previous, await demand(Q3, CITY, sql`coalesce(jp.industry_code, em.industry_code) IS NULL`));
    assert.equal(cell(r, 'sector', 'primary', 'demand').vsLastYear.previous, 7);
  });

  test('a district and a month: the unit picker and period picker narrow the counts', async () => {
    const r = await report(city, `?regionCode=${DISTRICT}&period=month&year=2026&month=10`);
    const oct = { from: '2026-10-01', to: '2026-10-31' };
    assert.equal(r.regionCode, DISTRICT);
    assert.equal(r.overall.demand.count, await demand(oct, DISTRICT));
    assert.equal(r.overall.supply.count, await supply(oct, DISTRICT));
    assert.equal(r.overall.demand.vsPrevious.previous, await demand({ from: '2026-09-01', to: '2026-09-30' }, DISTRICT));
    const own = await report(district);
    assert.equal(own.overall.supply.count, await supply(Q4, DISTRICT));
    const totals = await supplyDemandTotals(t.db, DISTRICT, Q4.from, Q4.to);
    assert.deepEqual(totals, { postings: own.overall.postings.count, vacancies: own.overall.demand.count, seekers: own.overall.supply.count, ratio: own.overall.ratio.value });
  });

  test('the period is validated field by field, and a unit outside the scope is not found', async () => {
    const missing = await city.get('/api/stats/supply-demand?period=custom&to=2026-10-31');
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json<{ details: unknown }>().details, [{ field: 'from', message: '请选择开始日期' }]);
    const reversed = await city.get('/api/stats/supply-demand?period=custom&from=2026-10-31&to=2026-10-01');
    assert.equal(reversed.statusCode, 400);
    assert.equal(reversed.json<{ details: { field: string }[] }>().details[0].field, 'to');
    assert.equal((await district.get('/api/stats/supply-demand?regionCode=360202')).statusCode, 404);
    assert.equal((await t.anonymous().get('/api/stats/supply-demand')).statusCode, 401);
    const custom = await report(city, '?period=custom&from=2026-10-01&to=2026-11-15');
    assert.equal(custom.overall.demand.count, await demand({ from: '2026-10-01', to: '2026-11-15' }, CITY));
  });

  test('drill-down: the records behind a cell add up to the cell, page by page, sorted', async () => {
    const r = await report(city);
    const drill = async (c: Client, q: string) => {
      const res = await c.get(`/api/stats/supply-demand/records?${q}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json<RecordsResult>();
    };
    const six = await drill(city, 'table=occupation&row=6&side=demand&pageSize=200');
    assert.equal(six.figure, cell(r, 'occupation', '6', 'demand').count);
    assert.equal(six.postings.reduce((n, p) => n + p.vacancies, 0), six.figure);
    assert.equal(six.total, six.postings.length);
    assert.ok(six.postings.every((p) => p.occupationCode.startsWith('6-')));
    // Paging and sorting.
    const first = await drill(city, 'table=overall&row=total&side=demand&pageSize=5&sort=vacancies&order=desc');
    assert.equal(first.total, r.overall.postings.count);
    assert.equal(first.figure, r.overall.demand.count);
    assert.equal(first.postings.length, 5);
    assert.ok(first.postings.every((p, i) => i === 0 || first.postings[i - 1].vacancies >= p.vacancies));
    const second = await drill(city, 'table=overall&row=total&side=demand&pageSize=5&page=2&sort=vacancies&order=desc');
    assert.ok(second.postings.every((p) => !first.postings.some((q) => q.id === p.id)));
    // Supply: a category, masked ID numbers, audited as a view of people.
    const youth = await drill(city, 'table=category&row=new_youth&side=supply&pageSize=200');
    assert.equal(youth.total, cell(r, 'category', 'new_youth', 'supply').count);
    assert.ok(youth.seekers.every((s) => s.citizenIdMasked.includes('*') && s.categoryName === '新成长失业青年'));
    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'detail']).where('event_type', '=', 'stats.records_viewed').where('actor_id', '=', city.userId).execute();
    assert.ok(audit.length >= 1);
    // The same cell of a constant table: every posting is 无要求 on sex; none is 男.
    assert.equal((await drill(city, 'table=sex&row=none&side=demand')).figure, r.overall.demand.count);
    assert.equal((await drill(city, 'table=sex&row=male&side=demand')).total, 0);
    // A row the table does not have is a field error.
    assert.equal((await city.get('/api/stats/supply-demand/records?table=sector&row=x&side=demand')).statusCode, 400);
    assert.equal((await city.get('/api/stats/supply-demand/records?table=category&row=new_youth&side=demand')).statusCode, 400);
  });

  test('a street user sees its own streets only, and its drill-down equals its cell', async () => {
    const r = await report(street);
    assert.equal(r.regionCode, STREET);
    assert.equal(r.overall.supply.count, await supply(Q4, STREET));
    assert.equal(r.overall.demand.count, await demand(Q4, STREET));
    const res = await street.get('/api/stats/supply-demand/records?table=overall&row=total&side=supply&pageSize=200');
    const body = res.json<RecordsResult>();
    assert.equal(body.total, r.overall.supply.count);
    assert.ok(body.seekers.every((s) => s.regionCode.startsWith(STREET)));
    const wider = await street.get(`/api/stats/supply-demand/records?table=overall&row=total&side=supply&regionCode=${DISTRICT}`);
    assert.equal(wider.statusCode, 404);
  });

  test('a person who moved out of the viewer\'s scope stays counted but is listed by a masked name', async () => {
    const q = 'table=overall&row=total&side=supply&pageSize=20&sort=validFrom&order=asc';
    const shown = (await district.get(`/api/stats/supply-demand/records?${q}`)).json<RecordsResult>();
    const row = shown.seekers[0];
    const { person_id: personId, name, region_code: home } = await t.db.selectFrom('job_seeker').innerJoin('person', 'person.id', 'job_seeker.person_id')
      .select(['job_seeker.person_id', 'person.name', 'person.region_code']).where('job_seeker.id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(row.name, name);
    const away = (await sql<{ code: string }>`SELECT code FROM org_unit WHERE code LIKE '360202%' AND length(code) = 9 ORDER BY code LIMIT 1`.execute(t.db)).rows[0].code;
    await t.db.updateTable('person').set({ region_code: away }).where('id', '=', personId).execute();
    try {
      const again = (await district.get(`/api/stats/supply-demand/records?${q}`)).json<RecordsResult>();
      assert.equal(again.total, shown.total, 'still counted');
      const moved = again.seekers.find((s) => s.id === row.id);
      assert.ok(moved, 'still listed');
      assert.equal(moved.name, `${name.slice(0, 1)}**`);
      assert.ok(!moved.citizenIdMasked.match(/\d/), 'no part of the ID number');
      assert.equal(moved.regionCode, row.regionCode, 'the registration\'s region');
      // The city sees the whole move: drilling into the same district it still reads the name.
      const fromCity = (await city.get(`/api/stats/supply-demand/records?${q}&regionCode=${DISTRICT}`)).json<RecordsResult>();
      assert.equal(fromCity.seekers.find((s) => s.id === row.id)?.name, name, 'named to the city, whose scope holds the new home');
      const others = again.seekers.filter((s) => s.id !== row.id);
      assert.deepEqual(others.map((s) => s.name), shown.seekers.filter((s) => s.id !== row.id).map((s) => s.name), 'the others unchanged');
    } finally {
      await t.db.updateTable('person').set({ region_code: home }).where('id', '=', personId).execute();
    }
  });

  test('export: a workbook, audited', async () => {
    const res = await city.get('/api/stats/supply-demand/export');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.ok(res.rawPayload.length > 1000);
    const audit = await t.db.selectFrom('audit_log').select('entity_id').where('event_type', '=', 'data.exported').where('actor_id', '=', city.userId).execute();
    assert.ok(audit.some((a) => String(a.entity_id).startsWith('职业供求状况分析')));
  });

  test('the consistency check recomputes every cell from the ledger: zero differences', async () => {
    const actor = await t.db.selectFrom('app_user').select(['id', 'username', 'display_name', 'org_code']).where('username', '=', 'city_op').executeTakeFirstOrThrow();
    const ctx: RequestContext = { actor: { id: actor.id, username: actor.username, displayName: actor.display_name, kind: 'staff', orgCode: actor.org_code, orgLevel: 2, roles: ['operator'], employerId: null, sessionId: 'test' }, ip: '127.0.0.1' };
    for (const q of [{}, { regionCode: DISTRICT, period: 'month' as const, year: 2026, month: 9 }]) {
      const checks = await supplyDemandChecks(t.deps, ctx, q);
      assert.ok(checks.length > 300, `${checks.length} checks`);
      assert.deepEqual(checks.filter((c) => c.difference !== 0), []);
      assert.ok(checks.some((c) => c.figure === 'sd.demand.occupation.6.current' && c.reported > 0));
    }
  });
});
