import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { citizenId } from '../../seed/identity.js';
import { createRandom } from '../../seed/random.js';

const COMMUNITY = '360203001002';
const rng = createRandom('registry-api-test');
const idOf = (birthDate: string, sex: 1 | 2) => citizenId(rng, { regionCode6: '360203', birthDate, sex });

describe('registry: people, registrations and the card', () => {
  let t: TestApp;
  let assistant: Client;

  before(async () => {
    t = await createTestApp();
    assistant = await t.login('community_op');
  });
  after(() => t.close());

  const create = (body: Record<string, unknown>) => assistant.post('/api/registry/people', { name: '王小明', hukouType: 'urban', regionCode: COMMUNITY, ...body });

  test('a person is registered once: sex and birth date come from the ID number', async () => {
    const id = idOf('1990-05-17', 1);
    const res = await create({ citizenId: id, phone: '13907980001', ethnicity: '01', education: '21' });
    assert.equal(res.statusCode, 200, res.body);
    const person = res.json();
    assert.equal(person.sex, 1);
    assert.equal(person.birthDate, '1990-05-17');
    assert.equal(person.citizenId, id, 'the assistant sees the full number');
    const again = await create({ citizenId: id.toLowerCase(), name: '王晓明' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().details[0].field, 'citizenId');
    assert.match(again.json().message, /王小明/);
  });

  test('bad input is refused field by field and writes nothing', async () => {
    const count = async () => Number((await t.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const good = idOf('1985-02-03', 2);
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    assert.equal((await create({ citizenId: badCheck })).json().details[0].field, 'citizenId');
    assert.equal((await create({ citizenId: good, ethnicity: '77' })).json().details[0].field, 'ethnicity');
    assert.equal((await create({ citizenId: good, regionCode: '360202001001' })).json().details[0].field, 'regionCode');
    assert.equal((await create({ citizenId: good, hukouType: 'martian' })).statusCode, 400);
    assert.equal(await count(), before);
  });

  test('unemployment, then employment closes it; impossible transitions are refused', async () => {
    const person = (await create({ citizenId: idOf('1988-08-08', 2), name: '李红' })).json();
    const unemployed = await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-02', reason: 'dismissed' });
    assert.equal(unemployed.statusCode, 200, unemployed.body);
    assert.equal(unemployed.json().person.labourStatus, 'unemployed');
    assert.equal(unemployed.json().unemployment[0].countsInRate, true);
    const twice = await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-03', reason: 'dismissed' });
    assert.equal(twice.statusCode, 409);
    assert.match(twice.json().message, /已处于登记失业状态/);

    const hired = await assistant.post(`/api/registry/people/${person.id}/employment`, { kind: 'employer', employerName: '景德镇青花瓷艺有限公司', startedOn: '2026-11-18' });
    assert.equal(hired.statusCode, 200, hired.body);
    const record = hired.json();
    assert.equal(record.person.labourStatus, 'employed');
    assert.equal(record.unemployment[0].cancelGround, 'employed');
    assert.equal(record.unemployment[0].cancelledOn, '2026-11-18');
    assert.deepEqual(record.timeline.map((e: { type: string }) => e.type), ['employment_started', 'unemployment_cancelled', 'unemployment_registered']);

    const second = await assistant.post(`/api/registry/people/${person.id}/employment`, { kind: 'employer', employerName: '另一家公司', startedOn: '2026-11-19' });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().details[0].field, 'fullTime');
    const whileEmployed = await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-19', reason: 'resigned' });
    assert.equal(whileEmployed.statusCode, 409);
    assert.match(whileEmployed.json().message, /就业状态/);
    const future = await assistant.post(`/api/registry/people/${person.id}/employment`, { kind: 'flexible', fullTime: false, startedOn: '2026-12-30' });
    assert.equal(future.json().details[0].field, 'startedOn');

    const ended = await assistant.post(`/api/registry/people/${person.id}/employment/${record.employment[0].id}/end`, { endedOn: '2026-11-19', reason: 'resigned' });
    assert.equal(ended.json().person.labourStatus, 'none');
    assert.equal(record.employment[0].lateDays, null, 'registered two days after the hire: on time');
    assert.equal(ended.json().employment[0].endLateDays, null);
  });

  test('late registrations are taken and marked: hire after 30 days, termination after 15 (employers only)', async () => {
    const person = (await create({ citizenId: idOf('1987-07-07', 1), name: '周迟' })).json();
    // The test clock stands at 2026-11-20: a hire on 2026-09-01 is registered 80 days on, 50 past the deadline.
    const hired = (await assistant.post(`/api/registry/people/${person.id}/employment`, { kind: 'employer', employerName: '景德镇瓷都物流公司', startedOn: '2026-09-01' })).json();
    assert.equal(hired.employment[0].lateDays, 50);
    assert.equal(hired.timeline[0].detail, '景德镇瓷都物流公司；逾期 50 天登记');
    const ended = (await assistant.post(`/api/registry/people/${person.id}/employment/${hired.employment[0].id}/end`, { endedOn: '2026-11-01', reason: 'contract_ended' })).json();
    assert.equal(ended.employment[0].endRegisteredOn, '2026-11-20');
    assert.equal(ended.employment[0].endLateDays, 4, 'termination on 11-01 registered on 11-20: 19 days, 4 past 15');
    const flexible = (await assistant.post(`/api/registry/people/${person.id}/employment`, { kind: 'flexible', fullTime: false, startedOn: '2026-06-01' })).json();
    assert.equal(flexible.employment.find((e: { kind: string }) => e.kind === 'flexible').lateDays, null, 'flexible workers have no registration deadline');
  });

  test('working age, ability and residence are checked for unemployment registration', async () => {
    const old = (await create({ citizenId: idOf('1960-01-01', 1), name: '赵老汉' })).json();
    const res = await assistant.post(`/api/registry/people/${old.id}/unemployment`, { registeredOn: '2026-11-20', reason: 'dismissed' });
    assert.equal(res.statusCode, 409);
    assert.match(res.json().message, /劳动年龄/);
    const migrant = (await create({ citizenId: idOf('1995-03-03', 1), name: '外来工', hukouType: 'non_local' })).json();
    const early = await assistant.post(`/api/registry/people/${migrant.id}/unemployment`, { registeredOn: '2026-11-20', reason: 'dismissed', localWorkMonths: 3 });
    assert.equal(early.json().details[0].field, 'localWorkMonths');
    const ok = await assistant.post(`/api/registry/people/${migrant.id}/unemployment`, { registeredOn: '2026-11-20', reason: 'dismissed', localWorkMonths: 8 });
    assert.equal(ok.statusCode, 200);
    const rural = (await create({ citizenId: idOf('1992-04-04', 2), name: '农村妹', hukouType: 'rural' })).json();
    const ruralReg = await assistant.post(`/api/registry/people/${rural.id}/unemployment`, { registeredOn: '2026-11-20', reason: 'rural_transfer' });
    assert.equal(ruralReg.json().unemployment[0].countsInRate, false, 'rural registrations do not count in the urban rate');
  });

  test('the card is issued once, after a registration, numbered county + year + sequence', async () => {
    const person = (await create({ citizenId: idOf('1991-07-07', 1), name: '陈卡' })).json();
    const early = await assistant.post(`/api/registry/people/${person.id}/card`);
    assert.equal(early.statusCode, 409);
    await assistant.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-20', reason: 'graduate' });
    const issued = await assistant.post(`/api/registry/people/${person.id}/card`);
    assert.equal(issued.statusCode, 200, issued.body);
    assert.match(issued.json().card.cardNumber, /^3602032026\d{6}$/);
    assert.equal((await assistant.post(`/api/registry/people/${person.id}/card`)).statusCode, 409);
  });

  test('search by ID, name start and pinyin initials, within scope; lists mask identifiers', async () => {
    const id = idOf('1993-09-09', 1);
    const person = (await create({ citizenId: id, name: '欧阳修文', phone: '13907989999' })).json();
    for (const q of [id, '欧阳', 'oyxw', 'OYX']) {
      const found = (await assistant.get(`/api/registry/people?q=${encodeURIComponent(q)}`)).json();
      assert.ok(found.items.some((p: { id: number }) => p.id === person.id), `found by ${q}`);
      const row = found.items.find((p: { id: number }) => p.id === person.id);
      assert.equal(row.citizenId, `${id.slice(0, 6)}********${id.slice(14)}`);
      assert.equal(row.phone, '139****9999');
    }
    const youngestFirst = (await assistant.get('/api/registry/people?sort=age&order=asc&pageSize=50')).json().items as { age: number }[];
    assert.ok(youngestFirst.length > 1);
    assert.deepEqual(youngestFirst.map((p) => p.age), [...youngestFirst.map((p) => p.age)].sort((a, b) => a - b), 'age ascending: youngest first');
    const other = await t.login('other_rev');
    assert.equal((await other.get(`/api/registry/people?q=${id}`)).json().total, 0);
    assert.equal((await other.get(`/api/registry/people/${person.id}`)).statusCode, 404);
    const leader = await t.login('city_leader');
    const seen = (await leader.get(`/api/registry/people/${person.id}`)).json();
    assert.equal(seen.person.citizenId.includes('*'), true, 'leaders see masked numbers');
    assert.equal((await leader.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: '2026-11-20', reason: 'graduate' })).statusCode, 403);
    const views = await t.db.selectFrom('audit_log').select('actor_name').where('event_type', '=', 'person.viewed').where('entity_id', '=', String(person.id)).execute();
    assert.deepEqual(views.map((v) => v.actor_name), ['city_leader']);
  });

  test('households link members of one community', async () => {
    const household = await assistant.post('/api/registry/households', { regionCode: COMMUNITY, address: '风景路 3 号', householdType: 'urban' });
    assert.equal(household.statusCode, 200, household.body);
    const hid = household.json().id;
    const head = (await create({ citizenId: idOf('1970-01-15', 1), name: '张大山', householdId: hid, householdRelation: '户主' })).json();
    const spouse = (await create({ citizenId: idOf('1972-03-20', 2), name: '刘小芳' })).json();
    assert.equal((await assistant.put(`/api/registry/people/${spouse.id}/household`, { householdId: hid, relation: '配偶' })).statusCode, 200);
    const members = (await assistant.get(`/api/registry/households/${hid}`)).json().members;
    assert.deepEqual(members.map((m: { id: number; relation: string }) => [m.id, m.relation]), [[head.id, '户主'], [spouse.id, '配偶']]);
    const elsewhere = await assistant.post('/api/registry/households', { regionCode: '360202001001', householdType: 'urban' });
    assert.equal(elsewhere.json().details[0].field, 'regionCode');
    assert.equal((await (await t.login('other_rev')).get(`/api/registry/households/${hid}`)).statusCode, 404);
  });

  test('the community ledgers list residents and the registered unemployed, and export', async () => {
    const residents = (await assistant.get(`/api/registry/ledgers/residents?regionCode=${COMMUNITY}&pageSize=200`)).json();
    const inDb = await t.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).where('region_code', '=', COMMUNITY).executeTakeFirstOrThrow();
    assert.equal(residents.total, Number(inDb.n));
    assert.ok(residents.items.every((r: { citizenId: string }) => r.citizenId.includes('*')));
    const unemployed = (await assistant.get(`/api/registry/ledgers/unemployed?regionCode=${COMMUNITY}&pageSize=200`)).json();
    const open = await t.db
      .selectFrom('unemployment_registration as u')
      .innerJoin('person as p', 'p.id', 'u.person_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('u.cancelled_on', 'is', null)
      .where('p.region_code', '=', COMMUNITY)
      .executeTakeFirstOrThrow();
    assert.equal(unemployed.total, Number(open.n));
    assert.ok(unemployed.total >= 2, 'the registrations made above are listed');
    const file = await assistant.get(`/api/registry/ledgers/unemployed/export?regionCode=${COMMUNITY}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.rawPayload.subarray(0, 2).toString(), 'PK');
  });
});
