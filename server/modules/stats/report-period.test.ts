import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultReportPeriod, generationProblem, isCalendarDay, isProblem, parseReportPeriod, periodKey, summaryProblem } from './report-period.js';

const TODAY = '2026-11-20'; // a Friday

test('a weekly forecast names its Monday and covers Monday to Sunday', () => {
  assert.deepEqual(parseReportPeriod('weekly_forecast', '2026-11-23'), { kind: 'custom', from: '2026-11-23', to: '2026-11-29', label: '2026-11-23至2026-11-29' });
  assert.deepEqual(parseReportPeriod('weekly_forecast', '2026-11-24'), { field: 'period', message: '周预报按周上报，日期须为星期一' });
  assert.equal((parseReportPeriod('weekly_forecast', '2026-11') as { field: string }).field, 'period');
});

test('a day that does not exist is a field problem, not a rolled-over date', () => {
  // 2027-03-01 is a Monday: Date.parse('2027-02-29') would roll over to it.
  assert.deepEqual(parseReportPeriod('weekly_forecast', '2027-02-29'), { field: 'period', message: '日期 2027-02-29 不存在' });
  assert.ok(isProblem(parseReportPeriod('weekly_forecast', '2026-02-30')));
  assert.ok(isProblem(parseReportPeriod('weekly_forecast', '2026-13-02')));
  assert.ok(!isProblem(parseReportPeriod('weekly_forecast', '2028-02-28')), 'a Monday in a leap year');
  assert.equal(isCalendarDay('2028-02-29'), true);
  assert.equal(isCalendarDay('2027-02-29'), false);
  assert.equal(isCalendarDay('2026-04-31'), false);
});

test('a monthly report names its month', () => {
  assert.deepEqual(parseReportPeriod('monthly_report', '2026-02'), { kind: 'month', from: '2026-02-01', to: '2026-02-28', label: '2026年2月' });
  assert.ok(isProblem(parseReportPeriod('monthly_report', '2026-13')));
  assert.ok(isProblem(parseReportPeriod('monthly_report', '2026-10-01')));
});

test('defaults: next week, last month (also across a year)', () => {
  assert.equal(defaultReportPeriod('weekly_forecast', TODAY), '2026-11-23');
  assert.equal(defaultReportPeriod('weekly_forecast', '2026-11-23'), '2026-11-30');
  assert.equal(defaultReportPeriod('weekly_forecast', '2026-11-29'), '2026-11-30');
  assert.equal(defaultReportPeriod('monthly_report', TODAY), '2026-10');
  assert.equal(defaultReportPeriod('monthly_report', '2026-01-05'), '2025-12');
  assert.equal(periodKey('monthly_report', '2026-10-01'), '2026-10');
  assert.equal(periodKey('weekly_forecast', '2026-11-23'), '2026-11-23');
});

test('a forecast for a week not yet over; a monthly report only for a month that has ended', () => {
  const week = (d: string) => generationProblem('weekly_forecast', parseReportPeriod('weekly_forecast', d) as never, TODAY);
  assert.equal(week('2026-11-16'), null, 'this week is not over yet');
  assert.equal(week('2026-11-23'), null);
  assert.equal(week('2026-11-09')?.field, 'period');
  const month = (m: string) => generationProblem('monthly_report', parseReportPeriod('monthly_report', m) as never, TODAY);
  assert.equal(month('2026-10'), null);
  assert.equal(month('2026-11')?.message, '本月尚未结束，月报须在月份结束后生成');
  assert.equal(month('2026-12')?.message, '不能为未来的月份生成月报');
  assert.equal(generationProblem('monthly_report', parseReportPeriod('monthly_report', '2026-10') as never, '2026-10-31')?.field, 'period', 'the last day of the month is not over');
  assert.equal(generationProblem('monthly_report', parseReportPeriod('monthly_report', '2026-10') as never, '2026-11-01'), null);
});

test('the summary is at most 2000 characters', () => {
  assert.equal(summaryProblem('好'.repeat(2000)), null);
  assert.equal(summaryProblem('好'.repeat(2001))?.field, 'summary');
});
