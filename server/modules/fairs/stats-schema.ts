import { Type, type Static } from '@sinclair/typebox';
import { DateString, RegionFilter } from '../../platform/http/schemas.js';
import { TARGET_GROUP_CODES } from './codes.js';

export const GROUP_BYS = ['fair', 'month', 'quarter', 'kind', 'unit', 'campaign'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const StatsQuery = Type.Object({
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  regionCode: RegionFilter,
  kind: Type.Optional(Type.String({ maxLength: 30 })),
  campaignId: Type.Optional(Type.Integer({ minimum: 1 })),
  fairId: Type.Optional(Type.Integer({ minimum: 1, description: 'One fair the viewer may see (its numbers, whoever organised it)' })),
  groupBy: Type.Optional(Type.Union(GROUP_BYS.map((g) => Type.Literal(g)), { default: 'month' })),
});
export type StatsQuery = Static<typeof StatsQuery>;

export const StatsRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  fairs: Type.Integer(),
  employers: Type.Integer({ description: 'Approved participations (absent ones did not come)' }),
  positions: Type.Integer({ description: 'Positions the approved employers brought' }),
  seekers: Type.Integer({ description: 'Check-ins' }),
  intentions: Type.Integer({ description: 'Every intention recorded (also those dropped later)' }),
  unemployedIntentions: Type.Integer({ description: 'Intentions of seekers unemployed or laid off on the day' }),
  unemployedShare: Type.Union([Type.Null(), Type.Number()], { description: '0..1, 3 decimals; null without intentions' }),
  hires: Type.Integer(),
  groups: Type.Record(Type.String(), Type.Integer(), { description: `Intentions per target group: ${TARGET_GROUP_CODES.join(', ')}` }),
});
export type StatsRow = Static<typeof StatsRow>;

export const StatsResult = Type.Object({
  from: Type.String(),
  to: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  groupBy: Type.String(),
  rows: Type.Array(StatsRow),
  total: StatsRow,
});
export type StatsResult = Static<typeof StatsResult>;
