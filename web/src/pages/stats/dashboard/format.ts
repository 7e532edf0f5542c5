import { fmtChinaDateTime } from '../../../components/format';
import type { Kpi } from './dashboardApi';

/** How a KPI's figure reads: a rate as a percentage, the ratio with two decimals, counts grouped. */
export function kpiText(k: Pick<Kpi, 'unit'>, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (k.unit === '%') return `${(v * 100).toFixed(2)}%`;
  if (k.unit === '倍') return v.toFixed(2);
  return v.toLocaleString('zh-CN');
}

/** The change against the month before: arrow and difference (a rate's in percentage points, `points`). */
export function changeOf(k: Kpi): { text: string; up: boolean | null; points: boolean } | null {
  if (k.month === null || k.previousMonth === null) return null;
  const diff = k.month - k.previousMonth;
  const up = Math.abs(diff) < 1e-9 ? null : diff > 0;
  const arrow = up === null ? '→' : up ? '↑' : '↓';
  if (k.unit === '%') return { text: `${arrow} ${Math.abs(diff * 100).toFixed(2)}`, up, points: true };
  if (k.unit === '倍') return { text: `${arrow} ${Math.abs(diff).toFixed(2)}`, up, points: false };
  return { text: `${arrow} ${Math.abs(diff).toLocaleString('zh-CN')}`, up, points: false };
}

/** The arrow's colour: green for good news, red for bad, grey for no change. */
export function changeColor(k: Kpi, up: boolean | null, dark = false): string {
  if (up === null) return dark ? '#8da2c0' : '#8c8c8c';
  const good = up === RISE_IS_GOOD[k.key];
  return good ? (dark ? '#5ad8a6' : '#389e0d') : dark ? '#ff7875' : '#cf1322';
}

/** Whether a rise is good news (employment, demand) or bad (unemployment, overdue cases): the colour of the arrow. */
export const RISE_IS_GOOD: Record<Kpi['key'], boolean> = {
  newEmployment: true,
  unemploymentRate: false,
  ratio: true,
  vacancies: true,
  seekers: false,
  unemployed: false,
  zeroOverdue: false,
  commitmentMissed: false,
};

/** When the figures were computed, as "HH:mm" China time (the day is the dashboard's `today`). */
export function generatedTime(generatedAt: string): string {
  return fmtChinaDateTime(generatedAt).slice(11, 16);
}
