import { addDays, isMonday, mondayOf } from '../fairs/fair-rules.js';
import { monthPeriod, previousPeriod, type Period } from './period.js';

/**
 * The period of a market report, as pure functions on 'YYYY-MM-DD' dates: a weekly forecast covers a
 * week from Monday to Sunday (named by its Monday), a monthly report a calendar month ('YYYY-MM').
 */
export const REPORT_KINDS = ['weekly_forecast', 'monthly_report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_NAMES: Record<ReportKind, string> = { weekly_forecast: '招聘会周预报', monthly_report: '人力资源市场月报' };

export type PeriodProblem = { field: string; message: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a 'YYYY-MM-DD' string names a day of the calendar (Date.parse rolls '2027-02-29' over to March). */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** The period a report kind's period string names, or a field problem. */
export function parseReportPeriod(kind: ReportKind, period: string): Period | PeriodProblem {
  if (kind === 'weekly_forecast') {
    if (!DAY.test(period)) return { field: 'period', message: '周预报的期间为一周的星期一（YYYY-MM-DD）' };
    if (!isCalendarDay(period)) return { field: 'period', message: `日期 ${period} 不存在` };
    if (!isMonday(period)) return { field: 'period', message: '周预报按周上报，日期须为星期一' };
    const to = addDays(period, 6);
    return { kind: 'custom', from: period, to, label: `${period}至${to}` };
  }
  const m = MONTH.exec(period);
  if (!m) return { field: 'period', message: '月报的期间为月份（YYYY-MM）' };
  return monthPeriod(Number(m[1]), Number(m[2]));
}

export function isProblem(p: Period | PeriodProblem): p is PeriodProblem {
  return 'field' in p;
}

/** The period a report is normally made for: next week's forecast, last month's report. */
export function defaultReportPeriod(kind: ReportKind, today: string): string {
  if (kind === 'weekly_forecast') return addDays(mondayOf(today), 7);
  const current = monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
  return previousPeriod(current).from.slice(0, 7);
}

/** The period string of a stored report (its Monday, or its month). */
export function periodKey(kind: ReportKind, periodStart: string): string {
  return kind === 'weekly_forecast' ? periodStart : periodStart.slice(0, 7);
}

/**
 * Whether a report may be generated for the period today: a forecast for a week not yet over, a
 * monthly report for a month that has ended (its figures are complete).
 */
export function generationProblem(kind: ReportKind, p: Period, today: string): PeriodProblem | null {
  if (kind === 'weekly_forecast') {
    return p.to < today ? { field: 'period', message: `${p.from} 这一周已经过去，不能再生成周预报` } : null;
  }
  if (p.from > today) return { field: 'period', message: '不能为未来的月份生成月报' };
  if (p.to >= today) return { field: 'period', message: '本月尚未结束，月报须在月份结束后生成' };
  return null;
}

export const SUMMARY_MAX = 2000;

/** A problem with the district's summary, or null. */
export function summaryProblem(summary: string): PeriodProblem | null {
  return summary.length > SUMMARY_MAX ? { field: 'summary', message: `说明不能超过 ${SUMMARY_MAX} 个字` } : null;
}
