import { buildQuery, http } from '../../../api/client';

/** The answer of GET /api/stats/dashboard (server/modules/stats/dashboard-schema.ts). */

export type KpiKey = 'newEmployment' | 'unemploymentRate' | 'ratio' | 'vacancies' | 'seekers' | 'unemployed' | 'zeroOverdue' | 'commitmentMissed';
export type AlertCheck = 'zero_family' | 'commitment' | 'follow_up' | 'not_contacted';

export interface PeriodInfo {
  kind: string;
  from: string;
  to: string;
  label: string;
}

export interface Kpi {
  key: KpiKey;
  label: string;
  unit: string;
  month: number | null;
  ytd: number | null;
  previousMonth: number | null;
  trend: (number | null)[];
  detail?: { month: number; ytd: number; label: string };
}

export interface OccupationRow {
  key: string;
  label: string;
  demand: number;
  supply: number;
  ratio: number | null;
}

export interface LowerUnit {
  code: string;
  name: string;
  level: number;
  newEmployment: number;
  unemployed: number;
  unemploymentRate: number | null;
  vacancies: number;
  seekers: number;
  ratio: number | null;
}

export interface Alert {
  check: AlertCheck;
  kind: 'overdue' | 'not_contacted';
  label: string;
  count: number;
  level: 'high' | 'medium' | 'none';
}

export interface Dashboard {
  regionCode: string;
  regionName: string;
  regionLevel: number;
  today: string;
  month: PeriodInfo;
  ytd: PeriodInfo;
  quarter: PeriodInfo;
  months: { key: string; label: string; from: string; to: string }[];
  kpis: Kpi[];
  occupation: OccupationRow[];
  lower: LowerUnit[];
  alerts: Alert[];
  /** When the figures were computed. */
  generatedAt: string;
  /** Served from the materialised copy (false: computed for this request). */
  cached: boolean;
  ageSeconds: number;
  maxAgeSeconds: number;
}

export const DASHBOARD_PATH = '/api/stats/dashboard';

export const dashboardApi = {
  /** `refresh`: recompute now instead of serving the materialised copy. */
  get: (regionCode?: string, refresh = false) => http.get<Dashboard>(DASHBOARD_PATH, { regionCode, refresh: refresh || undefined }),
};

// ---- drill-down addresses (the query parameters of the indicators and supply-demand pages) --------

type Span = { from: string; to: string };
type When = 'month' | 'ytd';

/** The period query of a month (YYYY-MM-01 … end) or of any span (custom). */
export function periodParams(p: Span & { kind?: string }): Record<string, string | number> {
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  if (p.kind === 'quarter') return { period: 'quarter', year, quarter: Math.ceil(month / 3) };
  const monthEnd = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  if (p.from.endsWith('-01') && p.to === monthEnd) return { period: 'month', year, month };
  return { period: 'custom', from: p.from, to: p.to };
}

/** Indicator figures a KPI lists on the indicators' records page. */
const INDICATOR_OF: Partial<Record<KpiKey, string>> = { newEmployment: 'newTotal', unemploymentRate: 'unemployed', unemployed: 'unemployed', zeroOverdue: 'zeroOverdue' };

/** Where a KPI's figure (of the month, the year so far, or one trend month) is explained record by record. */
export function kpiLink(d: Dashboard, key: KpiKey, when: When | Span, regionCode = d.regionCode): string {
  const span: Span & { kind?: string } = when === 'month' ? d.month : when === 'ytd' ? d.ytd : when;
  const period = periodParams(span);
  const indicator = INDICATOR_OF[key];
  if (indicator) return `/stats/indicators/records${buildQuery({ ...period, regionCode, indicator })}`;
  if (key === 'vacancies' || key === 'seekers') {
    return `/stats/supply-demand/records${buildQuery({ ...period, regionCode, table: 'overall', row: 'total', side: key === 'vacancies' ? 'demand' : 'supply' })}`;
  }
  if (key === 'ratio') return `/stats/supply-demand${buildQuery({ ...period, regionCode })}`;
  return `/quality${buildQuery({ kind: 'overdue', check: 'commitment' })}`;
}

/** The postings or seekers of an occupation group this quarter. */
export function occupationLink(d: Dashboard, row: string, side: 'demand' | 'supply'): string {
  return `/stats/supply-demand/records${buildQuery({ ...periodParams(d.quarter), regionCode: d.regionCode, table: 'occupation', row, side })}`;
}

/** The registry's data-quality list of exactly an alert's records (its check; the header's scope decides the unit there). */
export function alertLink(a: Alert): string {
  return `/quality${buildQuery({ kind: a.kind, check: a.check })}`;
}
