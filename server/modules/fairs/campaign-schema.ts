import { Type, type Static } from '@sinclair/typebox';
import { DateString, PageQuery } from '../../platform/http/schemas.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const Goal = Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 }));

export const Goals = Type.Object({ fairs: Goal, employers: Goal, positions: Goal, seekers: Goal, intentions: Goal }, { additionalProperties: false });
export type Goals = Static<typeof Goals>;

export const CampaignInput = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 80 }),
    kind: Type.String({ maxLength: 30, description: 'CAMPAIGN_KINDS code' }),
    regionCode: Type.String({ pattern: '^[0-9]{2,12}$', description: "Organising unit: the actor's unit or one below" }),
    startsOn: DateString,
    endsOn: DateString,
    targetGroups: Type.Array(Type.String({ maxLength: 30 }), { maxItems: 10 }),
    participantUnits: Type.Array(Type.String({ pattern: '^[0-9]{2,12}$' }), { maxItems: 100, description: 'Units taking part (in scope)' }),
    goals: Goals,
    description: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 2000 })])),
  },
  { additionalProperties: false },
);
export type CampaignInput = Static<typeof CampaignInput>;

export const CampaignView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  kind: Type.String(),
  kindName: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  targetGroups: Type.Array(Type.String()),
  participantUnits: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  goals: Goals,
  description: NStr,
  fairs: Type.Integer({ description: 'Fairs of the campaign (not cancelled)' }),
  services: Type.Optional(
    Type.Array(Type.Object({ kind: Type.String(), name: Type.String(), count: Type.Integer() }), {
      description: "Detail only: services recorded in the campaign's units during its period (the viewer's part), by kind",
    }),
  ),
  can: Type.Object({ edit: Type.Boolean() }),
});
export type CampaignView = Static<typeof CampaignView>;

export const CampaignListQuery = Type.Composite([
  PageQuery,
  Type.Object({
    q: Type.Optional(Type.String({ maxLength: 60 })),
    kind: Type.Optional(Type.String({ maxLength: 30 })),
    year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2199, description: 'Campaigns running in that year' })),
  }),
]);
export type CampaignListQuery = Static<typeof CampaignListQuery>;
