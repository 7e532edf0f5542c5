import { Type, type Static } from '@sinclair/typebox';
import { DateString, ScopedPageQuery } from '../../platform/http/schemas.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);
const Status = Type.Union([Type.Literal('referred'), Type.Literal('interviewed'), Type.Literal('hired'), Type.Literal('not_hired'), Type.Literal('no_show'), Type.Literal('withdrawn')]);
const Channel = Type.Union([Type.Literal('staff'), Type.Literal('portal'), Type.Literal('fair')]);

export const ReferralInput = Type.Object(
  {
    seekerId: Type.Integer({ minimum: 1, description: 'Active job seeker registration in the actor scope' }),
    postingId: Type.Integer({ minimum: 1, description: 'Valid posting: same district as the seeker, or shared (异地帮扶)' }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type ReferralInput = Static<typeof ReferralInput>;

export const ApplicationInput = Type.Object({ postingId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const AnswerInput = Type.Object(
  {
    status: Type.Union([Type.Literal('interviewed'), Type.Literal('hired'), Type.Literal('not_hired'), Type.Literal('no_show')]),
    reasonCode: Type.Optional(Type.String({ maxLength: 30, description: 'Required for not_hired: GET /api/market/referral-reasons' })),
    hiredOn: Type.Optional(DateString),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof AnswerInput>;

export const ReferralListQuery = ScopedPageQuery({
  status: Type.Optional(Status),
  channel: Type.Optional(Channel),
  employerId: Type.Optional(Type.Integer({ minimum: 1 })),
  postingId: Type.Optional(Type.Integer({ minimum: 1 })),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  q: Type.Optional(Type.String({ maxLength: 40, description: 'Seeker name or posting title contains' })),
});
export type ReferralListQuery = Static<typeof ReferralListQuery>;

export const ReferralView = Type.Object({
  id: Type.Integer(),
  number: Type.String({ description: 'Referral letter number' }),
  seekerId: Type.Integer(),
  postingId: Type.Integer(),
  personId: Type.Integer(),
  personName: Type.String(),
  citizenIdMasked: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()], { description: 'Employer: only for a staff referral, an own application or consent to share; staff lists: masked' }),
  employerId: Type.Integer(),
  employerName: Type.String(),
  postingTitle: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  postingRegionCode: Type.String(),
  postingRegionName: Type.String(),
  channel: Channel,
  channelName: Type.String(),
  status: Status,
  statusName: Type.String(),
  reasonCode: NStr,
  reasonName: NStr,
  note: NStr,
  referredOn: Type.String(),
  referredByName: NStr,
  answeredAt: NStr,
  answeredByName: NStr,
  hiredOn: NStr,
  employmentRegistrationId: NInt,
  serviceRecordId: NInt,
  createdAt: Type.String(),
  can: Type.Object({ answer: Type.Boolean(), hire: Type.Boolean(), withdraw: Type.Boolean(), letter: Type.Boolean() }),
});
export type ReferralView = Static<typeof ReferralView>;

export const ReferralItems = Type.Object({ items: Type.Array(ReferralView) });

export const ReasonList = Type.Array(Type.Object({ code: Type.String(), name: Type.String() }));

export const ReferralLetter = Type.Object({
  id: Type.Integer(),
  number: Type.String(),
  personName: Type.String(),
  citizenIdMasked: Type.String(),
  education: NStr,
  postingTitle: Type.String(),
  occupationName: NStr,
  wage: Type.String(),
  employerName: Type.String(),
  employerAddress: NStr,
  contactName: Type.String(),
  contactPhone: Type.String(),
  workAddress: Type.String(),
  referringUnit: Type.String(),
  referredByName: NStr,
  referredOn: Type.String(),
  note: NStr,
});
export type ReferralLetter = Static<typeof ReferralLetter>;
