import chineseDays from 'chinese-days';

/**
 * The official PRC working-day calendar (statutory holidays and make-up working days, from the
 * `chinese-days` package, which covers the years up to COVERED_THROUGH_YEAR) and the deadline
 * rules every module uses. The State Council publishes next year's schedule each autumn; until
 * the package carries it, staff enter it as overrides (calendar_override table), which win over
 * the package. Dates are 'YYYY-MM-DD' calendar dates in China; no clock, no I/O.
 */

/** The last year whose holidays the package knows; later years count weekends only. */
export const COVERED_THROUGH_YEAR = 2026;

/** A day whose status differs from the package: a newly published holiday or make-up day. */
export interface DayOverride {
  isWorkday: boolean;
  name: string | null;
}
export type Overrides = ReadonlyMap<string, DayOverride>;
const NONE: Overrides = new Map();

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function assertDate(date: string): void {
  const parsed = DATE_RE.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
}

/** Adds calendar days to a date. */
export function addCalendarDays(date: string, days: number): string {
  assertDate(date);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether the date is a working day (make-up Saturdays count, holidays and weekends do not). */
export function isWorkingDay(date: string, overrides: Overrides = NONE): boolean {
  assertDate(date);
  const o = overrides.get(date);
  return o ? o.isWorkday : chineseDays.isWorkday(date);
}

/** The holiday or make-up-day name of a date, if any (e.g. "国庆节"). */
export function dayName(date: string, overrides: Overrides = NONE): string | null {
  const o = overrides.get(date);
  if (o) return o.name;
  const detail = chineseDays.getDayDetail(date);
  const weekday = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(detail.name);
  if (weekday) return null;
  return detail.name.split(',')[1] ?? detail.name;
}

/**
 * The n-th working day after `from` (the start day itself is not counted): "within 10 working
 * days of X" is due on `addWorkingDays(X, 10)`.
 */
export function addWorkingDays(from: string, n: number, overrides: Overrides = NONE): string {
  assertDate(from);
  if (!Number.isInteger(n) || n < 0) throw new RangeError('working days must be a non-negative integer');
  let date = from;
  let left = n;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, overrides)) left -= 1;
  }
  return date;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string, overrides: Overrides = NONE): number {
  assertDate(from);
  assertDate(to);
  let count = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d, overrides)) count += 1;
  return count;
}

/** A deadline rule as written in policy: "N working days" or "N calendar days". */
export type DeadlineRule = { workingDays: number } | { calendarDays: number };

/** The due date of a rule counted from a start date. */
export function dueDate(from: string, rule: DeadlineRule, overrides: Overrides = NONE): string {
  return 'workingDays' in rule ? addWorkingDays(from, rule.workingDays, overrides) : addCalendarDays(from, rule.calendarDays);
}

/** Every day of a month with its working-day flag and holiday name, for the calendar page. */
export function monthDays(
  month: string,
  overrides: Overrides = NONE,
): { date: string; isWorkday: boolean; name: string | null; weekday: number; overridden: boolean }[] {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new RangeError(`not a month: ${month}`);
  const days = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addCalendarDays(d, 1)) {
    days.push({
      date: d,
      isWorkday: isWorkingDay(d, overrides),
      name: dayName(d, overrides),
      weekday: new Date(`${d}T00:00:00Z`).getUTCDay(),
      overridden: overrides.has(d),
    });
  }
  return days;
}
