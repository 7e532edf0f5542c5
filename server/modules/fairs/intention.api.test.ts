import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { DEMO_EMPLOYER, employersOf, insertBooth, insertFair, peopleOf, TODAY } from './checkin-test-support.js';

describe('fairs: intentions to hire (意向录用) and their follow-up into hires', () => {
  let t: TestApp;
  let street: Client; // street_op, 360203001 (organiser)
  let other: Client; // op_360202
  let fairId: number;
  let spare: number;
  let booth: { id: number; postings: number[] };
  let applied: { id: number; postings: number[] };
  let elsewhere: { id: number; postings: number[] };
  const used: number[] = [];
  const checkins: Record<string, number> = {};
  const personOf: Record<string, number> = {};

  const checkIn = async (key: string, citizenId: string, personId: number) => {
    const res = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId });
    assert.equal(res.statusCode, 200, res.body);
    checkins[key] = res.json().id;
    personOf[key] = personId;
  };
  const record = (body: Record<string, unknown>) => street.post(`/api/fairs/${fairId}/intentions`, { postingId: null, ...body });

  before(async () => {
    t = await createTestApp();
    street = await t.login('street_op');
    other = await t.login('op_360202');
    fairId = await insertFair(t, { regionCode: '360203001', name: '街道双周招聘会' });
    const [e2, e3, e4] = await employersOf(t, '3602', 3);
    spare = e4;
    booth = await insertBooth(t, fairId, DEMO_EMPLOYER, { positions: [3, 5] });
    applied = await insertBooth(t, fairId, e2, { status: 'applied' });
    const otherFair = await insertFair(t, { regionCode: '360203001', name: '另一场' });
    elsewhere = await insertBooth(t, otherFair, e3);
    const people = await peopleOf(t, '360203001', 4, { seeker: false, used });
    for (const [i, p] of people.entries()) await checkIn(`p${i}`, p.citizen_id, p.id);
    const [outsider] = await peopleOf(t, '360202', 1, { seeker: true, used });
    await checkIn('outsider', outsider.citizen_id, outsider.id);
  });
  after(() => t.close());

  test('an intention between a seeker who entered and an employer approved here, for a posting it brought', async () => {
    const res = await record({ checkinId: checkins.p0, participationId: booth.id, postingId: booth.postings[1], note: '下周一面试' });
    assert.equal(res.statusCode, 200, res.body);
    const i = res.json();
    assert.deepEqual([i.fairId, i.checkinId, i.personId, i.participationId, i.employerId, i.postingId, i.status, i.statusName, i.note, i.heldOn], [fairId, checkins.p0, personOf.p0, booth.id, DEMO_EMPLOYER, booth.postings[1], 'intended', '意向录用', '下周一面试', TODAY]);
    assert.equal(i.employerName, '景德镇市金泰商贸有限公司');
    assert.match(i.postingTitle, /招聘会岗位/);
    assert.match(i.citizenIdMasked, /\*{8}/);
    assert.deepEqual(i.can, { hire: true, drop: true });
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'fair_intention').where('entity_id', '=', String(i.id)).execute();
    assert.deepEqual(audit.map((a) => a.event_type), ['fair_intention.recorded']);
    const dup = await record({ checkinId: checkins.p0, participationId: booth.id });
    assert.deepEqual([dup.statusCode, dup.json().code], [409, 'duplicate']);
    const checkin = (await street.get(`/api/fairs/${fairId}/checkins?pageSize=50`)).json().items.find((c: { id: number }) => c.id === checkins.p0);
    assert.equal(checkin.intentions, 1);
  });

  test('bad input: an employer not at this fair, a posting it did not bring, a seeker who did not enter — a field error, nothing written', async () => {
    const before = await t.db.selectFrom('fair_intention').select('id').execute();
    for (const [body, field, message] of [
      [{ checkinId: checkins.p1, participationId: applied.id }, 'participationId', '该单位未在本场招聘会参展'],
      [{ checkinId: checkins.p1, participationId: elsewhere.id }, 'participationId', '该单位未在本场招聘会参展'],
      [{ checkinId: checkins.p1, participationId: booth.id, postingId: elsewhere.postings[0] }, 'postingId', '该岗位不是该单位带到本场招聘会的岗位'],
      [{ checkinId: 999999, participationId: booth.id }, 'checkinId', '该求职者未在本场招聘会签到'],
    ] as const) {
      const res = await record(body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.deepEqual(res.json().details, [{ field, message }]);
    }
    assert.equal((await other.post(`/api/fairs/${fairId}/intentions`, { checkinId: checkins.p1, participationId: booth.id, postingId: null })).statusCode, 404);
    assert.equal((await t.db.selectFrom('fair_intention').select('id').execute()).length, before.length);
  });

  test('a hire registers the employment in the registry in the same transaction and closes the seeker registration', async () => {
    const i = (await record({ checkinId: checkins.p1, participationId: booth.id, postingId: booth.postings[0] })).json();
    const early = await street.post(`/api/fairs/intentions/${i.id}/hire`, { hiredOn: '2026-11-19' });
    assert.deepEqual([early.statusCode, early.json().details[0].field], [400, 'hiredOn']);
    const res = await street.post(`/api/fairs/intentions/${i.id}/hire`, { hiredOn: TODAY });
    assert.equal(res.statusCode, 200, res.body);
    const h = res.json();
    assert.deepEqual([h.status, h.hiredOn, h.can.hire, h.can.drop], ['hired', TODAY, false, false]);
    const e = await t.db.selectFrom('employment_registration').selectAll().where('id', '=', h.employmentRegistrationId).executeTakeFirstOrThrow();
    assert.deepEqual([e.person_id, e.kind, e.employer_id, e.started_on, e.full_time, e.ended_on], [personOf.p1, 'employer', DEMO_EMPLOYER, TODAY, true, null]);
    const person = await t.db.selectFrom('person').select('labour_status').where('id', '=', personOf.p1).executeTakeFirstOrThrow();
    assert.equal(person.labour_status, 'employed');
    const active = await t.db.selectFrom('job_seeker').select('id').where('person_id', '=', personOf.p1).where('status', '=', 'active').execute();
    assert.equal(active.length, 0);
    const events = await t.db.selectFrom('audit_log').select('event_type').where('actor_name', '=', 'street_op').where('event_type', 'in', ['employment.registered', 'fair_intention.followed_up']).execute();
    assert.deepEqual(events.map((x) => x.event_type).sort(), ['employment.registered', 'fair_intention.followed_up']);
    const again = await street.post(`/api/fairs/intentions/${i.id}/hire`, { hiredOn: TODAY });
    assert.deepEqual([again.statusCode, again.json().code], [409, 'invalid_state']);
  });

  test('a refusal by the registry rules comes back with its message and nothing is written', async () => {
    const i = (await record({ checkinId: checkins.p2, participationId: booth.id })).json();
    const now = new Date();
    await t.db.insertInto('employment_registration').values({ person_id: personOf.p2, region_code: (await t.db.selectFrom('person').select('region_code').where('id', '=', personOf.p2).executeTakeFirstOrThrow()).region_code, kind: 'employer', employer_name: '某陶瓷厂', full_time: true, started_on: '2026-10-01', registered_on: '2026-10-08', created_at: now, updated_at: now }).execute();
    const before = await t.db.selectFrom('employment_registration').select('id').where('person_id', '=', personOf.p2).execute();
    const res = await street.post(`/api/fairs/intentions/${i.id}/hire`, { hiredOn: TODAY });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'invalid_state');
    assert.equal(res.json().message, '该人员已在某陶瓷厂全职就业，不能同时登记第二份全职工作');
    const after = await t.db.selectFrom('fair_intention').select(['status', 'employment_registration_id']).where('id', '=', i.id).executeTakeFirstOrThrow();
    assert.deepEqual(after, { status: 'intended', employment_registration_id: null });
    assert.equal((await t.db.selectFrom('employment_registration').select('id').where('person_id', '=', personOf.p2).execute()).length, before.length);
    const dropped = await street.post(`/api/fairs/intentions/${i.id}/drop`, { reason: '已在其他单位就业' });
    assert.equal(dropped.statusCode, 200, dropped.body);
    assert.deepEqual([dropped.json().status, dropped.json().statusName, dropped.json().dropReason], ['dropped', '未录用', '已在其他单位就业']);
  });

  test('a hire of a person of another district is for staff there; the follow-up list is scoped by person or organiser', async () => {
    const i = (await record({ checkinId: checkins.outsider, participationId: booth.id })).json();
    assert.deepEqual(i.can, { hire: false, drop: true });
    const res = await street.post(`/api/fairs/intentions/${i.id}/hire`, { hiredOn: TODAY });
    assert.equal(res.statusCode, 403);
    const theirs = (await other.get(`/api/fairs/intentions?fairId=${fairId}&pageSize=100`)).json();
    assert.deepEqual(theirs.items.map((x: { id: number }) => x.id), [i.id], 'of this fair, only the person living in 360202');
    assert.equal(theirs.items[0].can.hire, true);
    const scoped = await t.db.selectFrom('fair_intention as i').innerJoin('fair as f', 'f.id', 'i.fair_id').select('i.id').where((eb) => eb.or([eb('i.region_code', 'like', '360202%'), eb('f.region_code', 'like', '360202%')])).execute();
    assert.equal((await other.get('/api/fairs/intentions?pageSize=1')).json().total, scoped.length, 'their follow-up list: person or organiser in 360202');
    assert.equal((await other.get(`/api/fairs/${fairId}/intentions`)).statusCode, 404, 'the fair itself is not theirs to see');

    const all = (await street.get(`/api/fairs/intentions?from=${TODAY}&to=${TODAY}&pageSize=100`)).json();
    const direct = await t.db.selectFrom('fair_intention as i').innerJoin('fair as f', 'f.id', 'i.fair_id').select('i.id').where('f.held_on', '=', TODAY).where((eb) => eb.or([eb('i.region_code', 'like', '360203001%'), eb('f.region_code', 'like', '360203001%')])).execute();
    assert.equal(all.total, direct.length);
    const open = (await street.get('/api/fairs/intentions?status=intended&pageSize=100')).json();
    assert.ok(open.items.every((x: { status: string }) => x.status === 'intended'));
    const here = await t.db.selectFrom('fair_intention').select('id').where('fair_id', '=', fairId).execute();
    assert.equal((await street.get(`/api/fairs/${fairId}/intentions`)).json().length, here.length);
  });

  test('a closed fair takes no new intentions, but open ones are still followed up into hires', async () => {
    const i = (await record({ checkinId: checkins.p3, participationId: booth.id })).json();
    await t.db.updateTable('fair').set({ status: 'closed', closed_at: new Date() }).where('id', '=', fairId).execute();
    const res = await record({ checkinId: checkins.p3, participationId: (await insertBooth(t, fairId, spare)).id });
    assert.deepEqual([res.statusCode, res.json().code], [409, 'invalid_state']);
    assert.match(res.json().message, /已结束/);
    const hired = await street.post(`/api/fairs/intentions/${i.id}/hire`, { hiredOn: TODAY });
    assert.equal(hired.statusCode, 200, hired.body);
    assert.equal(hired.json().status, 'hired');
  });
});
