import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { freeResidents, freshCitizenId } from './seeker-test-support.js';

const COMMUNITY = '360203001002';

describe('market: job seekers (求职登记)', () => {
  let t: TestApp;
  let staff: Client;
  let people: Awaited<ReturnType<typeof freeResidents>>;

  before(async () => {
    t = await createTestApp();
    staff = await t.login('community_op');
    people = await freeResidents(t, COMMUNITY, 4);
    assert.ok(people.length === 4, 'the seed has residents in 风景路社区');
  });
  after(() => t.close());

  const body = (citizenId: string, extra: Record<string, unknown> = {}) => ({
    citizenId,
    desiredOccupations: ['6-09', '4-01'],
    desiredRegions: ['360203'],
    wageExpected: 4500,
    workType: 'full_time',
    education: '41',
    skills: '陶瓷彩绘，拉坯',
    categories: ['job_loser', 'age_4050'],
    consentShare: true,
    ...extra,
  });

  test('staff register a person of the registry for the default 90 days; a second active registration is refused', async () => {
    const res = await staff.post('/api/market/seekers', body(people[0].citizen_id));
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json();
    assert.deepEqual([s.personId, s.name, s.validFrom, s.validTo, s.displayStatus, s.source], [people[0].id, people[0].name, '2026-11-20', '2027-02-18', 'active', 'staff']);
    assert.match(s.citizenIdMasked, /\*/);
    assert.deepEqual(s.desiredOccupations.map((o: { code: string }) => o.code), ['6-09', '4-01']);
    assert.ok(s.desiredOccupations.every((o: { name: string; code: string }) => o.name !== o.code), 'codes come with names');
    assert.deepEqual(s.categories.map((c: { name: string }) => c.name), ['就业转失业人员', '4050人员']);
    const vector = await t.db.selectFrom('job_seeker').select(sql<string>`search_vector::text`.as('v')).where('id', '=', s.id).executeTakeFirstOrThrow();
    assert.match(vector.v, /彩绘/, 'the search vector holds the skills');

    const again = await staff.post('/api/market/seekers', body(people[0].citizen_id));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().details[0].field, 'citizenId');

    const shorter = (await staff.post('/api/market/seekers', body(people[1].citizen_id, { validDays: 30 }))).json();
    assert.equal(shorter.validTo, '2026-12-20');
  });

  test('bad input is refused on the field in Chinese and writes nothing', async () => {
    const count = async () => (await t.db.selectFrom('job_seeker').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const unknown = await staff.post('/api/market/seekers', body(freshCitizenId(901)));
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(unknown.json().details, [{ field: 'citizenId', message: '该身份证号未在实名登记中，请先登记人员' }]);
    const checksum = await staff.post('/api/market/seekers', body('360203199001019999'));
    assert.equal(checksum.json().details[0].field, 'citizenId');

    const other = await t.db.selectFrom('person').select('citizen_id').where('region_code', 'like', '360202%').executeTakeFirstOrThrow();
    const outside = await staff.post('/api/market/seekers', body(other.citizen_id));
    assert.equal(outside.statusCode, 400, 'a person outside the scope is as unknown');
    assert.equal(outside.json().details[0].message, '该身份证号未在实名登记中，请先登记人员');

    const codes = await staff.post('/api/market/seekers', body(people[2].citizen_id, { desiredOccupations: ['6-77'], categories: ['martian'], education: '99', desiredRegions: ['999999'] }));
    assert.equal(codes.statusCode, 400);
    assert.deepEqual(codes.json().details.map((d: { field: string }) => d.field).sort(), ['categories', 'desiredOccupations', 'desiredRegions', 'education']);
    assert.match(codes.json().details.find((d: { field: string }) => d.field === 'desiredOccupations').message, /6-77/);

    for (const bad of [{ wageExpected: -1 }, { validDays: 0 }, { validDays: 400 }, { workType: 'slavery' }]) {
      const res = await staff.post('/api/market/seekers', body(people[2].citizen_id, bad));
      assert.equal(res.statusCode, 400, JSON.stringify(bad));
    }
    assert.equal(await count(), before);
  });

  test('list: in scope only, filters, masked identifiers, detail audited, edit, close and renew', async () => {
    const mine = (await staff.post('/api/market/seekers', body(people[3].citizen_id, { categories: ['veteran'], desiredOccupations: ['2-02'] }))).json();
    const list = (await staff.get('/api/market/seekers?category=veteran')).json();
    assert.ok(list.items.some((s: { id: number }) => s.id === mine.id));
    assert.ok(list.items.every((s: { categories: { code: string }[] }) => s.categories.some((c) => c.code === 'veteran')));
    assert.ok(list.items.every((s: { citizenIdMasked: string; phoneMasked: string | null }) => s.citizenIdMasked.includes('*') && (!s.phoneMasked || s.phoneMasked.includes('*'))));
    const byMajor = (await staff.get('/api/market/seekers?occupation=2&pageSize=200')).json();
    assert.ok(byMajor.items.some((s: { id: number }) => s.id === mine.id), 'a major group includes its medium groups');
    assert.ok(!(await staff.get('/api/market/seekers?occupation=4&pageSize=200')).json().items.some((s: { id: number }) => s.id === mine.id));
    const sorted = (await staff.get('/api/market/seekers?sort=wageExpected&order=asc&pageSize=200')).json().items.map((s: { wageExpected: number | null }) => s.wageExpected).filter((w: number | null) => w !== null);
    assert.deepEqual(sorted, [...sorted].sort((a: number, b: number) => a - b));

    const other = await t.login('other_rev');
    assert.ok(!(await other.get('/api/market/seekers?pageSize=200')).json().items.some((s: { id: number }) => s.id === mine.id));
    assert.equal((await other.get(`/api/market/seekers/${mine.id}`)).statusCode, 404);
    assert.equal((await t.anonymous().get('/api/market/seekers')).statusCode, 401);

    assert.equal((await staff.get(`/api/market/seekers/${mine.id}`)).statusCode, 200);
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'job_seeker').where('entity_id', '=', String(mine.id)).execute();
    assert.deepEqual(audit.map((a) => a.event_type).sort(), ['seeker.registered', 'seeker.viewed']);

    const edited = (await staff.patch(`/api/market/seekers/${mine.id}`, { wageExpected: 8000, skills: 'TypeScript 开发' })).json();
    assert.equal(edited.wageExpected, 8000);
    t.clock.set('2027-03-01T02:00:00.000Z');
    const later = await t.login('community_op');
    assert.equal((await later.get(`/api/market/seekers/${mine.id}`)).json().displayStatus, 'expired');
    assert.ok((await later.get('/api/market/seekers?status=expired&pageSize=200')).json().items.some((s: { id: number }) => s.id === mine.id));
    const renewed = (await later.post(`/api/market/seekers/${mine.id}/renew`, {})).json();
    assert.deepEqual([renewed.validTo, renewed.displayStatus], ['2027-05-30', 'active']);
    t.clock.set('2026-11-20T02:00:00.000Z');
    const closed = (await staff.post(`/api/market/seekers/${mine.id}/close`)).json();
    assert.deepEqual([closed.status, closed.can], ['closed', { update: false, close: false, renew: false }]);
    assert.equal((await staff.patch(`/api/market/seekers/${mine.id}`, { wageExpected: 1 })).statusCode, 409);
    const reopened = await staff.post('/api/market/seekers', body(people[3].citizen_id));
    assert.equal(reopened.statusCode, 200, 'after closing, the person may register again');

    const xlsx = await staff.get('/api/market/seekers/export?category=veteran');
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
  });

  test('a citizen registers on the portal: a new person, an account that logs in, and the registration', async () => {
    const citizenId = freshCitizenId(777);
    const input = { username: 'citizen_777', password: 'Qiuzhi@2026', citizenId, name: '陈新民', phone: '13907981234', regionCode: COMMUNITY, hukouType: 'urban', desiredOccupations: ['4-03'], wageExpected: 4000, consentShare: true };
    const weak = await t.anonymous().post('/api/public/seekers/register', { ...input, password: 'abc' });
    assert.equal(weak.json().details[0].field, 'password');
    const res = await t.anonymous().post('/api/public/seekers/register', input);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().linkedExistingPerson, false);
    const person = await t.db.selectFrom('person').select(['id', 'sex', 'birth_date', 'region_code']).where('citizen_id', '=', citizenId).executeTakeFirstOrThrow();
    assert.deepEqual([person.birth_date, person.region_code], ['1990-01-01', COMMUNITY]);
    const citizen = await t.login('citizen_777', 'Qiuzhi@2026');
    const own = (await citizen.get('/api/market/my/seeker')).json();
    assert.deepEqual([own.personId, own.source, own.id], [person.id, 'portal', res.json().seekerId]);
    const patched = (await citizen.patch('/api/market/my/seeker', { wageExpected: 4200 })).json();
    assert.equal(patched.wageExpected, 4200);
    assert.equal((await citizen.get('/api/market/seekers')).statusCode, 403, 'a citizen has no staff list');
    assert.equal((await citizen.get(`/api/market/seekers/${own.id}`)).statusCode, 404);
    assert.equal((await t.anonymous().post('/api/public/seekers/register', { ...input, username: 'citizen_778' })).json().details[0].field, 'citizenId', 'one account per person');
    assert.equal((await t.anonymous().post('/api/public/seekers/register', { ...input, citizenId: freshCitizenId(779) })).json().details[0].field, 'username');
  });

  const REGISTER = '/api/public/seekers/register';
  const NOT_VERIFIED = '身份信息核验未通过：请核对姓名、身份证号和手机号，或持身份证到社区（街道）就业服务窗口办理';
  const rows = async () => ({
    users: (await t.db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,
    people: (await t.db.selectFrom('person').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,
    seekers: (await t.db.selectFrom('job_seeker').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,
    audit: (await t.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,
  });

  test('a citizen of the registry is linked to their record only when the name and the mobile on record both match', async () => {
    const [p] = await freeResidents(t, '3602', 1);
    await t.db.updateTable('person').set({ phone: '139 0798 5678' }).where('id', '=', p.id).execute();
    const input = { username: 'linked_1', password: 'Qiuzhi@2026', citizenId: p.citizen_id, name: p.name, phone: '13907985678', regionCode: COMMUNITY, hukouType: 'rural', desiredOccupations: ['6-09'] };
    const before = await rows();
    const wrongName = await t.anonymous().post(REGISTER, { ...input, name: '王不对' });
    const wrongPhone = await t.anonymous().post(REGISTER, { ...input, phone: '13907980001' });
    assert.equal(wrongName.statusCode, 400);
    assert.deepEqual(wrongName.json(), { code: 'validation_failed', message: NOT_VERIFIED }, 'no field named');
    assert.deepEqual([wrongPhone.statusCode, wrongPhone.json()], [wrongName.statusCode, wrongName.json()], 'a wrong phone is answered exactly as a wrong name');
    assert.deepEqual(await rows(), { ...before, audit: before.audit + 2 }, 'nothing written but the trace of the two failed checks');
    const traces = await t.db.selectFrom('audit_log').select(['entity_id', 'actor_name']).where('event_type', '=', 'seeker.identity_check_failed').where('entity_id', '=', String(p.id)).execute();
    assert.deepEqual(traces, [{ entity_id: String(p.id), actor_name: 'linked_1' }, { entity_id: String(p.id), actor_name: 'linked_1' }]);

    const res = (await t.anonymous().post(REGISTER, input)).json();
    assert.equal(res.linkedExistingPerson, true);
    const user = await t.db.selectFrom('app_user').select(['person_id', 'org_code', 'kind']).where('username', '=', 'linked_1').executeTakeFirstOrThrow();
    assert.deepEqual([user.person_id, user.org_code, user.kind], [p.id, p.region_code, 'external']);
    const seeker = await t.db.selectFrom('job_seeker').select(['region_code', 'source']).where('id', '=', res.seekerId).executeTakeFirstOrThrow();
    assert.deepEqual([seeker.region_code, seeker.source], [p.region_code, 'portal'], 'the registration follows the registry record');
    const person = await t.db.selectFrom('person').select(['phone']).where('id', '=', p.id).executeTakeFirstOrThrow();
    assert.equal(person.phone, '139 0798 5678', 'the registry record is not changed by the portal');

    const again = await t.anonymous().post(REGISTER, { ...input, username: 'linked_2', phone: '13907980001' });
    assert.deepEqual(again.json(), { code: 'validation_failed', message: NOT_VERIFIED }, 'that an account exists is told only to who passes the check');
    assert.equal((await t.anonymous().post(REGISTER, { ...input, username: 'linked_2' })).json().details[0].field, 'citizenId', 'one account per person');
  });

  test('knowing a name and an ID number is not enough: a record without a mobile number sends the citizen to the service window', async () => {
    const [p] = await freeResidents(t, '3602', 1);
    await t.db.updateTable('person').set({ phone: null }).where('id', '=', p.id).execute();
    const input = { username: 'nophone_1', password: 'Qiuzhi@2026', citizenId: p.citizen_id, name: p.name, phone: '13907981111', regionCode: COMMUNITY, hukouType: 'urban', desiredOccupations: ['6-09'] };
    const before = await rows();
    const res = await t.anonymous().post(REGISTER, input);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().details, undefined);
    assert.match(res.json().message, /窗口/);
    assert.notEqual(res.json().message, NOT_VERIFIED);
    assert.deepEqual((await t.anonymous().post(REGISTER, { ...input, name: '王不对' })).json(), { code: 'validation_failed', message: NOT_VERIFIED }, 'a wrong name does not learn that the phone is missing');
    await t.db.updateTable('person').set({ phone: '0798-8201234' }).where('id', '=', p.id).execute();
    assert.equal((await t.anonymous().post(REGISTER, input)).json().message, res.json().message, 'a landline cannot be checked either');
    assert.deepEqual(await rows(), { ...before, audit: before.audit + 3 }, 'only the three failed checks are traced');
  });

  test('the household type is required for any ID number, so a missing one tells nothing about the registry', async () => {
    const [p] = await freeResidents(t, '3602', 1);
    const base = { username: 'hukou_1', password: 'Qiuzhi@2026', name: '张三丰', phone: '13907982222', regionCode: COMMUNITY, desiredOccupations: ['6-09'] };
    const before = await rows();
    const known = await t.anonymous().post(REGISTER, { ...base, citizenId: p.citizen_id });
    const unknown = await t.anonymous().post(REGISTER, { ...base, citizenId: freshCitizenId(801) });
    assert.equal(known.statusCode, 400);
    assert.deepEqual(known.json(), unknown.json());
    assert.deepEqual(
      known.json().details.map((d: { field: string }) => d.field),
      ['hukouType'],
    );
    assert.deepEqual(await rows(), before);
  });

  test('junk names and phones are refused on the field in Chinese and write nothing', async () => {
    const input = { username: 'junk_1', password: 'Qiuzhi@2026', citizenId: freshCitizenId(802), name: '李四光', phone: '13907983333', regionCode: COMMUNITY, hukouType: 'urban', desiredOccupations: ['6-09'] };
    const before = await rows();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '     ' }, 'name'],
      [{ name: '  李  ' }, 'name'],
      [{ name: '李'.repeat(31) }, 'name'],
      [{ phone: '-----' }, 'phone'],
      [{ phone: '     ' }, 'phone'],
      [{ phone: '0798-8201234' }, 'phone'],
      [{ phone: '12345' }, 'phone'],
    ];
    for (const [over, field] of cases) {
      const res = await t.anonymous().post(REGISTER, { ...input, ...over });
      assert.equal(res.statusCode, 400, `${JSON.stringify(over)}: ${res.body}`);
      const detail = (res.json().details as { field: string; message: string }[]).find((d) => d.field === field);
      assert.ok(detail, `${JSON.stringify(over)} → ${res.body}`);
      assert.match(detail.message, /[\u4e00-\u9fff]/, 'in Chinese');
    }
    assert.deepEqual(await rows(), before);
  });
});

describe('market: portal registration is rate limited', () => {
  test('the 11th registration in a minute from one client gets 429 in Chinese', async () => {
    const limited = await createTestApp({ registerRateLimit: 10 });
    try {
      const codes: number[] = [];
      let last = null as null | { code: string; message: string };
      for (let i = 0; i < 11; i += 1) {
        const res = await limited.app.inject({ method: 'POST', url: '/api/public/seekers/register', payload: { username: `rl_${i}` } });
        codes.push(res.statusCode);
        last = res.json();
      }
      assert.deepEqual(codes, [...Array<number>(10).fill(400), 429]);
      assert.equal(last?.code, 'rate_limited');
      assert.match(last?.message ?? '', /请求过于频繁/);
      const spoofed = await limited.app.inject({ method: 'POST', url: '/api/public/seekers/register', payload: {}, headers: { 'x-forwarded-for': '10.9.9.9' } });
      assert.equal(spoofed.statusCode, 429, 'a forged X-Forwarded-For does not reset the count');
    } finally {
      await limited.close();
    }
  });
});
