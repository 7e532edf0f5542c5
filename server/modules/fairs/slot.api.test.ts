import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { DEMO_EMPLOYER, employersOf, insertBooth, insertFair } from './checkin-test-support.js';

/** 14:00, 14:20, 14:40 China time on the test day. */
const AT = ['2026-11-20T06:00:00.000Z', '2026-11-20T06:20:00.000Z', '2026-11-20T06:40:00.000Z'];

describe('fairs: online fairs — interview slots offered, booked, cancelled and their outcomes', () => {
  let t: TestApp;
  let staff: Client; // district_op
  let employer: Client; // employer_demo
  let seeker: Client; // seeker_demo
  let fairId: number;
  let own: { id: number };
  let theirs: { id: number };
  let seekerPerson: number;
  const slots: Record<string, number> = {};

  before(async () => {
    t = await createTestApp();
    staff = await t.login('district_op');
    employer = await t.login('employer_demo');
    seeker = await t.login('seeker_demo');
    fairId = await insertFair(t, { regionCode: '360203', kind: 'online', name: '网络招聘会' });
    const [e2, e3] = await employersOf(t, '3602', 2);
    own = await insertBooth(t, fairId, DEMO_EMPLOYER);
    theirs = await insertBooth(t, fairId, e2);
    await insertBooth(t, fairId, e3, { status: 'applied' });
    seekerPerson = (await t.db.selectFrom('app_user').select('person_id').where('username', '=', 'seeker_demo').executeTakeFirstOrThrow()).person_id as number;
  });
  after(() => t.close());

  test('the employer offers slots for its own approved booth, staff for any booth; bad times and other booths are refused', async () => {
    const res = await employer.post(`/api/fairs/participations/${own.id}/slots`, { startsAt: AT, minutes: 20 });
    assert.equal(res.statusCode, 200, res.body);
    const made = res.json();
    assert.deepEqual(made.map((s: { startsAt: string }) => s.startsAt), AT);
    assert.ok(made.every((s: { booked: boolean; mine: boolean; minutes: number }) => !s.booked && s.mine && s.minutes === 20));
    [slots.a, slots.b, slots.c] = made.map((s: { id: number }) => s.id);
    const dup = await employer.post(`/api/fairs/participations/${own.id}/slots`, { startsAt: [AT[0]] });
    assert.deepEqual([dup.statusCode, dup.json().code], [409, 'duplicate']);
    const wrongDay = await employer.post(`/api/fairs/participations/${own.id}/slots`, { startsAt: ['2026-11-21T06:00:00.000Z'] });
    assert.deepEqual([wrongDay.statusCode, wrongDay.json().details[0].field], [400, 'startsAt']);
    const past = await employer.post(`/api/fairs/participations/${own.id}/slots`, { startsAt: ['2026-11-20T01:00:00.000Z'] });
    assert.equal(past.statusCode, 400);
    assert.equal((await employer.post(`/api/fairs/participations/${theirs.id}/slots`, { startsAt: [AT[0]] })).statusCode, 404, 'not its booth');
    const byStaff = await staff.post(`/api/fairs/participations/${theirs.id}/slots`, { startsAt: [AT[0]] });
    assert.equal(byStaff.statusCode, 200, byStaff.body);
    slots.d = byStaff.json()[0].id;
    const onsite = await insertFair(t, { regionCode: '360203' });
    const booth = await insertBooth(t, onsite, DEMO_EMPLOYER);
    const notOnline = await employer.post(`/api/fairs/participations/${booth.id}/slots`, { startsAt: [AT[0]] });
    assert.deepEqual([notOnline.statusCode, notOnline.json().code], [409, 'invalid_state']);
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('event_type', '=', 'fair_slot.changed').execute();
    assert.equal(audit.length, 2);
  });

  test('a citizen books a slot: it is their online check-in; one slot per booth; the lists show each viewer its part', async () => {
    const free = (await seeker.get(`/api/fairs/${fairId}/slots`)).json();
    assert.equal(free.length, 4);
    assert.ok(free.every((s: { personName: string | null }) => s.personName === null));
    const res = await seeker.post(`/api/fairs/slots/${slots.a}/book`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().booked, res.json().mine], [true, true]);
    const checkin = await t.db.selectFrom('fair_checkin').selectAll().where('fair_id', '=', fairId).where('person_id', '=', seekerPerson).executeTakeFirstOrThrow();
    assert.deepEqual([checkin.via, checkin.registered_on_spot], ['online', false]);
    const again = await seeker.post(`/api/fairs/slots/${slots.b}/book`);
    assert.deepEqual([again.statusCode, again.json().code], [409, 'duplicate'], 'one slot per booth');
    assert.equal((await seeker.post(`/api/fairs/slots/${slots.d}/book`)).statusCode, 200, 'another booth');
    assert.equal((await t.db.selectFrom('fair_checkin').select('id').where('fair_id', '=', fairId).where('person_id', '=', seekerPerson).execute()).length, 1);

    const mine = (await seeker.get(`/api/fairs/${fairId}/slots`)).json();
    assert.deepEqual(mine.filter((s: { mine: boolean }) => s.mine).map((s: { id: number }) => s.id).sort(), [slots.a, slots.d].sort());
    const ofEmployer = (await employer.get(`/api/fairs/${fairId}/slots`)).json();
    assert.deepEqual(ofEmployer.map((s: { id: number }) => s.id), [slots.a, slots.b, slots.c]);
    assert.ok(ofEmployer[0].personName);
    const all = (await staff.get(`/api/fairs/${fairId}/slots`)).json();
    assert.equal(all.length, 4);
    assert.equal(all.filter((s: { booked: boolean }) => s.booked).length, 2);
    assert.equal((await staff.post(`/api/fairs/slots/${slots.c}/book`)).statusCode, 403);
  });

  test('cancelling before the start frees the slot; the online check-in goes with the last booking', async () => {
    const res = await seeker.post(`/api/fairs/slots/${slots.d}/cancel`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().booked, res.json().mine], [false, false]);
    assert.equal((await t.db.selectFrom('fair_checkin').select('id').where('fair_id', '=', fairId).where('person_id', '=', seekerPerson).execute()).length, 1, 'still booked at the other booth');
    assert.equal((await seeker.post(`/api/fairs/slots/${slots.c}/cancel`)).statusCode, 404, 'not theirs');
  });

  test('the outcome after the interview; an intention is recorded like on site; a closed fair takes no more outcomes', async () => {
    const early = await employer.post(`/api/fairs/slots/${slots.a}/outcome`, { outcome: 'intention' });
    assert.deepEqual([early.statusCode, early.json().code], [409, 'invalid_state']);
    t.clock.set('2026-11-20T06:25:00Z');
    // Hours later the sessions have timed out: log in again.
    [staff, employer, seeker] = [await t.login('district_op'), await t.login('employer_demo'), await t.login('seeker_demo')];
    const late = await seeker.post(`/api/fairs/slots/${slots.a}/cancel`);
    assert.equal(late.statusCode, 409, 'too late to cancel');
    assert.equal((await employer.post(`/api/fairs/slots/${slots.d}/outcome`, { outcome: 'no_show' })).statusCode, 404, 'not its booth');
    const res = await employer.post(`/api/fairs/slots/${slots.a}/outcome`, { outcome: 'intention' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().outcome, res.json().outcomeName], ['intention', '达成录用意向']);
    const slot = await t.db.selectFrom('fair_slot').select('intention_id').where('id', '=', slots.a).executeTakeFirstOrThrow();
    const intention = await t.db.selectFrom('fair_intention').selectAll().where('id', '=', slot.intention_id as number).executeTakeFirstOrThrow();
    assert.deepEqual([intention.fair_id, intention.participation_id, intention.person_id, intention.status], [fairId, own.id, seekerPerson, 'intended']);
    const listed = (await staff.get(`/api/fairs/${fairId}/intentions`)).json();
    assert.deepEqual(listed.map((i: { id: number }) => i.id), [intention.id]);
    const twice = await staff.post(`/api/fairs/slots/${slots.a}/outcome`, { outcome: 'not_hired' });
    assert.deepEqual([twice.statusCode, twice.json().code], [409, 'invalid_state']);
    const empty = await staff.post(`/api/fairs/slots/${slots.b}/outcome`, { outcome: 'no_show' });
    assert.equal(empty.statusCode, 409, 'nobody booked it');

    await t.db.updateTable('fair').set({ status: 'closed' }).where('id', '=', fairId).execute();
    await t.db.updateTable('fair_slot').set({ person_id: seekerPerson, booked_at: new Date() }).where('id', '=', slots.d).execute();
    const closed = await staff.post(`/api/fairs/slots/${slots.d}/outcome`, { outcome: 'intention' });
    assert.deepEqual([closed.statusCode, closed.json().code], [409, 'invalid_state']);
  });
});
