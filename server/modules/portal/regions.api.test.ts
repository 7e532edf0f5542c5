import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

describe('portal: public look-ups without a session', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('regions: the loaded city without a parent, then children by level, only code/name/level', async () => {
    const anon = t.anonymous();
    const cities = await anon.get('/api/public/regions');
    assert.equal(cities.statusCode, 200, cities.body);
    assert.deepEqual(cities.json(), [{ code: '3602', name: '景德镇市', level: 2 }]);
    const districts = (await anon.get('/api/public/regions?parent=3602')).json() as { code: string; name: string; level: number }[];
    assert.ok(districts.some((d) => d.code === '360203' && d.level === 3));
    const communities = (await anon.get('/api/public/regions?parent=360203001')).json() as Record<string, unknown>[];
    assert.ok(communities.some((c) => c.code === '360203001002'));
    assert.deepEqual(Object.keys(communities[0]).sort(), ['code', 'level', 'name']);
    // The province is not a child anyone can list from the portal.
    assert.deepEqual((await anon.get('/api/public/regions?parent=3600')).json(), []);
    assert.equal((await anon.get('/api/public/regions?parent=abc')).statusCode, 400);
  });

  test('codes: the edition in force of the whitelisted tables; other tables refused', async () => {
    const anon = t.anonymous();
    const occ = (await anon.get('/api/public/codes/occupation')).json() as { code: string; level: number; parentCode: string | null }[];
    assert.ok(occ.some((o) => o.code === '6' && o.level === 1 && o.parentCode === null));
    assert.ok(occ.some((o) => o.code === '6-09' && o.parentCode === '6'));
    const industry = (await anon.get('/api/public/codes/industry?maxLevel=1')).json() as { level: number }[];
    assert.ok(industry.length > 10 && industry.every((i) => i.level === 1));
    assert.equal((await anon.get('/api/public/codes/person_category')).statusCode, 400);
    // Levels 20 and 30 share one official heading (大学本科/专科教育): the portal lists them apart.
    const levels = (await anon.get('/api/public/codes/education?maxLevel=1')).json() as { code: string; name: string }[];
    const names = levels.map((e) => e.name);
    assert.equal(new Set(names).size, names.length, names.join(','));
    assert.deepEqual(levels.filter((e) => e.code === '20' || e.code === '30').map((e) => e.name), ['大学本科', '大学专科']);
  });
});
