import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { SERVICE_KINDS } from '../registry/codes.js';

/** The test clock's China date (a Friday). */
const TODAY = '2026-11-20';
const STREET = '360203001';

const fairInput = (over: Record<string, unknown> = {}) => ({
  name: '街道双周小型招聘会',
  kind: 'street_fortnightly',
  regionCode: STREET,
  targetGroups: ['unemployed', 'age_4050'],
  campaignId: null,
  venue: '街道便民服务中心一楼',
  heldOn: '2026-11-25',
  startsAt: '09:00',
  endsAt: '11:30',
  boothCapacity: 20,
  description: '每两周一次',
  ...over,
});

describe('fairs: planning, editing, status, list, calendar and export', () => {
  let t: TestApp;
  let street: Client; // street_op 360203001
  let district: Client; // district_op 360203
  let other: Client; // op_360202, another district
  let community: Client; // community_op 360203001002 (below the street)
  let cityRev: Client; // city_rev (fair.view only)

  before(async () => {
    t = await createTestApp();
    [street, district, other, community, cityRev] = await Promise.all(['street_op', 'district_op', 'op_360202', 'community_op', 'city_rev'].map((u) => t.login(u)));
  });
  after(() => t.close());

  const create = async (c: Client, over: Record<string, unknown> = {}) => {
    const res = await c.post('/api/fairs', fairInput(over));
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items as Array<Record<string, unknown> & { id: number }>;
  };
  const auditCount = async (event: string) => Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('event_type', '=', event).executeTakeFirstOrThrow()).n);
  const fairCount = async () => Number((await t.db.selectFrom('fair').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('without login every endpoint answers 401', async () => {
    const anon = t.anonymous();
    for (const url of ['/api/fairs/codes', '/api/fairs', '/api/fairs/export', `/api/fairs/calendar?from=${TODAY}&to=2026-12-31`, '/api/fairs/1']) {
      assert.equal((await anon.get(url)).statusCode, 401, url);
    }
    assert.equal((await anon.post('/api/fairs', fairInput())).statusCode, 401);
    assert.equal((await anon.post('/api/fairs/1/publish')).statusCode, 401);
  });

  test('codes list the kinds, groups and statuses for any logged-in user', async () => {
    const employer = await t.login('employer_demo');
    const res = await employer.get('/api/fairs/codes');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.kinds.length, 9);
    assert.deepEqual(body.kinds[6], { code: 'street_fortnightly', name: '街道双周小型招聘会' });
    assert.deepEqual(body.targetGroups[2], { code: 'age_4050', name: '4050人员' });
    assert.deepEqual(body.statuses.map((s: { code: string }) => s.code), ['planned', 'published', 'closed', 'cancelled']);
    assert.equal(body.campaignKinds[0].name, '就业援助月');
    assert.equal(body.participationStatuses.length, 5);
    assert.equal(body.intentionStatuses.length, 3);
    assert.equal(body.slotOutcomes.length, 4);
  });

  test('a street plans one fair: the summary, the view, the audit row', async () => {
    const [f] = await create(street);
    assert.deepEqual(f, {
      id: f.id,
      name: '街道双周小型招聘会',
      kind: 'street_fortnightly',
      kindName: '街道双周小型招聘会',
      status: 'planned',
      statusName: '计划中',
      regionCode: STREET,
      regionName: f.regionName,
      heldOn: '2026-11-25',
      startsAt: '09:00',
      endsAt: '11:30',
      venue: '街道便民服务中心一楼',
      boothCapacity: 20,
      targetGroups: ['unemployed', 'age_4050'],
      campaignId: null,
      campaignName: null,
      seriesId: null,
      employers: 0,
      applications: 0,
      checkins: 0,
      intentions: 0,
    });
    const unit = await t.db.selectFrom('org_unit').select('name').where('code', '=', STREET).executeTakeFirstOrThrow();
    assert.equal(f.regionName, unit.name);
    const view = (await street.get(`/api/fairs/${f.id}`)).json();
    assert.equal(view.version, 1);
    assert.equal(view.description, '每两周一次');
    assert.equal(view.series, null);
    assert.deepEqual(view.can, { edit: true, publish: true, close: false, cancel: true, manage: true });
    const stored = await t.db.selectFrom('fair').selectAll().where('id', '=', f.id).executeTakeFirstOrThrow();
    assert.equal(stored.starts_at, '09:00:00');
    assert.equal(stored.created_by, street.userId);
    const audit = await t.db.selectFrom('audit_log').select(['actor_id', 'region_code']).where('event_type', '=', 'fair.created').where('entity_id', '=', String(f.id)).executeTakeFirstOrThrow();
    assert.deepEqual(audit, { actor_id: street.userId, region_code: STREET });
  });

  test('a fortnightly series until a date: one fair per occurrence sharing one series row, in one transaction', async () => {
    const items = await create(street, { name: '每隔一周周三招聘会', heldOn: '2026-11-25', recurrence: { every: 'two_weeks', until: '2027-01-20' } });
    assert.deepEqual(items.map((f) => f.heldOn), ['2026-11-25', '2026-12-09', '2026-12-23', '2027-01-06', '2027-01-20']);
    const seriesId = items[0].seriesId as number;
    assert.ok(seriesId > 0);
    assert.ok(items.every((f) => f.seriesId === seriesId && f.status === 'planned'));
    const series = await t.db.selectFrom('fair_series').selectAll().where('id', '=', seriesId).executeTakeFirstOrThrow();
    assert.deepEqual([series.every, series.first_on, series.until_on, series.region_code], ['two_weeks', '2026-11-25', '2027-01-20', STREET]);
    const view = (await street.get(`/api/fairs/${items[2].id}`)).json();
    assert.deepEqual(view.series, { every: 'two_weeks', firstOn: '2026-11-25', untilOn: '2027-01-20' });
    const audits = await t.db.selectFrom('audit_log').select('entity_id').where('event_type', '=', 'fair.created').where('entity_id', 'in', items.map((f) => String(f.id))).execute();
    assert.equal(audits.length, 5);
    const monthly = await create(street, { name: '月度招聘会', heldOn: '2026-11-30', recurrence: { every: 'month', until: '2027-02-28' } });
    assert.deepEqual(monthly.map((f) => f.heldOn), ['2026-11-30', '2026-12-30', '2027-01-30', '2027-02-28']);
  });

  test('bad input: field errors in Chinese and nothing written', async () => {
    const fairs = await fairCount();
    const audits = await auditCount('fair.created');
    const bad = async (over: Record<string, unknown>, field: string, message?: string) => {
      const res = await street.post('/api/fairs', fairInput(over));
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json();
      assert.equal(body.code, 'validation_failed');
      const detail = body.details.find((d: { field: string }) => d.field === field);
      assert.ok(detail, `${field} in ${res.body}`);
      if (message) assert.equal(detail.message, message);
    };
    await bad({ heldOn: '2026-11-19' }, 'heldOn', '举办日期 2026-11-19 已过去，不能安排在今天（2026-11-20）之前');
    await bad({ endsAt: '08:00' }, 'endsAt', '结束时间须晚于开始时间');
    await bad({ boothCapacity: 0 }, 'boothCapacity', '展位数须在 1 至 2000 之间');
    await bad({ boothCapacity: 2001 }, 'boothCapacity');
    await bad({ kind: 'party' }, 'kind', '招聘会类型不在代码表中');
    await bad({ targetGroups: ['veteran', 'nobody'] }, 'targetGroups', '服务对象代码不正确：nobody');
    await bad({ regionCode: '360202001' }, 'regionCode', '主办单位须为本单位或下级单位');
    await bad({ regionCode: '360203' }, 'regionCode', '主办单位须为本单位或下级单位');
    await bad({ campaignId: 999999 }, 'campaignId', '专项活动不存在或不在您的管辖范围内');
    await bad({ recurrence: { every: 'week', until: '2028-01-01' } }, 'recurrence.until', '重复截止日期不能超过第一场之后一年');
    // A series whose last fair falls outside the campaign: none of it is written.
    const campaign = await district.post('/api/fairs/campaigns', { name: '2026年就业援助月', kind: 'assistance_month', regionCode: '360203', startsOn: '2026-11-01', endsOn: '2026-12-15', targetGroups: ['difficulty'], participantUnits: [STREET], goals: { fairs: 4 } });
    assert.equal(campaign.statusCode, 200, campaign.body);
    await bad({ campaignId: campaign.json().id, recurrence: { every: 'week', until: '2026-12-20' } }, 'campaignId', '招聘会日期 2026-12-16 不在专项活动「2026年就业援助月」期间（2026-11-01 至 2026-12-15）');
    assert.equal(await fairCount(), fairs);
    assert.equal(await auditCount('fair.created'), audits);
    // Reviewers may look, not plan.
    assert.equal((await cityRev.post('/api/fairs', fairInput())).statusCode, 403);
    // Inside the campaign it is accepted and named in the summary.
    const [f] = await create(street, { campaignId: campaign.json().id, heldOn: '2026-12-15' });
    assert.deepEqual([f.campaignId, f.campaignName], [campaign.json().id, '2026年就业援助月']);
  });

  test('scope: another district sees nothing; a unit below sees the fair but may not manage it', async () => {
    const [f] = await create(street, { name: '范围测试招聘会' });
    assert.equal((await other.get(`/api/fairs/${f.id}`)).statusCode, 404);
    assert.equal((await other.put(`/api/fairs/${f.id}`, { ...fairInput(), version: 1 })).statusCode, 404);
    assert.equal((await other.post(`/api/fairs/${f.id}/publish`)).statusCode, 404);
    const list = (await other.get('/api/fairs?pageSize=200&q=范围测试')).json();
    assert.equal(list.total, 0);
    const seen = await community.get(`/api/fairs/${f.id}`);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().can, { edit: false, publish: false, close: false, cancel: false, manage: false });
    assert.equal((await community.post(`/api/fairs/${f.id}/publish`)).statusCode, 403);
    const put = await community.put(`/api/fairs/${f.id}`, { ...fairInput(), version: 1 });
    assert.equal(put.statusCode, 403);
    assert.equal((await community.get('/api/fairs?q=范围测试')).json().total, 1);
    // The district above manages it.
    assert.deepEqual((await district.get(`/api/fairs/${f.id}`)).json().can, { edit: true, publish: true, close: false, cancel: true, manage: true });
  });

  test('editing: version check, field errors, closed and cancelled fairs refuse edits and nothing is written', async () => {
    const [f] = await create(street, { name: '修改测试招聘会', heldOn: '2026-11-20' });
    const put = await street.put(`/api/fairs/${f.id}`, { ...fairInput({ name: '修改后的招聘会', heldOn: '2026-11-20', boothCapacity: 30, startsAt: '14:00', endsAt: '17:00' }), version: 1 });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual([put.json().name, put.json().boothCapacity, put.json().startsAt, put.json().endsAt, put.json().version], ['修改后的招聘会', 30, '14:00', '17:00', 2]);
    const stale = await street.put(`/api/fairs/${f.id}`, { ...fairInput({ heldOn: '2026-11-20' }), version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'conflict');
    const past = await street.put(`/api/fairs/${f.id}`, { ...fairInput({ heldOn: '2026-11-01' }), version: 2 });
    assert.equal(past.statusCode, 400);
    assert.equal(past.json().details[0].field, 'heldOn');
    // Publish, close on the day; then edits and changes are refused.
    assert.equal((await street.post(`/api/fairs/${f.id}/close`)).json().code, 'invalid_state');
    const published = await street.post(`/api/fairs/${f.id}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().status, 'published');
    assert.equal(published.json().version, 3);
    assert.equal((await street.post(`/api/fairs/${f.id}/publish`)).json().message, '只有计划中的招聘会可以发布');
    const closed = await street.post(`/api/fairs/${f.id}/close`);
    assert.equal(closed.statusCode, 200, closed.body);
    assert.deepEqual([closed.json().status, closed.json().statusName, closed.json().closedAt], ['closed', '已结束', '2026-11-20T02:00:00.000Z']);
    const updates = await auditCount('fair.updated');
    const edit = await street.put(`/api/fairs/${f.id}`, { ...fairInput({ heldOn: '2026-11-20' }), version: 4 });
    assert.equal(edit.statusCode, 409);
    assert.deepEqual([edit.json().code, edit.json().message], ['invalid_state', '招聘会已结束，记录不能再修改']);
    assert.equal((await street.post(`/api/fairs/${f.id}/cancel`, { reason: '场地维修' })).json().code, 'invalid_state');
    assert.equal(await auditCount('fair.updated'), updates);
    const stored = await t.db.selectFrom('fair').select(['name', 'status', 'version']).where('id', '=', f.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { name: '修改后的招聘会', status: 'closed', version: 4 });
  });

  test('a future fair cannot close; cancelling needs a reason and ends the fair', async () => {
    const [f] = await create(street, { name: '取消测试招聘会', heldOn: '2026-12-02' });
    await street.post(`/api/fairs/${f.id}/publish`);
    const close = await street.post(`/api/fairs/${f.id}/close`);
    assert.deepEqual([close.statusCode, close.json().message], [409, '招聘会在 2026-12-02 举办，举办当天或之后才能结束']);
    assert.equal((await street.post(`/api/fairs/${f.id}/cancel`, {})).statusCode, 400);
    const cancelled = await street.post(`/api/fairs/${f.id}/cancel`, { reason: '场地维修' });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.deepEqual([cancelled.json().status, cancelled.json().cancelReason], ['cancelled', '场地维修']);
    const edit = await street.put(`/api/fairs/${f.id}`, { ...fairInput({ heldOn: '2026-12-02' }), version: cancelled.json().version });
    assert.deepEqual([edit.statusCode, edit.json().message], [409, '招聘会已取消']);
    const audit = await t.db.selectFrom('audit_log').select('after').where('event_type', '=', 'fair.cancelled').where('entity_id', '=', String(f.id)).executeTakeFirstOrThrow();
    assert.deepEqual(audit.after, { status: 'cancelled', reason: '场地维修' });
  });

  test('the list: filters, sorting, paging; the calendar; the Excel export', async () => {
    const items = await create(district, { name: '珠山区每周中型招聘会', kind: 'district_weekly', regionCode: '360203', heldOn: '2026-11-23', recurrence: { every: 'week', until: '2026-12-21' } });
    assert.equal(items.length, 5);
    // The seeded district holds its own weekly fairs (周三招聘会): the list is scoped to this series by name.
    const mine = `q=${encodeURIComponent('每周中型')}&kind=district_weekly`;
    const page1 = (await district.get(`/api/fairs?${mine}&sort=heldOn&pageSize=2`)).json();
    assert.deepEqual([page1.total, page1.page, page1.pageSize], [5, 1, 2]);
    assert.deepEqual(page1.items.map((f: { heldOn: string }) => f.heldOn), ['2026-11-23', '2026-11-30']);
    const page3 = (await district.get(`/api/fairs?${mine}&sort=heldOn&pageSize=2&page=3`)).json();
    assert.deepEqual(page3.items.map((f: { heldOn: string }) => f.heldOn), ['2026-12-21']);
    const desc = (await district.get(`/api/fairs?${mine}&from=2026-11-24&to=2026-12-14`)).json();
    assert.deepEqual(desc.items.map((f: { heldOn: string }) => f.heldOn), ['2026-12-14', '2026-12-07', '2026-11-30']);
    const byName = (await district.get('/api/fairs?q=招聘会&sort=name&regionCode=360203001&pageSize=200')).json();
    assert.ok(byName.items.length > 0 && byName.items.every((f: { regionCode: string }) => f.regionCode.startsWith('360203001')));
    // The street sees the district's fairs (organiser above it) in its list and calendar; the other district does not.
    assert.equal((await street.get(`/api/fairs?${mine}`)).json().total, 5);
    assert.equal((await other.get(`/api/fairs?${mine}`)).json().total, 0);
    const cal = await street.get('/api/fairs/calendar?from=2026-11-23&to=2026-11-29');
    assert.equal(cal.statusCode, 200, cal.body);
    const calFairs = cal.json() as Array<{ heldOn: string; name: string }>;
    assert.ok(calFairs.some((f) => f.name === '珠山区每周中型招聘会' && f.heldOn === '2026-11-23'));
    assert.ok(calFairs.every((f) => f.heldOn >= '2026-11-23' && f.heldOn <= '2026-11-29'));
    assert.deepEqual(calFairs.map((f) => f.heldOn), [...calFairs.map((f) => f.heldOn)].sort());
    const tooLong = await street.get('/api/fairs/calendar?from=2026-11-01&to=2027-02-01');
    assert.deepEqual([tooLong.statusCode, tooLong.json().details[0].field], [400, 'to']);
    const xlsx = await district.get(`/api/fairs/export?${mine}&sort=heldOn`);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    assert.equal(sheet.rowCount, 6);
    assert.deepEqual([sheet.getCell('B1').value, sheet.getCell('B2').value, sheet.getCell('F2').value, sheet.getCell('G2').value, sheet.getCell('J2').value], ['名称', '珠山区每周中型招聘会', '2026-11-23', '09:00-11:30', '下岗失业人员、4050人员']);
    const exported = await t.db.selectFrom('audit_log').select('detail').where('event_type', '=', 'data.exported').where('entity_id', '=', '招聘会').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual((exported.detail as { rows: number }).rows, 5);
  });

  test('campaigns: create, list by year and kind, view with units and fairs, edit; scope and bad input', async () => {
    const input = { name: '2027年春风行动', kind: 'spring_breeze', regionCode: '360203', startsOn: '2027-02-01', endsOn: '2027-03-31', targetGroups: ['migrant_worker'], participantUnits: ['360203001', '360203002'], goals: { fairs: 6, employers: 120, positions: 3000 }, description: '农民工返岗' };
    const res = await district.post('/api/fairs/campaigns', input);
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json();
    const units = await t.db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', ['360203001', '360203002']).orderBy('code').execute();
    assert.deepEqual(c, { id: c.id, name: '2027年春风行动', kind: 'spring_breeze', kindName: '春风行动', regionCode: '360203', regionName: '珠山区', startsOn: '2027-02-01', endsOn: '2027-03-31', targetGroups: ['migrant_worker'], participantUnits: units, goals: { fairs: 6, employers: 120, positions: 3000 }, description: '农民工返岗', fairs: 0, services: Object.entries(SERVICE_KINDS).map(([kind, name]) => ({ kind, name, count: 0 })), can: { edit: true } }, 'no services recorded in a period to come');
    await create(street, { campaignId: c.id, heldOn: '2027-02-10' });
    assert.equal((await street.get(`/api/fairs/campaigns/${c.id}`)).json().fairs, 1);
    assert.deepEqual((await street.get(`/api/fairs/campaigns/${c.id}`)).json().can, { edit: false });
    const list = (await street.get('/api/fairs/campaigns?year=2027&kind=spring_breeze')).json();
    assert.deepEqual([list.total, list.items[0].id], [1, c.id]);
    assert.equal((await street.get('/api/fairs/campaigns?year=2028')).json().total, 0);
    assert.equal((await other.get(`/api/fairs/campaigns/${c.id}`)).statusCode, 404);
    // The other district sees the city's seeded campaigns of 2027, never this district's one.
    assert.equal((await other.get('/api/fairs/campaigns?year=2027&kind=spring_breeze')).json().total, 0);
    const theirs = (await other.get('/api/fairs/campaigns?year=2027&pageSize=200')).json();
    assert.ok(theirs.items.every((x: { id: number }) => x.id !== c.id), JSON.stringify(theirs.items));
    assert.equal((await t.anonymous().get('/api/fairs/campaigns')).statusCode, 401);
    assert.equal((await street.put(`/api/fairs/campaigns/${c.id}`, input)).statusCode, 403);
    // Shrinking the period past its fair is refused; the fair keeps its campaign.
    const shrink = await district.put(`/api/fairs/campaigns/${c.id}`, { ...input, startsOn: '2027-02-15' });
    assert.deepEqual([shrink.statusCode, shrink.json().details[0].field], [400, 'startsOn']);
    const bad = await district.post('/api/fairs/campaigns', { ...input, kind: 'x', endsOn: '2027-01-01', participantUnits: ['360202001'] });
    assert.deepEqual(bad.json().details.map((d: { field: string }) => d.field), ['kind', 'endsOn', 'participantUnits']);
    const edited = await district.put(`/api/fairs/campaigns/${c.id}`, { ...input, name: '2027年春风行动（珠山）', goals: { fairs: 8 } });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual([edited.json().name, edited.json().goals], ['2027年春风行动（珠山）', { fairs: 8 }]);
    assert.equal(await auditCount('campaign.updated'), 1);
  });
});
