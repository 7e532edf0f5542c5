import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../platform/http/schemas.js';

const NInt = Type.Union([Type.Null(), Type.Integer()]);

export const NewPersonInput = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 30 }),
    phone: Type.String({ minLength: 7, maxLength: 20, pattern: '^[0-9+\\- ]*$' }),
    hukouType: Type.Union([Type.Literal('urban'), Type.Literal('rural'), Type.Literal('non_local')]),
    regionCode: Type.String({ pattern: '^[0-9]{2,12}$', description: 'Community (village) of residence, in the actor scope' }),
  },
  { additionalProperties: false },
);
export type NewPersonInput = Static<typeof NewPersonInput>;

export const CheckinInput = Type.Object(
  {
    citizenId: Type.Optional(Type.String({ maxLength: 20, description: '公民身份号码 read from the ID card' })),
    seekerCode: Type.Optional(Type.String({ maxLength: 20, description: "QR code on the seeker registration: 'S' + seeker id" })),
    newPerson: Type.Optional(NewPersonInput),
  },
  { additionalProperties: false },
);
export type CheckinInput = Static<typeof CheckinInput>;

export const CheckinView = Type.Object({
  id: Type.Integer(),
  fairId: Type.Integer(),
  personId: Type.Integer(),
  name: Type.String(),
  citizenIdMasked: Type.String(),
  sex: Type.Integer(),
  age: Type.Integer({ description: 'On the fair day' }),
  regionName: Type.String(),
  via: Type.Union([Type.Literal('id_number'), Type.Literal('qr_code'), Type.Literal('online')]),
  registeredOnSpot: Type.Boolean(),
  unemployed: Type.Boolean(),
  groups: Type.Array(Type.String(), { description: 'FAIR_TARGET_GROUPS codes on the day' }),
  seekerId: NInt,
  checkedInAt: Type.String(),
  intentions: Type.Integer({ description: 'Intentions recorded for this check-in (not dropped)' }),
});
export type CheckinView = Static<typeof CheckinView>;

export const CheckinListQuery = Type.Composite([
  PageQuery,
  Type.Object({ q: Type.Optional(Type.String({ maxLength: 40, description: 'Name, pinyin initials or full ID number' })) }),
]);
export type CheckinListQuery = Static<typeof CheckinListQuery>;
