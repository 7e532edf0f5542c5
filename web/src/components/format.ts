import dayjs from 'dayjs';

/** ISO timestamp → local "YYYY-MM-DD HH:mm" (empty for null). */
export function fmtDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : value;
}

/** ISO timestamp → "YYYY-MM-DD HH:mm" in China time (UTC+8, no DST), whatever the browser's zone. */
export function fmtChinaDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Today's date in China (UTC+8, no DST) as "YYYY-MM-DD": the date the server judges "in force" by. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** ISO date or timestamp → "YYYY-MM-DD". */
export function fmtDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : value;
}

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  pending: 'processing',
  returned: 'warning',
  approved: 'success',
  verified: 'success',
  rejected: 'error',
  withdrawn: 'default',
  active: 'success',
  disabled: 'default',
};

/** The names between a root level and a unit (exclusive both), e.g. "景德镇市 / 珠山区" for a street under a province root. */
export function ancestorPath(pathNames: readonly string[] | undefined, rootLevel: number): string {
  return (pathNames ?? []).slice(rootLevel, -1).join(' / ');
}

/** When a lock ends: "HH:mm" today, otherwise "MM-DD HH:mm". */
export function fmtLockEnd(value: string): string {
  const d = dayjs(value);
  if (!d.isValid()) return value;
  return d.isSame(dayjs(), 'day') ? d.format('HH:mm') : d.format('MM-DD HH:mm');
}

/** Code lengths of the five org levels (GB/T 2260 + statistical codes): level n has LEVEL_CODE_LENGTHS[n - 1] digits. */
export const LEVEL_CODE_LENGTHS = [2, 4, 6, 9, 12];
