import { Type, type Static } from '@sinclair/typebox';
import { RegionFilter } from '../../platform/http/schemas.js';
import { PeriodInfo } from './period.js';

/** Request and response of 领导驾驶舱 (GET /api/stats/dashboard): everything the first paint shows, in one answer. */

export const DashboardQuery = Type.Object({
  regionCode: RegionFilter,
  refresh: Type.Optional(Type.Boolean({ description: 'true: recompute now instead of serving the materialised copy (and store the result)' })),
});
export type DashboardQuery = Static<typeof DashboardQuery>;

const Figure = Type.Union([Type.Null(), Type.Number()]);

export const KPI_KEYS = ['newEmployment', 'unemploymentRate', 'ratio', 'vacancies', 'seekers', 'unemployed', 'zeroOverdue', 'commitmentMissed'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export const Kpi = Type.Object({
  key: Type.Union(KPI_KEYS.map((k) => Type.Literal(k))),
  label: Type.String(),
  unit: Type.String({ description: '人, 户, 倍, % (a rate 0..1), 个' }),
  /** The current month's figure (a stock: today's). */
  month: Figure,
  /** Year to date (a stock: today's, the same as month). */
  ytd: Figure,
  /** The same figure in the month before, for the change arrow; null when not compared. */
  previousMonth: Figure,
  /** One value per month of `months` (oldest first); empty when the figure has no history. */
  trend: Type.Array(Figure),
  /** Extra counts shown under the figure (valid postings beside vacancies). */
  detail: Type.Optional(Type.Object({ month: Type.Integer(), ytd: Type.Integer(), label: Type.String() })),
});
export type Kpi = Static<typeof Kpi>;

export const MonthRef = Type.Object({ key: Type.String({ description: 'YYYY-MM' }), label: Type.String(), from: Type.String(), to: Type.String() });

export const OccupationRow = Type.Object({
  key: Type.String({ description: "H1's occupation row key (the major group, 'none' = 无要求)" }),
  label: Type.String(),
  demand: Type.Integer(),
  supply: Type.Integer(),
  ratio: Figure,
});

export const LowerUnit = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  newEmployment: Type.Integer({ description: 'Year to date' }),
  unemployed: Type.Integer({ description: 'Registered unemployed today (counted in the rate)' }),
  unemploymentRate: Figure,
  vacancies: Type.Integer({ description: 'This quarter' }),
  seekers: Type.Integer({ description: 'This quarter' }),
  ratio: Figure,
});
export type LowerUnit = Static<typeof LowerUnit>;

export const ALERT_CHECKS = ['zero_family', 'commitment', 'follow_up', 'not_contacted'] as const;
export type AlertCheck = (typeof ALERT_CHECKS)[number];

export const Alert = Type.Object({
  check: Type.Union(ALERT_CHECKS.map((c) => Type.Literal(c))),
  kind: Type.Union([Type.Literal('overdue'), Type.Literal('not_contacted')], { description: 'The data-quality list that shows the records' }),
  label: Type.String(),
  count: Type.Integer(),
  level: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('none')]),
});
export type Alert = Static<typeof Alert>;

/** The computed dashboard of a unit: what is materialised in dashboard_cache (the same for every viewer of the unit). */
export const DashboardFigures = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  regionLevel: Type.Integer(),
  today: Type.String(),
  month: PeriodInfo,
  ytd: PeriodInfo,
  quarter: PeriodInfo,
  months: Type.Array(MonthRef, { description: 'The twelve months of the trends, oldest first' }),
  kpis: Type.Array(Kpi),
  occupation: Type.Array(OccupationRow, { description: 'Supply and demand by occupation major group this quarter' }),
  lower: Type.Array(LowerUnit, { description: 'The units one level down, side by side' }),
  alerts: Type.Array(Alert),
  generatedAt: Type.String({ description: 'When these figures were computed (ISO 8601)' }),
});
export type DashboardFigures = Static<typeof DashboardFigures>;

export const Dashboard = Type.Composite([
  DashboardFigures,
  Type.Object({
    cached: Type.Boolean({ description: 'true: served from the materialised copy; false: computed for this request' }),
    ageSeconds: Type.Integer({ description: 'Seconds since generatedAt when served' }),
    maxAgeSeconds: Type.Integer({ description: 'How old a served copy may be (DASHBOARD_MAX_AGE_SECONDS; 0: always computed)' }),
  }),
]);
export type Dashboard = Static<typeof Dashboard>;
