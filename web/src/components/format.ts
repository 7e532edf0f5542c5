import dayjs from 'dayjs';

/** ISO timestamp → local "YYYY-MM-DD HH:mm" (empty for null). */
export function fmtDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : value;
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
