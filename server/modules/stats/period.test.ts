import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysIn, monthsEnding, periodProblem, previousPeriod, quarterPeriod, resolvePeriod, sameLastYear } from './period.js';

test('a quarter, its previous quarter across the year boundary and the same quarter last year', () => {
  const q1 = resolvePeriod({ period: 'quarter', year: 2026, quarter: 1 }, '2026-11-20');
  assert.deepEqual(q1, { kind: 'quarter', from: '2026-01-01', to: '2026-03-31', label: '2026年第1季度' });
  assert.deepEqual(previousPeriod(q1), quarterPeriod(2025, 4));
  assert.equal(previousPeriod(q1).to, '2025-12-31');
  assert.deepEqual(sameLastYear(q1), quarterPeriod(2025, 1));
});

test('defaults to the period containing today', () => {
  assert.equal(resolvePeriod({}, '2026-11-20').label, '2026年第4季度');
  assert.deepEqual(resolvePeriod({ period: 'month' }, '2026-02-03'), { kind: 'month', from: '2026-02-01', to: '2026-02-28', label: '2026年2月' });
  assert.equal(resolvePeriod({ period: 'month', year: 2024, month: 2 }, '2026-02-03').to, '2024-02-29');
  assert.equal(resolvePeriod({ period: 'year' }, '2026-02-03').to, '2026-12-31');
});

test('months and custom spans step back correctly', () => {
  const jan = resolvePeriod({ period: 'month', year: 2026, month: 1 }, '2026-11-20');
  assert.equal(previousPeriod(jan).label, '2025年12月');
  const custom = resolvePeriod({ period: 'custom', from: '2026-03-01', to: '2026-03-10' }, '2026-11-20');
  assert.deepEqual(previousPeriod(custom), { kind: 'custom', from: '2026-02-19', to: '2026-02-28', label: '2026-02-19至2026-02-28' });
  assert.equal(daysIn(custom.from, custom.to), 10);
  const leap = resolvePeriod({ period: 'custom', from: '2024-02-29', to: '2024-03-31' }, '2026-11-20');
  assert.deepEqual([sameLastYear(leap).from, sameLastYear(leap).to], ['2023-02-28', '2023-03-31']);
});

test('custom periods need both dates in order and at most three years', () => {
  assert.deepEqual(periodProblem({ period: 'custom', to: '2026-01-01' }), { field: 'from', message: '请选择开始日期' });
  assert.deepEqual(periodProblem({ period: 'custom', from: '2026-02-01', to: '2026-01-01' }), { field: 'to', message: '结束日期不能早于开始日期' });
  assert.equal(periodProblem({ period: 'custom', from: '2020-01-01', to: '2026-01-01' })?.field, 'to');
  assert.equal(periodProblem({ period: 'quarter' }), null);
});

test('monthsEnding gives the trend months oldest first', () => {
  const months = monthsEnding('2026-02-15', 3);
  assert.deepEqual(months.map((m) => m.label), ['2025年12月', '2026年1月', '2026年2月']);
});
