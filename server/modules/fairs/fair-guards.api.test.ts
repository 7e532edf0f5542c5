import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import type { IntentionStatus } from '../../platform/db/schema-fairs.js';
import { DEMO_EMPLOYER, employersOf, insertBooth, insertFair, peopleOf, TODAY } from './checkin-test-support.js';

const STREET = '360203001';

/**
 * What a fair's records forbid once people came: an employer with intentions cannot be absent or
 * leave, the day and type of a fair with check-ins stay, it cannot be cancelled; blank booth numbers
 * and reasons are refused; one fair's numbers for whoever sees it.
 */
describe('fairs: guards on what happened at the fair', () => {
  let t: TestApp;
  let street: Client; // street_op, 360203001
  let city: Client; // city_op, 3602
  let employers: number[];
  const used: number[] = [];

  before(async () => {
    t = await createTestApp();
    [street, city] = await Promise.all(['street_op', 'city_op'].map((u) => t.login(u)));
    employers = [...(await employersOf(t, '360203', 2)), DEMO_EMPLOYER];
    assert.equal(employers.length, 3);
  });
  after(() => t.close());

  /** A check-in of a person of the street and, optionally, an intention at a booth. */
  const entered = async (fairId: number, boothId?: number, status: IntentionStatus = 'intended') => {
    const [p] = await peopleOf(t, STREET, 1, { seeker: false, used });
    const now = new Date();
    const checkin = await t.db
      .insertInto('fair_checkin')
      .values({ fair_id: fairId, person_id: p.id, region_code: p.region_code, via: 'id_number', unemployed: true, groups: ['unemployed'], checked_in_at: now, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (boothId !== undefined) {
      await t.db
        .insertInto('fair_intention')
        .values({ fair_id: fairId, checkin_id: checkin.id, participation_id: boothId, person_id: p.id, region_code: p.region_code, status, drop_reason: status === 'dropped' ? '单位岗位已招满' : null, created_at: now, updated_at: now })
        .execute();
    }
    return checkin.id;
  };
  const participation = async (id: number) => t.db.selectFrom('fair_participation').select(['status', 'booth_no', 'reason']).where('id', '=', id).executeTakeFirstOrThrow();

  test('an employer with intentions at its booth can be neither marked absent nor withdrawn; one without can', async () => {
    const fairId = await insertFair(t, { regionCode: STREET, name: '意向保护测试' });
    const busy = await insertBooth(t, fairId, employers[0]);
    const quiet = await insertBooth(t, fairId, employers[1]);
    await entered(fairId, busy.id);
    for (const action of ['absent', 'withdraw']) {
      const res = await street.post(`/api/fairs/participations/${busy.id}/${action}`);
      assert.equal(res.statusCode, 409, `${action}: ${res.body}`);
      assert.equal(res.json().code, 'invalid_state');
      assert.match(res.json().message, /已有录用意向/);
    }
    assert.equal((await participation(busy.id)).status, 'approved', 'nothing written');
    assert.equal((await street.post(`/api/fairs/participations/${quiet.id}/absent`)).statusCode, 200);
    assert.equal((await participation(quiet.id)).status, 'absent');
  });

  test('blank booth numbers and blank reasons are field errors and change nothing', async () => {
    const fairId = await insertFair(t, { regionCode: STREET, name: '空白输入测试', heldOn: '2026-11-27' });
    const applied = await insertBooth(t, fairId, employers[2], { status: 'applied' });
    const blankBooth = await street.post(`/api/fairs/participations/${applied.id}/approve`, { boothNo: '   ' });
    assert.equal(blankBooth.statusCode, 400);
    assert.deepEqual(blankBooth.json().details, [{ field: 'boothNo', message: '请填写展位号' }]);
    const blankReason = await street.post(`/api/fairs/participations/${applied.id}/reject`, { reason: '    ' });
    assert.equal(blankReason.statusCode, 400);
    assert.deepEqual(blankReason.json().details, [{ field: 'reason', message: '请填写不批准的原因' }]);
    assert.deepEqual(await participation(applied.id), { status: 'applied', booth_no: null, reason: null });
    const cancel = await street.post(`/api/fairs/${fairId}/cancel`, { reason: '     ' });
    assert.equal(cancel.statusCode, 400);
    assert.equal(cancel.json().details[0].field, 'reason');
    assert.equal((await t.db.selectFrom('fair').select('status').where('id', '=', fairId).executeTakeFirstOrThrow()).status, 'published');
  });

  test('once seekers came the day and the type stay, and the fair cannot be cancelled', async () => {
    const fairId = await insertFair(t, { regionCode: STREET, name: '已签到测试' });
    await entered(fairId);
    const view = (await street.get(`/api/fairs/${fairId}`)).json();
    const input = {
      name: view.name,
      kind: view.kind,
      regionCode: view.regionCode,
      targetGroups: view.targetGroups,
      campaignId: view.campaignId,
      venue: view.venue,
      heldOn: view.heldOn,
      startsAt: view.startsAt,
      endsAt: view.endsAt,
      boothCapacity: view.boothCapacity,
      version: view.version,
    };
    const moved = await street.put(`/api/fairs/${fairId}`, { ...input, heldOn: '2026-12-04' });
    assert.equal(moved.statusCode, 400, moved.body);
    assert.deepEqual(moved.json().details, [{ field: 'heldOn', message: '已有求职者签到入场，举办日期不能再修改' }]);
    const online = await street.put(`/api/fairs/${fairId}`, { ...input, kind: 'online' });
    assert.deepEqual(online.json().details, [{ field: 'kind', message: '已有求职者签到入场，招聘会类型不能再修改' }]);
    const renamed = await street.put(`/api/fairs/${fairId}`, { ...input, venue: '街道党群服务中心二楼' });
    assert.equal(renamed.statusCode, 200, 'other details can still be corrected');
    const cancelled = await street.post(`/api/fairs/${fairId}/cancel`, { reason: '场地临时征用' });
    assert.equal(cancelled.statusCode, 409);
    const row = await t.db.selectFrom('fair').select(['held_on', 'kind', 'status', 'venue']).where('id', '=', fairId).executeTakeFirstOrThrow();
    assert.deepEqual(row, { held_on: TODAY, kind: 'street_fortnightly', status: 'published', venue: '街道党群服务中心二楼' });
  });

  test("a street sees the numbers of the city's fair it opens; a unit above it narrows to the street's own part", async () => {
    const fairId = await insertFair(t, { regionCode: '3602', name: '市级招聘会数字测试', kind: 'city_monthly' });
    const booth = await insertBooth(t, fairId, employers[0], { positions: [4, 2] });
    await entered(fairId, booth.id);
    await entered(fairId, booth.id, 'dropped');
    await entered(fairId);
    const one = await street.get(`/api/fairs/stats?groupBy=fair&from=${TODAY}&to=${TODAY}&fairId=${fairId}`);
    assert.equal(one.statusCode, 200, one.body);
    const { total } = one.json();
    assert.deepEqual([total.fairs, total.employers, total.positions, total.seekers, total.intentions, total.unemployedIntentions], [1, 1, 6, 3, 2, 2]);
    const summary = (await street.get(`/api/fairs/${fairId}`)).json();
    assert.deepEqual([summary.employers, summary.checkins, summary.intentions], [total.employers, total.seekers, total.intentions], 'the fair page and its statistics agree (a dropped intention was still recorded)');
    assert.equal((await city.get(`/api/fairs/stats?fairId=${fairId}&from=${TODAY}&to=${TODAY}`)).json().total.seekers, 3);
    assert.equal((await (await t.login('op_360202')).get(`/api/fairs/stats?fairId=${999_999}`)).statusCode, 404);

    const above = (await street.get(`/api/fairs/stats?regionCode=3602&from=${TODAY}&to=${TODAY}`)).json();
    assert.equal(above.regionCode, STREET, 'narrowed to the viewer');
    const direct = await t.db.selectFrom('fair').select('id').where('region_code', 'like', `${STREET}%`).where('held_on', '=', TODAY).where('status', '<>', 'cancelled').execute();
    assert.equal(above.total.fairs, direct.length);
  });

  test("a campaign shows the services its units gave during its period, the viewer's part of them", async () => {
    const created = await city.post('/api/fairs/campaigns', {
      name: '2026年11月就业服务专项活动',
      kind: 'other',
      regionCode: '3602',
      startsOn: '2026-10-01',
      endsOn: '2026-11-30',
      targetGroups: ['unemployed'],
      participantUnits: ['360203'],
      goals: { fairs: 4 },
    });
    assert.equal(created.statusCode, 200, created.body);
    const direct = async (prefix: string) => {
      const rows = await t.db.selectFrom('service_record').select(['kind']).where('region_code', 'like', `${prefix}%`).where('served_on', '>=', '2026-10-01').where('served_on', '<=', '2026-11-30').execute();
      const by = new Map<string, number>();
      for (const r of rows) by.set(r.kind, (by.get(r.kind) ?? 0) + 1);
      return by;
    };
    for (const [client, prefix] of [[city, '360203'], [street, STREET]] as const) {
      const view = (await client.get(`/api/fairs/campaigns/${created.json().id}`)).json();
      const counted = await direct(prefix);
      assert.ok([...counted.values()].some((n) => n > 0), `the demo has services in ${prefix}`);
      assert.deepEqual(Object.fromEntries(view.services.map((s: { kind: string; count: number }) => [s.kind, s.count])), Object.fromEntries(view.services.map((s: { kind: string }) => [s.kind, counted.get(s.kind) ?? 0])));
    }
  });

  test('an employer cannot apply on the portal for a fair whose day has passed', async () => {
    const fairId = await insertFair(t, { regionCode: STREET, name: '过期报名测试', heldOn: '2026-11-18' });
    const before = await t.db.selectFrom('fair_participation').select('id').where('fair_id', '=', fairId).execute();
    const res = await (await t.login('employer_demo')).post(`/api/fairs/${fairId}/apply`, { postings: [{ postingId: 1, positions: 1 }] });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().message, '招聘会已于 2026-11-18 举办，不能再报名');
    assert.deepEqual(await t.db.selectFrom('fair_participation').select('id').where('fair_id', '=', fairId).execute(), before);
  });
});
