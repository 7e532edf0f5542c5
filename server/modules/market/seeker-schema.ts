import { Type, type Static } from '@sinclair/typebox';
import { ScopedPageQuery } from '../../platform/http/schemas.js';

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);
const Codes = (max: number, description: string) => Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: max, description });
const WorkType = Type.Union([Type.Literal('full_time'), Type.Literal('part_time'), Type.Literal('temporary'), Type.Literal('internship'), Type.Literal('any')]);

/** What a seeker registration holds besides the person (shared by staff and the citizen). */
const SeekerFields = {
  desiredOccupations: Type.Optional(Codes(5, 'Desired occupation codes (职业分类大典 major or medium group)')),
  desiredIndustries: Type.Optional(Codes(5, 'Desired industry codes (GB/T 4754)')),
  desiredRegions: Type.Optional(Codes(5, 'Desired work regions (org unit codes)')),
  wageExpected: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 1_000_000 }), Type.Null()], { description: 'Expected monthly wage, yuan' })),
  workType: Type.Optional(WorkType),
  education: Type.Optional(Type.Union([Type.String({ maxLength: 2 }), Type.Null()])),
  experienceYears: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 50 }), Type.Null()])),
  skills: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  certificates: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  categories: Type.Optional(Codes(8, 'Seeker categories (code table person_category)')),
  introduction: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  consentShare: Type.Optional(Type.Boolean({ description: 'Consent to show the profile to employers' })),
};

export const SeekerInput = Type.Object(
  {
    citizenId: Type.String({ minLength: 1, maxLength: 20, description: 'The person in the registry, by ID number' }),
    ...SeekerFields,
    validDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'Days of validity; default the rule seeker.validity_days' })),
  },
  { additionalProperties: false },
);
export type SeekerInput = Static<typeof SeekerInput>;

export const SeekerPatch = Type.Object(SeekerFields, { additionalProperties: false });
export type SeekerPatch = Static<typeof SeekerPatch>;

export const SeekerRenewInput = Type.Object({ validDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })) }, { additionalProperties: false });

export const CodeRef = Type.Object({ code: Type.String(), name: Type.String() });

export const SeekerView = Type.Object(
  {
    id: Type.Integer(),
    personId: Type.Integer(),
    name: Type.String(),
    citizenIdMasked: Type.String(),
    sex: Type.Integer(),
    age: Type.Integer(),
    phoneMasked: NStr,
    regionCode: Type.String(),
    regionName: Type.String(),
    desiredOccupations: Type.Array(CodeRef),
    desiredIndustries: Type.Array(CodeRef),
    desiredRegions: Type.Array(CodeRef),
    wageExpected: NInt,
    workType: Type.String(),
    education: NStr,
    educationName: NStr,
    experienceYears: NInt,
    skills: NStr,
    certificates: NStr,
    categories: Type.Array(CodeRef),
    introduction: NStr,
    validFrom: Type.String(),
    validTo: Type.String(),
    /** active | expired (active past its validity) | closed. */
    displayStatus: Type.String(),
    status: Type.String(),
    source: Type.String(),
    consentShare: Type.Boolean(),
    /** An active employment-difficulty identification: priority service, never a higher score. */
    difficulty: Type.Boolean(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    can: Type.Object({ update: Type.Boolean(), close: Type.Boolean(), renew: Type.Boolean() }),
  },
  { $id: 'SeekerView' },
);
export type SeekerView = Static<typeof SeekerView>;

/** A seeker in a ranked list (candidates): no phone, ID masked. */
export const SeekerCard = Type.Object({
  id: Type.Integer(),
  personId: Type.Integer(),
  name: Type.String(),
  citizenIdMasked: Type.String(),
  sex: Type.Integer(),
  age: Type.Integer(),
  regionCode: Type.String(),
  regionName: Type.String(),
  desiredOccupations: Type.Array(CodeRef),
  wageExpected: NInt,
  education: NStr,
  categories: Type.Array(Type.String()),
  validTo: Type.String(),
  difficulty: Type.Boolean(),
});
export type SeekerCard = Static<typeof SeekerCard>;

export const SeekerListQuery = ScopedPageQuery({
  q: Type.Optional(Type.String({ maxLength: 30, description: 'Name (start), pinyin initials or the full ID number' })),
  category: Type.Optional(Type.String({ maxLength: 30 })),
  occupation: Type.Optional(Type.String({ maxLength: 20, description: 'A major group includes its medium groups' })),
  status: Type.Optional(Type.Union([Type.Literal('valid'), Type.Literal('expired'), Type.Literal('closed'), Type.Literal('active')], { description: 'valid | expired | closed | active (valid or expired)' })),
  difficulty: Type.Optional(Type.Boolean()),
});
export type SeekerListQuery = Static<typeof SeekerListQuery>;

/** Citizen self-registration on the portal: an account, the person, and the registration. */
export const PortalSeekerInput = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 30, pattern: '^[A-Za-z0-9_.@-]+$' }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    citizenId: Type.String({ minLength: 1, maxLength: 20 }),
    name: Type.String({ maxLength: 60, description: 'Real name, 2–30 characters once trimmed (checked in the service, in Chinese)' }),
    phone: Type.String({ maxLength: 20, description: 'Own mobile number; must equal the one on record to link to an existing registry person' }),
    regionCode: Type.String({ pattern: '^[0-9]{12}$', description: 'The community the citizen lives in' }),
    hukouType: Type.Union([Type.Literal('urban'), Type.Literal('rural'), Type.Literal('non_local')], { description: 'Always asked; used for a new registry record only (an existing record keeps its own); never used in matching' }),
    ...SeekerFields,
  },
  { additionalProperties: false },
);
export type PortalSeekerInput = Static<typeof PortalSeekerInput>;

export const PortalSeekerResult = Type.Object({ userId: Type.Integer(), username: Type.String(), seekerId: Type.Integer(), linkedExistingPerson: Type.Boolean() });
