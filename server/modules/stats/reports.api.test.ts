import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

/** Today is Friday 2026-11-20: the default forecast is next week's (from Monday 2026-11-23), the default monthly report October's. */
const NEXT_WEEK = '2026-11-23';
const WEEK_END = '2026-11-29';
const MONTH = '2026-10';
const M_FROM = '2026-10-01';
const M_TO = '2026-10-31';
const DISTRICT = '360203';
const OTHER = '360202';
const NOW = '2026-11-20T02:00:00.000Z';

interface ReportBody {
  id: number;
  status: string;
  statusName: string;
  version: number;
  summary: string;
  period: string;
  workflowItemId: number | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  returnReason: string | null;
  can: { regenerate: boolean; edit: boolean; submit: boolean };
  content: {
    fairs?: { id: number; heldOn: string }[];
    monthly?: {
      supplyDemand: { postings: number; vacancies: number; seekers: number; ratio: number | null };
      occupations: { key: string; demand: number; supply: number }[];
      fairs: { key: string }[];
      fairTotal: { fairs: number; employers: number; positions: number; seekers: number; intentions: number; hires: number };
      indicators: { newEmployment: number; registeredUnemployed: number; unemploymentRate: number | null };
    };
    autoSummary?: string;
  };
}

describe('stats: weekly forecast and monthly report (周预报 / 月报) — generate, review, report to the city', () => {
  let t: TestApp;
  let district: Client; // district_op 珠山区
  let districtRev: Client;
  let street: Client;
  let other: Client; // op_360202 昌江区
  let otherRev: Client;
  let cityOp: Client;
  let cityRev: Client;
  const ids: Record<string, number> = {};
  let weekly: ReportBody;
  let monthly: ReportBody;

  const count = async (table: 'market_report' | 'audit_log') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(t.db)).rows[0];
  const own = (list: number[]) => list.filter((id) => Object.values(ids).includes(id));

  /** The week's fairs that will take place, organised in the district's subtree, in date and time order: direct SQL. */
  const weekFairs = async (code: string) => {
    const rows = await t.db.selectFrom('fair').select('id').where('region_code', 'like', `${code}%`).where('held_on', '>=', NEXT_WEEK).where('held_on', '<=', WEEK_END).where('status', 'in', ['planned', 'published']).orderBy('held_on').orderBy('starts_at').orderBy('id').execute();
    return rows.map((r) => Number(r.id));
  };

  const fair = async (c: Client, name: string, regionCode: string, heldOn: string) => {
    const res = await c.post('/api/fairs', { name, kind: 'district_weekly', regionCode, targetGroups: [], campaignId: null, venue: '人力资源市场', heldOn, startsAt: '09:00', endsAt: '12:00', boothCapacity: 50 });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items[0].id as number;
  };
  const decide = (c: Client, itemId: number, action: string, reason?: string) => c.post(`/api/workflow/items/${itemId}/decide`, { action, reason });
  const report = async (c: Client, id: number) => (await c.get(`/api/stats/reports/${id}`)).json() as ReportBody;

  before(async () => {
    t = await createTestApp();
    [district, districtRev, street, other, otherRev, cityOp, cityRev] = await Promise.all(['district_op', 'district_rev', 'street_op', 'op_360202', 'other_rev', 'city_op', 'city_rev'].map((u) => t.login(u)));
    ids.street = await fair(street, '街道周六招聘会', '360203001', '2026-11-28');
    ids.district = await fair(district, '区周二招聘会', DISTRICT, '2026-11-24');
    ids.cancelled = await fair(district, '取消的招聘会', DISTRICT, '2026-11-25');
    assert.equal((await district.post(`/api/fairs/${ids.cancelled}/cancel`, { reason: '场地冲突' })).statusCode, 200);
    ids.later = await fair(district, '下下周招聘会', DISTRICT, '2026-11-30');
    ids.other = await fair(other, '昌江区招聘会', OTHER, '2026-11-24');
  });
  after(() => t.close());

  test('without login 401; only a district operator generates; streets see no overview', async () => {
    const anon = t.anonymous();
    assert.equal((await anon.get('/api/stats/reports')).statusCode, 401);
    assert.equal((await anon.post('/api/stats/reports', { kind: 'weekly_forecast' })).statusCode, 401);
    assert.equal((await anon.get('/api/stats/reports/overview?kind=weekly_forecast')).statusCode, 401);
    const before = await count('market_report');
    for (const c of [street, districtRev, cityOp, cityRev]) assert.equal((await c.post('/api/stats/reports', { kind: 'weekly_forecast' })).statusCode, 403);
    assert.equal((await street.get('/api/stats/reports/overview?kind=weekly_forecast')).statusCode, 403);
    assert.equal(await count('market_report'), before);
  });

  test("the weekly forecast lists next week's fairs of the district's units: not cancelled ones, not other weeks or districts", async () => {
    const audits = await count('audit_log');
    const res = await district.post('/api/stats/reports', { kind: 'weekly_forecast' });
    assert.equal(res.statusCode, 200, res.body);
    weekly = res.json();
    assert.deepEqual([weekly.period, weekly.status, weekly.statusName, weekly.workflowItemId, weekly.can], [NEXT_WEEK, 'draft', '草稿', null, { regenerate: true, edit: true, submit: true }]);
    const listed = (weekly.content.fairs ?? []).map((f) => f.id);
    assert.deepEqual(listed, await weekFairs(DISTRICT));
    assert.deepEqual(own(listed), [ids.district, ids.street], 'of the fairs made here: the district one and its street one, by date');
    assert.equal(weekly.summary, weekly.content.autoSummary);
    assert.match(weekly.summary, new RegExp(`计划举办招聘会 ${listed.length} 场`));
    const audit = await t.db.selectFrom('audit_log').select(['actor_id', 'region_code']).where('event_type', '=', 'report.generated').where('entity_id', '=', String(weekly.id)).executeTakeFirstOrThrow();
    assert.deepEqual(audit, { actor_id: district.userId, region_code: DISTRICT });
    assert.equal(await count('audit_log'), audits + 1);

    const theirs = (await other.post('/api/stats/reports', { kind: 'weekly_forecast', period: NEXT_WEEK })).json() as ReportBody;
    const theirFairs = (theirs.content.fairs ?? []).map((f) => f.id);
    assert.deepEqual([theirFairs, own(theirFairs)], [await weekFairs(OTHER), [ids.other]]);
  });

  test('bad input gives field errors and writes nothing', async () => {
    const reports = await count('market_report');
    const audits = await count('audit_log');
    const field = async (res: Awaited<ReturnType<Client['post']>>, status: number, name: string) => {
      assert.equal(res.statusCode, status, res.body);
      assert.equal(res.json().details[0].field, name);
    };
    await field(await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: NEXT_WEEK }), 409, 'period'); // generated twice
    assert.equal((await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: NEXT_WEEK })).json().code, 'duplicate');
    await field(await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: '2026-11-24' }), 400, 'period'); // not a Monday
    await field(await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: '2026-11-09' }), 400, 'period'); // a week gone by
    await field(await district.post('/api/stats/reports', { kind: 'monthly_report', period: '2026-12' }), 400, 'period'); // the future
    await field(await district.post('/api/stats/reports', { kind: 'monthly_report', period: '2026-11' }), 400, 'period'); // not over yet
    await field(await district.post('/api/stats/reports', { kind: 'monthly_report', period: '2026-11-01' }), 400, 'period');
    // Days that do not exist (2027-02-29 would roll over to Monday 2027-03-01) are field errors, not 500s.
    await field(await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: '2027-02-29' }), 400, 'period');
    await field(await cityOp.get('/api/stats/reports?period=2026-02-30'), 400, 'period');
    await field(await cityOp.get('/api/stats/reports?kind=weekly_forecast&period=2027-02-29'), 400, 'period');
    await field(await cityOp.get('/api/stats/reports?period=2026-13'), 400, 'period');
    await field(await cityRev.get('/api/stats/reports/overview?kind=weekly_forecast&period=2027-02-29'), 400, 'period');
    await field(await cityRev.get('/api/stats/reports/overview?kind=weekly_forecast&period=2026-04-31'), 400, 'period');
    const long = await district.put(`/api/stats/reports/${weekly.id}/summary`, { summary: '长'.repeat(2001), version: weekly.version });
    await field(long, 400, 'summary');
    await field(await district.post(`/api/stats/reports/${weekly.id}/submit`, { summary: '长'.repeat(2001), version: weekly.version }), 400, 'summary');
    assert.deepEqual([await count('market_report'), await count('audit_log')], [reports, audits]);
    const stored = await t.db.selectFrom('market_report').select(['summary', 'status', 'version']).where('id', '=', weekly.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { summary: weekly.summary, status: 'draft', version: weekly.version });
  });

  test("the monthly report's figures equal independent counts over the month", async () => {
    const res = await district.post('/api/stats/reports', { kind: 'monthly_report' });
    assert.equal(res.statusCode, 200, res.body);
    monthly = res.json();
    assert.equal(monthly.period, MONTH);
    const m = monthly.content.monthly;
    assert.ok(m);
    const like = `${DISTRICT}%`;
    const demand = await one(sql<{ postings: number; vacancies: number }>`SELECT count(*)::int AS postings, coalesce(sum(vacancies), 0)::int AS vacancies FROM job_posting WHERE region_code LIKE ${like} AND published_at IS NOT NULL AND valid_from <= ${M_TO} AND valid_to >= ${M_FROM}`);
    const supply = await one(sql<{ seekers: number }>`SELECT count(*)::int AS seekers FROM job_seeker WHERE region_code LIKE ${like} AND valid_from <= ${M_TO} AND valid_to >= ${M_FROM}`);
    assert.ok(demand.vacancies > 0 && supply.seekers > 0, 'the demo data has a market in October');
    assert.deepEqual(m.supplyDemand, { postings: demand.postings, vacancies: demand.vacancies, seekers: supply.seekers, ratio: Math.round((demand.vacancies / supply.seekers) * 100) / 100 });
    assert.equal(m.occupations.reduce((s, o) => s + o.demand, 0), demand.vacancies, 'the occupation groups add up to the demand');
    assert.equal(m.occupations.reduce((s, o) => s + o.supply, 0), supply.seekers);
    assert.deepEqual(m.occupations.map((o) => o.demand), [...m.occupations.map((o) => o.demand)].sort((a, b) => b - a), 'highest demand first');

    const fairs = await one(sql<{ fairs: number; employers: number; positions: number; seekers: number; intentions: number; hires: number }>`
      WITH f AS (SELECT id FROM fair WHERE region_code LIKE ${like} AND held_on BETWEEN ${M_FROM} AND ${M_TO} AND status <> 'cancelled')
      SELECT (SELECT count(*)::int FROM f) AS fairs,
        (SELECT count(*)::int FROM fair_participation WHERE status = 'approved' AND fair_id IN (SELECT id FROM f)) AS employers,
        (SELECT coalesce(sum(fp.positions), 0)::int FROM fair_posting fp JOIN fair_participation p ON p.id = fp.participation_id WHERE p.status = 'approved' AND p.fair_id IN (SELECT id FROM f)) AS positions,
        (SELECT count(*)::int FROM fair_checkin WHERE fair_id IN (SELECT id FROM f)) AS seekers,
        (SELECT count(*)::int FROM fair_intention WHERE fair_id IN (SELECT id FROM f)) AS intentions,
        (SELECT count(*)::int FROM fair_intention WHERE status = 'hired' AND fair_id IN (SELECT id FROM f)) AS hires`);
    const { fairs: fairCount, employers, positions, seekers, intentions, hires } = m.fairTotal;
    assert.deepEqual({ fairs: fairCount, employers, positions, seekers, intentions, hires }, fairs);
    assert.equal(m.fairs.length, fairs.fairs);

    const ind = await one(sql<{ new_employment: number; unemployed: number; employed: number }>`
      SELECT (SELECT count(*)::int FROM employment_registration WHERE region_code LIKE ${like} AND started_on BETWEEN ${M_FROM} AND ${M_TO}) AS new_employment,
        (SELECT count(*)::int FROM unemployment_registration WHERE region_code LIKE ${like} AND counts_in_rate AND registered_on <= ${M_TO} AND (cancelled_on IS NULL OR cancelled_on > ${M_TO})) AS unemployed,
        (SELECT count(DISTINCT person_id)::int FROM employment_registration WHERE region_code LIKE ${like} AND started_on <= ${M_TO} AND (ended_on IS NULL OR ended_on > ${M_TO})) AS employed`);
    const rate = ind.unemployed + ind.employed === 0 ? null : Math.round((ind.unemployed / (ind.unemployed + ind.employed)) * 10_000) / 10_000;
    assert.deepEqual(m.indicators && { newEmployment: m.indicators.newEmployment, registeredUnemployed: m.indicators.registeredUnemployed, unemploymentRate: m.indicators.unemploymentRate }, { newEmployment: ind.new_employment, registeredUnemployed: ind.unemployed, unemploymentRate: rate });
    assert.match(monthly.summary, new RegExp(`需求 ${demand.vacancies} 人`));

    // The Excel export and the print view carry the same figures.
    const xlsx = await district.get(`/api/stats/reports/${monthly.id}/export`);
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const print = (await district.get(`/api/stats/reports/${monthly.id}/print`)).json();
    assert.deepEqual(print.report.content, monthly.content);
  });

  test('district operator → district reviewer → city reviewer, with a return at each step and resubmission', async () => {
    const edited = await district.put(`/api/stats/reports/${monthly.id}/summary`, { summary: '  十月市场平稳，陶瓷行业需求旺盛。  ', version: monthly.version });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().summary, '十月市场平稳，陶瓷行业需求旺盛。');
    const stale = await district.put(`/api/stats/reports/${monthly.id}/summary`, { summary: '旧版本', version: monthly.version });
    assert.deepEqual([stale.statusCode, stale.json().code], [409, 'conflict']);

    const submitted = await district.post(`/api/stats/reports/${monthly.id}/submit`, { version: edited.json().version });
    assert.equal(submitted.statusCode, 200, submitted.body);
    const s1 = submitted.json() as ReportBody;
    assert.deepEqual([s1.status, s1.statusName, s1.can.submit, s1.can.edit], ['reviewing', '审核中', false, false]);
    const itemId = s1.workflowItemId ?? 0;
    const item = await t.db.selectFrom('workflow_item').select(['workflow_type', 'subject_id', 'region_code', 'status', 'step_index', 'submitter_id']).where('id', '=', itemId).executeTakeFirstOrThrow();
    assert.deepEqual(item, { workflow_type: 'market_report', subject_id: String(monthly.id), region_code: DISTRICT, status: 'pending', step_index: 0, submitter_id: district.userId });
    assert.equal((await district.put(`/api/stats/reports/${monthly.id}/summary`, { summary: '审核中不能改', version: s1.version })).statusCode, 409);
    assert.equal((await district.post(`/api/stats/reports/${monthly.id}/submit`, { version: s1.version })).statusCode, 409);
    // Not the submitter, not the city before the district, not another district.
    assert.equal((await decide(district, itemId, 'approve')).statusCode, 403);
    assert.equal((await decide(cityRev, itemId, 'approve')).statusCode, 403);
    assert.equal((await decide(otherRev, itemId, 'approve')).statusCode, 404);

    // The district's reviewer returns it; the operator re-generates and resubmits.
    assert.equal((await decide(districtRev, itemId, 'return', '请补充招聘会情况')).statusCode, 200);
    let r = await report(district, monthly.id);
    assert.deepEqual([r.status, r.statusName, r.returnReason, r.can], ['returned', '已退回', '请补充招聘会情况', { regenerate: true, edit: true, submit: true }]);
    const regenerated = await district.post(`/api/stats/reports/${monthly.id}/regenerate`, { version: r.version });
    assert.equal(regenerated.statusCode, 200, regenerated.body);
    assert.equal(regenerated.json().summary, '十月市场平稳，陶瓷行业需求旺盛。', 'an edited summary is kept');
    assert.equal((await district.post(`/api/stats/reports/${monthly.id}/submit`, { summary: '十月市场平稳；已补充招聘会情况。', version: regenerated.json().version })).json().status, 'reviewing');
    assert.equal((await t.db.selectFrom('workflow_item').select('round').where('id', '=', itemId).executeTakeFirstOrThrow()).round, 2);

    // Approval by the district = reported to the city.
    assert.equal((await decide(districtRev, itemId, 'approve')).statusCode, 200);
    r = await report(cityRev, monthly.id);
    assert.deepEqual([r.status, r.statusName, r.submittedAt, r.summary], ['submitted', '已报送', NOW, '十月市场平稳；已补充招聘会情况。']);
    assert.equal((await decide(districtRev, itemId, 'approve')).statusCode, 403, 'the district cannot take the city step');

    // The city returns it once; the district fixes it and it goes through the district again.
    assert.equal((await decide(cityRev, itemId, 'return', '失业率说明不全')).statusCode, 200);
    r = await report(district, monthly.id);
    assert.deepEqual([r.status, r.returnReason, r.submittedAt, r.acceptedAt], ['returned', '失业率说明不全', null, null], 'back with the district: no longer reported');
    assert.equal((await district.post(`/api/stats/reports/${monthly.id}/submit`, { summary: '十月市场平稳；登记失业率见附表。', version: r.version })).statusCode, 200);
    assert.equal((await decide(districtRev, itemId, 'approve')).statusCode, 200);
    assert.equal((await decide(cityRev, itemId, 'approve')).statusCode, 200);
    r = await report(cityOp, monthly.id);
    assert.deepEqual([r.status, r.statusName, r.acceptedAt, r.can.submit], ['accepted', '已接收', NOW, false]);

    const decisions = (await district.get(`/api/stats/reports/${monthly.id}/print`)).json().decisions.map((d: { stepName: string; action: string }) => `${d.stepName}:${d.action}`);
    assert.deepEqual(decisions, ['区县审核:submit', '区县审核:return', '区县审核:resubmit', '区县审核:approve', '市级接收:return', '区县审核:resubmit', '区县审核:approve', '市级接收:approve']);
    // The print view names the city's approval 接收 by the step's key.
    const keys = (await district.get(`/api/stats/reports/${monthly.id}/print`)).json().decisions.map((d: { stepKey: string }) => d.stepKey);
    assert.deepEqual(keys, ['district_review', 'district_review', 'district_review', 'district_review', 'city_receive', 'district_review', 'district_review', 'city_receive']);
    const events = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'market_report').where('entity_id', '=', String(monthly.id)).orderBy('id').execute();
    assert.deepEqual(events.map((e) => e.event_type), ['report.generated', 'report.updated', 'report.submitted', 'report.regenerated', 'report.submitted', 'report.submitted']);
  });

  test('whoever submits a report may not approve it, even holding both roles', async () => {
    const secadmin = await t.login('secadmin');
    const created = await secadmin.post('/api/users', { username: 'dual_district', displayName: '双岗', orgCode: DISTRICT, kind: 'staff', roles: ['operator', 'reviewer'], password: 'Dual#2026x' });
    assert.equal(created.statusCode, 200, created.body);
    const temporary = await t.login('dual_district', 'Dual#2026x');
    await temporary.post('/api/auth/password', { currentPassword: 'Dual#2026x', newPassword: 'Dual#2026y' });
    const dual = await t.login('dual_district', 'Dual#2026y');
    const res = await dual.post(`/api/stats/reports/${weekly.id}/submit`, { version: weekly.version });
    assert.equal(res.statusCode, 200, res.body);
    const itemId = res.json().workflowItemId as number;
    const self = await decide(dual, itemId, 'approve');
    assert.deepEqual([self.statusCode, self.json().code], [403, 'self_review']);
    assert.equal((await report(district, weekly.id)).status, 'reviewing');
    assert.equal((await decide(districtRev, itemId, 'approve')).statusCode, 200);
    assert.equal((await report(district, weekly.id)).status, 'submitted');
  });

  test('edit, regenerate and submit need the version read: a stale one is a conflict, a missing one a field error', async () => {
    const res = await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: '2026-11-16' });
    assert.equal(res.statusCode, 200, res.body);
    const draft = res.json() as ReportBody;
    const saved = await district.put(`/api/stats/reports/${draft.id}/summary`, { summary: '本周招聘会', version: draft.version });
    assert.equal(saved.statusCode, 200, saved.body);
    const stale = draft.version;
    const calls = {
      edit: (body: object) => district.put(`/api/stats/reports/${draft.id}/summary`, { summary: '旧页面的说明', ...body }),
      regenerate: (body: object) => district.post(`/api/stats/reports/${draft.id}/regenerate`, body),
      submit: (body: object) => district.post(`/api/stats/reports/${draft.id}/submit`, body),
    };
    for (const [name, call] of Object.entries(calls)) {
      const old = await call({ version: stale });
      assert.deepEqual([old.statusCode, old.json().code], [409, 'conflict'], name);
      const missing = await call({});
      assert.deepEqual([missing.statusCode, missing.json().details?.[0]?.field], [400, 'version'], `${name}: ${missing.body}`);
    }
    const stored = await t.db.selectFrom('market_report').select(['summary', 'status', 'version']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { summary: '本周招聘会', status: 'draft', version: saved.json().version });
  });

  test('a week already over is not regenerated, as it is not generated', async () => {
    const before = (await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: '2026-11-09' })).statusCode;
    assert.equal(before, 400, 'generating it is refused');
    const row = await t.db
      .insertInto('market_report')
      .values({ kind: 'weekly_forecast', region_code: DISTRICT, period_start: '2026-11-09', period_end: '2026-11-15', content: JSON.stringify({ fairs: [] }), summary: '旧草稿', status: 'draft', generated_at: new Date('2026-11-06T02:00:00Z'), generated_by: district.userId })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    const res = await district.post(`/api/stats/reports/${row.id}/regenerate`, { version: row.version });
    assert.deepEqual([res.statusCode, res.json().details?.[0]?.field], [400, 'period'], res.body);
    const stored = await t.db.selectFrom('market_report').select(['content', 'version']).where('id', '=', Number(row.id)).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { content: { fairs: [] }, version: row.version });
    await t.db.deleteFrom('market_report').where('id', '=', Number(row.id)).execute();
  });

  test('a report withdrawn after the district reported it is no longer reported', async () => {
    const res = await district.post('/api/stats/reports', { kind: 'weekly_forecast', period: '2026-11-30' });
    assert.equal(res.statusCode, 200, res.body);
    const draft = res.json() as ReportBody;
    const submitted = (await district.post(`/api/stats/reports/${draft.id}/submit`, { version: draft.version })).json() as ReportBody;
    const itemId = submitted.workflowItemId ?? 0;
    assert.equal((await decide(districtRev, itemId, 'approve')).statusCode, 200);
    assert.deepEqual([(await report(cityRev, draft.id)).status, (await report(cityRev, draft.id)).submittedAt], ['submitted', NOW]);
    const withdrawn = await district.post(`/api/workflow/items/${itemId}/withdraw`);
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const r = await report(district, draft.id);
    assert.deepEqual([r.status, r.submittedAt, r.acceptedAt, r.can.submit], ['draft', null, null, true]);
    const stored = await t.db.selectFrom('market_report').select(['submitted_at', 'accepted_at']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { submitted_at: null, accepted_at: null });
  });

  test('forecasts carried over from fair_forecast (submitted, no review item) become received; reviewed reports are left alone', async () => {
    const sentAt = new Date('2026-10-30T01:00:00Z');
    const legacy = await t.db
      .insertInto('market_report')
      .values({ kind: 'weekly_forecast', region_code: DISTRICT, period_start: '2026-11-02', period_end: '2026-11-08', content: JSON.stringify({ fairs: [] }), status: 'submitted', generated_at: sentAt, generated_by: district.userId, submitted_at: sentAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    const migration = readFileSync(new URL('../../../migrations/20261123130000_market_report_fixes.sql', import.meta.url), 'utf8');
    await sql.raw(migration).execute(t.db);
    const moved = await t.db.selectFrom('market_report').select(['status', 'accepted_at', 'version']).where('id', '=', Number(legacy.id)).executeTakeFirstOrThrow();
    assert.deepEqual([moved.status, new Date(moved.accepted_at ?? 0).toISOString(), moved.version], ['accepted', sentAt.toISOString(), 2]);
    const reviewed = await report(cityRev, weekly.id);
    assert.deepEqual([reviewed.status, reviewed.acceptedAt], ['submitted', null], 'a forecast in the city\'s review stays to be received');
    const overview = (await cityRev.get('/api/stats/reports/overview?kind=weekly_forecast&period=2026-11-02')).json();
    assert.equal(overview.districts.find((d: { code: string }) => d.code === DISTRICT).status, 'accepted');
    await t.db.deleteFrom('market_report').where('id', '=', Number(legacy.id)).execute();
  });

  test('scope: another district neither sees nor finds the report; the city sees all its districts', async () => {
    assert.equal((await other.get(`/api/stats/reports/${monthly.id}`)).statusCode, 404);
    assert.equal((await other.get(`/api/stats/reports/${monthly.id}/print`)).statusCode, 404);
    assert.equal((await other.get(`/api/stats/reports/${monthly.id}/export`)).statusCode, 404);
    assert.equal((await other.put(`/api/stats/reports/${monthly.id}/summary`, { summary: 'x', version: 1 })).statusCode, 404);
    assert.equal((await street.get(`/api/stats/reports/${monthly.id}`)).statusCode, 404, 'a street is below the reporting district');
    const theirs = (await other.get('/api/stats/reports?pageSize=200')).json();
    assert.ok(theirs.items.every((i: { regionCode: string }) => i.regionCode === OTHER));
    assert.ok(!theirs.items.some((i: { id: number }) => i.id === monthly.id));
    const stored = await t.db.selectFrom('market_report').select(['id', 'region_code']).where('region_code', 'like', '3602%').execute();
    const city = (await cityOp.get('/api/stats/reports?pageSize=200')).json();
    assert.equal(city.total, stored.length);
    const monthlyOnly = (await cityOp.get(`/api/stats/reports?kind=monthly_report&period=${MONTH}&status=accepted`)).json();
    assert.deepEqual(monthlyOnly.items.map((i: { id: number }) => i.id), [monthly.id]);
    assert.equal((await cityOp.get(`/api/stats/reports?regionCode=${OTHER}&pageSize=200`)).json().total, stored.filter((s) => s.region_code.startsWith(OTHER)).length);
    assert.equal((await other.get(`/api/stats/reports?regionCode=${DISTRICT}`)).json().total, 0);
  });

  test('the overview shows every district of the city: who has reported and who has not', async () => {
    const districts = await t.db.selectFrom('org_unit').select(['code', 'name']).where('level', '=', 3).where('code', 'like', '3602%').orderBy('code').execute();
    assert.ok(districts.length > 2);
    const week = (await cityRev.get(`/api/stats/reports/overview?kind=weekly_forecast&period=${NEXT_WEEK}`)).json();
    assert.deepEqual([week.period, week.kindName], [NEXT_WEEK, '招聘会周预报']);
    const expected = (code: string) => (code === DISTRICT ? 'submitted' : code === OTHER ? 'draft' : 'none');
    assert.deepEqual(
      week.districts.map((d: { code: string; name: string; status: string; reportId: number | null; submittedAt: string | null; fairs: number | null }) => [d.code, d.name, d.status, d.submittedAt, d.fairs]),
      await Promise.all(districts.map(async (d) => [d.code, d.name, expected(d.code), d.code === DISTRICT ? NOW : null, d.code === DISTRICT || d.code === OTHER ? (await weekFairs(d.code)).length : null])),
    );
    assert.deepEqual(week.counts, { none: districts.length - 2, draft: 1, reviewing: 0, returned: 0, submitted: 1, accepted: 0 });
    assert.equal(week.districts.find((d: { code: string }) => d.code === DISTRICT).statusName, '已报送');
    assert.equal(week.districts.find((d: { code: string }) => d.code !== DISTRICT && d.code !== OTHER).statusName, '未生成');

    const month = (await cityOp.get(`/api/stats/reports/overview?kind=monthly_report&period=${MONTH}`)).json();
    assert.deepEqual(
      month.districts.map((d: { code: string; status: string; reportId: number | null }) => [d.code, d.status, d.reportId]),
      districts.map((d) => [d.code, d.code === DISTRICT ? 'accepted' : 'none', d.code === DISTRICT ? monthly.id : null]),
    );
    // A district sees its own row only; a bad period is a field error.
    const mine = (await other.get(`/api/stats/reports/overview?kind=weekly_forecast&period=${NEXT_WEEK}`)).json();
    assert.deepEqual(mine.districts.map((d: { code: string; status: string }) => [d.code, d.status]), [[OTHER, 'draft']]);
    const bad = await cityOp.get('/api/stats/reports/overview?kind=weekly_forecast&period=2026-11-24');
    assert.deepEqual([bad.statusCode, bad.json().details[0].field], [400, 'period']);
  });
});
