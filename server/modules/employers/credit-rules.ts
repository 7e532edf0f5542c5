/**
 * Pure rules of the employer's standing in the public HR market: the credit record's kinds and
 * its 12-month summary, and membership (会员单位) as a date window. Dates are 'YYYY-MM-DD'.
 */

export const CREDIT_KINDS = ['warning', 'false_posting', 'complaint', 'violation', 'commendation'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export const CREDIT_KIND_NAMES: Record<CreditKind, string> = {
  warning: '警示',
  false_posting: '虚假招聘信息',
  complaint: '投诉',
  violation: '违法违规',
  commendation: '表彰',
};

export type CreditSummary = Record<CreditKind, number>;

/** Shifts a date by whole days (UTC arithmetic on the calendar date). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * First day of the 12-month window ending today: the day after the same date a year earlier
 * (2026-11-20 → 2025-11-21; 2028-02-29 → 2027-03-02, as 2027-02-29 rolls over to 03-01).
 */
export function creditWindowStart(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const yearBefore = new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
  return addDays(yearBefore, 1);
}

/** Counts per kind, every kind present (zero when none). */
export function creditSummary(counts: Partial<Record<string, number>> | null | undefined): CreditSummary {
  const out = {} as CreditSummary;
  for (const k of CREDIT_KINDS) out[k] = Number(counts?.[k] ?? 0);
  return out;
}

/** Whether the membership window covers the day. An open end (null) means until further notice. */
export function isMember(since: string | null, until: string | null, today: string): boolean {
  return since !== null && since <= today && (until === null || until >= today);
}

/** The longest membership granted in one go. */
export const MAX_MEMBERSHIP_YEARS = 5;

/** What is wrong with a membership window being set today, or null. */
export function membershipProblem(since: string, until: string, today: string): { field: 'memberSince' | 'memberUntil'; message: string } | null {
  if (since < addDays(today, -366)) return { field: 'memberSince', message: '会员起始日期不能早于一年前' };
  if (since > addDays(today, 366)) return { field: 'memberSince', message: '会员起始日期不能晚于一年后' };
  if (until < since) return { field: 'memberUntil', message: '会员截止日期不能早于起始日期' };
  if (until < today) return { field: 'memberUntil', message: '会员截止日期已过，无需设置' };
  const [y, m, d] = since.split('-').map(Number);
  const limit = new Date(Date.UTC(y + MAX_MEMBERSHIP_YEARS, m - 1, d)).toISOString().slice(0, 10);
  if (until > limit) return { field: 'memberUntil', message: `会员期限最长 ${MAX_MEMBERSHIP_YEARS} 年` };
  return null;
}

/**
 * Ending a membership today: a window that has begun closes yesterday (so the employer is no
 * longer a member today); one that has not begun yet is removed.
 */
export function endedMembership(since: string | null, until: string | null, today: string): { since: string | null; until: string | null } {
  if (since === null) return { since: null, until: null };
  const yesterday = addDays(today, -1);
  if (since > yesterday) return { since: null, until: null };
  return { since, until: until !== null && until < yesterday ? until : yesterday };
}

/** A credit event's date: not in the future, not before the record keeping began. */
export function occurredOnProblem(occurredOn: string, today: string): string | null {
  if (occurredOn > today) return '发生日期不能晚于今天';
  if (occurredOn < '2000-01-01') return '发生日期不能早于 2000-01-01';
  return null;
}
