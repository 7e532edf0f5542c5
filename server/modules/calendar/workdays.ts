import chineseDays from 'chinese-days';

/**
 * The official PRC working-day calendar (statutory holidays and make-up working days, from the
 * `chinese-days` package) and the deadline rules every module uses. Dates are 'YYYY-MM-DD'
 * calendar dates in China; pure functions, no clock.
 */

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function assertDate(date: string): void {
  if (!DATE_RE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new RangeError(`not a date: ${date}`);
}

/** Adds calendar days to a date. */
export function addCalendarDays(date: string, days: number): string {
  assertDate(date);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether the date is a working day (make-up Saturdays count, holidays and weekends do not). */
export function isWorkingDay(date: string): boolean {
  assertDate(date);
  return chineseDays.isWorkday(date);
}

/** The holiday or make-up-day name of a date, if any (e.g. "国庆节"). */
export function dayName(date: string): string | null {
  const detail = chineseDays.getDayDetail(date);
  const weekday = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(detail.name);
  if (weekday) return null;
  return detail.name.split(',')[1] ?? detail.name;
}

/**
 * The n-th working day after `from` (the start day itself is not counted): "within 10 working
 * days of X" is due on `addWorkingDays(X, 10)`.
 */
export function addWorkingDays(from: string, n: number): string {
  assertDate(from);
  if (!Number.isInteger(n) || n < 0) throw new RangeError('working days must be a non-negative integer');
  let date = from;
  let left = n;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  let count = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) count += 1;
  return count;
}

/** A deadline rule as written in policy: "N working days" or "N calendar days". */
export type DeadlineRule = { workingDays: number } | { calendarDays: number };

/** The due date of a rule counted from a start date. */
export function dueDate(from: string, rule: DeadlineRule): string {
  return 'workingDays' in rule ? addWorkingDays(from, rule.workingDays) : addCalendarDays(from, rule.calendarDays);
}

/** Every day of a month with its working-day flag and holiday name, for the calendar page. */
export function monthDays(month: string): { date: string; isWorkday: boolean; name: string | null; weekday: number }[] {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new RangeError(`not a month: ${month}`);
  const days = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addCalendarDays(d, 1)) {
    days.push({ date: d, isWorkday: isWorkingDay(d), name: dayName(d), weekday: new Date(`${d}T00:00:00Z`).getUTCDay() });
  }
  return days;
}
