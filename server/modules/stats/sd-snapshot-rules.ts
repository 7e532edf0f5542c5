import { monthPeriod, quarterPeriod, yearPeriod, type Period } from './period.js';
import { finishedMonths } from './snapshot-schedule.js';

/**
 * Which supply-demand tallies the snapshot keeps (pure): finished months, quarters and years of the
 * province, city and districts (a street's subtree is small enough to count live) within the
 * indicator snapshot's history. The current and future periods and custom spans are always live.
 */

/** Units whose tallies are kept: codes of up to six characters (province, city, district). */
export function keepsUnit(region: string): boolean {
  return region.length <= 6;
}

/** A standard period (month, quarter, year) that ended before `today`. */
export function keepsPeriod(p: Period, today: string): boolean {
  return p.kind !== 'custom' && p.to < today;
}

/**
 * The periods the refresh job keeps filled: the `history` finished months before today's month and
 * the quarters and years wholly inside them, oldest first within each kind.
 */
export function keptPeriods(today: string, history = 36): Period[] {
  const months = finishedMonths(today, history).map((m) => monthPeriod(Number(m.slice(0, 4)), Number(m.slice(5, 7))));
  if (months.length === 0) return [];
  const first = months[0].from;
  const last = months[months.length - 1].to;
  const quarters: Period[] = [];
  const years: Period[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y += 1) {
    for (let q = 1; q <= 4; q += 1) {
      const p = quarterPeriod(y, q);
      if (p.from >= first && p.to <= last) quarters.push(p);
    }
    const year = yearPeriod(y);
    if (year.from >= first && year.to <= last) years.push(year);
  }
  return [...months, ...quarters, ...years];
}
