import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asOfDate, familyOverdueOn, isFinishedMonth, monthsOf, rate, snapshotPlan, unemploymentRate, type FamilyClock } from './indicators-rules.js';
import { monthPeriod, quarterPeriod, yearPeriod } from './period.js';
import { finishedMonths, isStale, monthsToRefresh } from './snapshot-schedule.js';
import { msUntilNext } from '../../platform/clock.js';

test('rates: 4 decimals, null without a base', () => {
  assert.equal(rate(1, 3), 0.3333);
  assert.equal(rate(2, 3), 0.6667);
  assert.equal(rate(0, 0), null);
  assert.equal(unemploymentRate(45, 955), 0.045);
  assert.equal(unemploymentRate(0, 0), null);
  assert.equal(unemploymentRate(3, 0), 1);
});

test('stocks are read at the period end, or today while the period runs', () => {
  assert.equal(asOfDate(quarterPeriod(2026, 3), '2026-11-20'), '2026-09-30');
  assert.equal(asOfDate(quarterPeriod(2026, 4), '2026-11-20'), '2026-11-20');
});

const family = (f: Partial<FamilyClock>): FamilyClock => ({ identifiedOn: '2026-10-01', doubleEmployment: false, firstDueOn: '2026-10-21', secondDueOn: null, firstEmployedOn: null, secondEmployedOn: null, clearedOn: null, ...f });

test('a zero-employment family is overdue from the day after its deadline until a member is placed', () => {
  assert.equal(familyOverdueOn(family({}), '2026-10-21'), false, 'the due day itself is in time');
  assert.equal(familyOverdueOn(family({}), '2026-10-22'), true);
  assert.equal(familyOverdueOn(family({}), '2026-09-30'), false, 'not identified yet');
  assert.equal(familyOverdueOn(family({ identifiedOn: null }), '2026-12-01'), false);
  const late = family({ firstEmployedOn: '2026-11-05', clearedOn: '2026-11-05' });
  assert.equal(familyOverdueOn(late, '2026-11-04'), true, 'placed late: overdue until then');
  assert.equal(familyOverdueOn(late, '2026-11-05'), false);
  const double = family({ doubleEmployment: true, secondDueOn: '2026-11-01', firstEmployedOn: '2026-10-10' });
  assert.equal(familyOverdueOn(double, '2026-11-01'), false);
  assert.equal(familyOverdueOn(double, '2026-11-02'), true, 'second member late');
  assert.equal(familyOverdueOn({ ...double, secondEmployedOn: '2026-11-03', clearedOn: '2026-11-03' }, '2026-11-03'), false);
});

test('months of a period, clipped to it', () => {
  assert.deepEqual(monthsOf(quarterPeriod(2026, 4)).map((m) => [m.from, m.to]), [['2026-10-01', '2026-10-31'], ['2026-11-01', '2026-11-30'], ['2026-12-01', '2026-12-31']]);
  assert.deepEqual(monthsOf({ from: '2026-01-15', to: '2026-02-10' }).map((m) => [m.from, m.to]), [['2026-01-15', '2026-01-31'], ['2026-02-01', '2026-02-10']]);
  assert.equal(isFinishedMonth(monthPeriod(2026, 10), '2026-11-20'), true);
  assert.equal(isFinishedMonth(monthPeriod(2026, 11), '2026-11-20'), false);
  assert.equal(isFinishedMonth({ from: '2026-10-05', to: '2026-10-31' }, '2026-11-20'), false, 'part of a month');
});

test('snapshot plan: finished months from the snapshot, the running month live', () => {
  const today = '2026-11-20';
  const q4 = snapshotPlan(quarterPeriod(2026, 4), '360203', today);
  assert.deepEqual(q4.flowMonths, ['2026-10-01']);
  assert.deepEqual(q4.liveFlows.map((p) => p.from), ['2026-11-01', '2026-12-01']);
  assert.equal(q4.stockMonth, null, 'the quarter is not over: stocks live');
  assert.equal(q4.spanMonth, null);
  const q3 = snapshotPlan(quarterPeriod(2026, 3), '360203', today);
  assert.deepEqual(q3.flowMonths, ['2026-07-01', '2026-08-01', '2026-09-01']);
  assert.equal(q3.stockMonth, '2026-09-01');
  assert.equal(q3.spanMonth, null, 're-employment over a quarter does not add up over months');
  const oct = snapshotPlan(monthPeriod(2026, 10), '360203001', today);
  assert.equal(oct.spanMonth, '2026-10-01');
  const community = snapshotPlan(yearPeriod(2025), '360203001001', today);
  assert.deepEqual(community.flowMonths, [], 'communities are not in the snapshot');
  const custom = snapshotPlan({ kind: 'custom', from: '2026-09-15', to: '2026-10-31', label: '' }, '3602', today);
  assert.deepEqual(custom.flowMonths, ['2026-10-01']);
  assert.deepEqual(custom.liveFlows.map((p) => [p.from, p.to]), [['2026-09-15', '2026-09-30']]);
});

test('refresh schedule: missing kept months plus the recent ones; stale; next 02:00 China time', () => {
  assert.deepEqual(finishedMonths('2026-01-10', 2), ['2025-11-01', '2025-12-01']);
  const present = new Set(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']);
  assert.deepEqual(monthsToRefresh('2026-11-20', present, { history: 5, recent: 2 }), ['2026-06-01', '2026-09-01', '2026-10-01']);
  const all = new Set(['2026-06-01', ...present]);
  assert.deepEqual(monthsToRefresh('2026-11-20', all, { history: 5, recent: 2 }, '2026-07-18'), ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'], 'a change dated in July');
  assert.deepEqual(monthsToRefresh('2026-11-20', all, { history: 5, recent: 2 }, '2016-01-01'), [...all].sort(), 'older than the kept months');
  const now = new Date('2026-11-20T02:00:00Z');
  assert.equal(isStale('2026-11-20', new Map(), now), true);
  assert.equal(isStale('2026-11-20', new Map([['2026-10-01', new Date('2026-11-19T20:00:00Z')]]), now), false);
  assert.equal(isStale('2026-11-20', new Map([['2026-10-01', new Date('2026-11-18T20:00:00Z')]]), now), true);
  // 02:00Z is 10:00 in China: the next 02:00 China is 18:00Z the same day.
  assert.equal(msUntilNext(now, 2), 16 * 3_600_000);
  assert.equal(msUntilNext(new Date('2026-11-19T17:59:00Z'), 2), 60_000);
});
