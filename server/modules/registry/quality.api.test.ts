import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { citizenId } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';

const COMMUNITY = '360203001002'; // 风景路社区, community_op's
const NEIGHBOUR = '360203001003'; // 五龙山社区, same street
const OTHER_DISTRICT = '360202001001';
const KINDS = ['duplicate_suspect', 'inconsistent', 'not_contacted', 'overdue'] as const;
type Counts = Record<(typeof KINDS)[number], number>;
interface SummaryRow {
  code: string;
  name: string;
  drillable: boolean;
  counts: Counts;
  total: number;
}
interface Issue {
  kind: string;
  check: string;
  checkName: string;
  personId: number;
  name: string;
  citizenId: string;
  regionName: string;
  reason: string;
  date: string | null;
}

const rng = createRandom('quality-api-test');
const idOf = (region6: string, birthDate: string, sex: 1 | 2) => citizenId(rng, { regionCode6: region6, birthDate, sex });

describe('registry: data quality per community, street and district', () => {
  let t: TestApp;
  let assistant: Client;
  let district: Client;
  let street: Client;
  let city: Client;
  const baseline = new Map<string, Map<string, Counts>>();
  const ids: Record<string, number> = {};

  const summary = async (c: Client, regionCode?: string) => {
    const res = await c.get(`/api/registry/quality/summary${regionCode ? `?regionCode=${regionCode}` : ''}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { unit: { code: string }; path: { code: string; name: string }[]; rows: SummaryRow[]; total: { counts: Counts; total: number } };
  };
  const countsBy = async (c: Client, regionCode?: string) => new Map((await summary(c, regionCode)).rows.map((r) => [r.code, r.counts]));
  /** What the summary row of `code` gained since the baseline of the same view. */
  const delta = async (c: Client, regionCode: string | undefined, code: string): Promise<Counts> => {
    const now = (await countsBy(c, regionCode)).get(code);
    const was = baseline.get(`${c.username}:${regionCode ?? ''}`)?.get(code);
    assert.ok(now && was, `${code} is a row`);
    return Object.fromEntries(KINDS.map((k) => [k, now[k] - was[k]])) as Counts;
  };
  const issues = async (c: Client, query: string) => {
    const res = await c.get(`/api/registry/quality/issues?pageSize=200&${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Issue[]; total: number };
  };
  const mine = (items: Issue[]) => items.filter((i) => Object.values(ids).includes(i.personId));

  async function person(c: Client, key: string, body: { name: string; birthDate: string; sex: 1 | 2; regionCode?: string; householdId?: number }) {
    const regionCode = body.regionCode ?? COMMUNITY;
    const res = await c.post('/api/registry/people', { citizenId: idOf(regionCode.slice(0, 6), body.birthDate, body.sex), name: body.name, hukouType: 'urban', regionCode, householdId: body.householdId });
    assert.equal(res.statusCode, 200, res.body);
    ids[key] = res.json().id;
    return ids[key];
  }
  const unemployed = async (id: number, registeredOn = '2026-10-08') =>
    assert.equal((await assistant.post(`/api/registry/people/${id}/unemployment`, { registeredOn, reason: 'dismissed' })).statusCode, 200);
  async function approve(subjectType: string, subjectId: number) {
    const item = await t.db.selectFrom('workflow_item').select('id').where('subject_type', '=', subjectType).where('subject_id', '=', String(subjectId)).executeTakeFirstOrThrow();
    assert.equal((await (await t.login('street_rev')).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' })).statusCode, 200);
    assert.equal((await (await t.login('district_rev')).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve' })).statusCode, 200);
  }
  async function identify(id: number) {
    assert.equal((await assistant.post(`/api/registry/people/${id}/difficulty`, { category: 'age_4050' })).statusCode, 200);
    const d = await t.db.selectFrom('difficulty_identification').select('id').where('person_id', '=', id).executeTakeFirstOrThrow();
    await approve('difficulty_identification', d.id);
    return d.id;
  }

  before(async () => {
    t = await createTestApp();
    assistant = await t.login('community_op');
    district = await t.login('district_rev');
    street = await t.login('street_rev');
    city = await t.login('city_op');
    for (const [c, region] of [[assistant, undefined], [street, undefined], [district, undefined], [district, '360203001'], [city, undefined], [await t.login('other_rev'), undefined]] as const) {
      baseline.set(`${c.username}:${region ?? ''}`, await countsBy(c, region));
    }

    // Suspected duplicates: 甄重复 in two communities of the street and one in another district; 甄同名 twice here.
    await person(assistant, 'dupA', { name: '甄重复', birthDate: '1985-03-03', sex: 1 });
    await person(await t.login('street_op'), 'dupB', { name: '甄重复', birthDate: '1985-03-03', sex: 1, regionCode: NEIGHBOUR });
    await person(await t.login('op_360202'), 'dupC', { name: '甄重复', birthDate: '1985-03-03', sex: 1, regionCode: OTHER_DISTRICT });
    await person(assistant, 'twin1', { name: '甄同名', birthDate: '1990-06-06', sex: 2 });
    await person(assistant, 'twin2', { name: '甄同名', birthDate: '1990-06-06', sex: 2 });

    // Inconsistent: a status edited behind the registrations' back, an unemployed woman of 56, a sex the ID
    // number contradicts, a member who moved away from the household, an identified person employed for 40 days.
    await unemployed(await person(assistant, 'status', { name: '孔状态', birthDate: '1980-01-15', sex: 1 }));
    await t.db.updateTable('person').set({ labour_status: 'employed' }).where('id', '=', ids.status).execute();
    const retired = await person(assistant, 'retired', { name: '孔退休', birthDate: '1970-05-05', sex: 2 });
    await t.db.insertInto('unemployment_registration').values({ person_id: retired, region_code: COMMUNITY, registered_on: '2026-09-01', reason: 'dismissed', counts_in_rate: true }).execute();
    await t.db.updateTable('person').set({ labour_status: 'unemployed' }).where('id', '=', retired).execute();
    await person(assistant, 'sex', { name: '孔性别', birthDate: '1988-08-08', sex: 1 });
    await t.db.updateTable('person').set({ sex: 2 }).where('id', '=', ids.sex).execute();
    const household = (await assistant.post('/api/registry/households', { regionCode: COMMUNITY, householdType: 'urban', address: '风景路 1 号' })).json();
    await person(assistant, 'moved', { name: '孔搬家', birthDate: '1992-02-02', sex: 1, householdId: household.id });
    assert.equal((await (await t.login('street_op')).patch(`/api/registry/people/${ids.moved}`, { regionCode: NEIGHBOUR })).statusCode, 200);
    const employed = await person(assistant, 'employed', { name: '孔就业', birthDate: '1974-04-04', sex: 1 });
    await unemployed(employed, '2026-10-01');
    await identify(employed);
    const hired = await assistant.post(`/api/registry/people/${employed}/employment`, { kind: 'employer', employerName: '景德镇陶瓷厂', startedOn: '2026-10-11' });
    assert.equal(hired.statusCode, 200, hired.body);

    // Overdue: the hire above scheduled a follow-up visit due 2026-11-10; a commitment from 2026-11-02 without a
    // recommendation; a zero-employment family whose 20 days ran out yesterday.
    const waiting = await person(assistant, 'commitment', { name: '孔承诺', birthDate: '1973-03-03', sex: 1 });
    await unemployed(waiting);
    const identification = await identify(waiting);
    await t.db.updateTable('difficulty_identification').set({ started_on: '2026-11-02' }).where('id', '=', identification).execute();
    const family = (await assistant.post('/api/registry/households', { regionCode: COMMUNITY, householdType: 'urban', address: '风景路 2 号' })).json();
    const head = await person(assistant, 'family', { name: '孔家长', birthDate: '1982-02-02', sex: 1, householdId: family.id });
    await t.db.updateTable('person').set({ household_relation: '户主' }).where('id', '=', head).execute();
    await unemployed(head);
    assert.equal((await assistant.post(`/api/registry/households/${family.id}/zero-employment`, {})).statusCode, 200);
    const zero = await t.db.selectFrom('zero_employment_family').select('id').where('household_id', '=', family.id).executeTakeFirstOrThrow();
    await approve('zero_employment_family', zero.id);
    await t.db.updateTable('zero_employment_family').set({ first_due_on: '2026-11-19' }).where('id', '=', zero.id).execute();
  });
  after(() => t.close());

  test('the summary puts the child units side by side with exact counts at every level', async () => {
    const streetRow = { duplicate_suspect: 4, inconsistent: 5, not_contacted: 0, overdue: 3 };
    assert.deepEqual(await delta(district, undefined, '360203001'), streetRow);
    assert.deepEqual(await delta(district, '360203001', COMMUNITY), { duplicate_suspect: 3, inconsistent: 4, not_contacted: 0, overdue: 3 });
    assert.deepEqual(await delta(district, '360203001', NEIGHBOUR), { duplicate_suspect: 1, inconsistent: 1, not_contacted: 0, overdue: 0 });
    assert.deepEqual(await delta(street, undefined, COMMUNITY), { duplicate_suspect: 3, inconsistent: 4, not_contacted: 0, overdue: 3 });
    assert.deepEqual(await delta(city, undefined, '360203'), streetRow);
    assert.deepEqual(await delta(city, undefined, '360202'), { duplicate_suspect: 1, inconsistent: 0, not_contacted: 0, overdue: 0 }, 'the city sees the group across districts');

    const streets = await summary(district, '360203001');
    assert.deepEqual(streets.path.map((u) => u.code), ['360203', '360203001']);
    assert.equal(streets.rows.length, 5, 'every community of the street, also those without issues');
    assert.ok(streets.rows.every((r) => r.drillable && r.total === KINDS.reduce((n, k) => n + r.counts[k], 0)));
    for (const k of KINDS) assert.equal(streets.total.counts[k], streets.rows.reduce((n, r) => n + r.counts[k], 0), k);

    // The community assistant sees only the community, as one row; 甄重复's twin lives outside it.
    const own = await summary(assistant);
    assert.deepEqual(own.rows.map((r) => [r.code, r.drillable]), [[COMMUNITY, false]]);
    assert.deepEqual(await delta(assistant, undefined, COMMUNITY), { duplicate_suspect: 2, inconsistent: 4, not_contacted: 0, overdue: 3 });
  });

  test('the lists give each failed check with a Chinese reason, within scope', async () => {
    const dup = await issues(district, 'kind=duplicate_suspect&regionCode=360203001');
    const rows = mine(dup.items);
    assert.deepEqual(rows.map((r) => r.name), ['甄同名', '甄同名', '甄重复', '甄重复'], 'a group sits together');
    const a = rows.find((r) => r.personId === ids.dupA);
    assert.equal(a?.date, '1985-03-03');
    assert.equal(a?.regionName, '风景路社区居委会');
    assert.match(a?.citizenId ?? '', /^360203\*{8}\d{3}[\dX]$/);
    assert.match(a?.reason ?? '', /^与甄重复（360203\*{8}\d{3}[\dX]，五龙山社区居委会）姓名、出生日期相同/);
    assert.doesNotMatch(a?.reason ?? '', /360202/, 'the other district is out of the reviewer’s scope');
    const fromCity = mine((await issues(city, 'kind=duplicate_suspect&regionCode=360203001002')).items).find((r) => r.personId === ids.dupA);
    assert.match(fromCity?.reason ?? '', /五龙山社区居委会）、甄重复（360202\*{8}\d{3}[\dX]，森林居委会）/);

    const inconsistent = mine((await issues(district, 'kind=inconsistent&regionCode=360203001')).items);
    const reasons = Object.fromEntries(inconsistent.map((r) => [r.check, r.reason]));
    assert.deepEqual(inconsistent.map((r) => r.check).sort(), ['difficulty_employed', 'household_region', 'id_mismatch', 'labour_status', 'over_retirement']);
    assert.equal(reasons.labour_status, '就业状态登记为「单位就业」，按在办的就业失业登记应为「登记失业」');
    assert.equal(reasons.over_retirement, '已满 56 周岁，达到女性退休年龄（50 岁），仍处于登记失业状态');
    assert.equal(reasons.id_mismatch, '性别登记为女，身份证号显示为男');
    assert.equal(reasons.household_region, '居住社区与所属家庭户（风景路社区居委会）不一致');
    assert.equal(reasons.difficulty_employed, '就业困难人员认定有效，但自 2026-10-11 起已全职就业（景德镇陶瓷厂）超过 30 天，未办理退出');
    assert.equal(inconsistent.find((r) => r.check === 'household_region')?.regionName, '五龙山社区居委会');

    const overdue = mine((await issues(assistant, 'kind=overdue')).items);
    assert.deepEqual(
      overdue.map((r) => [r.check, r.name, r.date]).sort(),
      [
        ['commitment', '孔承诺', '2026-11-16'],
        ['follow_up', '孔就业', '2026-11-10'],
        ['zero_family', '孔家长', '2026-11-19'],
      ],
    );
    assert.equal(overdue.find((r) => r.check === 'commitment')?.reason, '认定于 2026-11-02，应于 2026-11-16 前（10 个工作日内）推荐岗位，未按期推荐');
    assert.equal(overdue.find((r) => r.check === 'zero_family')?.reason, '零就业家庭首名成员安置期限 2026-11-19 已过，尚未就业');
    assert.equal(overdue.find((r) => r.check === 'follow_up')?.reason, '安置（景德镇陶瓷厂）后的跟踪回访应于 2026-11-10 完成，尚未回访');

    // The list and the summary agree; the community assistant does not see the neighbour's records.
    const all = await issues(assistant, 'kind=inconsistent');
    const own = await summary(assistant);
    assert.equal(all.total, own.total.counts.inconsistent);
    assert.equal(mine(all.items).length, 4);
    assert.ok(!all.items.some((r) => r.personId === ids.moved || r.personId === ids.dupB));
    const paged = await assistant.get('/api/registry/quality/issues?kind=inconsistent&pageSize=1&page=2');
    assert.deepEqual([paged.json().items.length, paged.json().total, paged.json().page], [Math.min(1, Math.max(0, all.total - 1)), all.total, 2]);
  });

  test('another district sees none of it; an out-of-scope unit is not found', async () => {
    const other = await t.login('other_rev');
    assert.deepEqual(await delta(other, undefined, OTHER_DISTRICT.slice(0, 9)), { duplicate_suspect: 0, inconsistent: 0, not_contacted: 0, overdue: 0 }, '甄重复 has no twin in 昌江区');
    assert.equal((await other.get('/api/registry/quality/summary?regionCode=360203')).statusCode, 404);
    assert.equal((await other.get('/api/registry/quality/issues?kind=inconsistent&regionCode=360203001')).statusCode, 404);
    assert.equal(mine((await issues(other, 'kind=duplicate_suspect')).items).length, 0);
    assert.equal((await assistant.get('/api/registry/quality/summary?regionCode=360203001')).statusCode, 404, 'a parent is outside');
    assert.equal((await t.anonymous().get('/api/registry/quality/summary')).statusCode, 401);
    assert.equal((await (await t.login('admin', 'Admin@2026')).get('/api/registry/quality/summary')).statusCode, 403);
    assert.equal((await district.get('/api/registry/quality/issues?kind=bogus')).statusCode, 400);
  });

  test('the export is an audited Excel workbook of the list', async () => {
    const res = await district.get('/api/registry/quality/issues/export?kind=inconsistent&regionCode=360203001');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), ['类别', '问题', '社区', '姓名', '公民身份号码', '说明', '日期']);
    const listed = await issues(district, 'kind=inconsistent&regionCode=360203001');
    assert.equal(sheet.rowCount, listed.total + 1);
    const row = (sheet.getSheetValues() as unknown[][]).find((r) => r?.[4] === '孔状态');
    assert.deepEqual(row?.slice(1, 5), ['信息不一致', '就业状态与登记不符', '风景路社区居委会', '孔状态']);
    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'entity_id']).where('event_type', '=', 'data.exported').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(audit.entity_id, '数据质量-信息不一致');
  });

  test('seven months on, the registered unemployed not contacted are listed until someone contacts them', async () => {
    t.clock.set('2027-06-20T02:00:00.000Z');
    const later = await t.login('community_op');
    const before = await summary(later);
    const listed = await issues(later, 'kind=not_contacted');
    assert.equal(listed.total, before.total.counts.not_contacted);
    // Independently: open unemployment or an identification in force, last contact before 2026-12-20.
    const expected = await t.db
      .selectFrom('person as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.region_code', '=', COMMUNITY)
      .where((eb) => eb.or([eb('p.last_contact_on', 'is', null), eb('p.last_contact_on', '<', '2026-12-20')]))
      .where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom('unemployment_registration as u').select('u.id').whereRef('u.person_id', '=', 'p.id').where('u.cancelled_on', 'is', null)),
          eb.exists(eb.selectFrom('difficulty_identification as d').select('d.id').whereRef('d.person_id', '=', 'p.id').where('d.status', '=', 'active')),
        ]),
      )
      .executeTakeFirstOrThrow();
    assert.equal(listed.total, Number(expected.n));
    const status = listed.items.find((r) => r.personId === ids.status);
    assert.equal(status?.date, '2026-11-20');
    assert.equal(status?.reason, '登记失业人员，最近联系 2026-11-20，已超过 6 个月未联系（可按“连续6个月失去联系”办理注销或退出）');
    assert.match(listed.items.find((r) => r.personId === ids.commitment)?.reason ?? '', /^登记失业、就业困难人员，/);

    const served = await later.post(`/api/registry/people/${ids.status}/services`, { kind: 'career_guidance', servedOn: '2027-06-20', content: '电话联系，仍在求职' });
    assert.equal(served.statusCode, 200, served.body);
    const after = await issues(later, 'kind=not_contacted');
    assert.equal(after.total, listed.total - 1);
    assert.ok(!after.items.some((r) => r.personId === ids.status));
    assert.equal((await summary(later)).total.counts.not_contacted, before.total.counts.not_contacted - 1);
    t.clock.set('2026-11-20T02:00:00.000Z');
  });
});
