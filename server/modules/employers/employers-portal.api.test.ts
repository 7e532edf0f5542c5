import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { creditCodeCheckChar, organizationCodeCheckChar } from '../../platform/validators/credit-code.js';

/** A valid GB 32100 credit code for 珠山区 with a recognisable organisation body. */
function code(tag: string): string {
  const body = `MA${tag.padStart(6, '0')}`;
  const first17 = `91360203${body}${organizationCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

const COMMUNITY = '360203001002';
const form = (over: Record<string, unknown> = {}) => ({
  creditCode: code('PT0001'),
  name: '景德镇青花瓷艺有限公司',
  regionCode: COMMUNITY,
  address: '珠山区风景路 18 号',
  unitType: '10',
  industryCode: '30',
  ownershipType: '173',
  sizeBand: 'small',
  introduction: '<b>手工青花</b>瓷器的设计与制作。',
  contactName: '李经理',
  contactPhone: '0798-8223456',
  username: 'qinghua_hr',
  password: 'Blue&White2026',
  ...over,
});

describe('employers: registration on the public portal', () => {
  let t: TestApp;
  let anon: Client;

  before(async () => {
    t = await createTestApp();
    anon = t.anonymous();
  });
  after(() => t.close());

  const counts = async () => ({
    employers: (await t.db.selectFrom('employer').select('id').execute()).length,
    users: (await t.db.selectFrom('app_user').select('id').execute()).length,
    items: (await t.db.selectFrom('workflow_item').select('id').execute()).length,
    audit: (await t.db.selectFrom('audit_log').select('id').execute()).length,
  });

  test('bad input gets Chinese field errors and writes nothing', async () => {
    const ownership = await t.db.selectFrom('code_entry').select('code').where('type', '=', 'ownership_type').where('level', '=', 2).executeTakeFirstOrThrow();
    assert.ok(ownership.code);
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ creditCode: '91360203MA00000000' }, 'creditCode'],
      [{ regionCode: '360203' }, 'regionCode'],
      [{ regionCode: '3602' }, 'regionCode'],
      [{ regionCode: '360203999' }, 'regionCode'],
      [{ unitType: '77' }, 'unitType'],
      [{ industryCode: 'ZZ' }, 'industryCode'],
      [{ ownershipType: '999' }, 'ownershipType'],
      [{ contactPhone: '12345' }, 'contactPhone'],
      [{ password: 'password' }, 'password'],
      [{ password: 'Qinghua_hr2026!', username: 'qinghua_hr' }, 'password'],
      [{ sizeBand: 'huge' }, 'sizeBand'],
      [{ username: '李经理' }, 'username'],
      [{ introduction: 'x'.repeat(2001) }, 'introduction'],
      [{ name: '     ' }, 'name'],
      [{ name: ' 瓷 ' }, 'name'],
      [{ address: '     ' }, 'address'],
      [{ address: '  号  ' }, 'address'],
      [{ contactName: '   ' }, 'contactName'],
      [{ contactPhone: '-----' }, 'contactPhone'],
    ];
    for (const [over, field] of cases) {
      const res = await anon.post('/api/public/employers/register', form(over));
      assert.equal(res.statusCode, 400, `${JSON.stringify(over)}: ${res.body}`);
      const fields = (res.json().details as { field: string; message: string }[]).map((d) => d.field);
      assert.ok(fields.includes(field), `${JSON.stringify(over)} → ${res.body}`);
      assert.match((res.json().details as { field: string; message: string }[]).find((d) => d.field === field)?.message ?? '', /[\u4e00-\u9fff]/, 'in Chinese');
    }
    const several = (await anon.post('/api/public/employers/register', form({ creditCode: 'X', contactPhone: 'abc12', password: 'short' }))).json();
    assert.deepEqual(several.details.map((d: { field: string }) => d.field).sort(), ['contactPhone', 'creditCode', 'password'], 'all problems at once');
    assert.match(several.details.find((d: { field: string }) => d.field === 'password').message, /密码/);
    const huge = await anon.raw({ method: 'POST', url: '/api/public/employers/register', payload: form({ introduction: '瓷'.repeat(20_000) }) });
    assert.equal(huge.statusCode, 413, 'oversized bodies are refused before parsing');
    assert.deepEqual(await counts(), before);
  });

  test('registration creates the employer, its account and the street review item; the account logs in but cannot publish', async () => {
    const before = await counts();
    const res = await anon.post('/api/public/employers/register', form());
    assert.equal(res.statusCode, 200, res.body);
    const reg = res.json();
    assert.equal(reg.status, 'pending');
    const after = await counts();
    assert.deepEqual([after.employers - before.employers, after.users - before.users, after.items - before.items], [1, 1, 1]);

    const employer = await t.db.selectFrom('employer').selectAll().where('id', '=', reg.employerId).executeTakeFirstOrThrow();
    assert.deepEqual([employer.source, employer.status, employer.size_band, employer.ownership_type], ['portal', 'pending', 'small', '173']);
    assert.equal(employer.introduction, '<b>手工青花</b>瓷器的设计与制作。', 'markup is stored as text');
    const user = await t.db.selectFrom('app_user').selectAll().where('id', '=', reg.userId).executeTakeFirstOrThrow();
    assert.deepEqual([user.kind, user.employer_id, user.org_code, user.must_change_password], ['external', reg.employerId, COMMUNITY, false]);
    assert.notEqual(user.password_hash, 'Blue&White2026');
    const roles = await t.db.selectFrom('user_role').select('role').where('user_id', '=', reg.userId).execute();
    assert.deepEqual(roles.map((r) => r.role), ['employer']);
    const events = await t.db.selectFrom('audit_log').select(['event_type', 'after']).where('actor_id', '=', reg.userId).execute();
    assert.deepEqual(events.map((e) => e.event_type).sort(), ['employer.registered', 'user.created', 'workflow.submitted']);
    assert.ok(!JSON.stringify(events).includes('Blue&White2026'), 'the password is not audited');

    const street = await t.login('street_rev');
    const item = (await street.get(`/api/workflow/items/${reg.workflowItemId}`)).json();
    assert.equal(item.status, 'pending');
    assert.deepEqual([item.steps[item.stepIndex].key, item.stepName], ['street_review', '街道初审']);

    const account = await t.login('qinghua_hr', 'Blue&White2026');
    const mine = (await account.get('/api/market/my/employer')).json();
    assert.deepEqual([mine.id, mine.status, mine.source, mine.contactPhone], [reg.employerId, 'pending', 'portal', '0798-8223456']);
    assert.deepEqual(mine.credit, { warning: 0, false_posting: 0, complaint: 0, violation: 0, commendation: 0 });
    const draft = await account.post('/api/market/postings', {
      title: '青花描绘学徒', occupationCode: '6-02', vacancies: 2, wageMin: 3000, wageMax: 4500,
      description: '在师傅指导下完成青花瓷坯的描绘工作，包吃住。', regionCode: COMMUNITY, contactName: '李经理', contactPhone: '0798-8223456',
    });
    assert.equal(draft.statusCode, 200, draft.body);
    const refused = await account.post(`/api/market/postings/${draft.json().id}/submit`);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().message, '用人单位通过资格审核后才能发布岗位');
  });

  test('a taken credit code or username is a field error and writes nothing', async () => {
    const before = await counts();
    const sameCode = await anon.post('/api/public/employers/register', form({ username: 'another_hr' }));
    assert.equal(sameCode.statusCode, 409);
    assert.deepEqual(sameCode.json().details.map((d: { field: string }) => d.field), ['creditCode']);
    assert.match(sameCode.json().details[0].message, /已注册/);
    const sameName = await anon.post('/api/public/employers/register', form({ creditCode: code('PT0002') }));
    assert.equal(sameName.statusCode, 409);
    assert.deepEqual(sameName.json().details.map((d: { field: string }) => d.field), ['username']);
    const staffName = await anon.post('/api/public/employers/register', form({ creditCode: code('PT0003'), username: 'street_rev' }));
    assert.deepEqual(staffName.json().details.map((d: { field: string }) => d.field), ['username']);
    const lower = await anon.post('/api/public/employers/register', form({ creditCode: code('PT0001').toLowerCase(), username: 'lower_hr' }));
    assert.equal(lower.statusCode, 409, 'the code is compared normalised');
    assert.deepEqual(await counts(), before);
  });

  test('street then district approve: verified; a returned registration is fixed and resubmitted by the employer itself', async () => {
    const reg = (await anon.post('/api/public/employers/register', form({ creditCode: code('PT0004'), username: 'yaoli_hr', name: '瑶里古瓷作坊' }))).json();
    const street = await t.login('street_rev');
    const district = await t.login('district_rev');
    const account = await t.login('yaoli_hr', 'Blue&White2026');

    const returned = await street.post(`/api/workflow/items/${reg.workflowItemId}/decide`, { action: 'return', reason: '请补充详细门牌号' });
    assert.equal(returned.statusCode, 200, returned.body);
    const back = (await account.get('/api/market/my/employer')).json();
    assert.equal(back.status, 'returned');
    assert.deepEqual([back.lastDecision.action, back.lastDecision.reason], ['return', '请补充详细门牌号']);
    assert.equal(back.can.update, true);
    const fixed = await account.patch('/api/market/my/employer', { address: '浮梁县瑶里镇瑶里村 8 号' });
    assert.equal(fixed.statusCode, 200, fixed.body);
    const resubmitted = await account.post('/api/market/my/employer/submit');
    assert.equal(resubmitted.statusCode, 200, resubmitted.body);
    assert.equal(resubmitted.json().status, 'pending');
    assert.equal(resubmitted.json().workflowItemId, reg.workflowItemId, 'the same review item continues');

    assert.equal((await district.post(`/api/workflow/items/${reg.workflowItemId}/decide`, { action: 'approve' })).statusCode, 403, 'the street reviews first');
    assert.equal((await street.post(`/api/workflow/items/${reg.workflowItemId}/decide`, { action: 'approve' })).statusCode, 200);
    assert.equal((await account.get('/api/market/my/employer')).json().status, 'pending');
    assert.equal((await district.post(`/api/workflow/items/${reg.workflowItemId}/decide`, { action: 'approve' })).statusCode, 200);
    const verified = (await account.get('/api/market/my/employer')).json();
    assert.equal(verified.status, 'verified');
    assert.ok(verified.verifiedAt);
    assert.equal((await account.patch('/api/market/my/employer', { address: '别处' })).statusCode, 403, 'a verified record is not edited by the employer');

    const staffAccount = await t.login('community_op');
    assert.equal((await staffAccount.get('/api/market/my/employer')).statusCode, 404, 'staff have no own employer');
    assert.equal((await t.anonymous().get('/api/market/my/employer')).statusCode, 401);
  });
});

describe('employers: portal registration is rate limited', () => {
  test('the 11th registration in a minute from one client gets 429 in Chinese', async () => {
    const limited = await createTestApp({ registerRateLimit: 10 });
    try {
      const before = (await limited.db.selectFrom('employer').select('id').execute()).length;
      const codes: number[] = [];
      for (let i = 0; i < 10; i += 1) codes.push((await limited.anonymous().post('/api/public/employers/register', form({ creditCode: 'X', username: `rl_${i}` }))).statusCode);
      const eleventh = await limited.anonymous().post('/api/public/employers/register', form({ creditCode: code('RL0011'), username: 'rl_ok' }));
      assert.deepEqual(codes, Array<number>(10).fill(400));
      assert.equal(eleventh.statusCode, 429, 'even a valid registration');
      assert.deepEqual(eleventh.json(), { code: 'rate_limited', message: '请求过于频繁，请稍后再试' });
      assert.equal((await limited.db.selectFrom('employer').select('id').execute()).length, before, 'nothing written');
    } finally {
      await limited.close();
    }
  });
});
