import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

const STREET = '360203001';
const base = {
  title: '陶瓷包装工',
  occupationCode: '6-02',
  vacancies: 5,
  wageMin: 3500,
  wageMax: 5000,
  description: '负责陶瓷成品的检验、包装与装箱，按生产计划完成每日包装任务。',
  requirements: '吃苦耐劳，有包装或仓储经验者优先。',
  regionCode: STREET,
  contactName: '王经理',
  contactPhone: '0798-8221234',
};

describe('market: job postings with automatic pre-review and staff review', () => {
  let t: TestApp;
  let employer: Client;
  let reviewer: Client;

  before(async () => {
    t = await createTestApp();
    employer = await t.login('employer_demo');
    reviewer = await t.login('district_rev');
  });
  after(() => t.close());

  const approve = async (itemId: number) => {
    const res = await reviewer.post(`/api/workflow/items/${itemId}/decide`, { action: 'approve' });
    assert.equal(res.statusCode, 200, res.body);
  };

  test('a clean posting is drafted, submitted, reviewed by the district and published for the city default of 30 days', async () => {
    const created = await employer.post('/api/market/postings', base);
    assert.equal(created.statusCode, 200, created.body);
    const draft = created.json();
    assert.deepEqual([draft.status, draft.prereviewOutcome, draft.findings, draft.validFrom, draft.validTo], ['draft', 'pass', [], '2026-11-20', '2026-12-20']);
    assert.equal(draft.occupationName !== null, true);
    const submitted = (await employer.post(`/api/market/postings/${draft.id}/submit`)).json();
    assert.equal(submitted.status, 'pending');
    assert.ok(submitted.workflowItemId);
    assert.equal((await employer.patch(`/api/market/postings/${draft.id}`, { vacancies: 6 })).statusCode, 409, 'no edits while in review');
    await approve(submitted.workflowItemId);
    const published = (await employer.get(`/api/market/postings/${draft.id}`)).json();
    assert.deepEqual([published.status, published.displayStatus, published.displayStatusName], ['published', 'published', '已发布']);
    assert.deepEqual(published.can, { update: false, submit: false, pause: true, resume: false, fill: true, renew: true });

    const twin = (await employer.post('/api/market/postings', base)).json();
    assert.equal(twin.prereviewOutcome, 'blocked');
    assert.equal(twin.findings[0].code, 'duplicate_posting', 'a second live posting of the same job is a duplicate');

    t.clock.set('2026-12-21T02:00:00.000Z');
    const later = await t.login('employer_demo');
    const expired = (await later.get(`/api/market/postings/${draft.id}`)).json();
    assert.deepEqual([expired.displayStatus, expired.displayStatusName], ['expired', '已过期']);
    assert.ok((await later.get('/api/market/postings?status=expired')).json().items.some((p: { id: number }) => p.id === draft.id));
    const renewed = await later.post(`/api/market/postings/${draft.id}/renew`, { validTo: '2027-01-20' });
    assert.equal(renewed.json().displayStatus, 'published');
    t.clock.set('2026-11-20T02:00:00.000Z');
  });

  test('discriminatory wording blocks submission with the phrase shown; fixed and resubmitted it passes', async () => {
    const biased = (await employer.post('/api/market/postings', { ...base, title: '前台接待', occupationCode: '4-01', requirements: '限男性，乙肝携带者勿扰，35岁以下' })).json();
    assert.equal(biased.prereviewOutcome, 'blocked');
    const phrases = biased.findings.map((f: { phrase?: string }) => f.phrase);
    assert.ok(phrases.includes('限男性'), JSON.stringify(biased.findings));
    assert.ok(phrases.some((p: string | undefined) => p?.includes('乙肝携带者勿扰')));
    const refused = await employer.post(`/api/market/postings/${biased.id}/submit`);
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().message, /限男性/);
    assert.ok(refused.json().details.every((d: { field: string }) => d.field === 'requirements'));
    assert.equal((await employer.get(`/api/market/postings/${biased.id}`)).json().status, 'draft', 'a refused submission changes nothing');

    const aged = (await employer.patch(`/api/market/postings/${biased.id}`, { requirements: '35岁以下，有前台工作经验' })).json();
    assert.equal(aged.prereviewOutcome, 'review', 'age wording goes to a human, not blocked');
    const pending = (await employer.post(`/api/market/postings/${biased.id}/submit`)).json();
    assert.equal(pending.status, 'pending');
    const returned = await reviewer.post(`/api/workflow/items/${pending.workflowItemId}/decide`, { action: 'return', reason: '请删除年龄限制' });
    assert.equal(returned.statusCode, 200, returned.body);
    const back = (await employer.get(`/api/market/postings/${biased.id}`)).json();
    assert.equal(back.status, 'returned');
    assert.deepEqual([back.lastDecision.action, back.lastDecision.reason], ['return', '请删除年龄限制'], 'the employer sees why');
    const fixed = (await employer.patch(`/api/market/postings/${biased.id}`, { requirements: '有前台或客服工作经验' })).json();
    assert.deepEqual([fixed.prereviewOutcome, fixed.findings], ['pass', []]);
    const again = (await employer.post(`/api/market/postings/${biased.id}/submit`)).json();
    assert.equal(again.workflowItemId, pending.workflowItemId, 'the same review item continues');
    await approve(again.workflowItemId);
    assert.equal((await employer.get(`/api/market/postings/${biased.id}`)).json().status, 'published');
  });

  test('bad input gets field errors and writes nothing; a wage below the minimum blocks', async () => {
    const count = async () => (await t.db.selectFrom('job_posting').select('id').execute()).length;
    const before = await count();
    assert.equal((await employer.post('/api/market/postings', { ...base, wageMin: 6000, wageMax: 5000 })).json().details[0].field, 'wageMax');
    assert.equal((await employer.post('/api/market/postings', { ...base, validFrom: '2026-12-01', validTo: '2026-11-30' })).json().details[0].field, 'validTo');
    assert.equal((await employer.post('/api/market/postings', { ...base, regionCode: '3602' })).statusCode, 400);
    assert.equal((await employer.post('/api/market/postings', { ...base, vacancies: 0 })).statusCode, 400);
    assert.equal(await count(), before);
    const low = (await employer.post('/api/market/postings', { ...base, title: '学徒', wageMin: 1500, wageMax: 1800 })).json();
    assert.equal(low.findings[0].code, 'wage_below_minimum');
    assert.match(low.findings[0].message, /2000/);
    const html = (await employer.post('/api/market/postings', { ...base, title: '网页测试', description: '<script>alert(1)</script>负责日常工作安排与协调' })).json();
    assert.ok(html.findings.some((f: { code: string }) => f.code === 'markup_in_text'));
  });

  test('staff post for an employer in their scope; others see nothing; an unverified employer cannot submit', async () => {
    const operator = await t.login('district_op');
    const employers = (await operator.get('/api/employers?pageSize=100')).json().items as { id: number; status: string; regionCode: string }[];
    const unverified = employers.find((e) => e.status !== 'verified' && e.regionCode.startsWith('360203'));
    assert.ok(unverified);
    const drafted = await operator.post('/api/market/postings', { ...base, employerId: unverified.id, title: '仓库管理员' });
    assert.equal(drafted.statusCode, 200, drafted.body);
    const refused = await operator.post(`/api/market/postings/${drafted.json().id}/submit`);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().message, '用人单位通过资格审核后才能发布岗位');
    const outsider = await t.login('other_rev');
    assert.equal((await outsider.get(`/api/market/postings/${drafted.json().id}`)).statusCode, 404);
    assert.equal((await employer.get(`/api/market/postings/${drafted.json().id}`)).statusCode, 404, 'another employer does not see it');
    const sorted = (await operator.get('/api/market/postings?sort=title&order=asc&pageSize=200')).json().items as { title: string }[];
    assert.ok(sorted.length > 1);
    assert.deepEqual(sorted.map((p) => p.title), [...sorted.map((p) => p.title)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'sorted by title');
    const exported = await operator.get('/api/market/postings/export?status=draft');
    assert.equal(exported.statusCode, 200);
    assert.equal(exported.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const audit = await t.db.selectFrom('audit_log').select('detail').where('event_type', '=', 'data.exported').where('entity_id', '=', '岗位信息').executeTakeFirstOrThrow();
    const drafts = (await operator.get('/api/market/postings?status=draft&pageSize=200')).json().total;
    assert.equal((audit.detail as { rows: number }).rows, drafts, 'the export holds the rows of the same filter');
    const seeker = await t.login('seeker_demo');
    assert.equal((await seeker.post('/api/market/postings', base)).statusCode, 403);
  });

  test('work type and cross-district sharing are kept; an edit clears optional fields with null and nothing else', async () => {
    const created = await employer.post('/api/market/postings', { ...base, title: '陶瓷包装临时工', workType: 'temporary', shared: false, benefits: '包午餐', experienceYears: 2 });
    assert.equal(created.statusCode, 200, created.body);
    const draft = created.json();
    assert.deepEqual([draft.workType, draft.shared, draft.benefits, draft.experienceYears], ['temporary', false, '包午餐', 2]);
    const defaults = (await employer.post('/api/market/postings', { ...base, title: '陶瓷包装全职工' })).json();
    assert.deepEqual([defaults.workType, defaults.shared], ['full_time', true], 'full time and shared unless said otherwise');

    const cleared = await employer.patch(`/api/market/postings/${draft.id}`, { benefits: null, experienceYears: null, requirements: '  ' });
    assert.equal(cleared.statusCode, 200, cleared.body);
    const row = await t.db.selectFrom('job_posting').select(['benefits', 'experience_years', 'requirements', 'work_type', 'shared', 'title']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { benefits: null, experience_years: null, requirements: null, work_type: 'temporary', shared: false, title: '陶瓷包装临时工' });

    const bad = await employer.patch(`/api/market/postings/${draft.id}`, { workType: 'seasonal' });
    assert.equal(bad.statusCode, 400);
    assert.equal((await employer.patch(`/api/market/postings/${draft.id}`, { title: null })).statusCode, 400, 'required fields cannot be cleared');
    assert.equal((await t.db.selectFrom('job_posting').select('work_type').where('id', '=', draft.id).executeTakeFirstOrThrow()).work_type, 'temporary');
  });
});
