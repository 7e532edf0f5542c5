import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

const DISTRICT = '360203';
const STREET = '360203001';
const OTHER_DISTRICT = '360202';

interface Card {
  id: number;
  title: string;
  regionCode: string;
}

describe('portal: information publishing (policies, service guides, notices)', () => {
  let t: TestApp;
  let district: Client;
  let street: Client;
  let city: Client;
  let pub: Client;

  before(async () => {
    t = await createTestApp();
    district = await t.login('district_op');
    street = await t.login('street_op');
    city = await t.login('city_op');
    pub = t.anonymous();
  });
  after(() => t.close());

  const create = async (who: Client, body: Record<string, unknown>) => {
    const res = await who.post('/api/portal/articles', body);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { id: number; status: string; regionCode: string; can: Record<string, boolean> };
  };

  /** Every published card the public list gives for a query, walking the keyset cursor. */
  const walk = async (query: string, limit = 2) => {
    const seen: Card[] = [];
    let cursor: string | null = null;
    for (let hops = 0; hops < 200; hops += 1) {
      const url: string = `/api/public/articles?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await pub.get(url);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { items: Card[]; nextCursor: string | null; total: number };
      seen.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) {
        assert.equal(seen.length, body.total, 'the cursor walk reaches every published article once');
        break;
      }
    }
    return seen;
  };

  test('staff routes need a login and article.manage; public routes need neither', async () => {
    assert.equal((await pub.get('/api/portal/articles')).statusCode, 401);
    const reviewer = await t.login('district_rev');
    assert.equal((await reviewer.get('/api/portal/articles')).statusCode, 403);
    assert.equal((await reviewer.post('/api/portal/articles', { kind: 'notice', title: '通知标题', body: '这是一条通知的正文内容。' })).statusCode, 403);
    assert.equal((await pub.get('/api/public/articles')).statusCode, 200);
  });

  test('a draft is invisible to the public until published; HTML is kept exactly as written; every write is audited', async () => {
    const html = '<script>alert(1)</script><b>失业登记</b>须本人持身份证到社区办理。';
    const draft = await create(district, { kind: 'guide', title: '失业登记<i>办事指南</i>', body: html });
    assert.deepEqual([draft.status, draft.regionCode], ['draft', DISTRICT], 'the author’s unit by default');
    assert.deepEqual(draft.can, { update: true, publish: true, withdraw: false });
    assert.equal((await pub.get(`/api/public/articles/${draft.id}`)).statusCode, 404);
    assert.ok(!(await walk('')).some((a) => a.id === draft.id));

    const published = (await district.post(`/api/portal/articles/${draft.id}/publish`)).json();
    assert.equal(published.status, 'published');
    assert.ok(published.publishedAt);
    const page = await pub.get(`/api/public/articles/${draft.id}`);
    assert.equal(page.statusCode, 200);
    const body = page.json();
    assert.equal(body.body, html, 'stored as given; the UI renders it as text');
    assert.equal(body.title, '失业登记<i>办事指南</i>');
    assert.equal(body.kindName, '办事指南');
    assert.equal('createdBy' in body || 'status' in body, false, 'no staff fields leave through the public route');
    assert.equal((await walk(''))[0].id, draft.id, 'newest first');

    const fixed = await district.patch(`/api/portal/articles/${draft.id}`, { title: '失业登记办事指南（修订）' });
    assert.equal(fixed.json().status, 'published', 'a correction keeps the page published');
    assert.equal((await pub.get(`/api/public/articles/${draft.id}`)).json().title, '失业登记办事指南（修订）');

    const events = await t.db.selectFrom('audit_log').select(['event_type', 'before', 'actor_name']).where('entity_type', '=', 'portal_article').where('entity_id', '=', String(draft.id)).orderBy('id').execute();
    assert.deepEqual(events.map((e) => e.event_type), ['article.created', 'article.published', 'article.updated']);
    assert.equal((events[2].before as { title: string }).title, '失业登记<i>办事指南</i>');
    assert.equal(events[0].actor_name, 'district_op');
  });

  test('withdraw takes a page off the portal; only a published page can be withdrawn; it can be published again', async () => {
    const a = await create(district, { kind: 'notice', title: '春风行动专场招聘会通知', body: '定于二月二十日在市人力资源市场举办春风行动专场招聘会。' });
    assert.equal((await district.post(`/api/portal/articles/${a.id}/withdraw`)).statusCode, 409, 'a draft is not on the portal');
    await district.post(`/api/portal/articles/${a.id}/publish`);
    assert.equal((await district.post(`/api/portal/articles/${a.id}/publish`)).statusCode, 409);
    const withdrawn = (await district.post(`/api/portal/articles/${a.id}/withdraw`)).json();
    assert.deepEqual([withdrawn.status, withdrawn.statusName], ['withdrawn', '已撤回']);
    assert.equal((await pub.get(`/api/public/articles/${a.id}`)).statusCode, 404);
    assert.equal((await district.post(`/api/portal/articles/${a.id}/publish`)).json().status, 'published');
    assert.equal((await pub.get(`/api/public/articles/${a.id}`)).statusCode, 200);
    const events = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'portal_article').where('entity_id', '=', String(a.id)).orderBy('id').execute();
    assert.deepEqual(events.map((e) => e.event_type), ['article.created', 'article.published', 'article.withdrawn', 'article.published']);
  });

  test('bad input is refused on the field and nothing is written', async () => {
    const before = await t.db.selectFrom('portal_article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'notice', title: '题'.repeat(101), body: '正文内容足够长的一段文字。' }, 'title'],
      [{ kind: 'notice', title: '正常标题', body: '字'.repeat(20_001) }, 'body'],
      [{ kind: 'notice', title: '   ', body: '正文内容足够长的一段文字。' }, 'title'],
      [{ kind: 'notice', title: '正常标题', body: '太短' }, 'body'],
      [{ kind: 'news', title: '正常标题', body: '正文内容足够长的一段文字。' }, 'kind'],
      [{ kind: 'notice', title: '正常标题', body: '正文内容足够长的一段文字。', regionCode: OTHER_DISTRICT }, 'regionCode'],
      [{ kind: 'notice', title: '正常标题', body: '正文内容足够长的一段文字。', extra: 1 }, '(request)'],
    ];
    for (const [body, field] of cases) {
      const res = await district.post('/api/portal/articles', body);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      const fields = (res.json().details as { field: string; message: string }[]).map((d) => d.field);
      assert.ok(fields.includes(field), `${field} named: ${res.body}`);
    }
    const ok = await create(district, { kind: 'notice', title: '题'.repeat(100), body: '字'.repeat(20_000) });
    assert.equal((await district.patch(`/api/portal/articles/${ok.id}`, { body: '字'.repeat(20_001) })).statusCode, 400);
    const afterCount = await t.db.selectFrom('portal_article').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n) + 1);
  });

  test('staff see and change only the articles of their subtree', async () => {
    const a = await create(district, { kind: 'policy', title: '珠山区就业困难人员认定办法', body: '为做好就业困难人员认定工作，制定本办法。' });
    const mine = await create(street, { kind: 'notice', title: '街道招聘会通知', body: '本周五上午在街道劳动保障事务所举办招聘会。' });
    assert.equal(mine.regionCode, STREET);
    assert.equal((await street.get(`/api/portal/articles/${a.id}`)).statusCode, 404, 'a district page is outside a street’s scope');
    assert.equal((await street.patch(`/api/portal/articles/${a.id}`, { title: '改标题' })).statusCode, 404);
    assert.equal((await street.post(`/api/portal/articles/${a.id}/publish`)).statusCode, 404);
    const streetList = (await street.get('/api/portal/articles?pageSize=200')).json();
    assert.ok(streetList.items.every((x: Card) => x.regionCode.startsWith(STREET)));
    assert.ok(streetList.items.some((x: Card) => x.id === mine.id));
    const cityList = (await city.get('/api/portal/articles?pageSize=200')).json();
    assert.ok(cityList.items.some((x: Card) => x.id === a.id) && cityList.items.some((x: Card) => x.id === mine.id));
    assert.equal((await district.get(`/api/portal/articles?regionCode=${OTHER_DISTRICT}`)).json().total, 0, 'a unit outside the scope lists nothing');
  });

  test('the staff list filters, sorts, pages and exports', async () => {
    await create(district, { kind: 'policy', title: '甲政策', body: '政策正文内容，用于排序与筛选测试。' });
    const res = await district.get('/api/portal/articles?kind=policy&status=draft&sort=title&order=asc&pageSize=2');
    assert.equal(res.statusCode, 200, res.body);
    const list = res.json();
    assert.ok(list.items.length <= 2 && list.total >= 1);
    assert.ok(list.items.every((x: { kind: string; status: string }) => x.kind === 'policy' && x.status === 'draft'));
    const titles = list.items.map((x: { title: string }) => x.title);
    assert.deepEqual(titles, [...titles].sort());
    const q = (await district.get(`/api/portal/articles?q=${encodeURIComponent('甲政')}`)).json();
    assert.ok(q.items.length >= 1 && q.items.every((x: { title: string }) => x.title.includes('甲政')));
    const xlsx = await district.get('/api/portal/articles/export?kind=policy');
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
  });

  test('the public list: kind and place filters, keyset cursor and page numbers', async () => {
    const cityWide = await create(city, { kind: 'policy', title: '全市就业创业扶持政策', body: '全市范围内适用的就业创业扶持政策。' });
    const otherSide = await create(city, { kind: 'notice', title: '昌江区招聘会通知', body: '昌江区人力资源市场本周举办招聘会。', regionCode: OTHER_DISTRICT });
    const streetPage = await create(street, { kind: 'guide', title: '街道办事指南', body: '在街道劳动保障事务所办理就业登记的指南。' });
    for (const a of [cityWide, otherSide, streetPage]) await (a === streetPage ? street : city).post(`/api/portal/articles/${a.id}/publish`);

    const inStreet = (await walk(`&region=${STREET}`)).map((a) => a.id);
    assert.ok(inStreet.includes(cityWide.id), 'a city policy applies in the street');
    assert.ok(inStreet.includes(streetPage.id));
    assert.ok(!inStreet.includes(otherSide.id), 'another district’s notice does not');
    const inCity = (await walk('&region=3602')).map((a) => a.id);
    assert.ok([cityWide.id, otherSide.id, streetPage.id].every((id) => inCity.includes(id)), 'a place includes its subtree');
    assert.equal(new Set(inCity).size, inCity.length, 'no article twice');

    const policies = await walk('&kind=policy', 3);
    assert.ok(policies.length >= 1 && policies.every((a) => (a as Card & { kind: string }).kind === 'policy'));

    const all = await walk('', 50);
    const second = (await pub.get('/api/public/articles?limit=2&page=2')).json();
    assert.deepEqual(second.items.map((a: Card) => a.id), all.slice(2, 4).map((a) => a.id), 'page 2 equals the cursor walk’s third and fourth');
    assert.equal((await pub.get('/api/public/articles?cursor=not-a-cursor')).statusCode, 400);
    assert.equal((await pub.get('/api/public/articles?limit=51')).statusCode, 400);
  });
});
