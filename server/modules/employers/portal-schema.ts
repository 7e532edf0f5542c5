import { Type, type Static } from '@sinclair/typebox';
import { Username } from '../users/schema.js';
import { INTRODUCTION_MAX, SizeBand } from './schema.js';
import { PostingCard } from '../market/search-schema.js';

const NStr = Type.Union([Type.String(), Type.Null()]);

/** An employer registering itself on the public portal, with the account it will log in with. */
export const PortalRegistrationInput = Type.Object(
  {
    creditCode: Type.String({ minLength: 1, maxLength: 18, description: '统一社会信用代码 (GB 32100)' }),
    name: Type.String({ minLength: 2, maxLength: 100 }),
    regionCode: Type.String({ pattern: '^[0-9]{2,12}$', description: 'A street (9 digits) or community (12 digits) code' }),
    address: Type.String({ minLength: 2, maxLength: 200 }),
    unitType: Type.String({ minLength: 1, maxLength: 10, description: 'code table unit_type' }),
    industryCode: Type.String({ minLength: 1, maxLength: 10, description: 'code table industry' }),
    ownershipType: Type.String({ minLength: 1, maxLength: 10, description: 'code table ownership_type' }),
    sizeBand: SizeBand,
    introduction: Type.Optional(Type.String({ maxLength: INTRODUCTION_MAX, description: 'Plain text; markup is stored and shown as text' })),
    contactName: Type.String({ minLength: 1, maxLength: 40 }),
    contactPhone: Type.String({ minLength: 5, maxLength: 20, description: 'Mobile or landline with area code' }),
    username: Username,
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type PortalRegistrationInput = Static<typeof PortalRegistrationInput>;

export const PortalRegistrationResult = Type.Object({
  employerId: Type.Integer(),
  userId: Type.Integer(),
  username: Type.String(),
  status: Type.String({ description: 'pending: submitted to the street for first review' }),
  workflowItemId: Type.Integer(),
});

/** A verified employer's public page. */
export const PublicEmployerView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  unitType: NStr,
  unitTypeName: NStr,
  industryCode: NStr,
  industryName: NStr,
  ownershipType: NStr,
  ownershipName: NStr,
  sizeBand: NStr,
  introduction: NStr,
  address: NStr,
  regionCode: Type.String(),
  regionName: Type.String(),
  member: Type.Boolean({ description: '会员单位 today' }),
  postings: Type.Array(PostingCard, { description: 'Valid postings (published, within validity), newest first' }),
});
