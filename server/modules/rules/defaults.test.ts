import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveRule } from './defaults.js';

test('the most specific region, then the latest effective date, wins; else the default', () => {
  const versions = [
    { regionCode: '', effectiveFrom: '2024-01-01', value: 1800 },
    { regionCode: '36', effectiveFrom: '2025-01-01', value: 1900 },
    { regionCode: '36', effectiveFrom: '2027-01-01', value: 2100 },
    { regionCode: '3602', effectiveFrom: '2024-06-01', value: 1950 },
  ];
  assert.equal(resolveRule('min_wage.monthly_yuan', versions, '360203', '2026-11-20').value, 1950);
  assert.equal(resolveRule('min_wage.monthly_yuan', versions, '360102', '2026-11-20').value, 1900);
  assert.equal(resolveRule('min_wage.monthly_yuan', versions, '360102', '2027-02-01').value, 2100);
  assert.equal(resolveRule('min_wage.monthly_yuan', versions, '110101', '2026-11-20').value, 1800);
  assert.equal(resolveRule('min_wage.monthly_yuan', [], '110101', '2026-11-20').source, 'default');
  assert.equal(resolveRule('commitment.recommend_working_days', [], '3602', '2026-11-20').value, 10);
});
