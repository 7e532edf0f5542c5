import { Type, type Static } from '@sinclair/typebox';
import { DateString, PageQuery, RegionFilter } from '../../platform/http/schemas.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });

export const Every = Type.Union([Type.Literal('week'), Type.Literal('two_weeks'), Type.Literal('month')]);

/** One fair in lists, the calendar and other modules' views (counts of booths, check-ins, intentions). */
export const FairSummary = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    kind: Type.String(),
    kindName: Type.String(),
    status: Type.String(),
    statusName: Type.String(),
    regionCode: Type.String({ description: 'The organising unit' }),
    regionName: Type.String(),
    heldOn: Type.String(),
    startsAt: Type.String({ description: 'HH:MM' }),
    endsAt: Type.String({ description: 'HH:MM' }),
    venue: Type.String(),
    boothCapacity: Type.Integer(),
    targetGroups: Type.Array(Type.String()),
    campaignId: NInt,
    campaignName: NStr,
    seriesId: NInt,
    employers: Type.Integer({ description: 'Employers present: approved booths (absent ones did not come), as in the statistics' }),
    applications: Type.Integer({ description: 'Applications waiting for a decision' }),
    checkins: Type.Integer(),
    intentions: Type.Integer({ description: 'Every intention to hire recorded (also those dropped later), as in the statistics' }),
  },
);
export type FairSummary = Static<typeof FairSummary>;

export const FairView = Type.Composite([
  FairSummary,
  Type.Object({
    description: NStr,
    cancelReason: NStr,
    version: Type.Integer(),
    publishedAt: NStr,
    closedAt: NStr,
    series: Type.Union([Type.Object({ every: Type.String(), firstOn: Type.String(), untilOn: Type.String() }), Type.Null()]),
    can: Type.Object({ edit: Type.Boolean(), publish: Type.Boolean(), close: Type.Boolean(), cancel: Type.Boolean(), manage: Type.Boolean() }),
  }),
]);
export type FairView = Static<typeof FairView>;

const fairFields = {
  name: Type.String({ minLength: 2, maxLength: 80 }),
  kind: Type.String({ maxLength: 30, description: 'FAIR_KINDS code (GET /api/fairs/codes)' }),
  regionCode: Type.String({ pattern: '^[0-9]{2,12}$', description: "Organising unit: the actor's unit or one below" }),
  targetGroups: Type.Array(Type.String({ maxLength: 30 }), { maxItems: 10, description: 'FAIR_TARGET_GROUPS codes' }),
  campaignId: Type.Union([Type.Null(), Type.Integer({ minimum: 1 })]),
  venue: Type.String({ minLength: 2, maxLength: 120 }),
  heldOn: DateString,
  startsAt: Time,
  endsAt: Time,
  boothCapacity: Type.Integer({ description: '1–2000' }),
  description: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 2000 })])),
};

export const FairInput = Type.Object(
  {
    ...fairFields,
    recurrence: Type.Optional(
      Type.Union([Type.Null(), Type.Object({ every: Every, until: DateString }, { additionalProperties: false })], { description: 'Repeat every week, two weeks or month until a date (one fair each)' }),
    ),
  },
  { additionalProperties: false },
);
export type FairInput = Static<typeof FairInput>;

export const FairUpdate = Type.Object({ ...fairFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type FairUpdate = Static<typeof FairUpdate>;

export const CancelInput = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 200 }) }, { additionalProperties: false });

export const FairItems = Type.Object({ items: Type.Array(FairSummary) });

const filters = {
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  kind: Type.Optional(Type.String({ maxLength: 30 })),
  status: Type.Optional(Type.String({ maxLength: 20 })),
  regionCode: RegionFilter,
  campaignId: Type.Optional(Type.Integer({ minimum: 1 })),
  q: Type.Optional(Type.String({ maxLength: 60, description: 'Name or venue contains' })),
};

export const FairListQuery = Type.Composite([PageQuery, Type.Object({ ...filters, sort: Type.Optional(Type.String({ maxLength: 20, description: 'heldOn | -heldOn | name' })) })]);
export type FairListQuery = Static<typeof FairListQuery>;

export const CalendarQuery = Type.Object({ from: DateString, to: DateString, regionCode: RegionFilter });
export type CalendarQuery = Static<typeof CalendarQuery>;

const CodeList = Type.Array(Type.Object({ code: Type.String(), name: Type.String() }));
export const FairCodes = Type.Object({
  kinds: CodeList,
  campaignKinds: CodeList,
  targetGroups: CodeList,
  statuses: CodeList,
  participationStatuses: CodeList,
  intentionStatuses: CodeList,
  slotOutcomes: CodeList,
});
