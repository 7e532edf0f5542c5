import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { creditCode } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';
import { creditCodeCheckChar } from '../validators/credit-code.js';

const COMMUNITY = '360203001002';
const STREET = '360203001';

/** Valid credit codes (GB 32100) registered in 珠山区, distinct from the seeded ones. */
const rng = createRandom('workflow-api-test');
const CODES = Array.from({ length: 7 }, () => creditCode(rng, { divisionCode6: '360203' }));

describe('review workflow: employer verification', () => {
  let t: TestApp;
  let community: Client;
  let streetRev: Client;
  let districtRev: Client;
  let otherRev: Client;

  before(async () => {
    t = await createTestApp();
    community = await t.login('community_op');
    streetRev = await t.login('street_rev');
    districtRev = await t.login('district_rev');
    otherRev = await t.login('other_rev');
  });
  after(() => t.close());

  async function registerAndSubmit(creditCode: string, name: string) {
    const created = await community.post('/api/employers', { creditCode, name, regionCode: COMMUNITY, contactName: '王立', contactPhone: '13907981234' });
    assert.equal(created.statusCode, 200, created.body);
    const employer = created.json();
    const submitted = await community.post(`/api/employers/${employer.id}/submit`);
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.equal(submitted.json().status, 'pending');
    return { employerId: employer.id as number, itemId: submitted.json().workflowItemId as number };
  }

  const item = async (c: Client, id: number) => (await c.get(`/api/workflow/items/${id}`)).json();
  const decide = (c: Client, id: number, body: Record<string, unknown>) => c.post(`/api/workflow/items/${id}/decide`, body);

  test('the credit code is checked before anything is written', async () => {
    const before = await t.db.selectFrom('employer').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const good = CODES[0];
    const wrongCheck = creditCodeCheckChar(good.slice(0, 17)) === 'A' ? 'B' : 'A';
    const res = await community.post('/api/employers', { creditCode: good.slice(0, 17) + wrongCheck, name: '测试单位', regionCode: COMMUNITY });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().details[0].field, 'creditCode');
    assert.match(res.json().message, /校验位/);
    const after = await t.db.selectFrom('employer').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('street first review, then district final review, verifies the employer; every step is audited', async () => {
    const { employerId, itemId } = await registerAndSubmit(CODES[0], '景德镇青花瓷艺有限公司');
    const tasks = (await streetRev.get('/api/workflow/tasks?pageSize=200')).json();
    assert.ok(tasks.items.some((i: { id: number }) => i.id === itemId), 'in the street reviewer’s tasks');
    assert.ok(!(await districtRev.get('/api/workflow/tasks?pageSize=200')).json().items.some((i: { id: number }) => i.id === itemId), 'not yet the district’s');

    const first = await item(streetRev, itemId);
    assert.deepEqual(first.allowedActions, ['approve', 'return', 'reject']);
    assert.deepEqual(first.steps.map((s: { key: string }) => s.key), ['street_review', 'district_review']);
    assert.equal(first.stepName, '街道初审');
    assert.equal(first.submittedBy, '社区协理员');
    assert.match(first.regionName, /社区/);
    assert.equal((await decide(streetRev, itemId, { action: 'approve', version: first.version })).statusCode, 200);

    const second = await item(districtRev, itemId);
    assert.equal(second.stepIndex, 1);
    assert.deepEqual(second.allowedActions, ['approve', 'return', 'reject']);
    const done = await decide(districtRev, itemId, { action: 'approve', reason: '材料齐全', version: second.version });
    assert.equal(done.statusCode, 200);
    assert.equal(done.json().status, 'approved');
    assert.deepEqual(done.json().decisions.map((d: { action: string }) => d.action), ['submit', 'approve', 'approve']);

    const employer = (await community.get(`/api/employers/${employerId}`)).json();
    assert.equal(employer.status, 'verified');
    assert.ok(employer.verifiedAt);

    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'actor_name']).where('entity_type', '=', 'workflow_item').where('entity_id', '=', String(itemId)).orderBy('id').execute();
    assert.deepEqual(audit, [
      { event_type: 'workflow.submitted', actor_name: 'community_op' },
      { event_type: 'workflow.approved', actor_name: 'street_rev' },
      { event_type: 'workflow.approved', actor_name: 'district_rev' },
    ]);
  });

  test('only the acting unit’s reviewer may decide; other districts get not found', async () => {
    const { itemId } = await registerAndSubmit(CODES[1], '景德镇瓷都物流有限公司');
    const early = await decide(districtRev, itemId, { action: 'approve' });
    assert.equal(early.statusCode, 403, 'the district cannot decide the street’s step');
    assert.equal((await otherRev.get(`/api/workflow/items/${itemId}`)).statusCode, 404);
    assert.equal((await decide(otherRev, itemId, { action: 'approve' })).statusCode, 404);
    const operator = await decide(await t.login('street_op'), itemId, { action: 'approve' });
    assert.equal(operator.statusCode, 403, 'an operator is not a reviewer');
  });

  test('return for revision needs a reason; the submitter fixes and resubmits into round 2', async () => {
    const { employerId, itemId } = await registerAndSubmit(CODES[2], '景德镇昌南家政服务有限公司');
    const noReason = await decide(streetRev, itemId, { action: 'return' });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().details[0].field, 'reason');
    const returned = await decide(streetRev, itemId, { action: 'return', reason: '地址不完整' });
    assert.equal(returned.json().status, 'returned');
    assert.equal((await community.get(`/api/employers/${employerId}`)).json().status, 'returned');

    const fixed = await community.patch(`/api/employers/${employerId}`, { address: '珠山区石狮埠街道风景路 18 号' });
    assert.equal(fixed.statusCode, 200);
    const resubmitted = await community.post(`/api/employers/${employerId}/submit`);
    assert.equal(resubmitted.json().status, 'pending');
    const detail = await item(streetRev, itemId);
    assert.equal(detail.round, 2);
    assert.equal(detail.stepIndex, 0);
    assert.deepEqual(detail.decisions.map((d: { action: string }) => d.action), ['submit', 'return', 'resubmit']);
  });

  test('whoever resubmits an item may not approve it, even holding both roles', async () => {
    const secadmin = await t.login('secadmin');
    const created = await secadmin.post('/api/users', { username: 'dual_street', displayName: '双岗', orgCode: STREET, kind: 'staff', roles: ['operator', 'reviewer'], password: 'Dual#2026x' });
    assert.equal(created.statusCode, 200, created.body);
    const temporary = await t.login('dual_street', 'Dual#2026x');
    await temporary.post('/api/auth/password', { currentPassword: 'Dual#2026x', newPassword: 'Dual#2026y' });
    const dual = await t.login('dual_street', 'Dual#2026y');
    const { employerId, itemId } = await registerAndSubmit(CODES[5], '景德镇双岗测试有限公司');
    const returned = await decide(dual, itemId, { action: 'return', reason: '补充材料' });
    assert.equal(returned.json().status, 'returned');
    assert.equal((await dual.patch(`/api/employers/${employerId}`, { address: '风景路 1 号' })).statusCode, 200);
    assert.equal((await dual.post(`/api/employers/${employerId}/submit`)).json().status, 'pending');
    const approve = await decide(dual, itemId, { action: 'approve' });
    assert.equal(approve.statusCode, 403);
    assert.equal(approve.json().code, 'self_review');
    assert.ok(!(await dual.get('/api/workflow/tasks?pageSize=200')).json().items.some((i: { id: number }) => i.id === itemId));
  });

  test('a returned employer cannot move to another region (its review is routed by region)', async () => {
    const returned = (await community.get('/api/employers?status=returned&pageSize=1')).json().items[0];
    assert.ok(returned, 'a returned employer exists');
    const res = await community.patch(`/api/employers/${returned.id}`, { regionCode: '360203001' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().details[0].field, 'regionCode');
  });

  test('reject closes the item and marks the employer rejected', async () => {
    const { employerId, itemId } = await registerAndSubmit(CODES[3], '景德镇恒信商贸有限公司');
    const res = await decide(streetRev, itemId, { action: 'reject', reason: '营业执照已吊销' });
    assert.equal(res.json().status, 'rejected');
    assert.deepEqual(res.json().allowedActions, []);
    assert.equal((await community.get(`/api/employers/${employerId}`)).json().status, 'rejected');
    assert.equal((await decide(streetRev, itemId, { action: 'approve' })).statusCode, 409);
  });

  test('the submitter can never approve their own item', async () => {
    const secadmin = await t.login('secadmin');
    const created = await secadmin.post('/api/users', {
      username: 'street_both',
      displayName: '兼岗人员',
      orgCode: STREET,
      kind: 'staff',
      roles: ['operator', 'reviewer'],
      password: 'Both#2026x',
    });
    assert.equal(created.statusCode, 200, created.body);
    const temporary = await t.login('street_both', 'Both#2026x');
    assert.equal((await temporary.post('/api/auth/password', { currentPassword: 'Both#2026x', newPassword: 'Both#2026y' })).statusCode, 200);
    const both = await t.login('street_both', 'Both#2026y');
    const employer = (await both.post('/api/employers', { creditCode: CODES[4], name: '景德镇兼岗测试有限公司', regionCode: STREET })).json();
    const submitted = (await both.post(`/api/employers/${employer.id}/submit`)).json();
    const detail = await item(both, submitted.workflowItemId);
    assert.deepEqual(detail.allowedActions, []);
    const res = await decide(both, submitted.workflowItemId, { action: 'approve' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'self_review');
    assert.ok(!(await both.get('/api/workflow/tasks?pageSize=200')).json().items.some((i: { id: number }) => i.id === submitted.workflowItemId));
  });

  test('two simultaneous decisions: one wins, the other gets a conflict, one decision recorded', async () => {
    const pending = (await streetRev.get('/api/workflow/tasks?pageSize=200')).json().items[0];
    const colleague = await t.login(`rev_${STREET}`);
    const [a, b] = await Promise.all([
      decide(streetRev, pending.id, { action: 'approve', version: pending.version }),
      decide(colleague, pending.id, { action: 'return', reason: '补充材料', version: pending.version }),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    assert.equal(loser.json().code, 'conflict');
    const decisions = await t.db
      .selectFrom('workflow_decision')
      .select('action')
      .where('item_id', '=', pending.id)
      .where('round', '=', pending.round)
      .where('step_index', '=', pending.stepIndex)
      .where('action', 'in', ['approve', 'return'])
      .execute();
    assert.equal(decisions.length, 1);
  });

  test('a stale version is refused with a conflict', async () => {
    const pending = (await streetRev.get('/api/workflow/tasks?pageSize=200')).json().items[0];
    const res = await decide(streetRev, pending.id, { action: 'approve', version: pending.version + 5 });
    assert.equal(res.statusCode, 409);
  });

  test('overdue steps are listed once their due date has passed', async () => {
    const before = (await streetRev.get('/api/workflow/items?overdue=true&pageSize=200')).json();
    assert.ok(before.items.every((i: { overdue: boolean }) => i.overdue));
    const open = (await streetRev.get('/api/workflow/items?status=pending&pageSize=200')).json();
    t.clock.advanceMinutes(60 * 24 * 30);
    const reviewerLater = await t.login('street_rev'); // the old session idled out meanwhile
    const later = (await reviewerLater.get('/api/workflow/items?overdue=true&pageSize=200')).json();
    assert.equal(later.total, open.total, 'after 30 days every pending item is overdue');
    assert.ok(later.total > before.total);
    const overdueTasks = (await reviewerLater.get('/api/workflow/tasks?overdue=true&pageSize=200')).json();
    const allTasks = (await reviewerLater.get('/api/workflow/tasks?pageSize=200')).json();
    assert.equal(overdueTasks.total, allTasks.total, 'every task of the street reviewer is overdue by now');
    assert.ok(overdueTasks.items.every((i: { overdue: boolean }) => i.overdue));
    t.clock.set('2026-11-20T02:00:00.000Z');
    streetRev = await t.login('street_rev');
  });

  test('my tasks can be narrowed to a unit and exported', async () => {
    const all = (await streetRev.get('/api/workflow/tasks?pageSize=200')).json();
    const here = (await streetRev.get(`/api/workflow/tasks?pageSize=200&regionCode=${COMMUNITY}`)).json();
    assert.ok(here.items.every((i: { regionCode: string }) => i.regionCode.startsWith(COMMUNITY)));
    assert.ok(here.total <= all.total);
    const file = await streetRev.get('/api/workflow/tasks/export');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-disposition']), /2026-11-20\.xlsx/);
    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'entity_id']).where('actor_name', '=', 'street_rev').where('event_type', '=', 'data.exported').execute();
    assert.deepEqual(audit, [{ event_type: 'data.exported', entity_id: '我的待办' }]);
  });

  test('the workflow list is exported to Excel', async () => {
    const res = await streetRev.get('/api/workflow/items/export?status=approved');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.equal(res.rawPayload.subarray(0, 2).toString(), 'PK');
  });
});
