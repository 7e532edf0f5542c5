import { http } from '../../../api/client';

/** 周预报 / 月报 API (server/modules/stats/report-*.ts). */

export type ReportKind = 'weekly_forecast' | 'monthly_report';
export type ReportStatus = 'none' | 'draft' | 'reviewing' | 'returned' | 'submitted' | 'accepted';

export const REPORTS_PATH = '/api/stats/reports';

export interface WeekFair {
  id: number;
  name: string;
  kind: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  regionCode: string;
  regionName?: string;
  status?: string;
  boothCapacity?: number;
}

export interface SupplyDemandFigures {
  postings: number;
  vacancies: number;
  seekers: number;
  ratio: number | null;
}

export interface OccupationFigures {
  key: string;
  label: string;
  demand: number;
  supply: number;
  ratio: number | null;
}

export interface FairFigures {
  key: string;
  label: string;
  fairs: number;
  employers: number;
  positions: number;
  seekers: number;
  intentions: number;
  hires: number;
}

export interface MonthlyFigures {
  supplyDemand: SupplyDemandFigures;
  previous: SupplyDemandFigures | null;
  occupations: OccupationFigures[];
  fairs: FairFigures[];
  fairTotal: FairFigures;
  indicators: { newEmployment: number; netNew: number; registeredUnemployed: number; unemploymentRate: number | null };
}

export interface ReportContent {
  fairs?: WeekFair[];
  monthly?: MonthlyFigures;
  autoSummary?: string;
}

export interface ReportSummary {
  id: number;
  kind: ReportKind;
  kindName: string;
  regionCode: string;
  regionName: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  status: ReportStatus;
  statusName: string;
  generatedAt: string;
  generatedByName: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  workflowItemId: number | null;
  version: number;
}

export interface ReportView extends ReportSummary {
  summary: string;
  content: ReportContent;
  returnReason: string | null;
  can: { regenerate: boolean; edit: boolean; submit: boolean };
}

export interface OverviewRow {
  code: string;
  name: string;
  status: ReportStatus;
  statusName: string;
  reportId: number | null;
  generatedAt: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  fairs: number | null;
}

export interface ReportOverview {
  kind: ReportKind;
  kindName: string;
  period: string;
  periodLabel: string;
  districts: OverviewRow[];
  counts: Record<ReportStatus, number>;
}

export interface ReportDecision {
  stepKey: string;
  stepName: string;
  action: string;
  actorName: string | null;
  actorOrg: string;
  decidedAt: string;
  reason: string | null;
  round: number;
}

export interface ReportPrint {
  report: ReportView;
  decisions: ReportDecision[];
  printedAt: string;
  printedBy: string;
}

/** The key of the review's second step (server report-workflow.ts): the city receives the report there. */
export const CITY_STEP = 'city_receive';

const one = (id: number) => `${REPORTS_PATH}/${id}`;

export const reportsApi = {
  get: (id: number) => http.get<ReportView>(one(id)),
  generate: (kind: ReportKind, period?: string) => http.post<ReportView>(REPORTS_PATH, { kind, period }),
  regenerate: (id: number, version: number) => http.post<ReportView>(`${one(id)}/regenerate`, { version }),
  saveSummary: (id: number, summary: string, version: number) => http.put<ReportView>(`${one(id)}/summary`, { summary, version }),
  submit: (id: number, summary: string, version: number) => http.post<ReportView>(`${one(id)}/submit`, { summary, version }),
  print: (id: number) => http.get<ReportPrint>(`${one(id)}/print`),
  overview: (kind: ReportKind, period?: string) => http.get<ReportOverview>(`${REPORTS_PATH}/overview`, { kind, period }),
};

export const STATUS_COLORS: Record<ReportStatus, string> = {
  none: 'default',
  draft: 'default',
  reviewing: 'processing',
  returned: 'warning',
  submitted: 'cyan',
  accepted: 'success',
};

/** A rate (0..1) as a percentage with two decimals. */
export const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);
