import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { freeResidents } from './seeker-test-support.js';

const COMMUNITY = '360203001002'; // 珠山区 石狮埠街道 风景路社区 (community_op, street_op 360203001)
const OTHER_STREET = '360203002'; // 珠山区 新厂街道
const OTHER_DISTRICT = '360202'; // 昌江区 (other_rev)

type Card = { id: number; personId: number; name: string; citizenIdMasked: string; regionCode: string; desiredOccupations: { code: string; name: string }[]; categories: string[]; difficulty: boolean; snippet: string };
type Facet = { code: string; name: string; count: number };
type Result = { items: Card[]; nextCursor: string | null; total: number | null; counted: number; capped: boolean; facets: Record<'occupation' | 'region' | 'category' | 'education', Facet[]> };

describe('market: staff keyword search over job seekers (关键词检索)', () => {
  let t: TestApp;
  let community: Client;
  let street: Client;
  let district: Client;
  let city: Client;
  const ids: Record<string, number> = {};
  const citizenIds: string[] = [];

  const register = async (client: Client, key: string, citizenId: string, fields: Record<string, unknown>) => {
    const res = await client.post('/api/market/seekers', { citizenId, desiredOccupations: ['6-31'], workType: 'full_time', consentShare: true, ...fields });
    assert.equal(res.statusCode, 200, res.body);
    ids[key] = res.json().id;
    citizenIds.push(citizenId);
  };

  const search = async (client: Client, query: string): Promise<Result> => {
    const res = await client.get(`/api/market/seekers/search?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Result;
  };
  const idSet = (r: Result) => new Set(r.items.map((c) => c.id));
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const enc = encodeURIComponent;

  before(async () => {
    t = await createTestApp();
    [community, street, district, city] = await Promise.all(['community_op', 'street_op', 'district_op', 'city_op'].map((u) => t.login(u)));
    const here = await freeResidents(t, COMMUNITY, 2);
    const there = await freeResidents(t, OTHER_STREET, 10);
    const far = await freeResidents(t, OTHER_DISTRICT, 1);
    assert.deepEqual([here.length, there.length, far.length], [2, 10, 1], 'the seed has free residents in each unit');
    await register(community, 'elec', here[0].citizen_id, { skills: '电工 焊工', categories: ['job_loser'], education: '41' });
    await register(community, 'acct', here[1].citizen_id, { skills: '会计 出纳', desiredOccupations: ['2-06'], categories: ['age_4050'], education: '21' });
    await register(district, 'elecOther', there[0].citizen_id, { skills: '电工', desiredOccupations: ['6-31', '4-01'] });
    await register(city, 'elecFar', far[0].citizen_id, { skills: '电工' });
    const identified = await t.db
      .selectFrom('difficulty_identification as d')
      .innerJoin('person as p', 'p.id', 'd.person_id')
      .select('p.citizen_id')
      .where('d.status', '=', 'active')
      .where('d.region_code', 'like', '360203%')
      .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM job_seeker s WHERE s.person_id = p.id AND s.status = 'active')`)
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    await register(district, 'elecDifficulty', identified.citizen_id, { skills: '维修电工' });
    // Seven 古筝 players (a word no seeded seeker uses), some mentioning it twice: ties in rank and in date.
    for (let i = 0; i < 7; i += 1) {
      await register(district, `zither${i}`, there[i + 1].citizen_id, { skills: i % 3 === 0 ? '古筝演奏，古筝教学' : '古筝演奏', introduction: '会弹古筝', desiredOccupations: ['2-09'] });
    }
    // An active registration past its validity: found unless validOnly.
    await register(district, 'zitherExpired', there[8].citizen_id, { skills: '古筝' });
    await t.db.updateTable('job_seeker').set({ valid_from: '2026-08-01', valid_to: '2026-10-31' }).where('id', '=', ids.zitherExpired).execute();
    // A closed registration: never found.
    await register(district, 'zitherClosed', there[9].citizen_id, { skills: '古筝' });
    assert.equal((await district.post(`/api/market/seekers/${ids.zitherClosed}/close`)).statusCode, 200);
  });
  after(() => t.close());

  test('a two-character skill word finds the seekers who have it; the card masks the ID number and has no phone', async () => {
    const elec = await search(community, `q=${enc('电工')}&limit=100`);
    assert.ok(idSet(elec).has(ids.elec));
    assert.ok(!idSet(elec).has(ids.acct));
    const acct = await search(community, `q=${enc('会计')}&limit=100`);
    assert.ok(idSet(acct).has(ids.acct) && !idSet(acct).has(ids.elec));
    assert.ok(idSet(await search(community, `q=${enc('焊工')}`)).has(ids.elec));
    assert.ok(idSet(await search(community, `q=${enc('出纳 会计')}`)).has(ids.acct), 'all words, in any order');
    const card = acct.items.find((c) => c.id === ids.acct);
    assert.ok(card);
    assert.match(card.citizenIdMasked, /\*/);
    assert.match(card.snippet, /会计/);
    assert.deepEqual(card.categories, ['age_4050']);
    assert.ok(card.desiredOccupations[0].name !== '2-06', 'occupations are named');
    const body = JSON.stringify(acct);
    for (const id of citizenIds) assert.ok(!body.includes(id), 'no full ID number leaves the server');
    assert.ok(!/phone/i.test(body), 'a card carries no phone');
  });

  test('the Excel export holds every match of the search and is audited; citizens are refused', async () => {
    const all = await search(district, `q=${enc('古筝')}&limit=100`);
    const res = await district.get(`/api/market/seekers/search/export?q=${enc('古筝')}&sort=date`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const audit = await t.db.selectFrom('audit_log').select('detail').where('event_type', '=', 'data.exported').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal((audit.detail as { rows: number }).rows, all.total, 'as many rows as the search finds');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const names = workbook.worksheets[0].getColumn(1).values.slice(2).map(String);
    assert.equal(names.length, all.total);
    assert.equal((await (await t.login('seeker_demo')).get(`/api/market/seekers/search/export?q=${enc('古筝')}`)).statusCode, 403);
  });

  test('scope: a street sees its own seekers only; another district sees none of 珠山区', async () => {
    const s = await search(street, `q=${enc('电工')}&limit=100`);
    assert.ok(idSet(s).has(ids.elec));
    assert.ok(!idSet(s).has(ids.elecOther) && !idSet(s).has(ids.elecFar));
    assert.ok(s.items.every((c) => c.regionCode.startsWith('360203001')));
    const d = await search(district, `q=${enc('电工')}&limit=100`);
    assert.ok(idSet(d).has(ids.elec) && idSet(d).has(ids.elecOther) && !idSet(d).has(ids.elecFar));
    const other = await t.login('other_rev');
    const o = await search(other, `q=${enc('电工')}&limit=100`);
    assert.ok(idSet(o).has(ids.elecFar));
    assert.ok(o.items.every((c) => c.regionCode.startsWith(OTHER_DISTRICT)));
    assert.ok(o.facets.region.every((f) => f.code.startsWith(OTHER_DISTRICT)));
    assert.equal((await search(other, `q=${enc('古筝')}`)).total, 0);

    assert.deepEqual(await search(street, `q=${enc('电工')}&region=${OTHER_STREET}`), { items: [], nextCursor: null, facets: { occupation: [], region: [], category: [], education: [] }, total: 0, counted: 0, capped: false }, 'a unit outside the scope matches nothing');
    assert.equal((await search(street, `q=${enc('电工')}&region=3602`)).total, s.total, 'a unit above the scope is the whole scope');
    assert.ok(s.facets.region.every((f) => f.code.length === 12), 'a street groups by community');
  });

  test('filters: a major group includes its medium groups; category, education, region and validity', async () => {
    const six = await search(district, `q=${enc('电工')}&occupation=6&limit=100`);
    assert.ok(idSet(six).has(ids.elec) && idSet(six).has(ids.elecOther));
    assert.ok(six.facets.occupation.every((f) => f.code.startsWith('6-')), 'under a major group the facet lists its medium groups');
    assert.ok(idSet(await search(district, `q=${enc('电工')}&occupation=4-01&limit=100`)).has(ids.elecOther));
    assert.ok(!idSet(await search(district, `q=${enc('电工')}&occupation=4-01&limit=100`)).has(ids.elec));
    assert.equal((await search(district, `q=${enc('古筝')}&occupation=2`)).total, 7, 'major group 2 includes 2-09');
    assert.equal((await search(district, `q=${enc('古筝')}&occupation=6`)).total, 1, 'the expired one wants 6-31');
    assert.equal((await search(district, `q=${enc('古筝')}&occupation=2-09`)).total, 7);
    assert.ok(idSet(await search(community, `q=${enc('会计')}&category=age_4050`)).has(ids.acct));
    assert.ok(!idSet(await search(community, `q=${enc('会计')}&category=job_loser`)).has(ids.acct));
    assert.ok(idSet(await search(community, `q=${enc('电工')}&education=40&limit=100`)).has(ids.elec), 'a level includes its sub-codes');
    assert.ok(!idSet(await search(community, `q=${enc('电工')}&education=20&limit=100`)).has(ids.elec));
    assert.equal((await search(district, `q=${enc('古筝')}&region=${COMMUNITY}`)).total, 0);
    assert.equal((await search(district, `q=${enc('古筝')}`)).total, 8);
    const valid = await search(district, `q=${enc('古筝')}&validOnly=true`);
    assert.equal(valid.total, 7);
    assert.ok(!idSet(valid).has(ids.zitherExpired));
    assert.ok(!idSet(await search(district, `q=${enc('古筝')}&limit=100`)).has(ids.zitherClosed), 'a closed registration is never found');
  });

  test('facet counts equal the counts of searches filtered on them, and a direct count', async () => {
    const base = `q=${enc('电工')}`;
    const r = await search(district, base);
    assert.equal(r.capped, false);
    const direct = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM job_seeker WHERE status = 'active' AND region_code LIKE '360203%' AND search_vector @@ to_tsquery('simple', '电工')`.execute(t.db);
    assert.equal(r.total, direct.rows[0].n);
    assert.ok(r.facets.region.every((f) => f.code.length === 9 && f.name !== f.code), 'a district groups by named street');
    assert.ok(r.facets.occupation.length > 0 && r.facets.occupation.every((f) => f.code.length === 1 && f.name !== f.code));
    assert.ok(r.facets.category.some((f) => f.code === 'job_loser' && f.name === '就业转失业人员'));
    const param = { occupation: 'occupation', region: 'region', category: 'category', education: 'education' } as const;
    for (const kind of Object.keys(param) as (keyof typeof param)[]) {
      for (const f of r.facets[kind]) assert.equal((await search(district, `${base}&${param[kind]}=${f.code}&limit=1`)).total, f.count, `${kind} ${f.code}`);
    }
    assert.equal(r.facets.region.reduce((s, f) => s + f.count, 0), r.total, 'every seeker lives in one street');
    const six = await search(district, `${base}&occupation=6`);
    for (const f of six.facets.occupation) assert.equal((await search(district, `${base}&occupation=${f.code}&limit=1`)).total, f.count, f.code);
  });

  for (const sort of ['relevance', 'date'] as const) {
    test(`keyset pages (${sort}) do not overlap and reach the end, ties broken by id`, async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      let first: number | undefined;
      do {
        const page: Result = await search(district, `q=${enc('古筝')}&validOnly=true&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        for (const c of page.items) assert.ok(!seen.includes(c.id), `page ${pages} repeats ${c.id}`);
        seen.push(...page.items.map((c) => c.id));
        first ??= page.items[0]?.id;
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      assert.equal(cursor, null);
      assert.equal(pages, 3);
      assert.deepEqual(sorted(seen), sorted(Array.from({ length: 7 }, (_, i) => ids[`zither${i}`])));
      if (sort === 'relevance') assert.ok([ids.zither0, ids.zither3, ids.zither6].includes(first ?? 0), 'more mentions rank first');
      if (sort === 'date') assert.deepEqual(seen, [...seen].sort((a, b) => b - a), 'the same instant: newest id first');
    });
  }

  test('the difficulty flag shows staff who has an active employment-difficulty identification', async () => {
    const r = await search(district, `q=${enc('电工')}&limit=100`);
    const flagged = await sql<{ id: number }>`
      SELECT s.id FROM job_seeker s WHERE s.id = ANY(${sql.val(r.items.map((c) => c.id))}::bigint[])
      AND EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = s.person_id AND d.status = 'active')`.execute(t.db);
    assert.deepEqual(sorted(r.items.filter((c) => c.difficulty).map((c) => c.id)), sorted(flagged.rows.map((x) => Number(x.id))));
    assert.ok(r.items.some((c) => c.id === ids.elecDifficulty && c.difficulty), 'the identified seeker is flagged');
  });

  test('only staff: citizens and employers are refused, anonymous callers must log in; a search is not audited', async () => {
    const audits = async () => (await t.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    const before = await audits();
    await search(community, `q=${enc('电工')}`);
    assert.equal(await audits(), before);
    for (const user of ['seeker_demo', 'employer_demo']) {
      const res = await (await t.login(user)).get(`/api/market/seekers/search?q=${enc('电工')}`);
      assert.equal(res.statusCode, 403, user);
    }
    assert.equal((await t.anonymous().get('/api/market/seekers/search')).statusCode, 401);
  });

  test('bad input is refused on the field in Chinese', async () => {
    const refused = async (query: string, field: string) => {
      const res = await community.get(`/api/market/seekers/search?${query}`);
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      const details = res.json().details as { field: string; message: string }[];
      assert.equal(details[0].field, field, query);
      assert.match(details[0].message, /[\u4e00-\u9fff]/, 'a Chinese message');
    };
    await refused('limit=101', 'limit');
    await refused('limit=0', 'limit');
    await refused(`q=${enc('电'.repeat(101))}`, 'q');
    await refused('cursor=not-a-cursor', 'cursor');
    await refused('cursor=%21%21', 'cursor');
    await refused('occupation=abc', 'occupation');
    await refused('region=36x', 'region');
    await refused('education=4', 'education');
    await refused('sort=name', 'sort');
    await refused('validOnly=maybe', 'validOnly');
    await refused('unknown=1', '(request)');
    const byDate = await search(district, `q=${enc('古筝')}&sort=date&limit=1`);
    assert.ok(byDate.nextCursor);
    await refused(`q=${enc('古筝')}&cursor=${byDate.nextCursor}`, 'cursor');
  });
});
