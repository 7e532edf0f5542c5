import type { Change } from './sdApi';

/** 0.1234 → "12.34%"; null → "—". */
export const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(2)}%`);

/** A change as "+12（+5.0%）", "-3（-1.2%）" or "+4" when there was nothing before. */
export function changeText(c: Change): string {
  const sign = (n: number) => (n > 0 ? '+' : '');
  return `${sign(c.diff)}${c.diff}${c.rate === null ? '' : `（${sign(c.rate)}${(c.rate * 100).toFixed(1)}%）`}`;
}

/** A ratio with 2 decimals, or "—". */
export const ratioText = (r: number | null | undefined) => (r === null || r === undefined ? '—' : r.toFixed(2));
