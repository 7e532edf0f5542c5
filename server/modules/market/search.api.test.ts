import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import type { PostingStatus } from '../../platform/db/schema.js';
import { postingSearchVector } from './text-search.js';
import { publicPostingsChanged, publicSearchCache } from './search-cache.js';
import { searchPublicPostings } from './search-service.js';
import { indexPostings } from './search-index.js';

const COMMUNITY = '360203001002'; // 珠山区 石狮埠街道 风景路社区
const OTHER_STREET = '360203002001'; // 珠山区 新厂街道 陶艺社区
const OTHER_DISTRICT = '360202001001'; // 昌江区 西郊街道 森林居委会

interface Fixture {
  title: string;
  occupation: string;
  region: string;
  description: string;
  status?: PostingStatus;
  validFrom?: string;
  validTo?: string;
  education?: string;
  wageMax?: number;
  publishedAt?: string;
}

type Card = { id: number; title: string; regionCode: string; occupationCode: string; snippet: string };
type Facet = { code: string; name: string; count: number };
type Result = { items: Card[]; nextCursor: string | null; total: number | null; capped: boolean; facets: Record<'occupation' | 'region' | 'education' | 'industry', Facet[]> };

describe('market: posting search (public and staff) and occupation typeahead', () => {
  let t: TestApp;
  let anon: Client;
  let employerId: number;
  const ids: Record<string, number> = {};

  const insert = async (key: string, f: Fixture) => {
    const row = await t.db
      .insertInto('job_posting')
      .values({
        employer_id: employerId,
        region_code: f.region,
        title: f.title,
        occupation_code: f.occupation,
        industry_code: '30',
        vacancies: 2,
        wage_min: 3000,
        wage_max: f.wageMax ?? 6000,
        education: f.education ?? null,
        description: f.description,
        requirements: null,
        search_vector: postingSearchVector({ title: f.title, description: f.description }),
        contact_name: '李经理',
        contact_phone: '13812341234',
        valid_from: f.validFrom ?? '2026-11-10',
        valid_to: f.validTo ?? '2026-12-10',
        status: f.status ?? 'published',
        prereview_findings: '[]',
        published_at: new Date(f.publishedAt ?? '2026-11-10T02:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  };

  const search = async (query: string, client: Client = anon): Promise<Result> => {
    const res = await client.get(`/api/public/postings?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Result;
  };
  const mine = (r: Result) => r.items.map((c) => c.id).sort((a, b) => a - b);
  const idsOf = (...keys: string[]) => keys.map((k) => ids[k]).sort((a, b) => a - b);

  before(async () => {
    t = await createTestApp();
    anon = t.anonymous();
    const e = await t.db
      .insertInto('employer')
      .values({ credit_code: '91360200SEARCH0001', name: '景德镇市搜索测试瓷业有限公司', region_code: COMMUNITY, industry_code: '30', status: 'verified', size_band: 'small', address: '珠山区测试路1号' })
      .returning('id')
      .executeTakeFirstOrThrow();
    employerId = e.id;
    await insert('hv', { title: '高压电工', occupation: '6-31', region: COMMUNITY, description: '负责高压电工作业，厂区供配电设备巡检与维护。', education: '41', publishedAt: '2026-11-12T02:00:00Z' });
    await insert('el', { title: '设备电工', occupation: '6-31', region: OTHER_STREET, description: '负责生产设备电气维修，持低压电工作业证。', publishedAt: '2026-11-13T02:00:00Z' });
    await insert('paint', { title: '陶瓷彩绘师', occupation: '6-09', region: COMMUNITY, description: '负责陶瓷彩绘，青花、粉彩均可，按图样完成装饰。', wageMax: 9000 });
    await insert('social', { title: '社区社会工作者', occupation: '2-07', region: OTHER_DISTRICT, description: '参与社区社会计划的组织实施和居民服务。' });
    await insert('acct', { title: '会计', occupation: '2-06', region: OTHER_DISTRICT, description: '负责日常账务处理、财务会计报表编制。', education: '21' });
    await insert('mention', { title: '配电房值班员', occupation: '2-07', region: OTHER_DISTRICT, description: '配电房值守，协助电工巡检配电设备。' });
    await insert('expired', { title: '电工', occupation: '6-31', region: COMMUNITY, description: '负责配电房值守，电工证。', validTo: '2026-11-19' });
    await insert('future', { title: '电工', occupation: '6-31', region: COMMUNITY, description: '负责配电房值守，电工证。', validFrom: '2026-11-25', validTo: '2026-12-25' });
    await insert('pending', { title: '电工', occupation: '6-31', region: COMMUNITY, description: '负责配电房值守，电工证。', status: 'pending' });
    await insert('paused', { title: '电工', occupation: '6-31', region: COMMUNITY, description: '负责配电房值守，电工证。', status: 'paused' });
    // Twelve identical postings published at the same instant: ties in rank and in date.
    for (let i = 0; i < 12; i += 1) await insert(`form${i}`, { title: '陶瓷成型工', occupation: '6-09', region: i % 2 ? COMMUNITY : OTHER_STREET, description: '负责陶瓷坯体的拉坯、注浆成型和修坯。', publishedAt: '2026-11-11T02:00:00Z' });
  });
  after(() => t.close());

  test('a two-character word finds the postings containing it, the title match first', async () => {
    const r = await search(`q=电工&employerId=${employerId}`);
    assert.deepEqual(mine(r), idsOf('hv', 'el', 'mention'));
    assert.equal(r.total, 3);
    assert.equal(r.items[2].id, ids.mention, 'a mention in the description ranks below the titles');
    assert.equal(r.capped, false);
    const acct = await search(`q=会计&employerId=${employerId}`);
    assert.deepEqual(mine(acct), idsOf('acct'), '社会计划 is not 会计');
    assert.match(acct.items[0].snippet, /会计/);
  });

  test('four-character phrases find their postings', async () => {
    assert.deepEqual(mine(await search(`q=${encodeURIComponent('高压电工')}&employerId=${employerId}`)), idsOf('hv'));
    assert.deepEqual(mine(await search(`q=${encodeURIComponent('陶瓷彩绘')}&employerId=${employerId}`)), idsOf('paint'));
  });

  test('expired, not yet valid, pending and paused postings never appear publicly', async () => {
    const all = await search(`employerId=${employerId}&limit=100`);
    for (const key of ['expired', 'future', 'pending', 'paused']) {
      assert.ok(!all.items.some((c) => c.id === ids[key]), key);
      assert.equal((await anon.get(`/api/public/postings/${ids[key]}`)).statusCode, 404, key);
    }
    assert.equal(all.total, 18);
  });

  test('filters: a major group includes its medium groups, a region its subtree, wage, education, industry', async () => {
    const base = `employerId=${employerId}&limit=100`;
    assert.equal((await search(`${base}&occupation=6`)).total, 15);
    assert.equal((await search(`${base}&occupation=6-31`)).total, 2);
    assert.equal((await search(`${base}&occupation=2`)).total, 3);
    assert.equal((await search(`${base}&region=360203`)).total, 15, 'district: both streets');
    assert.equal((await search(`${base}&region=360203001`)).total, 8, 'street: its community');
    assert.equal((await search(`${base}&region=360202`)).total, 3);
    assert.deepEqual(mine(await search(`${base}&wageMin=8000`)), idsOf('paint'));
    assert.deepEqual(mine(await search(`${base}&education=40`)), idsOf('hv'), 'a level code includes its sub-codes');
    assert.deepEqual(mine(await search(`${base}&education=21`)), idsOf('acct'));
    assert.equal((await search(`${base}&industry=C`)).total, 18, 'division 30 is in section C');
    assert.equal((await search(`${base}&industry=F`)).total, 0);
    assert.deepEqual(mine(await search(`${base}&q=电工&region=360203001&occupation=6`)), idsOf('hv'));
    assert.deepEqual(mine(await search(`${base}&postedSince=2026-11-12`)), idsOf('hv', 'el'));
  });

  test('facet counts equal direct counts of the same matches', async () => {
    const r = await search('q=电工');
    const direct = await sql<{ code: string; n: number }>`
      SELECT left(region_code, 6) AS code, count(*)::int AS n FROM job_posting
      WHERE status = 'published' AND valid_from <= '2026-11-20' AND valid_to >= '2026-11-20' AND search_vector @@ to_tsquery('simple', '电工')
      GROUP BY 1 ORDER BY 1`.execute(t.db);
    assert.deepEqual(r.facets.region.map((f) => [f.code, f.count]).sort(), direct.rows.map((x) => [x.code, x.n]).sort());
    assert.equal(r.total, direct.rows.reduce((s, x) => s + x.n, 0));
    assert.ok(r.facets.region.every((f) => f.name !== f.code), 'regions are named');

    const six = await search(`employerId=${employerId}&occupation=6`);
    assert.deepEqual(six.facets.occupation.map((f) => [f.code, f.count]), [['6-09', 13], ['6-31', 2]]);
    const streets = await search(`employerId=${employerId}&region=360203`);
    assert.deepEqual(streets.facets.region.map((f) => [f.code, f.count]).sort(), [['360203001', 8], ['360203002', 7]]);
    const top = await search(`employerId=${employerId}`);
    assert.deepEqual(top.facets.occupation.map((f) => [f.code, f.count]), [['6', 15], ['2', 3]]);
    assert.deepEqual(top.facets.industry.map((f) => [f.code, f.count]), [['C', 18]]);
    assert.deepEqual(top.facets.education.map((f) => [f.code, f.count]).sort(), [['20', 1], ['40', 1]]);
  });

  for (const sort of ['relevance', 'date'] as const) {
    test(`keyset pages (${sort}) do not overlap and reach the end, ties broken by id`, async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Result = await search(`q=${encodeURIComponent('陶瓷')}&employerId=${employerId}&sort=${sort}&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
        for (const c of page.items) assert.ok(!seen.includes(c.id), `page ${pages} repeats ${c.id}`);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      assert.equal(cursor, null);
      assert.deepEqual([...seen].sort((a, b) => a - b), idsOf('paint', ...Array.from({ length: 12 }, (_, i) => `form${i}`)));
      assert.equal(pages, 3);
    });
  }

  test('the public route needs no login and reports cache hits; the staff route needs posting.view', async () => {
    publicSearchCache(t.deps).clear();
    const first = await anon.get(`/api/public/postings?q=${encodeURIComponent('彩绘')}&employerId=${employerId}`);
    const second = await anon.get(`/api/public/postings?q=${encodeURIComponent('彩绘')}&employerId=${employerId}`);
    assert.deepEqual([first.statusCode, first.headers['x-search-cache'], second.headers['x-search-cache']], [200, 'miss', 'hit']);
    assert.equal(second.body, first.body);
    assert.match(String(second.headers['content-type']), /^application\/json/);
    // The key is the validated query, whatever the order of its parameters.
    const reordered = await anon.get(`/api/public/postings?employerId=${employerId}&limit=20&q=${encodeURIComponent('彩绘')}`);
    assert.deepEqual([reordered.headers['x-search-cache'], reordered.body], ['hit', first.body]);
    // Simultaneous misses of one search run it once: one computes, the others wait for its answer.
    publicSearchCache(t.deps).clear();
    const same = await Promise.all(Array.from({ length: 4 }, () => anon.get(`/api/public/postings?q=${encodeURIComponent('彩绘')}&employerId=${employerId}`)));
    assert.deepEqual(same.map((r) => r.headers['x-search-cache']).sort(), ['joined', 'joined', 'joined', 'miss']);
    assert.ok(same.every((r) => r.body === first.body));
    assert.equal((await anon.get(`/api/market/postings/search?q=电工`)).statusCode, 401);
    const staff = await t.login('community_op');
    const r = await staff.get(`/api/market/postings/search?q=电工&employerId=${employerId}`);
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(mine(r.json() as Result), idsOf('hv', 'el', 'mention'));
  });

  test('a word searched again is answered from its matches in memory, with the pages and facets the database gives', async () => {
    const staff = await t.login('community_op');
    const base = `employerId=${employerId}`;
    const queries = [
      'q=电工', 'q=电工&region=360203', 'q=电工&region=360203001', 'q=电工&occupation=6', 'q=电工&occupation=6-31', 'q=电工&sort=date', 'q=电工&wageMin=6000',
      'q=电工&education=40', 'q=电工&education=41', 'q=电工&industry=C', 'q=电工&industry=30', 'q=电工&postedSince=2026-11-13', 'q=电工&workType=full_time',
      `q=${encodeURIComponent('陶瓷')}&limit=5`, `q=${encodeURIComponent('陶瓷')}&limit=5&sort=date`, `q=${encodeURIComponent('陶瓷 成型')}&limit=3&region=360203001`,
    ];
    for (const query of queries) {
      let fromDb = (await staff.get(`/api/market/postings/search?${base}&${query}`)).json() as Result;
      publicSearchCache(t.deps).clear();
      // The first miss of a word is searched in the database, the second reads its matches.
      assert.equal((await anon.get(`/api/public/postings?${base}&${query.split('&')[0]}&limit=1`)).headers['x-search-cache'], 'miss');
      let res = await anon.get(`/api/public/postings?${base}&${query}`);
      assert.equal(res.headers['x-search-cache'], 'miss');
      assert.equal(publicSearchCache(t.deps).lists.size, 1, query);
      assert.deepEqual(res.json(), fromDb, query);
      // Every further page by its cursor, in both paths.
      for (let pages = 0; fromDb.nextCursor && pages < 10; pages += 1) {
        const next = `${base}&${query}&cursor=${fromDb.nextCursor}`;
        fromDb = (await staff.get(`/api/market/postings/search?${next}`)).json() as Result;
        res = await anon.get(`/api/public/postings?${next}`);
        assert.deepEqual(res.json(), fromDb, `${query} after a cursor`);
      }
    }
    assert.ok(queries.length > 10);
  });

  test('a public result computed while a posting entered or left the public set is not cached', async () => {
    const cache = publicSearchCache(t.deps);
    cache.clear();
    const query = { q: '彩绘', employerId, limit: 20 };
    // The change lands after the queries ran and before the answer would be stored.
    const racing = await searchPublicPostings(t.deps, query, (r) => {
      publicPostingsChanged();
      return Buffer.from(JSON.stringify(r));
    });
    assert.equal(racing.source, 'miss');
    assert.equal(publicSearchCache(t.deps).pages.size, 0);
    assert.equal(publicSearchCache(t.deps).counts.size, 0);
    const next = await searchPublicPostings(t.deps, query, (r) => Buffer.from(JSON.stringify(r)));
    assert.equal(next.source, 'miss');
    assert.equal((await searchPublicPostings(t.deps, query, (r) => Buffer.from(JSON.stringify(r)))).source, 'hit');
  });

  test('the public page of a valid posting masks the phone and gives the description as text', async () => {
    const res = await anon.get(`/api/public/postings/${ids.hv}`);
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.contactPhone, '138****1234');
    assert.equal(p.description, '负责高压电工作业，厂区供配电设备巡检与维护。');
    assert.deepEqual(p.employer, { id: employerId, name: '景德镇市搜索测试瓷业有限公司', industry: p.employer.industry, size: 'small', address: '珠山区测试路1号' });
    assert.ok(p.employer.industry);
    assert.equal(p.occupationCode, '6-31');
    assert.equal((await anon.get('/api/public/postings/999999999')).statusCode, 404);
  });

  test('a posting published through the review is searchable; it leaves the results when it expires', async () => {
    const employer = await t.login('employer_demo');
    const created = await employer.post('/api/market/postings', {
      title: '窑炉烧成工', occupationCode: '6-09', vacancies: 3, wageMin: 4200, wageMax: 6000, regionCode: '360203001',
      description: '负责梭式窑的装窑、烧成与温度记录，保证烧成质量。', contactName: '王经理', contactPhone: '0798-8221234',
    });
    assert.equal(created.statusCode, 200, created.body);
    const id = created.json().id as number;
    const submitted = (await employer.post(`/api/market/postings/${id}/submit`)).json();
    const reviewer = await t.login('district_rev');
    assert.equal((await reviewer.post(`/api/workflow/items/${submitted.workflowItemId}/decide`, { action: 'approve' })).statusCode, 200);
    const found = await search(`q=${encodeURIComponent('梭式窑')}`);
    assert.ok(found.items.some((c) => c.id === id));
    // Cached, but a pause takes it out of the public results at once, and a resume brings it back.
    const url = `/api/public/postings?q=${encodeURIComponent('梭式窑')}`;
    assert.equal((await anon.get(url)).headers['x-search-cache'], 'hit');
    assert.equal((await employer.post(`/api/market/postings/${id}/pause`)).statusCode, 200);
    const paused = await anon.get(url);
    assert.equal(paused.headers['x-search-cache'], 'miss');
    assert.ok(!(paused.json() as Result).items.some((c) => c.id === id));
    assert.equal((await employer.post(`/api/market/postings/${id}/resume`)).statusCode, 200);
    assert.ok(((await anon.get(url)).json() as Result).items.some((c) => c.id === id));
    t.clock.set('2026-12-21T02:00:00.000Z');
    const later = await search(`q=${encodeURIComponent('梭式窑')}`);
    assert.ok(!later.items.some((c) => c.id === id));
    t.clock.set('2026-11-20T02:00:00.000Z');
  });

  test('postings without a search vector are indexed by the start-up backfill', async () => {
    assert.equal(await indexPostings(t.db), 0, 'the seed and every writer fill the vector');
    await t.db.updateTable('job_posting').set({ search_vector: null }).where('id', '=', ids.acct).execute();
    publicSearchCache(t.deps).clear();
    assert.deepEqual(mine(await search(`q=会计&employerId=${employerId}`)), []);
    assert.equal(await indexPostings(t.db), 1);
    publicSearchCache(t.deps).clear();
    assert.deepEqual(mine(await search(`q=会计&employerId=${employerId}`)), idsOf('acct'));
  });

  test('bad input is refused with a Chinese message on the field', async () => {
    const bad = async (query: string, field: string) => {
      const res = await anon.get(`/api/public/postings?${query}`);
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      const body = res.json() as { details: { field: string; message: string }[] };
      assert.equal(body.details[0].field, field, query);
      assert.match(body.details[0].message, /[\u4e00-\u9fff]/);
    };
    await bad('limit=101', 'limit');
    await bad('wageMin=-1', 'wageMin');
    await bad(`q=${'电'.repeat(101)}`, 'q');
    await bad('cursor=not-a-cursor', 'cursor');
    await bad(`cursor=${Buffer.from('{"s":"r","r":1,"i":0}').toString('base64url')}`, 'cursor');
    const datePage = await search(`employerId=${employerId}&limit=1`);
    await bad(`q=电工&cursor=${datePage.nextCursor}`, 'cursor');
    await bad('region=abc', 'region');
    await bad('occupation=6-0', 'occupation');
    // tsquery syntax is just text: no error, no injection.
    for (const q of ["电工' | '会计", '电工 & !会计', '(电工|会计):*', '!!!']) {
      const res = await anon.get(`/api/public/postings?q=${encodeURIComponent(q)}&employerId=${employerId}`);
      assert.equal(res.statusCode, 200, `${q}: ${res.body}`);
    }
    assert.deepEqual(mine(await search(`q=${encodeURIComponent("电工' | '会计")}&employerId=${employerId}`)), [], 'both words required; no OR from the input');
  });

  test('occupation typeahead by name and by pinyin initials', async () => {
    const byName = (await anon.get(`/api/public/occupations/suggest?q=${encodeURIComponent('生产')}`)).json() as { code: string; name: string }[];
    assert.ok(byName.length > 0 && byName.length <= 10);
    assert.ok(byName.every((o) => o.name.includes('生产')));
    const byInitials = (await anon.get('/api/public/occupations/suggest?q=sczz')).json() as { code: string; name: string }[];
    assert.ok(byInitials.some((o) => o.code === '6'), JSON.stringify(byInitials));
    assert.equal((await anon.get('/api/public/occupations/suggest?q=')).statusCode, 400);
  });
});
