import { Type, type Static } from '@sinclair/typebox';
import { Page, PageQuery } from '../../platform/http/schemas.js';
import { PeriodInfo, PeriodQuery } from './period.js';
import { DRILLABLE, METRIC_KEYS } from './indicators-metrics.js';

const Count = Type.Integer({ minimum: 0 });
const Rate = Type.Union([Type.Null(), Type.Number()], { description: '0..1, 4 decimals; null when the base is 0' });

export const IndicatorValuesSchema = Type.Object({
  ...Object.fromEntries(METRIC_KEYS.map((k) => [k, Count])),
  unemploymentRate: Rate,
  newTotal: Count,
  netNew: Type.Integer({ description: 'newTotal − attrition (may be negative)' }),
  reemploymentRate: Rate,
  difficultyRate: Rate,
});

export const IndicatorRow = Type.Object({
  key: Type.String({ description: 'Unit code, or YYYY-MM for a month' }),
  label: Type.String(),
  regionCode: Type.String(),
  from: Type.String(),
  to: Type.String(),
  asOf: Type.String({ description: 'Day the stocks (unemployed, employed, overdue families) are read' }),
  source: Type.Union([Type.Literal('snapshot'), Type.Literal('live'), Type.Literal('mixed')]),
  values: IndicatorValuesSchema,
});
export type IndicatorRow = Static<typeof IndicatorRow>;

export const IndicatorReport = Type.Object({
  period: PeriodInfo,
  regionCode: Type.String(),
  regionName: Type.String(),
  unit: IndicatorRow,
  lower: Type.Array(IndicatorRow, { description: 'The unit’s children in the org tree, side by side' }),
  months: Type.Array(IndicatorRow, { description: 'Month by month: the year’s months so far, or the months of a custom period' }),
  labels: Type.Record(Type.String(), Type.String(), { description: 'Chinese label of every figure' }),
});
export type IndicatorReport = Static<typeof IndicatorReport>;

export const IndicatorRecordsQuery = Type.Composite([
  PeriodQuery,
  PageQuery,
  Type.Object({ indicator: Type.Union(DRILLABLE.map((k) => Type.Literal(k)), { description: 'The figure whose records are listed' }) }),
]);
export type IndicatorRecordsQuery = Static<typeof IndicatorRecordsQuery>;

export const IndicatorRecord = Type.Object({
  id: Type.Integer({ description: 'Registration, identification or family id' }),
  personId: Type.Union([Type.Null(), Type.Integer()]),
  householdId: Type.Union([Type.Null(), Type.Integer()]),
  name: Type.Union([Type.Null(), Type.String()]),
  citizenId: Type.Union([Type.Null(), Type.String({ description: 'Masked' })]),
  phone: Type.Union([Type.Null(), Type.String({ description: 'Masked; not shown to read-only leaders' })]),
  regionCode: Type.String(),
  regionName: Type.String(),
  date1: Type.Union([Type.Null(), Type.String()]),
  date2: Type.Union([Type.Null(), Type.String()]),
  detail: Type.Union([Type.Null(), Type.String()]),
});
export type IndicatorRecord = Static<typeof IndicatorRecord>;

export const IndicatorRecords = Type.Composite([
  Page(IndicatorRecord),
  Type.Object({
    indicator: Type.String(),
    label: Type.String(),
    columns: Type.Object({ date1: Type.String(), date2: Type.String(), detail: Type.String() }, { description: 'Headers of the date and detail columns for this figure' }),
    period: PeriodInfo,
    regionCode: Type.String(),
    regionName: Type.String(),
    asOf: Type.String(),
  }),
]);
export type IndicatorRecords = Static<typeof IndicatorRecords>;
