import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { citizenId } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';

const COMMUNITY = '360203001002';
const rng = createRandom('difficulty-api-test');

describe('registry: employment difficulty identification through the workflow', () => {
  let t: TestApp;
  let assistant: Client;
  let streetRev: Client;
  let districtRev: Client;

  before(async () => {
    t = await createTestApp();
    assistant = await t.login('community_op');
    streetRev = await t.login('street_rev');
    districtRev = await t.login('district_rev');
  });
  after(() => t.close());

  async function unemployedPerson(birthDate: string, sex: 1 | 2, name: string) {
    const person = (await assistant.post('/api/registry/people', { citizenId: citizenId(rng, { regionCode6: '360203', birthDate, sex }), name, hukouType: 'urban', regionCode: COMMUNITY })).json();
    const reg = await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-10', reason: 'dismissed' });
    assert.equal(reg.statusCode, 200, reg.body);
    return person.id as number;
  }

  const itemOf = async (personId: number) => {
    const d = await t.db.selectFrom('difficulty_identification').select('id').where('person_id', '=', personId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    return t.db.selectFrom('workflow_item').select(['id', 'version']).where('subject_type', '=', 'difficulty_identification').where('subject_id', '=', String(d.id)).executeTakeFirstOrThrow();
  };

  test('category facts are checked against the registry before anything is written', async () => {
    const young = await unemployedPerson('1995-01-01', 2, '年轻人');
    const res = await assistant.post(`/api/registry/people/${young}/difficulty`, { category: 'age_4050' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().details[0].field, 'category');
    assert.match(res.json().message, /4050/);
    const unknown = await assistant.post(`/api/registry/people/${young}/difficulty`, { category: 'astronaut' });
    assert.equal(unknown.json().details[0].field, 'category');
    const longTerm = await assistant.post(`/api/registry/people/${young}/difficulty`, { category: 'long_term_unemployed' });
    assert.match(longTerm.json().message, /未满一年/);
    const employed = (await assistant.post('/api/registry/people', { citizenId: citizenId(rng, { regionCode6: '360203', birthDate: '1970-02-02', sex: 2 }), name: '在岗者', hukouType: 'urban', regionCode: COMMUNITY })).json();
    assert.match((await assistant.post(`/api/registry/people/${employed.id}/difficulty`, { category: 'age_4050' })).json().message, /失业登记/);
    const written = await t.db.selectFrom('difficulty_identification').select('id').where('person_id', 'in', [young, employed.id]).execute();
    assert.equal(written.length, 0, 'refused applications write nothing');
  });

  test('community accepts, street and district approve; employment later proposes the exit', async () => {
    const personId = await unemployedPerson('1980-06-01', 2, '吴阿姨');
    const applied = await assistant.post(`/api/registry/people/${personId}/difficulty`, { category: 'age_4050', statement: '原瓷厂职工，下岗多年' });
    assert.equal(applied.statusCode, 200, applied.body);
    assert.equal(applied.json().difficulty[0].status, 'pending');
    const twice = await assistant.post(`/api/registry/people/${personId}/difficulty`, { category: 'age_4050' });
    assert.equal(twice.statusCode, 409);

    const item = await itemOf(personId);
    assert.ok((await streetRev.get('/api/workflow/tasks?pageSize=200')).json().items.some((i: { id: number }) => i.id === item.id));
    assert.equal((await streetRev.post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' })).statusCode, 200);
    const final = await districtRev.post(`/api/workflow/items/${item.id}/decide`, { action: 'approve', reason: '符合4050条件' });
    assert.equal(final.json().status, 'approved');

    const record = (await assistant.get(`/api/registry/people/${personId}`)).json();
    assert.equal(record.difficulty[0].status, 'active');
    assert.equal(record.difficulty[0].startedOn, '2026-11-20');
    assert.equal(record.difficulty[0].categoryName, '4050人员');
    assert.ok(record.timeline.some((e: { type: string }) => e.type === 'difficulty_started'));

    const before = (await assistant.get('/api/registry/difficulty?proposals=true&pageSize=200')).json();
    assert.ok(!before.items.some((r: { personId: number }) => r.personId === personId));
    await assistant.post(`/api/registry/people/${personId}/employment`, { kind: 'public_welfare', employerName: '石狮埠街道办事处', startedOn: '2026-11-20' });
    const proposals = (await assistant.get('/api/registry/difficulty?proposals=true&pageSize=200')).json();
    const proposal = proposals.items.find((r: { personId: number }) => r.personId === personId);
    assert.equal(proposal.proposedExit, 'employed');

    const exited = await assistant.post(`/api/registry/people/${personId}/difficulty/exit`, { exitedOn: '2026-11-20', reason: 'employed' });
    assert.equal(exited.statusCode, 200, exited.body);
    assert.equal(exited.json().difficulty[0].status, 'exited');
    assert.equal(exited.json().difficulty[0].exitReasonName, '实现就业');
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'difficulty_identification').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.event_type), ['difficulty.applied', 'difficulty.exited']);
  });

  test('a returned application is corrected and resubmitted; the resubmitter cannot approve it', async () => {
    const personId = await unemployedPerson('1968-03-03', 1, '孙师傅');
    await assistant.post(`/api/registry/people/${personId}/difficulty`, { category: 'other' });
    const item = await itemOf(personId);
    assert.equal((await streetRev.post(`/api/workflow/items/${item.id}/decide`, { action: 'return', reason: '类别应为4050人员' })).statusCode, 200);
    assert.equal((await assistant.get(`/api/registry/people/${personId}`)).json().difficulty[0].status, 'returned');
    const again = await assistant.post(`/api/registry/people/${personId}/difficulty/resubmit`, { category: 'age_4050' });
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual([again.json().difficulty[0].status, again.json().difficulty[0].category], ['pending', 'age_4050']);
    const list = (await districtRev.get('/api/registry/difficulty?status=pending&pageSize=200')).json();
    assert.ok(list.items.some((r: { personId: number }) => r.personId === personId));
    assert.ok(list.items.every((r: { citizenId: string }) => r.citizenId.includes('*')));
  });
});
