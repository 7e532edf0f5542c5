import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

/** Today is Friday 2026-11-20: the default week is the next one, from Monday 2026-11-23. */
const NEXT_WEEK = '2026-11-23';
const WEEK_END = '2026-11-29';

describe('fairs: the weekly forecast (周预报) districts report to the city', () => {
  let t: TestApp;
  let district: Client; // district_op 珠山区 360203
  let districtRev: Client; // district_rev: sees, may not submit
  let street: Client;
  let other: Client; // op_360202 昌江区
  let city: Client; // city_op
  const ids: Record<string, number> = {};
  /** Fairs the seed already has next week, per district, counted before this file adds its own. */
  const seeded = new Map<string, number>();

  /** Next week's fairs organised in the district's subtree, not cancelled, in date and time order: direct SQL. */
  const weekFairs = async (district: string) => {
    const rows = await t.db.selectFrom('fair').select('id').where('region_code', 'like', `${district}%`).where('held_on', '>=', NEXT_WEEK).where('held_on', '<=', WEEK_END).where('status', '<>', 'cancelled').orderBy('held_on').orderBy('starts_at').orderBy('id').execute();
    return rows.map((r) => Number(r.id));
  };
  const own = (list: number[]) => list.filter((id) => Object.values(ids).includes(id));

  const fair = async (c: Client, name: string, regionCode: string, heldOn: string) => {
    const res = await c.post('/api/fairs', { name, kind: 'district_weekly', regionCode, targetGroups: [], campaignId: null, venue: '人力资源市场', heldOn, startsAt: '09:00', endsAt: '12:00', boothCapacity: 50 });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items[0].id as number;
  };

  before(async () => {
    t = await createTestApp();
    [district, districtRev, street, other, city] = await Promise.all(['district_op', 'district_rev', 'street_op', 'op_360202', 'city_op'].map((u) => t.login(u)));
    for (const d of await t.db.selectFrom('org_unit').select('code').where('level', '=', 3).where('code', 'like', '3602%').execute()) seeded.set(d.code, (await weekFairs(d.code)).length);
    ids.street = await fair(street, '街道周六招聘会', '360203001', '2026-11-28');
    ids.district = await fair(district, '区周二招聘会', '360203', '2026-11-24');
    ids.cancelled = await fair(district, '取消的招聘会', '360203', '2026-11-25');
    assert.equal((await district.post(`/api/fairs/${ids.cancelled}/cancel`, { reason: '场地冲突' })).statusCode, 200);
    ids.later = await fair(district, '下下周招聘会', '360203', '2026-11-30');
    ids.other = await fair(other, '昌江区招聘会', '360202', '2026-11-24');
  });
  after(() => t.close());

  test('without login 401; streets and communities neither read nor report', async () => {
    const anon = t.anonymous();
    assert.equal((await anon.get('/api/fairs/forecast')).statusCode, 401);
    assert.equal((await anon.post('/api/fairs/forecast', { week: NEXT_WEEK })).statusCode, 401);
    assert.equal((await anon.get('/api/fairs/forecast/overview')).statusCode, 401);
    assert.equal((await street.get('/api/fairs/forecast')).statusCode, 403);
    assert.equal((await street.post('/api/fairs/forecast', { week: NEXT_WEEK })).statusCode, 403);
    assert.equal((await street.get('/api/fairs/forecast/overview')).statusCode, 403);
    assert.equal((await districtRev.post('/api/fairs/forecast', { week: NEXT_WEEK })).statusCode, 403);
    assert.equal((await city.post('/api/fairs/forecast', { week: NEXT_WEEK })).statusCode, 403);
  });

  test("a district sees next week's fairs of its units, not cancelled ones, not other weeks or districts", async () => {
    const res = await district.get('/api/fairs/forecast');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual([body.week, body.regionCode, body.regionName, body.submitted, body.can], [NEXT_WEEK, '360203', '珠山区', null, { submit: true }]);
    const listed = body.fairs.map((f: { id: number }) => f.id);
    assert.deepEqual(own(listed), [ids.district, ids.street], 'of the fairs made here: the district one and its street one, by date');
    assert.deepEqual(listed, await weekFairs('360203'));
    assert.equal(listed.length, (seeded.get('360203') ?? 0) + 2);
    const mine = (await other.get(`/api/fairs/forecast?week=${NEXT_WEEK}`)).json();
    const theirs = mine.fairs.map((f: { id: number }) => f.id);
    assert.deepEqual([mine.regionCode, own(theirs)], ['360202', [ids.other]]);
    assert.deepEqual(theirs, await weekFairs('360202'));
    const bad = await district.get('/api/fairs/forecast?week=2026-11-24');
    assert.deepEqual([bad.statusCode, bad.json().details], [400, [{ field: 'week', message: '周预报按周上报，日期须为星期一' }]]);
    // The city names a district.
    assert.deepEqual((await city.get('/api/fairs/forecast')).json().details[0].field, 'regionCode');
    assert.equal((await city.get('/api/fairs/forecast?regionCode=360203001')).statusCode, 400);
    const cityView = (await city.get('/api/fairs/forecast?regionCode=360203')).json();
    assert.deepEqual([cityView.fairs.map((f: { id: number }) => f.id), cityView.can.submit], [listed, false]);
  });

  test('the district reports once a week; the city overview shows who reported', async () => {
    const count = async () => Number((await t.db.selectFrom('fair_forecast').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const expected = await weekFairs('360203');
    const res = await district.post('/api/fairs/forecast', { week: NEXT_WEEK, note: '另有一场专场待定' });
    assert.equal(res.statusCode, 200, res.body);
    const { display_name: byName } = await t.db.selectFrom('app_user').select('display_name').where('username', '=', 'district_op').executeTakeFirstOrThrow();
    assert.equal(expected.length, (seeded.get('360203') ?? 0) + 2);
    assert.deepEqual(res.json().submitted, { at: '2026-11-20T02:00:00.000Z', byName, fairs: expected.length, note: '另有一场专场待定' });
    assert.deepEqual(res.json().can, { submit: false });
    const stored = await t.db.selectFrom('fair_forecast').selectAll().where('region_code', '=', '360203').where('week_start', '=', NEXT_WEEK).executeTakeFirstOrThrow();
    assert.equal(stored.week_start, NEXT_WEEK);
    const kept = stored.fairs as Array<{ id: number; heldOn: string }>;
    assert.deepEqual(kept.map((f) => f.id), expected);
    assert.deepEqual(kept.filter((f) => own([f.id]).length > 0).map((f) => [f.id, f.heldOn]), [[ids.district, '2026-11-24'], [ids.street, '2026-11-28']]);
    const audit = await t.db.selectFrom('audit_log').select(['actor_id', 'region_code']).where('event_type', '=', 'fair_forecast.submitted').where('entity_id', '=', String(stored.id)).executeTakeFirstOrThrow();
    assert.deepEqual(audit, { actor_id: district.userId, region_code: '360203' });
    const again = await district.post('/api/fairs/forecast', { week: NEXT_WEEK });
    assert.deepEqual([again.statusCode, again.json().code], [409, 'duplicate']);
    const past = await district.post('/api/fairs/forecast', { week: '2026-11-09' });
    assert.deepEqual([past.statusCode, past.json().details[0].field], [400, 'week']);
    assert.equal(await count(), before + 1, 'one report stored: the refused ones add nothing');

    const overview = (await city.get(`/api/fairs/forecast/overview?week=${NEXT_WEEK}`)).json();
    assert.equal(overview.week, NEXT_WEEK);
    const districts = await t.db.selectFrom('org_unit').select(['code', 'name']).where('level', '=', 3).where('code', 'like', '3602%').orderBy('code').execute();
    assert.deepEqual(
      overview.districts,
      districts.map((d) => ({ code: d.code, name: d.name, submitted: d.code === '360203', submittedAt: d.code === '360203' ? '2026-11-20T02:00:00.000Z' : null, fairs: (seeded.get(d.code) ?? 0) + (d.code === '360203' ? 2 : d.code === '360202' ? 1 : 0) })),
    );
    const mine = (await other.get(`/api/fairs/forecast/overview?week=${NEXT_WEEK}`)).json();
    assert.deepEqual(mine.districts, [{ code: '360202', name: '昌江区', submitted: false, submittedAt: null, fairs: (seeded.get('360202') ?? 0) + 1 }]);
  });
});
