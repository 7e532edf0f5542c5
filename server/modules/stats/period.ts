import { Type, type Static } from '@sinclair/typebox';
import { DateString, RegionFilter } from '../../platform/http/schemas.js';

/**
 * Statistical periods: a quarter, a month, a year or any span of days, with the two periods every
 * figure is compared against (the one before and the same one a year earlier). Pure functions on
 * 'YYYY-MM-DD' calendar dates (China calendar days); both ends are inclusive.
 */
export const PERIOD_KINDS = ['quarter', 'month', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  /** 2026年第3季度, 2026年11月, 2026年, 2026-01-05至2026-02-20 */
  label: string;
}

/** The query every statistics endpoint takes: which period, which unit (default: the viewer's). */
export const PeriodQuery = Type.Object({
  period: Type.Optional(Type.Union(PERIOD_KINDS.map((k) => Type.Literal(k)), { default: 'quarter' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  quarter: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  month: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  regionCode: RegionFilter,
});
export type PeriodQuery = Static<typeof PeriodQuery>;

/** The same period for the API's answers. */
export const PeriodInfo = Type.Object({ kind: Type.String(), from: Type.String(), to: Type.String(), label: Type.String() });

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', from: ymd(year, first, 1), to: ymd(year, first + 2, lastDay(year, first + 2)), label: `${year}年第${quarter}季度` };
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', from: ymd(year, month, 1), to: ymd(year, month, lastDay(year, month)), label: `${year}年${month}月` };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', from: ymd(year, 1, 1), to: ymd(year, 12, 31), label: `${year}年` };
}

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function customPeriod(from: string, to: string): Period {
  return { kind: 'custom', from, to, label: `${from}至${to}` };
}

/** A field-level problem with a period query, or null. Messages are the UI's (Chinese). */
export function periodProblem(q: PeriodQuery): { field: string; message: string } | null {
  const kind = q.period ?? 'quarter';
  if (kind === 'custom') {
    if (!q.from) return { field: 'from', message: '请选择开始日期' };
    if (!q.to) return { field: 'to', message: '请选择结束日期' };
    if (q.to < q.from) return { field: 'to', message: '结束日期不能早于开始日期' };
    if (daysIn(q.from, q.to) > 366 * 3) return { field: 'to', message: '统计期间不能超过三年' };
  }
  return null;
}

/**
 * The period a query asks for. Without a year (or quarter / month) it is the one containing `today`.
 * Call periodProblem first: a custom period without both dates falls back to the current quarter.
 */
export function resolvePeriod(q: PeriodQuery, today: string): Period {
  const year = q.year ?? Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (q.period ?? 'quarter') {
    case 'month':
      return monthPeriod(year, q.month ?? month);
    case 'year':
      return yearPeriod(year);
    case 'custom':
      if (q.from && q.to) return customPeriod(q.from, q.to);
      return quarterPeriod(year, Math.ceil(month / 3));
    default:
      return quarterPeriod(year, q.quarter ?? Math.ceil(month / 3));
  }
}

/** The period just before: last quarter / month / year, or the same number of days before a custom span. */
export function previousPeriod(p: Period): Period {
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, q - 1);
    }
    case 'month':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'year':
      return yearPeriod(year - 1);
    default: {
      const days = daysIn(p.from, p.to);
      return customPeriod(shiftDays(p.from, -days), shiftDays(p.from, -1));
    }
  }
}

/** The same period one year earlier (29 February maps to 28 February). */
export function sameLastYear(p: Period): Period {
  const year = Number(p.from.slice(0, 4)) - 1;
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case 'quarter':
      return quarterPeriod(year, Math.ceil(month / 3));
    case 'month':
      return monthPeriod(year, month);
    case 'year':
      return yearPeriod(year);
    default: {
      const back = (d: string) => {
        const y = Number(d.slice(0, 4)) - 1;
        const m = Number(d.slice(5, 7));
        return ymd(y, m, Math.min(Number(d.slice(8, 10)), lastDay(y, m)));
      };
      return customPeriod(back(p.from), back(p.to));
    }
  }
}

/** The last `count` months ending with the month of `today`, oldest first (for trend lines). */
export function monthsEnding(today: string, count: number): Period[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const out: Period[] = [];
  for (let i = 0; i < count; i += 1) {
    out.unshift(monthPeriod(year, month));
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}
