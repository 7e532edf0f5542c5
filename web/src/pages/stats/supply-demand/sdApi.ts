import { http, type Query } from '../../../api/client';

/** Types of /api/stats/supply-demand (server/modules/stats/supply-demand-schema.ts). */
export type Side = 'demand' | 'supply';
export type PeriodKind = 'quarter' | 'month' | 'year' | 'custom';

export interface PeriodInfo {
  kind: string;
  from: string;
  to: string;
  label: string;
}

export interface Change {
  previous: number;
  diff: number;
  rate: number | null;
}

export interface Cell {
  count: number;
  share: number | null;
  vsPrevious: Change;
  vsLastYear: Change;
}

export interface RatioCell {
  value: number | null;
  previous: number | null;
  lastYear: number | null;
}

export interface ReportRow {
  key: string;
  label: string;
  of?: string;
  demand?: Cell;
  supply?: Cell;
  ratio?: RatioCell;
}

export interface ReportTable {
  key: string;
  title: string;
  sides: Side[];
  rows: ReportRow[];
  total: ReportRow;
}

export interface SupplyDemandReport {
  regionCode: string;
  regionName: string;
  period: PeriodInfo;
  previous: PeriodInfo;
  lastYear: PeriodInfo;
  overall: { postings: Cell; demand: Cell; supply: Cell; ratio: RatioCell };
  tables: ReportTable[];
  summary: string;
}

export interface PostingRecord {
  id: number;
  title: string;
  employerName: string;
  occupationCode: string;
  occupationName: string | null;
  vacancies: number;
  validFrom: string;
  validTo: string;
  status: string;
  regionCode: string;
  regionName: string;
}

export interface SeekerRecord {
  id: number;
  name: string;
  citizenIdMasked: string;
  sex: number;
  age: number;
  educationName: string | null;
  categoryName: string;
  validFrom: string;
  validTo: string;
  status: string;
  regionCode: string;
  regionName: string;
}

export interface RecordsResult {
  side: Side;
  table: string;
  row: string;
  label: string;
  period: PeriodInfo;
  regionCode: string;
  figure: number;
  total: number;
  page: number;
  pageSize: number;
  postings: PostingRecord[];
  seekers: SeekerRecord[];
}

export const SD_PATH = '/api/stats/supply-demand';

export const sdApi = {
  report: (query: Query) => http.get<SupplyDemandReport>(SD_PATH, query),
  records: (query: Query) => http.get<RecordsResult>(`${SD_PATH}/records`, query),
};

/** The query keys of a period and unit, as kept in the page's address. */
export const PERIOD_KEYS = ['period', 'year', 'quarter', 'month', 'from', 'to', 'regionCode'] as const;

/** The period and unit part of the address as an API query. */
export function periodQuery(params: URLSearchParams): Query {
  const q: Query = {};
  for (const key of PERIOD_KEYS) {
    const v = params.get(key);
    if (v !== null && v !== '') q[key] = v;
  }
  return q;
}
