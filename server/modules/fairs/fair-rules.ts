import type { FieldError } from '../../platform/errors.js';
import type { FairStatus, SeriesEvery } from '../../platform/db/schema-fairs.js';
import { FAIR_KINDS, FAIR_TARGET_GROUPS } from './codes.js';

/** Pure rules of planning fairs: recurrence dates, input checks, what may be done with a fair. No I/O. */

/** At most this many fairs in one series, and the series ends within a year of its first fair. */
export const MAX_OCCURRENCES = 60;
export const MAX_CAPACITY = 2000;

const parse = (date: string) => new Date(`${date}T00:00:00Z`);
const format = (d: Date) => d.toISOString().slice(0, 10);

/** Adds days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** The date `months` months after `date` on the same day of the month, or the month's last day when it is shorter (31 Jan → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return format(target);
}

/** The date one year after `date` (29 Feb → 28 Feb). */
export const oneYearAfter = (date: string) => addMonths(date, 12);

/**
 * The dates of a series: the first fair's date, then every week, two weeks or month (same day of
 * the month) up to and including `until`. The caller checks the limits (recurrenceErrors).
 */
export function recurrenceDates(first: string, every: SeriesEvery, until: string): string[] {
  const dates: string[] = [];
  for (let i = 0; dates.length <= MAX_OCCURRENCES; i += 1) {
    const date = every === 'month' ? addMonths(first, i) : addDays(first, i * (every === 'week' ? 7 : 14));
    if (date > until) break;
    dates.push(date);
  }
  return dates;
}

/** Field errors of a recurrence: the end after the first fair, within a year, at most MAX_OCCURRENCES fairs. */
export function recurrenceErrors(first: string, every: SeriesEvery, until: string): FieldError[] {
  if (until <= first) return [{ field: 'recurrence.until', message: '重复截止日期须晚于第一场招聘会的日期' }];
  if (until > oneYearAfter(first)) return [{ field: 'recurrence.until', message: '重复截止日期不能超过第一场之后一年' }];
  if (recurrenceDates(first, every, until).length > MAX_OCCURRENCES) return [{ field: 'recurrence.until', message: `一个系列最多 ${MAX_OCCURRENCES} 场招聘会` }];
  return [];
}

export interface FairFields {
  name: string;
  kind: string;
  targetGroups: readonly string[];
  venue: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  boothCapacity: number;
}

/**
 * Field errors of a fair's own fields, all at once: a date in the past (only when the date is new —
 * `previousHeldOn` is the stored date of an edited fair), times, capacity, kind and target groups.
 */
export function fairFieldErrors(f: FairFields, today: string, previousHeldOn?: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!f.name.trim()) errors.push({ field: 'name', message: '请填写招聘会名称' });
  if (!Object.hasOwn(FAIR_KINDS, f.kind)) errors.push({ field: 'kind', message: '招聘会类型不在代码表中' });
  const unknown = f.targetGroups.filter((g) => !Object.hasOwn(FAIR_TARGET_GROUPS, g));
  if (unknown.length > 0) errors.push({ field: 'targetGroups', message: `服务对象代码不正确：${unknown.join('、')}` });
  if (new Set(f.targetGroups).size !== f.targetGroups.length) errors.push({ field: 'targetGroups', message: '服务对象重复' });
  if (!f.venue.trim()) errors.push({ field: 'venue', message: '请填写举办地点' });
  if (f.heldOn < today && f.heldOn !== previousHeldOn) errors.push({ field: 'heldOn', message: `举办日期 ${f.heldOn} 已过去，不能安排在今天（${today}）之前` });
  if (f.endsAt <= f.startsAt) errors.push({ field: 'endsAt', message: '结束时间须晚于开始时间' });
  if (!Number.isInteger(f.boothCapacity) || f.boothCapacity < 1 || f.boothCapacity > MAX_CAPACITY) errors.push({ field: 'boothCapacity', message: `展位数须在 1 至 ${MAX_CAPACITY} 之间` });
  return errors;
}

/** Whether the fair's record may still change (not closed, not cancelled). */
export const isOpenStatus = (status: FairStatus) => status === 'planned' || status === 'published';

/** What a manager of the fair may do with it, by status and date (sent as `can`; `manage` = booths, check-in, intentions). */
export function fairActions(status: FairStatus, heldOn: string, today: string, mayManage: boolean) {
  return {
    edit: mayManage && isOpenStatus(status),
    publish: mayManage && status === 'planned',
    close: mayManage && status === 'published' && heldOn <= today,
    cancel: mayManage && isOpenStatus(status),
    manage: mayManage && isOpenStatus(status),
  };
}

/** Orders booth numbers naturally: A2 before A10, then B1. */
export function compareBooths(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true, sensitivity: 'base' });
}

/** A booth number as stored: trimmed, upper-case ('a01 ' → 'A01'). */
export const normaliseBooth = (booth: string) => booth.trim().toUpperCase();

/** The Monday of the week holding `date` (ISO weeks start on Monday). */
export function mondayOf(date: string): string {
  const dow = parse(date).getUTCDay();
  return addDays(date, dow === 0 ? -6 : 1 - dow);
}

/** Whether a date is a Monday. */
export const isMonday = (date: string) => parse(date).getUTCDay() === 1;
