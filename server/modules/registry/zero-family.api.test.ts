import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { citizenId } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';

const COMMUNITY = '360203001002';
const rng = createRandom('zero-family-api-test');

describe('registry: zero-employment families and their assistance clock', () => {
  let t: TestApp;
  let assistant: Client;

  before(async () => {
    t = await createTestApp();
    assistant = await t.login('community_op');
  });
  after(() => t.close());

  /** A household of two registered-unemployed working-age adults. */
  async function unemployedHousehold(names: [string, string]) {
    const household = (await assistant.post('/api/registry/households', { regionCode: COMMUNITY, householdType: 'urban', address: '风景路 9 号' })).json();
    const ids: number[] = [];
    for (const [i, name] of names.entries()) {
      const person = (await assistant.post('/api/registry/people', { citizenId: citizenId(rng, { regionCode6: '360203', birthDate: i === 0 ? '1982-02-02' : '1984-04-04', sex: i === 0 ? 1 : 2 }), name, hukouType: 'urban', regionCode: COMMUNITY, householdId: household.id, householdRelation: i === 0 ? '户主' : '配偶' })).json();
      await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-10-08', reason: 'dismissed' });
      ids.push(person.id);
    }
    return { householdId: household.id as number, members: ids };
  }

  async function approve(householdId: number) {
    const family = await t.db.selectFrom('zero_employment_family').select('id').where('household_id', '=', householdId).executeTakeFirstOrThrow();
    const item = await t.db.selectFrom('workflow_item').select('id').where('subject_type', '=', 'zero_employment_family').where('subject_id', '=', String(family.id)).executeTakeFirstOrThrow();
    assert.equal((await (await t.login('street_rev')).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' })).statusCode, 200);
    assert.equal((await (await t.login('district_rev')).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' })).statusCode, 200);
  }

  const familyOf = async (householdId: number) => (await assistant.get(`/api/registry/zero-families?pageSize=200`)).json().items.find((f: { householdId: number }) => f.householdId === householdId);

  test('identified after review; the first employment clears it before the 20-day deadline', async () => {
    const { householdId, members } = await unemployedHousehold(['钱建军', '钱桂芳']);
    // The spouse joins the household record first; the review item is still named after the head.
    await t.db.updateTable('person').set({ household_relation: '户主' }).where('id', '=', members[1]).execute();
    await t.db.updateTable('person').set({ household_relation: '配偶' }).where('id', '=', members[0]).execute();
    assert.equal((await assistant.post(`/api/registry/households/${householdId}/zero-employment`, {})).statusCode, 200);
    const item = await t.db.selectFrom('workflow_item').select('subject_label').where('subject_type', '=', 'zero_employment_family').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(item.subject_label, '钱桂芳家（零就业家庭认定）');
    const pending = (await assistant.get(`/api/registry/households/${householdId}`)).json().zeroFamily;
    assert.deepEqual([pending.status, pending.statusName, pending.open], ['pending', '审核中', true]);
    await approve(householdId);
    const active = await familyOf(householdId);
    assert.deepEqual([active.status, active.identifiedOn, active.firstDueOn, active.responsible], ['active', '2026-11-20', '2026-12-10', '社区协理员']);
    const hired = await assistant.post(`/api/registry/people/${members[0]}/employment`, { kind: 'public_welfare', employerName: '石狮埠街道办事处', startedOn: '2026-11-20' });
    assert.equal(hired.statusCode, 200, hired.body);
    const cleared = await familyOf(householdId);
    assert.deepEqual([cleared.status, cleared.firstEmployedOn, cleared.clearedOn], ['cleared', '2026-11-20', '2026-11-20']);
    const shown = (await assistant.get(`/api/registry/households/${householdId}`)).json().zeroFamily;
    assert.deepEqual([shown.statusName, shown.clearedOn, shown.open], ['已消除', '2026-11-20', false]);
  });

  test('double employment needs a second member; an unmet deadline shows as overdue with the assistant', async () => {
    const { householdId, members } = await unemployedHousehold(['冯大勇', '冯小燕']);
    await assistant.post(`/api/registry/households/${householdId}/zero-employment`, { doubleEmployment: true });
    await approve(householdId);
    assert.equal((await familyOf(householdId)).secondDueOn, '2026-12-20');
    await assistant.post(`/api/registry/people/${members[0]}/employment`, { kind: 'flexible', fullTime: false, startedOn: '2026-11-20' });
    const half = await familyOf(householdId);
    assert.deepEqual([half.status, half.firstEmployedOn, half.secondEmployedOn], ['active', '2026-11-20', null]);

    t.clock.set('2026-12-21T02:00:00.000Z');
    const later = await t.login('community_op');
    const overdue = (await later.get('/api/registry/zero-families?overdue=true&pageSize=200')).json();
    const row = overdue.items.find((f: { householdId: number }) => f.householdId === householdId);
    assert.equal(row.overdue, 'second');
    assert.equal(row.responsible, '社区协理员');
    assert.match(row.streetName, /街道/);
    await later.post(`/api/registry/people/${members[1]}/employment`, { kind: 'employer', employerName: '景德镇陶溪川文创街区', startedOn: '2026-12-21' });
    const done = (await later.get('/api/registry/zero-families?pageSize=200')).json().items.find((f: { householdId: number }) => f.householdId === householdId);
    assert.equal(done.status, 'cleared');
    t.clock.set('2026-11-20T02:00:00.000Z');
  });

  test('a household with a working member is not a zero-employment family', async () => {
    const { householdId, members } = await unemployedHousehold(['郑国强', '郑秀兰']);
    await assistant.post(`/api/registry/people/${members[1]}/employment`, { kind: 'flexible', fullTime: false, startedOn: '2026-11-19' });
    const res = await assistant.post(`/api/registry/households/${householdId}/zero-employment`, {});
    assert.equal(res.statusCode, 409);
    assert.match(res.json().message, /郑秀兰/);
  });

  test('the demo city comes with identified families, some past their deadline, listed for the district', async () => {
    const district = await t.login('district_rev');
    const overdue = (await district.get('/api/registry/zero-families?overdue=true&pageSize=200')).json();
    const independent = await t.db
      .selectFrom('zero_employment_family')
      .select('id')
      .where('status', '=', 'active')
      .where('region_code', 'like', '360203%')
      .where('first_due_on', '<', '2026-11-20')
      .where('first_employed_on', 'is', null)
      .execute();
    assert.ok(independent.length > 0, 'the seed leaves some families overdue');
    assert.equal(overdue.total, independent.length);
    assert.ok(overdue.items.every((f: { overdue: string | null; responsible: string | null }) => f.overdue === 'first' && f.responsible !== null));
  });
});
