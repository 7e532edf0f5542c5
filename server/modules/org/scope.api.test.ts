import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

/** The demo places of the test template (景德镇 3602). */
const CITY = '3602';
const ZHUSHAN = '360203';
const CHANGJIANG = '360202';
const STREET = '360203001';

interface OrgUnitBody {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  childCount?: number;
}

interface EmployerBody {
  id: number;
  regionCode: string;
}

interface EmployerPage {
  items: EmployerBody[];
  total: number;
  page: number;
  pageSize: number;
}

describe('region scope', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  /** Employers whose region lies under `prefix`, counted independently of the API. */
  const employerCount = async (prefix: string) =>
    (await t.db.selectFrom('employer').select(sql<number>`count(*)::int`.as('n')).where('region_code', 'like', `${prefix}%`).executeTakeFirstOrThrow()).n;

  test('a reviewer of another district sees only their own district in the employer list', async () => {
    const c = await t.login('other_rev');
    const res = await c.get('/api/employers?pageSize=200');
    assert.equal(res.statusCode, 200);
    const body = res.json() as EmployerPage;
    const own = await employerCount(CHANGJIANG);
    assert.ok(own > 0, 'the template has employers in 昌江区');
    assert.ok((await employerCount(ZHUSHAN)) > 0, 'the template has employers in 珠山区');
    assert.equal(body.total, own);
    assert.equal(body.items.length, own);
    for (const e of body.items) {
      assert.ok(e.regionCode.startsWith(CHANGJIANG), `${e.regionCode} lies in 昌江区`);
      assert.ok(!e.regionCode.startsWith(ZHUSHAN));
    }
  });

  test('asking for 珠山区 explicitly does not widen the scope', async () => {
    const c = await t.login('other_rev');
    const res = await c.get(`/api/employers?regionCode=${ZHUSHAN}&pageSize=200`);
    assert.equal(res.statusCode, 200);
    const body = res.json() as EmployerPage;
    assert.equal(body.total, 0);
    assert.deepEqual(body.items, []);
  });

  test('a 珠山区 employer is not found (404, not 403) for the other district, and found for its own', async () => {
    const zhushan = await t.db.selectFrom('employer').select(['id', 'region_code']).where('region_code', 'like', `${ZHUSHAN}%`).orderBy('id').executeTakeFirstOrThrow();
    const other = await t.login('other_rev');
    const res = await other.get(`/api/employers/${zhushan.id}`);
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'not_found');
    // The same id exists and is visible inside its district, so the 404 is scope, not absence.
    const own = await t.login('district_rev');
    const ok = await own.get(`/api/employers/${zhushan.id}`);
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().regionCode, zhushan.region_code);
  });

  test('the other district cannot read 珠山区 units but can read its own', async () => {
    const c = await t.login('other_rev');
    const children = await c.get(`/api/org/units/${ZHUSHAN}/children`);
    assert.equal(children.statusCode, 404);
    assert.equal(children.json().code, 'not_found');
    const unit = await c.get(`/api/org/units/${ZHUSHAN}`);
    assert.equal(unit.statusCode, 404);

    const mine = await c.get(`/api/org/units/${CHANGJIANG}/children`);
    assert.equal(mine.statusCode, 200);
    const streets = mine.json() as OrgUnitBody[];
    const expected = await t.db.selectFrom('org_unit').select('code').where('parent_code', '=', CHANGJIANG).orderBy('code').execute();
    assert.ok(expected.length > 0);
    assert.deepEqual(streets.map((s) => s.code), expected.map((e) => e.code));
    for (const s of streets) {
      assert.equal(s.parentCode, CHANGJIANG);
      assert.equal(s.level, 4);
    }
  });

  test('a street operator sees exactly the employers of their street', async () => {
    const c = await t.login('street_op');
    const res = await c.get('/api/employers?pageSize=200');
    assert.equal(res.statusCode, 200);
    const body = res.json() as EmployerPage;
    const expected = await employerCount(STREET);
    assert.ok(expected > 0, 'the demo street has employers');
    assert.ok(expected < (await employerCount(ZHUSHAN)) + (await employerCount(CHANGJIANG)), 'the street is a strict subset of the city');
    assert.equal(body.total, expected);
    assert.equal(body.items.length, expected);
    for (const e of body.items) assert.ok(e.regionCode.startsWith(STREET), `${e.regionCode} lies in street ${STREET}`);
  });

  test('the street total is the same when paging through small pages', async () => {
    const c = await t.login('street_op');
    const expected = await employerCount(STREET);
    const seen = new Set<number>();
    for (let page = 1; page <= Math.ceil(expected / 3); page += 1) {
      const body = (await c.get(`/api/employers?pageSize=3&page=${page}`)).json() as EmployerPage;
      assert.equal(body.total, expected);
      assert.equal(body.page, page);
      for (const e of body.items) {
        assert.ok(e.regionCode.startsWith(STREET));
        seen.add(e.id);
      }
    }
    assert.equal(seen.size, expected, 'pages are disjoint and cover the street');
  });

  test('unit search only returns units under the actor', async () => {
    for (const [username, root] of [
      ['street_op', STREET],
      ['other_rev', CHANGJIANG],
      ['community_op', '360203001002'],
    ] as const) {
      const c = await t.login(username);
      const res = await c.get(`/api/org/search?q=${encodeURIComponent('社区')}&limit=100`);
      assert.equal(res.statusCode, 200);
      const units = res.json() as OrgUnitBody[];
      const expected = Math.min(
        100,
        (
          await t.db
            .selectFrom('org_unit')
            .select(sql<number>`count(*)::int`.as('n'))
            .where('code', 'like', `${root}%`)
            .where('name', 'like', '%社区%')
            .executeTakeFirstOrThrow()
        ).n,
      );
      assert.ok(expected > 0, `${root} has units named 社区`);
      assert.equal(units.length, expected, username);
      for (const u of units) {
        assert.ok(u.code.startsWith(root), `${username} got ${u.code}`);
        assert.ok(u.name.includes('社区'));
      }
    }
  });

  test('searching under a root outside the scope returns nothing', async () => {
    const c = await t.login('other_rev');
    const res = await c.get(`/api/org/search?q=${encodeURIComponent('社区')}&root=${ZHUSHAN}`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), []);
  });

  test('a city user sees all four districts and each district’s children', async () => {
    const c = await t.login('city_op');
    const res = await c.get(`/api/org/units/${CITY}/children`);
    assert.equal(res.statusCode, 200);
    const districts = res.json() as OrgUnitBody[];
    assert.deepEqual(districts.map((d) => d.code), ['360202', '360203', '360222', '360281']);
    assert.deepEqual(districts.map((d) => d.name), ['昌江区', '珠山区', '浮梁县', '乐平市']);
    for (const d of districts) {
      assert.equal(d.level, 3);
      const kids = await c.get(`/api/org/units/${d.code}/children`);
      assert.equal(kids.statusCode, 200, d.code);
      const expected = await t.db.selectFrom('org_unit').select('code').where('parent_code', '=', d.code).orderBy('code').execute();
      assert.ok(expected.length > 0);
      assert.equal(d.childCount, expected.length, `${d.code} childCount`);
      assert.deepEqual((kids.json() as OrgUnitBody[]).map((k) => k.code), expected.map((e) => e.code));
    }
  });

  test('a city user lists the employers of every district', async () => {
    const c = await t.login('city_op');
    const body = (await c.get('/api/employers?pageSize=200')).json() as EmployerPage;
    assert.equal(body.total, await employerCount(CITY));
    const districts = new Set(body.items.map((e) => e.regionCode.slice(0, 6)));
    assert.ok(districts.has(ZHUSHAN) && districts.has(CHANGJIANG));
  });
});
