import { Type, type Static } from '@sinclair/typebox';
import { PageQuery, RegionFilter } from '../../platform/http/schemas.js';
import { REPORT_KINDS } from './report-period.js';
import { SUMMARY_MAX } from './report-period.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NNum = Type.Union([Type.Number(), Type.Null()]);

export const ReportKindSchema = Type.Union(REPORT_KINDS.map((k) => Type.Literal(k)));
export const REPORT_STATUSES = ['draft', 'reviewing', 'returned', 'submitted', 'accepted'] as const;
export const ReportStatusSchema = Type.Union(REPORT_STATUSES.map((s) => Type.Literal(s)));
const PeriodString = Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: "Weekly forecast: the week's Monday 'YYYY-MM-DD'; monthly report: 'YYYY-MM'" });

// ---- The generated content (frozen in market_report.content) ----

/** A fair of the week as generated (forecasts migrated from fair_forecast lack status). */
export const WeekFair = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  kind: Type.String(),
  heldOn: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  venue: Type.String(),
  regionCode: Type.String({ description: 'The organising unit' }),
  regionName: Type.Optional(Type.String()),
  status: Type.Optional(Type.String()),
  boothCapacity: Type.Optional(Type.Integer()),
});
export type WeekFair = Static<typeof WeekFair>;

export const SupplyDemandFigures = Type.Object({
  postings: Type.Integer({ description: 'Postings valid in the month' }),
  vacancies: Type.Integer({ description: '需求人数: their vacancies' }),
  seekers: Type.Integer({ description: '求职人数: seeker registrations valid in the month' }),
  ratio: Type.Union([Type.Number(), Type.Null()], { description: '求人倍率 = vacancies ÷ seekers, 2 decimals' }),
});
export type SupplyDemandFigures = Static<typeof SupplyDemandFigures>;

export const OccupationFigures = Type.Object({ key: Type.String(), label: Type.String(), demand: Type.Integer(), supply: Type.Integer(), ratio: NNum });
export type OccupationFigures = Static<typeof OccupationFigures>;

export const FairFigures = Type.Object({
  key: Type.String({ description: "The fair's id, or 'total'" }),
  label: Type.String(),
  fairs: Type.Integer(),
  employers: Type.Integer(),
  positions: Type.Integer(),
  seekers: Type.Integer(),
  intentions: Type.Integer(),
  hires: Type.Integer(),
});
export type FairFigures = Static<typeof FairFigures>;

export const IndicatorFigures = Type.Object({
  newEmployment: Type.Integer({ description: '城镇新增就业: employment registrations started in the month (indicators newTotal)' }),
  netNew: Type.Integer({ description: 'New employment minus natural attrition' }),
  registeredUnemployed: Type.Integer({ description: '登记失业人数 (counted for the rate) at the end of the month' }),
  unemploymentRate: Type.Union([Type.Number(), Type.Null()], { description: '城镇登记失业率 at the end of the month, 4 decimals' }),
});
export type IndicatorFigures = Static<typeof IndicatorFigures>;

export const MonthlyFigures = Type.Object({
  supplyDemand: SupplyDemandFigures,
  previous: Type.Union([SupplyDemandFigures, Type.Null()], { description: 'The month before, for comparison' }),
  occupations: Type.Array(OccupationFigures, { description: 'Occupation major groups by demand, highest first' }),
  fairs: Type.Array(FairFigures, { description: "The month's fairs in the district (not cancelled)" }),
  fairTotal: FairFigures,
  indicators: IndicatorFigures,
});
export type MonthlyFigures = Static<typeof MonthlyFigures>;

export const ReportContent = Type.Object({
  fairs: Type.Optional(Type.Array(WeekFair, { description: 'Weekly forecast: the fairs of the week' })),
  monthly: Type.Optional(MonthlyFigures),
  autoSummary: Type.Optional(Type.String({ description: 'The summary text generated with the figures' })),
});
export type ReportContent = Static<typeof ReportContent>;

// ---- API ----

export const ReportSummary = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  kindName: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  period: Type.String({ description: 'Monday or YYYY-MM' }),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  periodLabel: Type.String(),
  status: Type.String(),
  statusName: Type.String(),
  generatedAt: Type.String(),
  generatedByName: NStr,
  submittedAt: NStr,
  acceptedAt: NStr,
  workflowItemId: Type.Union([Type.Integer(), Type.Null()]),
  version: Type.Integer(),
});
export type ReportSummary = Static<typeof ReportSummary>;

export const ReportView = Type.Composite([
  ReportSummary,
  Type.Object({
    summary: Type.String(),
    content: ReportContent,
    /** The reason of the latest return, while returned. */
    returnReason: NStr,
    can: Type.Object({ regenerate: Type.Boolean(), edit: Type.Boolean(), submit: Type.Boolean() }),
  }),
]);
export type ReportView = Static<typeof ReportView>;

export const ReportListQuery = Type.Composite([
  PageQuery,
  Type.Object({
    regionCode: RegionFilter,
    kind: Type.Optional(ReportKindSchema),
    period: Type.Optional(PeriodString),
    status: Type.Optional(ReportStatusSchema),
  }),
]);
export type ReportListQuery = Static<typeof ReportListQuery>;

export const GenerateInput = Type.Object({ kind: ReportKindSchema, period: Type.Optional(PeriodString) }, { additionalProperties: false });
export type GenerateInput = Static<typeof GenerateInput>;

/** The report's version as the client last saw it: a change to a report changed since is refused (409). */
const ReportVersion = Type.Integer({ minimum: 1, description: "The report's version as last read" });

export const VersionInput = Type.Object({ version: ReportVersion }, { additionalProperties: false });
export type VersionInput = Static<typeof VersionInput>;

/** The summary may be longer than SUMMARY_MAX here so that the service answers with a field error. */
export const SummaryInput = Type.Object(
  { summary: Type.String({ maxLength: SUMMARY_MAX * 4 }), version: ReportVersion },
  { additionalProperties: false },
);
export type SummaryInput = Static<typeof SummaryInput>;

export const SubmitInput = Type.Object(
  { summary: Type.Optional(Type.String({ maxLength: SUMMARY_MAX * 4 })), version: ReportVersion },
  { additionalProperties: false },
);
export type SubmitInput = Static<typeof SubmitInput>;

export const OverviewQuery = Type.Object({ kind: ReportKindSchema, period: Type.Optional(PeriodString) });
export type OverviewQuery = Static<typeof OverviewQuery>;

export const OverviewRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  status: Type.String({ description: "'none' (未生成) or the report's status" }),
  statusName: Type.String(),
  reportId: Type.Union([Type.Integer(), Type.Null()]),
  generatedAt: NStr,
  submittedAt: NStr,
  acceptedAt: NStr,
  fairs: Type.Union([Type.Integer(), Type.Null()], { description: 'Weekly forecast: the fairs reported' }),
});
export type OverviewRow = Static<typeof OverviewRow>;

export const ReportOverview = Type.Object({
  kind: Type.String(),
  kindName: Type.String(),
  period: Type.String(),
  periodLabel: Type.String(),
  districts: Type.Array(OverviewRow),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'Districts per status, none included' }),
});
export type ReportOverview = Static<typeof ReportOverview>;

export const ReportDecision = Type.Object({ stepKey: Type.String({ description: "'district_review' or 'city_receive'" }), stepName: Type.String(), action: Type.String(), actorName: NStr, actorOrg: Type.String(), decidedAt: Type.String(), reason: NStr, round: Type.Integer() });

export const ReportPrint = Type.Object({
  report: ReportView,
  decisions: Type.Array(ReportDecision),
  printedAt: Type.String(),
  printedBy: Type.String(),
});
export type ReportPrint = Static<typeof ReportPrint>;
