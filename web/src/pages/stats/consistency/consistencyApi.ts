import { http, type Query } from '../../../api/client';
import type { PeriodInfo } from '../supply-demand/sdApi';

/** Types of /api/stats/consistency (server/modules/stats/consistency-schema.ts). */
export interface ConsistencyCheck {
  figure: string;
  label: string;
  reported: number;
  recomputed: number;
  difference: number;
}

export interface ConsistencyResult {
  period: PeriodInfo;
  regionCode: string;
  regionName: string;
  checks: ConsistencyCheck[];
  differences: number;
}

export interface RefreshResult {
  regionCode: string;
  months: string[];
  rows: number;
  ms: number;
}

export const consistencyApi = {
  check: (query: Query) => http.get<ConsistencyResult>('/api/stats/consistency', query),
  refreshSnapshots: () => http.post<RefreshResult>('/api/stats/snapshots/refresh', {}),
};
