import { monthPeriod, type Period } from './period.js';

/**
 * Pure rules of the employment indicators (DOMAIN.md §3 "Indicators"): the rate arithmetic, the date a
 * stock figure is taken at, the zero-employment family's overdue rule, and which months of a period
 * may come from the monthly snapshot. No I/O; the SQL in indicators-queries.ts mirrors these rules.
 */

/** Employment end reasons that are natural attrition. The registry's code table (registry/codes.ts) has
 * 退休 (retired) and no death code yet; a death code added there belongs in this list. */
export const NATURAL_ATTRITION_REASONS = ['retired'] as const;

/** part ÷ whole to 4 decimals (0..1); null when whole is 0. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** 城镇登记失业率 = U ÷ (E + U), 4 decimals; null when both are 0. */
export function unemploymentRate(unemployed: number, employed: number): number | null {
  return rate(unemployed, employed + unemployed);
}

/** The day a stock figure (registered unemployed, employed, overdue families) is read at: the period's
 * last day, or today for a period not yet over (no register knows the future). */
export function asOfDate(period: Pick<Period, 'to'>, today: string): string {
  return period.to < today ? period.to : today;
}

export interface FamilyClock {
  identifiedOn: string | null;
  doubleEmployment: boolean;
  firstDueOn: string | null;
  secondDueOn: string | null;
  firstEmployedOn: string | null;
  secondEmployedOn: string | null;
  clearedOn: string | null;
}

/**
 * Whether an identified zero-employment family is overdue on day `d`: identified by then, not cleared
 * by then, and a deadline passed (d after the due day) whose member was not employed by d — the
 * first member's, or the second's for a "double employment" family. It is the registry's
 * overdueDeadline (registry/zero-family-rules.ts) read as of any past day, so a family placed late
 * stops being overdue on the day it is placed.
 */
export function familyOverdueOn(f: FamilyClock, d: string): boolean {
  if (!f.identifiedOn || f.identifiedOn > d) return false;
  if (f.clearedOn && f.clearedOn <= d) return false;
  const unmet = (due: string | null, employed: string | null) => due !== null && d > due && (employed === null || employed > d);
  return unmet(f.firstDueOn, f.firstEmployedOn) || (f.doubleEmployment && unmet(f.secondDueOn, f.secondEmployedOn));
}

/** 'YYYY-MM-01' of a date's month. */
export const monthOf = (date: string): string => `${date.slice(0, 7)}-01`;

/** The calendar months a period touches, each clipped to the period, oldest first. */
export function monthsOf(p: Pick<Period, 'from' | 'to'>): Period[] {
  const out: Period[] = [];
  let year = Number(p.from.slice(0, 4));
  let month = Number(p.from.slice(5, 7));
  for (;;) {
    const m = monthPeriod(year, month);
    if (m.from > p.to) break;
    out.push({ ...m, from: m.from < p.from ? p.from : m.from, to: m.to > p.to ? p.to : m.to });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** A whole calendar month that ended before `today`: its figures no longer move except by late entries. */
export function isFinishedMonth(m: Pick<Period, 'from' | 'to'>, today: string): boolean {
  const whole = monthPeriod(Number(m.from.slice(0, 4)), Number(m.from.slice(5, 7)));
  return m.from === whole.from && m.to === whole.to && whole.to < today;
}

/** Region codes the snapshot keeps: province, city, district and street (2, 4, 6, 9 digits). */
export const SNAPSHOT_PREFIXES = [2, 4, 6, 9] as const;
export const snapshotServes = (region: string): boolean => region.length <= 9;

/**
 * How a period's figures are put together from monthly snapshots: flows (counts of events in the
 * period) add up over months, so each finished month may come from its snapshot and the rest is
 * counted live; stocks are read at the period end, from the snapshot of that month when it finished
 * and the period ends with it; distinct-person figures over the whole period (re-employment) come
 * from a snapshot only when the period is one finished month.
 */
export interface SnapshotPlan {
  /** Months whose flows come from the snapshot ('YYYY-MM-01'). */
  flowMonths: string[];
  /** Pieces of the period counted live for flows. */
  liveFlows: Period[];
  /** Month whose end-of-month stocks are the period's, or null (count live at asOfDate). */
  stockMonth: string | null;
  /** Month whose re-employment figures are the period's, or null (count live over the period). */
  spanMonth: string | null;
}

export function snapshotPlan(p: Period, region: string, today: string): SnapshotPlan {
  const months = monthsOf(p);
  if (!snapshotServes(region)) return { flowMonths: [], liveFlows: [p], stockMonth: null, spanMonth: null };
  const flowMonths = months.filter((m) => isFinishedMonth(m, today)).map((m) => m.from);
  const liveFlows = months.filter((m) => !isFinishedMonth(m, today));
  const last = months[months.length - 1];
  const stockMonth = last && isFinishedMonth(last, today) ? last.from : null;
  const spanMonth = months.length === 1 && isFinishedMonth(months[0], today) ? months[0].from : null;
  return { flowMonths, liveFlows, stockMonth, spanMonth };
}
