import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alertsOf, dashboardPeriods, kpisOf, servedAge, type Totals } from './dashboard-rules.js';
import type { DashValues } from './dashboard-values.js';

test('periods: the month, 1 January to today, the quarter and twelve months ending with this one', () => {
  const p = dashboardPeriods('2026-11-20');
  assert.deepEqual([p.month.from, p.month.to], ['2026-11-01', '2026-11-30']);
  assert.deepEqual([p.ytd.from, p.ytd.to, p.ytd.label], ['2026-01-01', '2026-11-20', '2026年1-11月']);
  assert.deepEqual([p.quarter.from, p.quarter.to], ['2026-10-01', '2026-12-31']);
  assert.deepEqual([p.months[0].from, p.months[11].from, p.months.length], ['2025-12-01', '2026-11-01', 12]);
  const jan = dashboardPeriods('2027-01-03');
  assert.deepEqual([jan.ytd.label, jan.quarter.from, jan.months[0].from], ['2027年1月', '2027-01-01', '2026-02-01']);
});

const values = (over: Partial<DashValues>): DashValues => ({ unemployed: 0, employed: 0, newTotal: 0, unemploymentRate: null, zeroOverdue: 0, ...over });
const totals = (vacancies: number, seekers: number): Totals => ({ postings: vacancies, vacancies, seekers, ratio: seekers ? Math.round((vacancies / seekers) * 100) / 100 : null });

test('KPIs: flows show the month and the year, stocks today for both; the trend ends with the month', () => {
  const trend = [1, 2, 3].map((i) => ({ values: values({ newTotal: i * 10, unemployed: 100 + i, unemploymentRate: 0.01 * i }), totals: totals(i * 3, i * 2) }));
  const kpis = kpisOf({ month: trend[2], ytd: { values: values({ newTotal: 60, unemployed: 999 }), totals: totals(20, 10) }, trend, commitmentMissed: 4 });
  const by = (k: string) => kpis.find((x) => x.key === k);
  assert.deepEqual([by('newEmployment')?.month, by('newEmployment')?.ytd, by('newEmployment')?.previousMonth, by('newEmployment')?.trend], [30, 60, 20, [10, 20, 30]]);
  assert.deepEqual([by('unemployed')?.month, by('unemployed')?.ytd], [103, 103]);
  assert.deepEqual([by('ratio')?.month, by('ratio')?.ytd, by('ratio')?.trend], [1.5, 2, [1.5, 1.5, 1.5]]);
  assert.deepEqual([by('commitmentMissed')?.month, by('commitmentMissed')?.trend], [4, []]);
});

test('alerts: families and commitments are loud from the first case, follow-ups when they pile up', () => {
  const a = alertsOf({ zero_family: 1, follow_up: 3 });
  assert.deepEqual(a.map((x) => [x.check, x.count, x.level]), [
    ['zero_family', 1, 'high'],
    ['commitment', 0, 'none'],
    ['follow_up', 3, 'medium'],
    ['not_contacted', 0, 'none'],
  ]);
});

test('served age: a copy of today younger than the max age is served; otherwise recomputed', () => {
  const stored = { generatedAt: new Date('2026-11-20T02:00:00Z'), today: '2026-11-20' };
  const at = (iso: string) => new Date(iso);
  assert.equal(servedAge(stored, at('2026-11-20T02:00:00Z'), '2026-11-20', 600), 0);
  assert.equal(servedAge(stored, at('2026-11-20T02:09:59.900Z'), '2026-11-20', 600), 599);
  assert.equal(servedAge(stored, at('2026-11-20T02:10:00Z'), '2026-11-20', 600), null, 'as old as the max age');
  assert.equal(servedAge(stored, at('2026-11-20T02:00:00Z'), '2026-11-20', 0), null, 'max age 0: always live');
  assert.equal(servedAge(stored, at('2026-11-20T16:01:00Z'), '2026-11-21', 86_400), null, 'a copy of yesterday');
  assert.equal(servedAge(stored, at('2026-11-20T01:59:00Z'), '2026-11-20', 600), null, 'from the future: the clock was set back');
});
