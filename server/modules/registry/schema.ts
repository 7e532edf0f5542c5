import { Type, type Static } from '@sinclair/typebox';
import { DateString, ScopedPageQuery } from '../../platform/http/schemas.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Region = Type.String({ pattern: '^[0-9]{12}$', description: 'Community (社区/村) code of residence' });

export const PersonInput = Type.Object(
  {
    citizenId: Type.String({ minLength: 1, maxLength: 20, description: '公民身份号码 (GB 11643); sex and birth date are read from it' }),
    name: Type.String({ minLength: 2, maxLength: 30 }),
    ethnicity: Type.Optional(Type.String({ maxLength: 2, description: 'GB 3304 code' })),
    education: Type.Optional(Type.String({ maxLength: 2, description: 'GB/T 4658 code' })),
    hukouType: Type.Union([Type.Literal('urban'), Type.Literal('rural'), Type.Literal('non_local')]),
    regionCode: Region,
    address: Type.Optional(Type.String({ maxLength: 200 })),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
    householdId: Type.Optional(Type.Integer({ minimum: 1 })),
    householdRelation: Type.Optional(Type.String({ maxLength: 10 })),
    ableToWork: Type.Optional(Type.Boolean()),
    wantsWork: Type.Optional(Type.Boolean()),
    skills: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type PersonInput = Static<typeof PersonInput>;

export const PersonPatch = Type.Partial(Type.Omit(PersonInput, ['citizenId']), { additionalProperties: false });
export type PersonPatch = Static<typeof PersonPatch>;

export const PersonView = Type.Object(
  {
    id: Type.Integer(),
    citizenId: Type.String({ description: 'Masked unless the viewer may see it in full' }),
    name: Type.String(),
    sex: Type.Integer(),
    birthDate: Type.String(),
    age: Type.Integer(),
    ethnicity: Nullable(Type.String()),
    education: Nullable(Type.String()),
    hukouType: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    address: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    householdId: Type.Union([Type.Integer(), Type.Null()]),
    householdRelation: Nullable(Type.String()),
    ableToWork: Type.Boolean(),
    wantsWork: Type.Boolean(),
    skills: Nullable(Type.String()),
    labourStatus: Type.String(),
    labourStatusName: Type.String(),
    lastContactOn: Nullable(Type.String()),
    cardNumber: Nullable(Type.String()),
    can: Type.Object({ update: Type.Boolean(), register: Type.Boolean() }),
  },
  { $id: 'PersonView' },
);
export type PersonView = Static<typeof PersonView>;

export const PersonListQuery = ScopedPageQuery({
  q: Type.Optional(Type.String({ maxLength: 30, description: 'ID number, name (or its start), or pinyin initials (e.g. zs)' })),
  labourStatus: Type.Optional(Type.String({ maxLength: 20 })),
});
export type PersonListQuery = Static<typeof PersonListQuery>;

export const EmploymentInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('employer'), Type.Literal('self_employed'), Type.Literal('flexible'), Type.Literal('public_welfare')]),
    employerId: Type.Optional(Type.Integer({ minimum: 1 })),
    employerName: Type.Optional(Type.String({ maxLength: 100 })),
    fullTime: Type.Optional(Type.Boolean({ default: true })),
    startedOn: DateString,
  },
  { additionalProperties: false },
);
export type EmploymentInput = Static<typeof EmploymentInput>;

export const EndEmploymentInput = Type.Object(
  { endedOn: DateString, reason: Type.String({ maxLength: 30 }) },
  { additionalProperties: false },
);

export const UnemploymentInput = Type.Object(
  {
    registeredOn: DateString,
    reason: Type.String({ maxLength: 30 }),
    localWorkMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 600 })),
  },
  { additionalProperties: false },
);
export type UnemploymentInput = Static<typeof UnemploymentInput>;

export const CancelUnemploymentInput = Type.Object({ cancelledOn: DateString, ground: Type.String({ maxLength: 30 }) }, { additionalProperties: false });

export const TimelineEvent = Type.Object({
  date: Type.String(),
  type: Type.String({ description: 'employment_started | employment_ended | unemployment_registered | unemployment_cancelled | card_issued' }),
  title: Type.String(),
  detail: Nullable(Type.String()),
  recordId: Type.Integer(),
});

export const PersonRecord = Type.Object(
  {
    person: PersonView,
    employment: Type.Array(
      Type.Object({
        id: Type.Integer(),
        kind: Type.String(),
        kindName: Type.String(),
        employerId: Type.Union([Type.Integer(), Type.Null()]),
        employerName: Nullable(Type.String()),
        fullTime: Type.Boolean(),
        startedOn: Type.String(),
        registeredOn: Type.String(),
        lateDays: Type.Union([Type.Integer(), Type.Null()], { description: 'Days past the hire-registration deadline (employers: 30 days), null when on time' }),
        endedOn: Nullable(Type.String()),
        endReason: Nullable(Type.String()),
        endRegisteredOn: Nullable(Type.String()),
        endLateDays: Type.Union([Type.Integer(), Type.Null()], { description: 'Days past the termination-registration deadline (15 days)' }),
      }),
    ),
    unemployment: Type.Array(
      Type.Object({
        id: Type.Integer(),
        registeredOn: Type.String(),
        reason: Type.String(),
        reasonName: Type.String(),
        countsInRate: Type.Boolean(),
        cancelledOn: Nullable(Type.String()),
        cancelGround: Nullable(Type.String()),
        cancelGroundName: Nullable(Type.String()),
      }),
    ),
    card: Type.Union([Type.Object({ cardNumber: Type.String(), issuedOn: Type.String(), issuerName: Type.String() }), Type.Null()]),
    services: Type.Array(
      Type.Object({ id: Type.Integer(), kind: Type.String(), kindName: Type.String(), servedOn: Type.String(), content: Type.String(), refused: Type.Boolean() }),
    ),
    followUps: Type.Array(Type.Object({ id: Type.Integer(), dueOn: Type.String(), doneOn: Nullable(Type.String()), note: Nullable(Type.String()) })),
    difficulty: Type.Array(
      Type.Object({
        id: Type.Integer(),
        category: Type.String(),
        categoryName: Type.String(),
        status: Type.String(),
        statusName: Type.String(),
        appliedOn: Type.String(),
        startedOn: Nullable(Type.String()),
        exitedOn: Nullable(Type.String()),
        exitReason: Nullable(Type.String()),
        exitReasonName: Nullable(Type.String()),
      }),
    ),
    timeline: Type.Array(TimelineEvent),
  },
  { $id: 'PersonRecord' },
);

export const RegistryCodes = Type.Record(Type.String(), Type.Array(Type.Object({ value: Type.String(), label: Type.String() })));

export const HouseholdInput = Type.Object(
  {
    regionCode: Region,
    address: Type.Optional(Type.String({ maxLength: 200 })),
    householdType: Type.Union([Type.Literal('urban'), Type.Literal('rural')]),
  },
  { additionalProperties: false },
);

export const HouseholdView = Type.Object(
  {
    id: Type.Integer(),
    regionCode: Type.String(),
    regionName: Type.String(),
    address: Nullable(Type.String()),
    householdType: Type.String(),
    members: Type.Array(
      Type.Object({
        id: Type.Integer(),
        name: Type.String(),
        sex: Type.Integer(),
        age: Type.Integer(),
        relation: Nullable(Type.String()),
        labourStatus: Type.String(),
        labourStatusName: Type.String(),
        ableToWork: Type.Boolean(),
        wantsWork: Type.Boolean(),
      }),
    ),
    zeroFamily: Type.Union(
      [
        Type.Object({
          id: Type.Integer(),
          status: Type.String(),
          statusName: Type.String(),
          appliedOn: Type.String(),
          identifiedOn: Nullable(Type.String()),
          firstDueOn: Nullable(Type.String()),
          clearedOn: Nullable(Type.String()),
          open: Type.Boolean({ description: 'Under review or under assistance: a new application is refused' }),
        }),
        Type.Null(),
      ],
      { description: 'The latest zero-employment family identification of the household' },
    ),
  },
  { $id: 'HouseholdView' },
);

export const SetHouseholdInput = Type.Object(
  { householdId: Type.Union([Type.Null(), Type.Integer({ minimum: 1 })]), relation: Type.Optional(Type.String({ maxLength: 10 })) },
  { additionalProperties: false },
);

export const LedgerQuery = ScopedPageQuery({ labourStatus: Type.Optional(Type.String({ maxLength: 20 })) });

const Str = Type.String();
const NStr = Nullable(Type.String());

export const ResidentLedgerRow = Type.Object({
  id: Type.Integer(),
  name: Str,
  sex: Str,
  age: Type.Integer(),
  citizenId: Str,
  phone: NStr,
  regionName: Str,
  labourStatusName: Str,
  employmentKind: NStr,
  employerName: NStr,
  employedSince: NStr,
});

export const UnemployedLedgerRow = Type.Object({
  id: Type.Integer(),
  name: Str,
  sex: Str,
  age: Type.Integer(),
  citizenId: Str,
  phone: NStr,
  regionName: Str,
  registeredOn: Str,
  daysUnemployed: Type.Integer(),
  reasonName: Str,
  countsInRate: Type.Boolean(),
  cardNumber: NStr,
  lastContactOn: NStr,
  daysSinceContact: Type.Union([Type.Integer(), Type.Null()]),
});

export const DifficultyInput = Type.Object(
  { category: Type.String({ minLength: 1, maxLength: 40 }), statement: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export const DifficultyExitInput = Type.Object({ exitedOn: DateString, reason: Type.String({ maxLength: 40 }) }, { additionalProperties: false });
export const DifficultyListQuery = ScopedPageQuery({
  status: Type.Optional(Type.String({ maxLength: 20 })),
  proposals: Type.Optional(Type.Boolean({ description: 'Only identifications in force proposed for exit' })),
});
export const DifficultyRow = Type.Object({
  id: Type.Integer(),
  personId: Type.Integer(),
  name: Str,
  citizenId: Str,
  regionName: Str,
  category: Str,
  categoryName: Str,
  status: Str,
  statusName: Str,
  appliedOn: Str,
  startedOn: NStr,
  exitedOn: NStr,
  exitReasonName: NStr,
  proposedExit: NStr,
});

export const ZeroFamilyInput = Type.Object({ doubleEmployment: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const ZeroFamilyQuery = ScopedPageQuery({
  status: Type.Optional(Type.String({ maxLength: 20 })),
  overdue: Type.Optional(Type.Boolean({ description: 'Only active families past a deadline' })),
});
export const ZeroFamilyRow = Type.Object({
  id: Type.Integer(),
  householdId: Type.Integer(),
  members: Str,
  communityName: Str,
  streetName: Str,
  status: Str,
  statusName: Str,
  doubleEmployment: Type.Boolean(),
  appliedOn: Str,
  identifiedOn: NStr,
  firstDueOn: NStr,
  secondDueOn: NStr,
  firstEmployedOn: NStr,
  secondEmployedOn: NStr,
  clearedOn: NStr,
  responsible: NStr,
  overdue: Type.Union([Type.Literal('first'), Type.Literal('second'), Type.Null()]),
});

export const ServiceInput = Type.Object(
  {
    kind: Type.String({ maxLength: 40 }),
    servedOn: DateString,
    content: Type.String({ minLength: 2, maxLength: 500 }),
    refused: Type.Optional(Type.Boolean({ description: 'The person refused this service or referral' })),
    placement: Type.Optional(
      Type.Object(
        {
          employerName: Type.String({ minLength: 2, maxLength: 100, description: 'Unit that developed the public-welfare position (公益性岗位开发单位)' }),
          position: Type.String({ minLength: 2, maxLength: 50, description: 'Position name, e.g. 社区保洁, 治安协管' }),
          startedOn: DateString,
        },
        { additionalProperties: false, description: 'Immediate assistance: the public-welfare position the person is placed in (required for that kind)' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ServiceInput = Static<typeof ServiceInput>;
export const FollowUpDoneInput = Type.Object({ doneOn: DateString, note: Type.String({ minLength: 2, maxLength: 500 }) }, { additionalProperties: false });
export const CommitmentQuery = ScopedPageQuery({ overdue: Type.Optional(Type.Boolean()) });
export const CommitmentRow = Type.Object({
  identificationId: Type.Integer(),
  personId: Type.Integer(),
  name: Str,
  citizenId: Str,
  regionName: Str,
  identifiedOn: Str,
  dueOn: Str,
  firstRecommendationOn: NStr,
  met: Type.Boolean(),
  overdue: Type.Boolean(),
});
export const FollowUpQuery = ScopedPageQuery({ due: Type.Optional(Type.Boolean()) });
export const FollowUpRow = Type.Object({
  id: Type.Integer(),
  personId: Type.Integer(),
  name: Str,
  regionName: Str,
  employerName: NStr,
  placedOn: NStr,
  dueOn: Str,
  doneOn: NStr,
  note: NStr,
  overdue: Type.Boolean(),
});
