import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { DEMO_EMPLOYER, employersOf, insertBooth, insertFair, peopleOf } from './checkin-test-support.js';

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

describe('fairs: interview slots at a city online fair — who sees whose booking, withdrawn booths, bookings at the same moment', () => {
  let t: TestApp;
  let city: Client; // city_op: manages the city's fair
  let district: Client; // district_op (珠山区, where seeker_demo lives)
  let otherRev: Client; // other_rev (昌江区 360202)
  let otherOp: Client; // op_360202
  let seeker: Client; // seeker_demo
  let fairId: number;
  let booths: { id: number }[];
  let seekerPerson: number;
  let neighbour: { id: number; name: string };
  const slot: Record<string, number> = {};

  const addSlot = async (participationId: number, startsAt: string) =>
    (await t.db.insertInto('fair_slot').values({ fair_id: fairId, participation_id: participationId, starts_at: new Date(startsAt), minutes: 20 }).returning('id').executeTakeFirstOrThrow()).id;

  before(async () => {
    t = await createTestApp();
    [city, district, otherRev, otherOp, seeker] = await Promise.all(['city_op', 'district_op', 'other_rev', 'op_360202', 'seeker_demo'].map((u) => t.login(u)));
    fairId = await insertFair(t, { regionCode: '3602', kind: 'online', name: '全市网络招聘会' });
    const [e2, e3] = await employersOf(t, '3602', 2);
    booths = [await insertBooth(t, fairId, DEMO_EMPLOYER), await insertBooth(t, fairId, e2), await insertBooth(t, fairId, e3)];
    [slot.a1, slot.a2] = [await addSlot(booths[0].id, AT[0]), await addSlot(booths[0].id, AT[1])];
    [slot.b1, slot.c1, slot.c2] = [await addSlot(booths[1].id, AT[0]), await addSlot(booths[2].id, AT[0]), await addSlot(booths[2].id, AT[1])];
    seekerPerson = (await t.db.selectFrom('app_user').select('person_id').where('username', '=', 'seeker_demo').executeTakeFirstOrThrow()).person_id as number;
    [neighbour] = await peopleOf(t, '360202', 1, { seeker: true, used: [] });
  });
  after(() => t.close());

  test('bookings at two booths at the same moment: both taken, one online check-in', async () => {
    const res = await Promise.all([seeker.post(`/api/fairs/slots/${slot.a1}/book`), seeker.post(`/api/fairs/slots/${slot.b1}/book`)]);
    assert.deepEqual(res.map((r) => r.statusCode), [200, 200], res.map((r) => r.body).join('\n'));
    const checkins = await t.db.selectFrom('fair_checkin').select(['id', 'via']).where('fair_id', '=', fairId).where('person_id', '=', seekerPerson).execute();
    assert.deepEqual(checkins.map((c) => c.via), ['online']);
    const audited = await t.db.selectFrom('audit_log').select('id').where('event_type', '=', 'fair.checked_in').where('entity_id', '=', String(checkins[0].id)).execute();
    assert.equal(audited.length, 1);
  });

  test('two slots of one booth booked at the same moment: one is taken, the other refused as a duplicate; the index holds it too', async () => {
    const res = await Promise.all([seeker.post(`/api/fairs/slots/${slot.c1}/book`), seeker.post(`/api/fairs/slots/${slot.c2}/book`)]);
    const codes = res.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [200, 409], res.map((r) => r.body).join('\n'));
    const refused = res.find((r) => r.statusCode === 409);
    assert.deepEqual([refused?.json().code, refused?.json().message], ['duplicate', '您已预约该单位的面试时段']);
    const taken = await t.db.selectFrom('fair_slot').select('id').where('participation_id', '=', booths[2].id).where('person_id', '=', seekerPerson).execute();
    assert.equal(taken.length, 1);
    const free = taken[0].id === slot.c1 ? slot.c2 : slot.c1;
    await assert.rejects(t.db.updateTable('fair_slot').set({ person_id: seekerPerson, booked_at: new Date() }).where('id', '=', free).execute(), (e: { code?: string; constraint?: string }) => e.code === '23505' && e.constraint === 'fair_slot_person_key');
  });

  test("staff below the organiser see the names of the people living in their scope only; the organiser's staff see all", async () => {
    await t.db.updateTable('fair_slot').set({ person_id: neighbour.id, booked_at: new Date() }).where('id', '=', slot.a2).execute();
    const seekerName = (await t.db.selectFrom('person').select('name').where('id', '=', seekerPerson).executeTakeFirstOrThrow()).name;
    const names = async (c: Client) => {
      const res = await c.get(`/api/fairs/${fairId}/slots`);
      assert.equal(res.statusCode, 200, res.body);
      const rows: { id: number; booked: boolean; personName: string | null }[] = res.json();
      assert.equal(rows.filter((s) => s.booked).length, 4);
      return Object.fromEntries(rows.filter((s) => s.booked).map((s) => [s.id, s.personName]));
    };
    const seekerCSlot = (await t.db.selectFrom('fair_slot').select('id').where('participation_id', '=', booths[2].id).where('person_id', '=', seekerPerson).executeTakeFirstOrThrow()).id;
    const both = { [slot.a1]: seekerName, [slot.b1]: seekerName, [seekerCSlot]: seekerName, [slot.a2]: neighbour.name };
    assert.deepEqual(await names(city), both);
    assert.deepEqual(await names(district), { ...both, [slot.a2]: null });
    const inChangjiang = { [slot.a1]: null, [slot.b1]: null, [seekerCSlot]: null, [slot.a2]: neighbour.name };
    assert.deepEqual(await names(otherRev), inChangjiang);
    assert.deepEqual(await names(otherOp), inChangjiang);
  });

  test('no intention is recorded for a booth that no longer exhibits', async () => {
    t.clock.set('2026-11-20T06:25:00Z');
    city = await t.login('city_op');
    await t.db.updateTable('fair_participation').set({ status: 'withdrawn' }).where('id', '=', booths[1].id).execute();
    const before = await t.db.selectFrom('audit_log').select('id').where('event_type', '=', 'fair_slot.changed').execute();
    const res = await city.post(`/api/fairs/slots/${slot.b1}/outcome`, { outcome: 'intention' });
    assert.deepEqual([res.statusCode, res.json().code, res.json().message], [409, 'invalid_state', '该单位已不在本场招聘会参展，不能登记录用意向']);
    assert.equal((await t.db.selectFrom('fair_intention').select('id').where('fair_id', '=', fairId).execute()).length, 0);
    const s = await t.db.selectFrom('fair_slot').select(['outcome', 'intention_id']).where('id', '=', slot.b1).executeTakeFirstOrThrow();
    assert.deepEqual([s.outcome, s.intention_id], [null, null]);
    assert.equal((await t.db.selectFrom('audit_log').select('id').where('event_type', '=', 'fair_slot.changed').execute()).length, before.length);
    const ok = await city.post(`/api/fairs/slots/${slot.a1}/outcome`, { outcome: 'intention' });
    assert.equal(ok.statusCode, 200, ok.body);
  });
});
