import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { DateString, ScopedPageQuery } from '../../platform/http/schemas.js';

export const WORK_TYPES = ['full_time', 'part_time', 'temporary', 'internship'] as const;

const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);

export const PostingInput = Type.Object(
  {
    employerId: Type.Optional(Type.Integer({ minimum: 1, description: 'Staff only: the employer posting; an employer account posts for itself' })),
    title: Text(60, 2),
    occupationCode: Type.String({ minLength: 1, maxLength: 10, description: 'Occupation (职业分类大典 2022) code' }),
    industryCode: Type.Optional(Text(10)),
    vacancies: Type.Integer({ minimum: 1, maximum: 9999 }),
    wageMin: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Monthly wage, yuan' }),
    wageMax: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    education: Type.Optional(Text(2)),
    experienceYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 40 })),
    workingHours: Type.Optional(Text(100)),
    benefits: Type.Optional(Text(500)),
    description: Text(5000, 10),
    requirements: Type.Optional(Text(2000)),
    regionCode: Type.String({ pattern: '^[0-9]{9,12}$', description: 'Work location: a street or community code' }),
    contactName: Text(30, 1),
    contactPhone: Type.String({ minLength: 5, maxLength: 20, pattern: '^[0-9+\\- ]+$' }),
    validFrom: Type.Optional(DateString),
    validTo: Type.Optional(DateString),
    workType: Type.Optional(Type.Union(WORK_TYPES.map((w) => Type.Literal(w)), { description: 'full_time | part_time | temporary | internship (default full_time)' })),
    shared: Type.Optional(Type.Boolean({ description: 'Other districts may refer their seekers (异地帮扶); default true' })),
  },
  { additionalProperties: false },
);
export type PostingInput = Static<typeof PostingInput>;

/** Optional fields an edit may clear: null (or an empty text) removes the value. */
export const CLEARABLE = ['industryCode', 'education', 'experienceYears', 'workingHours', 'benefits', 'requirements'] as const;
// Null first: the request validator coerces types, and tried first an integer would turn null into 0.
const clearable = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([Type.Null(), schema]));

export const PostingPatch = Type.Object(
  {
    ...Type.Partial(Type.Omit(PostingInput, ['employerId', ...CLEARABLE])).properties,
    industryCode: clearable(Text(10)),
    education: clearable(Text(2)),
    experienceYears: clearable(Type.Integer({ minimum: 0, maximum: 40 })),
    workingHours: clearable(Text(100)),
    benefits: clearable(Text(500)),
    requirements: clearable(Text(2000)),
  },
  { additionalProperties: false },
);
export type PostingPatch = Static<typeof PostingPatch>;

export const Finding = Type.Object({
  code: Type.String(),
  field: Type.String(),
  severity: Type.Union([Type.Literal('block'), Type.Literal('review')]),
  message: Type.String(),
  phrase: Type.Optional(Type.String()),
});

export const PostingView = Type.Object(
  {
    id: Type.Integer(),
    employerId: Type.Integer(),
    employerName: Type.String(),
    title: Type.String(),
    occupationCode: Type.String(),
    occupationName: NStr,
    industryCode: NStr,
    vacancies: Type.Integer(),
    wageMin: Type.Integer(),
    wageMax: Type.Integer(),
    education: NStr,
    experienceYears: NInt,
    workingHours: NStr,
    benefits: NStr,
    description: Type.String(),
    requirements: NStr,
    regionCode: Type.String(),
    regionName: Type.String(),
    contactName: Type.String(),
    contactPhone: Type.String(),
    validFrom: Type.String(),
    validTo: Type.String(),
    workType: Type.String(),
    shared: Type.Boolean(),
    status: Type.String(),
    /** The status a user sees: a published posting past its validity shows as expired. */
    displayStatus: Type.String(),
    displayStatusName: Type.String(),
    prereviewOutcome: NStr,
    findings: Type.Array(Finding),
    publishedAt: NStr,
    workflowItemId: NInt,
    /** The reviewer's latest decision, so the employer sees why a posting was returned or rejected. */
    lastDecision: Type.Union([Type.Object({ action: Type.String(), reason: NStr, decidedAt: Type.String() }), Type.Null()]),
    createdAt: Type.String(),
    can: Type.Object({ update: Type.Boolean(), submit: Type.Boolean(), pause: Type.Boolean(), resume: Type.Boolean(), fill: Type.Boolean(), renew: Type.Boolean() }),
  },
  { $id: 'PostingView' },
);
export type PostingView = Static<typeof PostingView>;

export const PostingListQuery = ScopedPageQuery({
  status: Type.Optional(Type.String({ maxLength: 20, description: 'draft | pending | returned | rejected | published | expired | paused | filled' })),
  q: Type.Optional(Type.String({ maxLength: 60, description: 'Part of the title' })),
  employerId: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type PostingListQuery = Static<typeof PostingListQuery>;

export const RenewInput = Type.Object({ validTo: DateString }, { additionalProperties: false });
