import { Type, type Static } from '@sinclair/typebox';
import { DateString } from '../../platform/http/schemas.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);

/**
 * What the public portal and the market-hall screen get of fairs: only published and closed ones,
 * the organiser, the programme of employers and their positions — never contact people, phone
 * numbers or anything about the seekers who came.
 */
export const PublicFairQuery = Type.Object(
  {
    from: Type.Optional(DateString),
    to: Type.Optional(DateString),
    kind: Type.Optional(Type.String({ maxLength: 30, description: 'FAIR_KINDS code' })),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type PublicFairQuery = Static<typeof PublicFairQuery>;

export const PublicFair = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    kind: Type.String(),
    kindName: Type.String(),
    status: Type.String({ description: 'published or closed' }),
    statusName: Type.String(),
    regionCode: Type.String({ description: 'The organising unit' }),
    regionName: Type.String(),
    heldOn: Type.String(),
    startsAt: Type.String({ description: 'HH:MM' }),
    endsAt: Type.String({ description: 'HH:MM' }),
    venue: Type.String(),
    boothCapacity: Type.Integer(),
    targetGroups: Type.Array(Type.String()),
    targetGroupNames: Type.Array(Type.String()),
    campaignName: NStr,
    employers: Type.Integer({ description: 'Employers with an approved booth' }),
    positions: Type.Integer({ description: 'Positions they bring' }),
  },
  { $id: 'PublicFair' },
);
export type PublicFair = Static<typeof PublicFair>;

export const PublicFairPage = Type.Object({ items: Type.Array(PublicFair), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

const BoothPosting = Type.Object({
  postingId: Type.Integer(),
  title: Type.String(),
  positions: Type.Integer(),
  wageMin: NInt,
  wageMax: NInt,
  educationName: NStr,
  open: Type.Boolean({ description: 'Still published and valid today: the portal has its job page' }),
});

const FreeSlot = Type.Object({ id: Type.Integer(), startsAt: Type.String({ description: 'ISO date-time' }), minutes: Type.Integer() });

export const PublicBooth = Type.Object({
  boothNo: Type.String(),
  employerId: Type.Integer(),
  employerName: Type.String(),
  industryName: NStr,
  postings: Type.Array(BoothPosting),
  positions: Type.Integer(),
  freeSlots: Type.Array(FreeSlot, { description: 'Online fairs: interview slots still free (from now on)' }),
});
export type PublicBooth = Static<typeof PublicBooth>;

export const PublicProgramme = Type.Object({
  fair: Type.Composite([PublicFair, Type.Object({ description: NStr })]),
  booths: Type.Array(PublicBooth),
  totals: Type.Object({ employers: Type.Integer(), positions: Type.Integer() }),
});
export type PublicProgramme = Static<typeof PublicProgramme>;
