import { http, type Query } from '../../../api/client';
import type { PeriodInfo } from '../supply-demand/sdApi';

/** Types of /api/stats/indicators (server/modules/stats/indicators-schema.ts). */
export type Figure =
  | 'unemployed' | 'employed' | 'unemploymentRate'
  | 'newTotal' | 'newEmployer' | 'newSelfEmployed' | 'newFlexible' | 'newPublicWelfare' | 'attrition' | 'netNew'
  | 'reemploymentBase' | 'reemployed' | 'reemploymentRate'
  | 'difficultyBase' | 'difficultyEmployed' | 'difficultyRate'
  | 'zeroIdentified' | 'zeroCleared' | 'zeroOverdue';

export type IndicatorValues = Record<Figure, number | null>;

export interface IndicatorRow {
  key: string;
  label: string;
  regionCode: string;
  from: string;
  to: string;
  asOf: string;
  source: 'snapshot' | 'live' | 'mixed';
  values: IndicatorValues;
}

export interface IndicatorReport {
  period: PeriodInfo;
  regionCode: string;
  regionName: string;
  unit: IndicatorRow;
  lower: IndicatorRow[];
  months: IndicatorRow[];
  labels: Record<string, string>;
}

export interface IndicatorRecord {
  id: number;
  personId: number | null;
  householdId: number | null;
  name: string | null;
  citizenId: string | null;
  phone: string | null;
  regionCode: string;
  regionName: string;
  date1: string | null;
  date2: string | null;
  detail: string | null;
}

export interface IndicatorRecords {
  items: IndicatorRecord[];
  total: number;
  page: number;
  pageSize: number;
  indicator: string;
  label: string;
  columns: { date1: string; date2: string; detail: string };
  period: PeriodInfo;
  regionCode: string;
  regionName: string;
  asOf: string;
}

export const INDICATORS_PATH = '/api/stats/indicators';

export const indicatorsApi = {
  report: (query: Query) => http.get<IndicatorReport>(INDICATORS_PATH, query),
  records: (query: Query) => http.get<IndicatorRecords>(`${INDICATORS_PATH}/records`, query),
};

/** The figures in the order of the table, and the figure each one drills into (null: none). */
export const FIGURES: Figure[] = [
  'unemployed', 'employed', 'unemploymentRate',
  'newTotal', 'newEmployer', 'newSelfEmployed', 'newFlexible', 'newPublicWelfare', 'attrition', 'netNew',
  'reemploymentBase', 'reemployed', 'reemploymentRate',
  'difficultyBase', 'difficultyEmployed', 'difficultyRate',
  'zeroIdentified', 'zeroCleared', 'zeroOverdue',
];

export const DRILL: Partial<Record<Figure, Figure>> = {
  unemploymentRate: 'unemployed',
  reemploymentRate: 'reemployed',
  difficultyRate: 'difficultyEmployed',
};

export const drillOf = (f: Figure): Figure | null => (f === 'netNew' ? null : (DRILL[f] ?? f));
export const isRate = (f: Figure) => f.endsWith('Rate');
export const fmtFigure = (f: Figure, v: number | null) => (v === null ? '—' : isRate(f) ? `${(v * 100).toFixed(2)}%` : String(v));
