import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { publishedPosting } from '../market/seeker-test-support.js';

/** employer_demo's employer (景德镇市金泰商贸有限公司, 珠山区). */
const DEMO_EMPLOYER = 1;
const DEMO_NAME = '景德镇市金泰商贸有限公司';
const STREET = '360203001';

describe('fairs: booth applications, decisions, the programme', () => {
  let t: TestApp;
  let street: Client; // street_op: organiser
  let other: Client; // op_360202: another district
  let employer: Client; // employer_demo
  let seeker: Client; // seeker_demo
  let cityRev: Client; // reviewer: sees, may not decide
  let others: Array<{ id: number; name: string }>; // verified employers of the district besides the demo one

  before(async () => {
    t = await createTestApp();
    [street, other, employer, seeker, cityRev] = await Promise.all(['street_op', 'op_360202', 'employer_demo', 'seeker_demo', 'city_rev'].map((u) => t.login(u)));
    others = await t.db.selectFrom('employer').select(['id', 'name']).where('region_code', 'like', '360203%').where('status', '=', 'verified').where('id', '<>', DEMO_EMPLOYER).orderBy('id').limit(2).execute();
    assert.equal(others.length, 2);
  });
  after(() => t.close());

  /** A fair of the street (published unless told otherwise). */
  const fair = async (over: Record<string, unknown> = {}, publish = true) => {
    const res = await street.post('/api/fairs', {
      name: '街道双周小型招聘会',
      kind: 'street_fortnightly',
      regionCode: STREET,
      targetGroups: ['unemployed'],
      campaignId: null,
      venue: '街道便民服务中心',
      heldOn: '2026-11-25',
      startsAt: '09:00',
      endsAt: '11:30',
      boothCapacity: 10,
      ...over,
    });
    assert.equal(res.statusCode, 200, res.body);
    const id = res.json().items[0].id as number;
    if (publish) assert.equal((await street.post(`/api/fairs/${id}/publish`)).statusCode, 200);
    return id;
  };
  const posting = (employerId: number, title: string) => publishedPosting(t, { employerId, regionCode: '360203001002', title });
  const count = async (table: 'fair_participation' | 'fair_posting') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const status = async (pid: number) => (await t.db.selectFrom('fair_participation').select(['status', 'booth_no']).where('id', '=', pid).executeTakeFirstOrThrow());

  test('without login, as a seeker, from another district: refused', async () => {
    const id = await fair();
    const anon = t.anonymous();
    assert.equal((await anon.get(`/api/fairs/${id}/participations`)).statusCode, 401);
    assert.equal((await anon.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: 1, positions: 1 }] })).statusCode, 401);
    assert.equal((await anon.get('/api/fairs/my/participations')).statusCode, 401);
    assert.equal((await anon.post('/api/fairs/participations/1/approve', { boothNo: 'A01' })).statusCode, 401);
    assert.equal((await anon.get(`/api/fairs/${id}/programme`)).statusCode, 401);
    assert.equal((await seeker.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: 1, positions: 1 }] })).statusCode, 403);
    assert.equal((await seeker.get('/api/fairs/my/participations')).statusCode, 403);
    assert.equal((await other.get(`/api/fairs/${id}/participations`)).statusCode, 404);
    assert.equal((await other.get(`/api/fairs/${id}/programme`)).statusCode, 404);
    assert.equal((await other.post(`/api/fairs/${id}/participations`, { employerId: others[0].id, postings: [{ postingId: 1, positions: 1 }] })).statusCode, 404);
  });

  test('staff entering an employer see its published postings wherever they are located, marked by whether they are valid on the fair day', async () => {
    const id = await fair({ name: '代报岗位测试招聘会' });
    const elsewhere = await t.db.selectFrom('org_unit').select('code').where('level', '=', 5).where('code', 'like', '360203%').where('code', 'not like', `${STREET}%`).orderBy('code').executeTakeFirstOrThrow();
    const away = await publishedPosting(t, { employerId: others[0].id, regionCode: elsewhere.code, title: '外街道岗位' });
    const expired = await publishedPosting(t, { employerId: others[0].id, regionCode: elsewhere.code, title: '过期岗位' });
    await t.db.updateTable('job_posting').set({ valid_to: '2026-11-24' }).where('id', '=', expired).execute();
    const res = await street.get(`/api/fairs/${id}/employer-postings?employerId=${others[0].id}`);
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { id: number; validOnFairDay: boolean }[];
    const direct = await t.db.selectFrom('job_posting').select('id').where('employer_id', '=', others[0].id).where('status', '=', 'published').execute();
    assert.deepEqual(items.map((p) => p.id).sort(), direct.map((p) => p.id).sort(), 'every published posting of the employer, not only those inside the street');
    assert.equal(items.find((p) => p.id === away)?.validOnFairDay, true);
    assert.equal(items.find((p) => p.id === expired)?.validOnFairDay, false, 'valid until the day before the fair');

    const outside = await t.db.selectFrom('employer').select('id').where('region_code', 'like', '360202%').executeTakeFirstOrThrow();
    const refused = await street.get(`/api/fairs/${id}/employer-postings?employerId=${outside.id}`);
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().details[0].field, 'employerId');
    assert.equal((await other.get(`/api/fairs/${id}/employer-postings?employerId=${others[0].id}`)).statusCode, 404);
    assert.equal((await employer.get(`/api/fairs/${id}/employer-postings?employerId=${others[0].id}`)).statusCode, 403);
  });

  test('an employer applies with reviewed postings; staff approve with a booth; the programme lists it', async () => {
    const id = await fair({ name: '报名测试招聘会' });
    const p1 = await posting(DEMO_EMPLOYER, '仓库理货员');
    const p2 = await posting(DEMO_EMPLOYER, '叉车司机');
    const res = await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: p1, positions: 3 }, { postingId: p2, positions: 2 }], contactName: '王女士', contactPhone: '13907985678', note: '需要电源' });
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    const occupation = (await t.db.selectFrom('code_entry').select('name').where('type', '=', 'occupation').where('code', '=', '4-02').orderBy('edition', 'desc').executeTakeFirstOrThrow()).name;
    assert.deepEqual(view, {
      id: view.id,
      fairId: id,
      employerId: DEMO_EMPLOYER,
      employerName: DEMO_NAME,
      creditCodeMasked: '91360203****JX2T',
      status: 'applied',
      statusName: '待审核',
      boothNo: null,
      via: 'portal',
      contactName: '王女士',
      contactPhoneMasked: view.contactPhoneMasked,
      note: '需要电源',
      reason: null,
      appliedAt: '2026-11-20T02:00:00.000Z',
      decidedAt: null,
      postings: [
        { postingId: p1, title: '仓库理货员', occupationCode: '4-02', occupationName: occupation, positions: 3, wageMin: 3200, wageMax: 4500, education: null },
        { postingId: p2, title: '叉车司机', occupationCode: '4-02', occupationName: occupation, positions: 2, wageMin: 3200, wageMax: 4500, education: null },
      ],
      positions: 5,
      can: { decide: false, changeBooth: false, withdraw: true, markAbsent: false },
    });
    assert.notEqual(view.contactPhoneMasked, '13907985678');
    assert.match(view.contactPhoneMasked, /^139\*+5678$/);
    const summary = (await street.get(`/api/fairs/${id}`)).json();
    assert.deepEqual([summary.applications, summary.employers], [1, 0]);
    const listed = (await street.get(`/api/fairs/${id}/participations?status=applied`)).json();
    assert.deepEqual(listed.map((p: { id: number }) => p.id), [view.id]);
    assert.deepEqual(listed[0].can, { decide: true, changeBooth: false, withdraw: true, markAbsent: false });
    // A second live application of the same employer is a duplicate.
    const again = await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: p1, positions: 1 }] });
    assert.deepEqual([again.statusCode, again.json().code, again.json().message], [409, 'duplicate', '该单位已报名参加这场招聘会']);
    // Reviewers see but may not decide; the other district does not see.
    assert.equal((await cityRev.post(`/api/fairs/participations/${view.id}/approve`, { boothNo: 'A01' })).statusCode, 403);
    assert.equal((await other.post(`/api/fairs/participations/${view.id}/approve`, { boothNo: 'A01' })).statusCode, 404);
    const approved = await street.post(`/api/fairs/participations/${view.id}/approve`, { boothNo: ' a10 ' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.deepEqual([approved.json().status, approved.json().boothNo, approved.json().decidedAt], ['approved', 'A10', '2026-11-20T02:00:00.000Z']);
    // Staff enter another employer; it gets booth A2, listed before A10.
    const q = await posting(others[0].id, '销售代表');
    const staffRes = await street.post(`/api/fairs/${id}/participations`, { employerId: others[0].id, postings: [{ postingId: q, positions: 4 }] });
    assert.equal(staffRes.statusCode, 200, staffRes.body);
    assert.equal(staffRes.json().via, 'staff');
    assert.equal((await street.post(`/api/fairs/participations/${staffRes.json().id}/approve`, { boothNo: 'A2' })).statusCode, 200);
    const programme = (await street.get(`/api/fairs/${id}/programme`)).json();
    assert.deepEqual(programme.booths.map((b: { boothNo: string; employerName: string }) => [b.boothNo, b.employerName]), [['A2', others[0].name], ['A10', DEMO_NAME]]);
    assert.deepEqual(programme.booths[1].postings.map((p: { title: string; positions: number }) => [p.title, p.positions]), [['仓库理货员', 3], ['叉车司机', 2]]);
    assert.deepEqual(programme.totals, { employers: 2, positions: 9 });
    assert.deepEqual([programme.fair.id, programme.fair.employers, programme.fair.applications], [id, 2, 0]);
    // The employer's own list.
    const mine = (await employer.get('/api/fairs/my/participations')).json();
    const row = mine.find((m: { id: number }) => m.id === view.id);
    assert.deepEqual([row.fairName, row.heldOn, row.venue, row.fairStatus, row.boothNo], ['报名测试招聘会', '2026-11-25', '街道便民服务中心', 'published', 'A10']);
    assert.ok(mine.every((m: { employerId: number }) => m.employerId === DEMO_EMPLOYER));
    const audits = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'fair_participation').where('entity_id', '=', String(view.id)).orderBy('id').execute();
    assert.deepEqual(audits.map((a) => a.event_type), ['fair_participation.applied', 'fair_participation.decided']);
  });

  test('postings not reviewed, not valid on the fair day or not the employer\'s: field error, nothing written', async () => {
    const id = await fair({ name: '岗位校验招聘会', heldOn: '2026-12-15' });
    const valid = await posting(DEMO_EMPLOYER, '理货员（到12月10日）'); // valid to 2026-12-10, before the fair
    const draft = await posting(DEMO_EMPLOYER, '草稿岗位');
    await t.db.updateTable('job_posting').set({ status: 'pending' }).where('id', '=', draft).execute();
    const foreign = await posting(others[1].id, '别家的岗位');
    const before = [await count('fair_participation'), await count('fair_posting')];
    const res = await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: valid, positions: 1 }, { postingId: draft, positions: 1 }, { postingId: foreign, positions: 1 }] });
    assert.equal(res.statusCode, 400, res.body);
    assert.deepEqual(res.json().details, [
      { field: 'postings', message: '岗位「理货员（到12月10日）」未通过审核或不在有效期内' },
      { field: 'postings', message: '岗位「草稿岗位」未通过审核或不在有效期内' },
      { field: 'postings', message: `岗位 ${foreign} 不存在或不是本单位的岗位` },
    ]);
    const dup = await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: valid, positions: 1 }, { postingId: valid, positions: 2 }] });
    assert.equal(dup.json().details[0].message, '同一岗位不能重复选择');
    // An employer not yet verified cannot be entered by staff either.
    const pending = await t.db.selectFrom('employer').select(['id', 'name']).where('region_code', 'like', '360203%').where('status', '=', 'pending').orderBy('id').executeTakeFirstOrThrow();
    const unverified = await street.post(`/api/fairs/${id}/participations`, { employerId: pending.id, postings: [{ postingId: valid, positions: 1 }] });
    assert.equal(unverified.json().details[0].message, `用人单位「${pending.name}」尚未通过资格审核，不能报名参会`);
    assert.deepEqual([await count('fair_participation'), await count('fair_posting')], before);
    // A planned fair is not open to employers (not visible), a closed one refuses.
    const planned = await fair({ name: '未发布招聘会' }, false);
    assert.equal((await employer.post(`/api/fairs/${planned}/apply`, { postings: [{ postingId: valid, positions: 1 }] })).statusCode, 404);
  });

  test('a booth already held: 409 on boothNo naming the holder, nothing written; capacity; reject, move, withdraw', async () => {
    const id = await fair({ name: '展位冲突招聘会', boothCapacity: 2 });
    const apply = async (employerId: number, title: string) => {
      const res = await street.post(`/api/fairs/${id}/participations`, { employerId, postings: [{ postingId: await posting(employerId, title), positions: 1 }] });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().id as number;
    };
    const a = await apply(DEMO_EMPLOYER, '岗位A');
    const b = await apply(others[0].id, '岗位B');
    const c = await apply(others[1].id, '岗位C');
    assert.equal((await street.post(`/api/fairs/participations/${a}/approve`, { boothNo: 'A01' })).statusCode, 200);
    const decided = Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('event_type', '=', 'fair_participation.decided').executeTakeFirstOrThrow()).n);
    const taken = await street.post(`/api/fairs/participations/${b}/approve`, { boothNo: 'a01' });
    assert.equal(taken.statusCode, 409);
    assert.deepEqual(taken.json(), { code: 'duplicate', message: `展位 A01 已分配给 ${DEMO_NAME}`, details: [{ field: 'boothNo', message: `展位 A01 已分配给 ${DEMO_NAME}` }] });
    assert.deepEqual(await status(b), { status: 'applied', booth_no: null });
    assert.equal(Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('event_type', '=', 'fair_participation.decided').executeTakeFirstOrThrow()).n), decided);
    assert.equal((await street.post(`/api/fairs/participations/${b}/approve`, { boothNo: 'A02' })).statusCode, 200);
    const full = await street.post(`/api/fairs/participations/${c}/approve`, { boothNo: 'A03' });
    assert.deepEqual([full.statusCode, full.json().code, full.json().message], [409, 'invalid_state', '展位已满（共 2 个），不能再批准']);
    assert.deepEqual(await status(c), { status: 'applied', booth_no: null });
    // Moving a booth onto a held one is refused too; onto a free one works.
    assert.equal((await street.post(`/api/fairs/participations/${b}/booth`, { boothNo: 'A01' })).statusCode, 409);
    const moved = await street.post(`/api/fairs/participations/${b}/booth`, { boothNo: 'B01' });
    assert.deepEqual([moved.statusCode, moved.json().boothNo], [200, 'B01']);
    // Reject needs a reason; a decided application cannot be decided again.
    assert.equal((await street.post(`/api/fairs/participations/${c}/reject`, {})).statusCode, 400);
    const rejected = await street.post(`/api/fairs/participations/${c}/reject`, { reason: '岗位与本场服务对象不符' });
    assert.deepEqual([rejected.json().status, rejected.json().reason], ['rejected', '岗位与本场服务对象不符']);
    assert.deepEqual([(await street.post(`/api/fairs/participations/${c}/approve`, { boothNo: 'C01' })).json().code], ['invalid_state']);
    // Absent only on or after the day.
    const early = await street.post(`/api/fairs/participations/${a}/absent`);
    assert.deepEqual([early.statusCode, early.json().message], [409, '招聘会在 2026-11-25 举办，当天或之后才能标记缺席']);
    // The employer withdraws its own (the booth is freed); not someone else's.
    assert.equal((await employer.post(`/api/fairs/participations/${b}/withdraw`)).statusCode, 404);
    const withdrawn = await employer.post(`/api/fairs/participations/${a}/withdraw`);
    assert.deepEqual([withdrawn.statusCode, withdrawn.json().status, withdrawn.json().boothNo], [200, 'withdrawn', null]);
    // After withdrawing, the employer may apply again, and booth A01 is free.
    const reapply = await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: await posting(DEMO_EMPLOYER, '岗位A2'), positions: 2 }] });
    assert.equal(reapply.statusCode, 200, reapply.body);
    assert.equal((await street.post(`/api/fairs/participations/${reapply.json().id}/approve`, { boothNo: 'A01' })).statusCode, 200);
    const summary = (await street.get(`/api/fairs/${id}`)).json();
    assert.deepEqual([summary.employers, summary.applications], [2, 0]);
  });

  test('on the day: absent; after closing nothing changes', async () => {
    const id = await fair({ name: '当天招聘会', heldOn: '2026-11-20' });
    const res = await street.post(`/api/fairs/${id}/participations`, { employerId: DEMO_EMPLOYER, postings: [{ postingId: await posting(DEMO_EMPLOYER, '当天岗位'), positions: 1 }] });
    const pid = res.json().id as number;
    await street.post(`/api/fairs/participations/${pid}/approve`, { boothNo: 'A01' });
    const absent = await street.post(`/api/fairs/participations/${pid}/absent`);
    assert.deepEqual([absent.statusCode, absent.json().status, absent.json().statusName, absent.json().boothNo], [200, 'absent', '缺席', 'A01']);
    const res2 = await street.post(`/api/fairs/${id}/participations`, { employerId: others[0].id, postings: [{ postingId: await posting(others[0].id, '当天岗位2'), positions: 1 }] });
    assert.equal((await street.post(`/api/fairs/${id}/close`)).statusCode, 200);
    const late = await street.post(`/api/fairs/participations/${res2.json().id}/approve`, { boothNo: 'A02' });
    assert.deepEqual([late.statusCode, late.json().code], [409, 'invalid_state']);
    assert.deepEqual(await status(res2.json().id), { status: 'applied', booth_no: null });
    const applyLate = await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: await posting(DEMO_EMPLOYER, '迟到岗位'), positions: 1 }] });
    assert.deepEqual([applyLate.statusCode, applyLate.json().message], [409, '招聘会已结束，不能再报名']);
    assert.deepEqual((await street.get(`/api/fairs/${id}/participations`)).json().map((p: { can: object }) => p.can), [
      { decide: false, changeBooth: false, withdraw: false, markAbsent: false },
      { decide: false, changeBooth: false, withdraw: false, markAbsent: false },
    ]);
  });

  test('booths already given hold the fair: no fewer booths, no date the postings are not valid on; a paused posting blocks approval', async () => {
    const id = await fair({ name: '改期测试招聘会', boothCapacity: 5 });
    const p1 = await posting(DEMO_EMPLOYER, '改期岗位');
    const a = (await employer.post(`/api/fairs/${id}/apply`, { postings: [{ postingId: p1, positions: 1 }] })).json().id as number;
    assert.equal((await street.post(`/api/fairs/participations/${a}/approve`, { boothNo: 'A01' })).statusCode, 200);
    const p2 = await posting(others[0].id, '暂停的岗位');
    const b = (await street.post(`/api/fairs/${id}/participations`, { employerId: others[0].id, postings: [{ postingId: p2, positions: 1 }] })).json().id as number;
    await t.db.updateTable('job_posting').set({ status: 'paused' }).where('id', '=', p2).execute();
    const blocked = await street.post(`/api/fairs/participations/${b}/approve`, { boothNo: 'A02' });
    assert.deepEqual([blocked.statusCode, blocked.json().details], [400, [{ field: 'postings', message: '岗位「暂停的岗位」未通过审核或不在有效期内' }]]);
    assert.deepEqual(await status(b), { status: 'applied', booth_no: null });
    const view = (await street.get(`/api/fairs/${id}`)).json();
    const base = { name: view.name, kind: view.kind, regionCode: view.regionCode, targetGroups: view.targetGroups, campaignId: null, venue: view.venue, startsAt: view.startsAt, endsAt: view.endsAt, version: view.version };
    const fewer = await street.put(`/api/fairs/${id}`, { ...base, heldOn: view.heldOn, boothCapacity: 0 });
    assert.equal(fewer.json().details[0].field, 'boothCapacity');
    const moved = await street.put(`/api/fairs/${id}`, { ...base, heldOn: '2026-12-11', boothCapacity: 5 });
    assert.deepEqual([moved.statusCode, moved.json().details], [400, [{ field: 'heldOn', message: '已报名单位的岗位「改期岗位」已暂停、撤下或在 2026-12-11 不在有效期内，请先与单位协调' }]]);
    const stored = await t.db.selectFrom('fair').select(['held_on', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { held_on: '2026-11-25', version: view.version });
    // The application with the paused posting still holds the date until it is rejected.
    assert.equal((await street.put(`/api/fairs/${id}`, { ...base, heldOn: '2026-12-10', boothCapacity: 1 })).json().details[0].message, '已报名单位的岗位「暂停的岗位」已暂停、撤下或在 2026-12-10 不在有效期内，请先与单位协调');
    assert.equal((await street.post(`/api/fairs/participations/${b}/reject`, { reason: '岗位已暂停' })).statusCode, 200);
    const ok = await street.put(`/api/fairs/${id}`, { ...base, heldOn: '2026-12-10', boothCapacity: 1 });
    assert.deepEqual([ok.statusCode, ok.json().heldOn, ok.json().boothCapacity], [200, '2026-12-10', 1]);
  });

  test('two staff giving the same booth at once: one wins, the other gets 409 on boothNo', async () => {
    const id = await fair({ name: '并发展位招聘会' });
    const a = (await street.post(`/api/fairs/${id}/participations`, { employerId: DEMO_EMPLOYER, postings: [{ postingId: await posting(DEMO_EMPLOYER, '并发岗位1'), positions: 1 }] })).json().id as number;
    const b = (await street.post(`/api/fairs/${id}/participations`, { employerId: others[0].id, postings: [{ postingId: await posting(others[0].id, '并发岗位2'), positions: 1 }] })).json().id as number;
    const district = await t.login('district_op');
    const results = await Promise.all([street.post(`/api/fairs/participations/${a}/approve`, { boothNo: 'C01' }), district.post(`/api/fairs/participations/${b}/approve`, { boothNo: 'C01' })]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    assert.equal(loser?.json().details[0].field, 'boothNo');
    const held = await t.db.selectFrom('fair_participation').select('id').where('fair_id', '=', id).where('booth_no', '=', 'C01').execute();
    assert.equal(held.length, 1);
  });
});
