import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { citizenId } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';

const COMMUNITY = '360203001002';
const rng = createRandom('assistance-api-test');

describe('registry: services, the 10-working-day commitment and follow-up visits', () => {
  let t: TestApp;
  let assistant: Client;

  before(async () => {
    t = await createTestApp();
    assistant = await t.login('community_op');
  });
  after(() => t.close());

  /** An unemployed man of 52 identified (street and district approve) as a “4050” person today. */
  async function identified(name: string) {
    const person = (await assistant.post('/api/registry/people', { citizenId: citizenId(rng, { regionCode6: '360203', birthDate: '1974-05-05', sex: 1 }), name, hukouType: 'urban', regionCode: COMMUNITY })).json();
    await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-02', reason: 'dismissed' });
    assert.equal((await assistant.post(`/api/registry/people/${person.id}/difficulty`, { category: 'age_4050' })).statusCode, 200);
    const d = await t.db.selectFrom('difficulty_identification').select('id').where('person_id', '=', person.id).executeTakeFirstOrThrow();
    const item = await t.db.selectFrom('workflow_item').select('id').where('subject_type', '=', 'difficulty_identification').where('subject_id', '=', String(d.id)).executeTakeFirstOrThrow();
    await (await t.login('street_rev')).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' });
    await (await t.login('district_rev')).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' });
    return person.id as number;
  }

  const commitmentOf = async (c: Client, personId: number, query = '') =>
    (await c.get(`/api/registry/commitments?pageSize=200${query}`)).json().items.find((r: { personId: number }) => r.personId === personId);

  test('the commitment falls due 10 working days after identification and is met by a recommendation', async () => {
    const kept = await identified('黄师傅');
    const missed = await identified('蒋师傅');
    const open = await commitmentOf(assistant, kept);
    // 2026-11-20 (Fri) + 10 working days: 11-23..27 and 11-30..12-04.
    assert.deepEqual([open.identifiedOn, open.dueOn, open.met, open.overdue], ['2026-11-20', '2026-12-04', false, false]);

    const future = await assistant.post(`/api/registry/people/${kept}/services`, { kind: 'job_recommendation', servedOn: '2026-11-25', content: '推荐至陶瓷厂包装岗' });
    assert.equal(future.json().details[0].field, 'servedOn', 'no service in the future');
    const unknown = await assistant.post(`/api/registry/people/${kept}/services`, { kind: 'dance', servedOn: '2026-11-20', content: '跳舞' });
    assert.equal(unknown.json().details[0].field, 'kind');

    t.clock.set('2026-11-25T02:00:00.000Z');
    const c = await t.login('community_op');
    const served = await c.post(`/api/registry/people/${kept}/services`, { kind: 'job_recommendation', servedOn: '2026-11-25', content: '推荐至景德镇青花瓷艺有限公司包装岗' });
    assert.equal(served.statusCode, 200, served.body);
    assert.equal(served.json().services[0].kindName, '职业介绍（岗位推荐）');
    assert.equal(served.json().person.lastContactOn, '2026-11-25');

    t.clock.set('2026-12-07T02:00:00.000Z');
    const late = await t.login('community_op');
    const met = await commitmentOf(late, kept);
    assert.deepEqual([met.met, met.overdue, met.firstRecommendationOn], [true, false, '2026-11-25']);
    const overdue = await commitmentOf(late, missed, '&overdue=true');
    assert.deepEqual([overdue.met, overdue.overdue], [false, true]);
    assert.equal(await commitmentOf(late, kept, '&overdue=true'), undefined);
    t.clock.set('2026-11-20T02:00:00.000Z');
  });

  test('placing an unemployed person schedules a follow-up visit, which is then recorded', async () => {
    const person = (await assistant.post('/api/registry/people', { citizenId: citizenId(rng, { regionCode6: '360203', birthDate: '1990-10-10', sex: 2 }), name: '许回访', hukouType: 'urban', regionCode: COMMUNITY })).json();
    await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-02', reason: 'contract_ended' });
    const placed = await assistant.post(`/api/registry/people/${person.id}/employment`, { kind: 'employer', employerName: '景德镇恒达物流有限公司', startedOn: '2026-11-16' });
    assert.deepEqual(placed.json().followUps.map((v: { dueOn: string; doneOn: string | null }) => [v.dueOn, v.doneOn]), [['2026-12-16', null]]);
    const visitId = placed.json().followUps[0].id;

    t.clock.set('2026-12-17T02:00:00.000Z');
    const c = await t.login('community_op');
    const due = (await c.get('/api/registry/follow-ups?due=true&pageSize=200')).json();
    const row = due.items.find((v: { id: number }) => v.id === visitId);
    assert.deepEqual([row.overdue, row.employerName], [true, '景德镇恒达物流有限公司']);
    assert.equal((await c.post(`/api/registry/follow-ups/${visitId}/done`, { doneOn: '2026-12-17', note: '已稳定上岗，适应良好' })).statusCode, 200);
    assert.equal((await c.post(`/api/registry/follow-ups/${visitId}/done`, { doneOn: '2026-12-17', note: '重复' })).statusCode, 409);
    const record = (await c.get(`/api/registry/people/${person.id}`)).json();
    assert.equal(record.followUps[0].doneOn, '2026-12-17');
    assert.ok(record.timeline.some((e: { type: string }) => e.type === 'follow_up'));
    t.clock.set('2026-11-20T02:00:00.000Z');
  });

  test('three refused services within six months propose an exit', async () => {
    const personId = await identified('罗不去');
    for (const [i, day] of ['2026-11-18', '2026-11-19', '2026-11-20'].entries()) {
      const res = await assistant.post(`/api/registry/people/${personId}/services`, { kind: 'job_recommendation', servedOn: day, content: `推荐岗位 ${i + 1}`, refused: true });
      assert.equal(res.statusCode, 200, res.body);
    }
    const proposals = (await assistant.get('/api/registry/difficulty?proposals=true&pageSize=200')).json();
    assert.equal(proposals.items.find((r: { personId: number }) => r.personId === personId)?.proposedExit, 'refused_services');
  });

  test('immediate assistance places a person with difficulty in a public-welfare position, in one transaction', async () => {
    const personId = await identified('郭即援');
    const body = { kind: 'immediate_assistance', servedOn: '2026-11-20', content: '即时援助：安置社区公益性岗位' };
    const noPlacement = await assistant.post(`/api/registry/people/${personId}/services`, body);
    assert.equal(noPlacement.statusCode, 400);
    assert.equal(noPlacement.json().details[0].field, 'placement.employerName');

    const stranger = (await assistant.post('/api/registry/people', { citizenId: citizenId(rng, { regionCode6: '360203', birthDate: '1991-01-11', sex: 1 }), name: '钟普通', hukouType: 'urban', regionCode: COMMUNITY })).json();
    const placement = { employerName: '石狮埠街道办事处', position: '社区保洁', startedOn: '2026-11-20' };
    const refused = await assistant.post(`/api/registry/people/${stranger.id}/services`, { ...body, placement });
    assert.equal(refused.json().message, '即时援助仅适用于认定有效的就业困难人员和零就业家庭成员');
    const servicesBefore = (await t.db.selectFrom('service_record').select('id').where('person_id', '=', stranger.id).execute()).length;
    assert.equal(servicesBefore, 0, 'a refused request writes nothing');
    const misplaced = await assistant.post(`/api/registry/people/${stranger.id}/services`, { kind: 'career_guidance', servedOn: '2026-11-20', content: '职业指导', placement });
    assert.equal(misplaced.json().details[0].field, 'placement');

    const placed = await assistant.post(`/api/registry/people/${personId}/services`, { ...body, placement });
    assert.equal(placed.statusCode, 200, placed.body);
    const record = placed.json();
    assert.equal(record.person.labourStatus, 'public_welfare');
    assert.deepEqual([record.employment[0].kind, record.employment[0].employerName], ['public_welfare', '石狮埠街道办事处（社区保洁）']);
    assert.deepEqual([record.unemployment[0].cancelledOn, record.unemployment[0].cancelGround], ['2026-11-20', 'employed']);
    assert.equal(record.services[0].kind, 'immediate_assistance');
    const link = await t.db.selectFrom('service_record').select('employment_registration_id').where('person_id', '=', personId).where('kind', '=', 'immediate_assistance').executeTakeFirstOrThrow();
    assert.equal(link.employment_registration_id, record.employment[0].id);
    assert.equal(record.followUps.length, 1, 'the placement schedules a follow-up visit');
    const commitment = await commitmentOf(assistant, personId);
    assert.deepEqual([commitment.met, commitment.firstRecommendationOn], [true, '2026-11-20'], 'a placement meets the recommendation commitment');

    const twice = await assistant.post(`/api/registry/people/${personId}/services`, { ...body, placement });
    assert.equal(twice.statusCode, 409, 'already in a full-time position');
    const services = await t.db.selectFrom('service_record').select('id').where('person_id', '=', personId).where('kind', '=', 'immediate_assistance').execute();
    assert.equal(services.length, 1, 'the refused second placement left no service record behind');
  });
});
