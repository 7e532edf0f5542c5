import { monthPeriod } from './period.js';

/**
 * When the monthly snapshot is refreshed (pure): which months, how stale is too stale, and when the
 * next nightly run is. The runner (snapshot-scheduler.ts) only wires these to a timer.
 */

/** First days of the `count` finished months before `today`'s month, oldest first. */
export function finishedMonths(today: string, count: number): string[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    out.unshift(monthPeriod(year, month).from);
  }
  return out;
}

export interface RefreshPolicy {
  /** How many finished months the snapshot keeps (older months are counted live). */
  history: number;
  /** The most recent finished months recomputed on every run: late registrations (30 / 15 days) still land there. */
  recent: number;
}

export const DEFAULT_POLICY: RefreshPolicy = { history: 36, recent: 2 };

/**
 * Months a run recomputes: every kept month that is missing, the recent ones, and every month from
 * `changedFrom` on — the earliest date a record changed since the last run touches (a back-dated
 * registration moves that month's flows and the stocks of every month end after it).
 */
export function monthsToRefresh(today: string, present: ReadonlySet<string>, policy: RefreshPolicy = DEFAULT_POLICY, changedFrom: string | null = null): string[] {
  const kept = finishedMonths(today, policy.history);
  const recent = new Set(kept.slice(-policy.recent));
  const changed = changedFrom === null ? null : `${changedFrom.slice(0, 7)}-01`;
  return kept.filter((m) => recent.has(m) || !present.has(m) || (changed !== null && m >= changed));
}

/**
 * Why the months an operator asked to refresh cannot be (a Chinese message for the `months` field),
 * or null: only finished months the snapshot keeps. The current month is still counting (a row
 * computed mid-month would later be served as the finished month), a future month has nothing yet,
 * and months before the kept ones are always counted live.
 */
export function refreshMonthsProblem(months: readonly string[], today: string, policy: RefreshPolicy = DEFAULT_POLICY): string | null {
  const kept = finishedMonths(today, policy.history);
  const first = kept[0].slice(0, 7);
  const last = kept[kept.length - 1].slice(0, 7);
  for (const m of months) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m) || m < '1900-01') return `月份“${m}”无效，应为YYYY-MM`;
    if (m > last) return `只能刷新已结束的月份（最近为${last}）`;
    if (m < first) return `只保留最近${policy.history}个已结束月份的快照（${first}起），更早的月份实时统计，无需刷新`;
  }
  return null;
}

/** Stale: the last finished month is missing, or was computed more than `maxAgeHours` ago. */
export function isStale(today: string, present: ReadonlyMap<string, Date>, now: Date, maxAgeHours = 26): boolean {
  const [last] = finishedMonths(today, 1);
  const at = present.get(last);
  return at === undefined || now.getTime() - at.getTime() > maxAgeHours * 3_600_000;
}
