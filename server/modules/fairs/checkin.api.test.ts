import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { freshCitizenId } from '../market/seeker-test-support.js';
import { insertFair, peopleOf, TODAY } from './checkin-test-support.js';

describe('fairs: check-in on the day (by ID number, QR code, new seekers registered on the spot)', () => {
  let t: TestApp;
  let street: Client; // street_op, 360203001
  let community: Client; // community_op, 360203001002: sees the street's fair, may not manage it
  let other: Client; // op_360202
  let fairId: number;
  const used: number[] = [];

  const count = async (table: 'fair_checkin' | 'person' | 'job_seeker' | 'audit_log') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  before(async () => {
    t = await createTestApp();
    street = await t.login('street_op');
    community = await t.login('community_op');
    other = await t.login('op_360202');
    fairId = await insertFair(t, { regionCode: '360203001', name: '街道双周招聘会' });
  });
  after(() => t.close());

  test('a registered seeker checks in by ID number: snapshot of unemployed and groups; a second check-in is refused with the time', async () => {
    const [p] = await peopleOf(t, '360203001', 1, { seeker: true, used });
    await t.db.updateTable('job_seeker').set({ categories: ['laid_off', 'veteran'] }).where('person_id', '=', p.id).where('status', '=', 'active').execute();
    const seeker = await t.db.selectFrom('job_seeker').select('id').where('person_id', '=', p.id).where('status', '=', 'active').executeTakeFirstOrThrow();
    const res = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: p.citizen_id.toLowerCase() });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json();
    assert.deepEqual([c.fairId, c.personId, c.name, c.via, c.registeredOnSpot, c.unemployed, c.seekerId, c.intentions], [fairId, p.id, p.name, 'id_number', false, true, seeker.id, 0]);
    assert.ok(c.groups.includes('unemployed') && c.groups.includes('veteran'), JSON.stringify(c.groups));
    assert.equal(c.citizenIdMasked, `${p.citizen_id.slice(0, 6)}********${p.citizen_id.slice(-4)}`);
    assert.equal(c.checkedInAt, t.clock.now().toISOString());
    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'actor_name']).where('entity_type', '=', 'fair_checkin').where('entity_id', '=', String(c.id)).execute();
    assert.deepEqual(audit, [{ event_type: 'fair.checked_in', actor_name: 'street_op' }]);

    const again = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: p.citizen_id });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'duplicate');
    assert.equal(again.json().message, '已签到（10:00）');
    const byQr = await street.post(`/api/fairs/${fairId}/checkins`, { seekerCode: `S${seeker.id}` });
    assert.equal(byQr.statusCode, 409, 'the same person by QR code is the same entrant');
  });

  test('an invalid ID number is a field error with the validator message, and nothing is written', async () => {
    const before = await Promise.all([count('fair_checkin'), count('person'), count('job_seeker'), count('audit_log')]);
    const bad = '36020319900101001' + '0';
    const res = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: bad, newPerson: { name: '测试', phone: '13900000000', hukouType: 'urban', regionCode: '360203001002' } });
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.code, 'validation_failed');
    assert.deepEqual(body.details, [{ field: 'citizenId', message: '身份证号码校验位错误' }]);
    const short = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: '3602031990' });
    assert.deepEqual(short.json().details, [{ field: 'citizenId', message: '公民身份号码应为18位' }]);
    const none = await street.post(`/api/fairs/${fairId}/checkins`, {});
    assert.equal(none.json().details[0].field, 'citizenId');
    const qr = await street.post(`/api/fairs/${fairId}/checkins`, { seekerCode: 'S999999999' });
    assert.deepEqual([qr.statusCode, qr.json().details[0].field], [400, 'seekerCode']);
    assert.deepEqual(await Promise.all([count('fair_checkin'), count('person'), count('job_seeker'), count('audit_log')]), before);
  });

  test('an ID number not in the registry: first asks for the person, then registers person and seeker on the spot in one go', async () => {
    const id = freshCitizenId(907);
    const ask = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: id });
    assert.equal(ask.statusCode, 400);
    assert.equal(ask.json().details[0].field, 'newPerson');
    assert.match(ask.json().message, /尚未在实名库登记/);

    const outside = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: id, newPerson: { name: '万小青', phone: '13907980001', hukouType: 'rural', regionCode: '360202001001' } });
    assert.equal(outside.statusCode, 400, 'a community outside the actor scope');
    assert.equal(outside.json().details[0].field, 'newPerson.regionCode');
    const street2 = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: id, newPerson: { name: '万小青', phone: '13907980001', hukouType: 'rural', regionCode: '360203001' } });
    assert.equal(street2.json().details[0].message, '居住地须为社区（村）');
    assert.equal(await t.db.selectFrom('person').select('id').where('citizen_id', '=', id).executeTakeFirst(), undefined, 'nothing written');

    const res = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: id, newPerson: { name: '万小青', phone: '13907980001', hukouType: 'rural', regionCode: '360203001002' } });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json();
    assert.deepEqual([c.name, c.registeredOnSpot, c.unemployed, c.sex, c.age, c.via], ['万小青', true, false, 1, 36, 'id_number']);
    const person = await t.db.selectFrom('person').selectAll().where('citizen_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([person.id, person.name, person.name_initials, person.birth_date, person.hukou_type, person.region_code, person.phone], [c.personId, '万小青', 'wxq', '1990-01-01', 'rural', '360203001002', '13907980001']);
    const seeker = await t.db.selectFrom('job_seeker').selectAll().where('person_id', '=', person.id).executeTakeFirstOrThrow();
    assert.deepEqual([seeker.id, seeker.source, seeker.status, seeker.valid_from, seeker.valid_to], [c.seekerId, 'fair', 'active', TODAY, '2027-02-18']);
    const events = await t.db.selectFrom('audit_log').select('event_type').where('actor_name', '=', 'street_op').where('event_type', 'in', ['person.created', 'seeker.registered', 'fair.checked_in']).orderBy('id').execute();
    assert.deepEqual(events.map((e) => e.event_type).slice(-3), ['person.created', 'seeker.registered', 'fair.checked_in']);
  });

  test('a registered person without an active seeker registration gets one on the spot; the QR code checks in by registration', async () => {
    const [p, q] = await peopleOf(t, '360203001', 2, { seeker: false, used });
    const res = await street.post(`/api/fairs/${fairId}/checkins`, { citizenId: p.citizen_id });
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json();
    assert.equal(c.registeredOnSpot, true);
    const seeker = await t.db.selectFrom('job_seeker').select(['id', 'source']).where('person_id', '=', p.id).where('status', '=', 'active').executeTakeFirstOrThrow();
    assert.deepEqual([c.seekerId, seeker.source], [seeker.id, 'fair']);
    assert.equal(c.unemployed, p.labour_status === 'unemployed');

    const s = await t.db.insertInto('job_seeker').values({ person_id: q.id, region_code: q.region_code, valid_from: '2026-11-01', valid_to: '2027-01-31', categories: ['new_graduate'], created_at: new Date(), updated_at: new Date() }).returning('id').executeTakeFirstOrThrow();
    const qr = await street.post(`/api/fairs/${fairId}/checkins`, { seekerCode: `s${s.id}` });
    assert.equal(qr.statusCode, 200, qr.body);
    assert.deepEqual([qr.json().via, qr.json().personId, qr.json().registeredOnSpot, qr.json().seekerId], ['qr_code', q.id, false, s.id]);
    assert.ok(qr.json().groups.includes('graduate'));
  });

  test('only staff who manage the fair, only at a published fair on its day', async () => {
    const [p] = await peopleOf(t, '360203001', 1, { seeker: false, used });
    const below = await community.post(`/api/fairs/${fairId}/checkins`, { citizenId: p.citizen_id });
    assert.equal(below.statusCode, 403, 'the community sees the street fair but does not run it');
    assert.equal((await other.post(`/api/fairs/${fairId}/checkins`, { citizenId: p.citizen_id })).statusCode, 404);
    for (const [f, message] of [
      [{ heldOn: '2026-11-21' }, /当天（2026-11-21）/],
      [{ heldOn: '2026-11-19' }, /当天/],
      [{ status: 'planned' as const }, /尚未发布/],
      [{ status: 'closed' as const }, /已结束/],
    ] as const) {
      const id = await insertFair(t, { regionCode: '360203001', ...f });
      const res = await street.post(`/api/fairs/${id}/checkins`, { citizenId: p.citizen_id });
      assert.equal(res.statusCode, 409, JSON.stringify(f));
      assert.equal(res.json().code, 'invalid_state');
      assert.match(res.json().message, message);
    }
    const seeker = await t.login('seeker_demo');
    assert.equal((await seeker.post(`/api/fairs/${fairId}/checkins`, { citizenId: p.citizen_id })).statusCode, 403);
  });

  test('the list: masked ID numbers, search, scope of units below the organiser; the export is audited', async () => {
    const page = (await street.get(`/api/fairs/${fairId}/checkins?pageSize=100`)).json();
    const direct = await t.db.selectFrom('fair_checkin').select('id').where('fair_id', '=', fairId).execute();
    assert.equal(page.total, direct.length);
    assert.ok(page.items.every((c: { citizenIdMasked: string }) => /^\d{6}\*{8}[\dX]{4}$/.test(c.citizenIdMasked)));
    const byName = (await street.get(`/api/fairs/${fairId}/checkins?q=${encodeURIComponent('万小')}`)).json();
    assert.deepEqual(byName.items.map((c: { name: string }) => c.name), ['万小青']);
    assert.equal((await street.get(`/api/fairs/${fairId}/checkins?q=wxq`)).json().total, 1);

    const mine = (await community.get(`/api/fairs/${fairId}/checkins?pageSize=100`)).json();
    const inCommunity = await t.db.selectFrom('fair_checkin').select('id').where('fair_id', '=', fairId).where('region_code', 'like', '360203001002%').execute();
    assert.equal(mine.total, inCommunity.length);
    assert.equal((await other.get(`/api/fairs/${fairId}/checkins`)).statusCode, 404);

    const xlsx = await street.get(`/api/fairs/${fairId}/checkins/export`);
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'detail']).where('entity_type', '=', 'export').where('actor_name', '=', 'street_op').executeTakeFirstOrThrow();
    assert.equal(audit.event_type, 'data.exported');
    const detail = (typeof audit.detail === 'string' ? JSON.parse(audit.detail) : audit.detail) as { rows: number };
    assert.equal(detail.rows, direct.length);
  });
});
