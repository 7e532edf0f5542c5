import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

describe('employers: membership, credit record and the public page', () => {
  let t: TestApp;
  let operator: Client;
  let verifiedId: number;
  let unverifiedId: number;
  let demoEmployerId: number;

  before(async () => {
    t = await createTestApp();
    operator = await t.login('district_op');
    const rows = await t.db.selectFrom('employer').select(['id', 'status', 'region_code']).where('region_code', 'like', '360203%').orderBy('id').execute();
    const demo = await t.db.selectFrom('app_user').select('employer_id').where('username', '=', 'employer_demo').executeTakeFirstOrThrow();
    demoEmployerId = demo.employer_id as number;
    verifiedId = rows.find((r) => r.status === 'verified' && r.id !== demoEmployerId)?.id as number;
    unverifiedId = rows.find((r) => r.status !== 'verified')?.id as number;
    assert.ok(verifiedId && unverifiedId && demoEmployerId);
  });
  after(() => t.close());

  test('membership of a verified employer: set, listed as 会员单位, ended', async () => {
    const refused = await operator.post(`/api/employers/${unverifiedId}/membership`, { memberSince: '2026-11-20', memberUntil: '2027-11-19' });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().message, /通过资格审核/);
    const backwards = await operator.post(`/api/employers/${verifiedId}/membership`, { memberSince: '2026-12-01', memberUntil: '2026-11-30' });
    assert.equal(backwards.json().details[0].field, 'memberUntil');
    const reviewer = await t.login('district_rev');
    assert.equal((await reviewer.post(`/api/employers/${verifiedId}/membership`, { memberSince: '2026-11-20', memberUntil: '2027-11-19' })).statusCode, 403, 'employer.manage only');
    const outsider = await t.login('city_op');
    assert.equal((await outsider.get(`/api/employers/${verifiedId}`)).statusCode, 200, 'the city sees its districts');

    const set = await operator.post(`/api/employers/${verifiedId}/membership`, { memberSince: '2026-11-01', memberUntil: '2027-10-31' });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual([set.json().member, set.json().memberSince, set.json().memberUntil], [true, '2026-11-01', '2027-10-31']);
    const members = (await operator.get('/api/employers?member=true&pageSize=200')).json();
    assert.ok(members.items.some((e: { id: number }) => e.id === verifiedId));
    assert.ok(members.items.every((e: { member: boolean }) => e.member));
    const others = (await operator.get('/api/employers?member=false&pageSize=200')).json();
    assert.ok(!others.items.some((e: { id: number }) => e.id === verifiedId));
    assert.equal((await t.anonymous().get(`/api/public/employers/${verifiedId}`)).json().member, true);

    const ended = await operator.delete(`/api/employers/${verifiedId}/membership`);
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual([ended.json().member, ended.json().memberUntil], [false, '2026-11-19']);
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'employer').where('entity_id', '=', String(verifiedId)).execute();
    assert.ok(['employer.membership_set', 'employer.membership_ended'].every((e) => audit.some((a) => a.event_type === e)));
  });

  test('credit events: recorded by staff in scope, insert-only, summarised per kind over 12 months', async () => {
    const before = (await t.db.selectFrom('employer_credit_event').select('id').execute()).length;
    const posting = await t.db.selectFrom('job_posting').select(['id', 'employer_id']).where('employer_id', '=', demoEmployerId).executeTakeFirstOrThrow();
    const foreign = await t.db.selectFrom('job_posting').select('id').where('employer_id', '!=', demoEmployerId).executeTakeFirst();

    const warned = await operator.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'false_posting', occurredOn: '2026-11-18', summary: '岗位薪资与实际不符，经核实属虚假信息', postingId: posting.id });
    assert.equal(warned.statusCode, 200, warned.body);
    assert.deepEqual([warned.json().kindName, warned.json().postingId], ['虚假招聘信息', posting.id]);
    await operator.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'commendation', occurredOn: '2026-05-04', summary: '招用就业困难人员表现突出' });
    await operator.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'warning', occurredOn: '2025-06-01', summary: '一年多以前的警示' });

    if (foreign) {
      const wrong = await operator.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'complaint', occurredOn: '2026-11-18', summary: '不是本单位的岗位', postingId: foreign.id });
      assert.equal(wrong.json().details[0].field, 'postingId');
    }
    assert.equal((await operator.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'complaint', occurredOn: '2026-11-21', summary: '明天的事' })).json().details[0].field, 'occurredOn');
    assert.equal((await operator.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'praise', occurredOn: '2026-11-18', summary: '未知类型' })).statusCode, 400);
    const reviewer = await t.login('district_rev');
    assert.equal((await reviewer.post(`/api/employers/${demoEmployerId}/credit-events`, { kind: 'warning', occurredOn: '2026-11-18', summary: '无权记录' })).statusCode, 403);
    const otherDistrict = await t.login('other_rev');
    assert.equal((await otherDistrict.get(`/api/employers/${demoEmployerId}/credit-events`)).statusCode, 404, 'out of scope');
    const employer = await t.login('employer_demo');
    assert.equal((await employer.get(`/api/employers/${demoEmployerId}/credit-events`)).statusCode, 403, 'employer.view is staff only');
    assert.equal((await t.db.selectFrom('employer_credit_event').select('id').execute()).length, before + 3);

    const list = (await reviewer.get(`/api/employers/${demoEmployerId}/credit-events`)).json();
    assert.deepEqual(list.items.map((e: { kind: string }) => e.kind), ['false_posting', 'commendation', 'warning'], 'newest first');
    assert.equal(list.total, 3);
    assert.equal((await reviewer.get(`/api/employers/${demoEmployerId}/credit-events?kind=warning`)).json().total, 1);
    const xlsx = await reviewer.get(`/api/employers/${demoEmployerId}/credit-events/export?kind=warning`);
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const detail = (await reviewer.get(`/api/employers/${demoEmployerId}`)).json();
    assert.deepEqual(detail.credit, { warning: 0, false_posting: 1, complaint: 0, violation: 0, commendation: 1 }, 'the warning of 2025-06 is older than 12 months');
    const row = (await operator.get(`/api/employers?q=${encodeURIComponent(detail.name)}`)).json().items.find((e: { id: number }) => e.id === demoEmployerId);
    assert.equal(row.credit.false_posting, 1, 'the list carries the summary');
    assert.equal((await employer.get('/api/market/my/employer')).json().credit.false_posting, 1, 'the employer sees its own summary');

    await assert.rejects(t.db.updateTable('employer_credit_event').set({ summary: '改写' }).where('employer_id', '=', demoEmployerId).execute(), 'insert-only table');
  });

  test('public page: a verified employer with its valid postings; anything else 404', async () => {
    const anon = t.anonymous();
    assert.equal((await anon.get(`/api/public/employers/${unverifiedId}`)).statusCode, 404);
    assert.equal((await anon.get('/api/public/employers/999999')).statusCode, 404);
    const day = '2026-11-20';
    const live = await t.db
      .selectFrom('job_posting as j')
      .innerJoin('employer as e', 'e.id', 'j.employer_id')
      .select('j.employer_id')
      .where('e.status', '=', 'verified')
      .where('j.status', '=', 'published')
      .where('j.valid_from', '<=', day)
      .where('j.valid_to', '>=', day)
      .executeTakeFirstOrThrow();
    const res = await anon.get(`/api/public/employers/${live.employer_id}`);
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json();
    assert.equal(page.id, live.employer_id);
    assert.ok(page.regionName);
    assert.equal('creditCode' in page || 'contactPhone' in page, false, 'no contact or registration details');
    const valid = await t.db
      .selectFrom('job_posting')
      .select('id')
      .where('employer_id', '=', live.employer_id)
      .where('status', '=', 'published')
      .where('valid_from', '<=', day)
      .where('valid_to', '>=', day)
      .execute();
    const all = await t.db.selectFrom('job_posting').select('id').where('employer_id', '=', live.employer_id).execute();
    assert.ok(all.length > valid.length, 'the employer also has postings that are not shown (expired, drafts …)');
    assert.deepEqual(page.postings.map((p: { id: number }) => p.id).sort(), valid.map((v) => v.id).sort());
    for (const card of page.postings) {
      assert.equal(card.employerName, page.name);
      assert.ok(card.snippet.length > 0 && card.snippet.length <= 200);
      assert.ok(card.validTo >= day);
    }
  });
});
