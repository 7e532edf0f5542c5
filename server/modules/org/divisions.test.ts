import { test } from 'node:test';
import assert from 'node:assert/strict';
import { divisionsOfCity, levelOfCode, pathOf } from './divisions.js';
import { inScope, narrowRegion } from '../../platform/scope.js';

test('codes carry their ancestry', () => {
  assert.equal(pathOf('360203001002'), '36/3602/360203/360203001/360203001002');
  assert.equal(pathOf('3602'), '36/3602');
  assert.deepEqual(['36', '3602', '360203', '360203001', '360203001002'].map(levelOfCode), [1, 2, 3, 4, 5]);
});

test('景德镇 has all five levels, every child under its parent', async () => {
  const all = await divisionsOfCity('3602');
  const byLevel = [1, 2, 3, 4, 5].map((l) => all.filter((d) => d.level === l).length);
  assert.deepEqual(byLevel.slice(0, 3), [1, 1, 4]);
  assert.ok(byLevel[3] >= 50 && byLevel[4] >= 600, `streets ${byLevel[3]}, communities ${byLevel[4]}`);
  const codes = new Set(all.map((d) => d.code));
  for (const d of all) if (d.parentCode) assert.ok(codes.has(d.parentCode) && d.code.startsWith(d.parentCode), d.code);
  assert.ok(all.some((d) => d.name === '珠山区'));
});

test('scope is the subtree', () => {
  const district = { orgCode: '360203' };
  assert.equal(inScope(district, '360203001002'), true);
  assert.equal(inScope(district, '360202001001'), false);
  assert.equal(narrowRegion(district, undefined), '360203');
  assert.equal(narrowRegion(district, '360203001'), '360203001');
  assert.equal(narrowRegion(district, '3602'), null, 'a parent is outside');
});
