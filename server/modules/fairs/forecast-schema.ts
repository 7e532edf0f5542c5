import { Type, type Static } from '@sinclair/typebox';
import { DateString, RegionFilter } from '../../platform/http/schemas.js';
import { FairSummary } from './fair-schema.js';

const NStr = Type.Union([Type.String(), Type.Null()]);

export const ForecastQuery = Type.Object({
  week: Type.Optional(DateString),
  regionCode: RegionFilter,
});
export type ForecastQuery = Static<typeof ForecastQuery>;

export const ForecastInput = Type.Object({ week: DateString, note: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 500 })])) }, { additionalProperties: false });
export type ForecastInput = Static<typeof ForecastInput>;

export const ForecastView = Type.Object({
  week: Type.String(),
  regionCode: Type.String({ description: 'The district' }),
  regionName: Type.String(),
  fairs: Type.Array(FairSummary, { description: 'Fairs of the week organised in the district (not cancelled)' }),
  submitted: Type.Union([Type.Object({ at: Type.String(), byName: NStr, fairs: Type.Integer(), note: NStr }), Type.Null()]),
  can: Type.Object({ submit: Type.Boolean() }),
});
export type ForecastView = Static<typeof ForecastView>;

export const ForecastOverview = Type.Object({
  week: Type.String(),
  districts: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), submitted: Type.Boolean(), submittedAt: NStr, fairs: Type.Integer() })),
});
export type ForecastOverview = Static<typeof ForecastOverview>;

export const WeekQuery = Type.Object({ week: Type.Optional(DateString) });
