import { Type, type Static } from '@sinclair/typebox';
import { DateString, PageQuery } from '../../platform/http/schemas.js';

export const INTRODUCTION_MAX = 2000;
export const SizeBand = Type.Union([Type.Literal('micro'), Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')], { description: '微型/小型/中型/大型' });
const NStr = Type.Union([Type.String(), Type.Null()]);

/** Counts of credit events per kind in the last 12 months. */
export const CreditSummaryView = Type.Object({
  warning: Type.Integer(),
  false_posting: Type.Integer(),
  complaint: Type.Integer(),
  violation: Type.Integer(),
  commendation: Type.Integer(),
});

const RegionCode = Type.String({ pattern: '^[0-9]{6,12}$', description: 'Org unit code of the address (district, street or community)' });

export const EmployerInput = Type.Object(
  {
    creditCode: Type.String({ minLength: 1, maxLength: 18, description: '统一社会信用代码 (GB 32100)' }),
    name: Type.String({ minLength: 2, maxLength: 100 }),
    regionCode: RegionCode,
    address: Type.Optional(Type.String({ maxLength: 200 })),
    contactName: Type.Optional(Type.String({ maxLength: 40 })),
    contactPhone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
    unitType: Type.Optional(Type.String({ maxLength: 10 })),
    industryCode: Type.Optional(Type.String({ maxLength: 10 })),
    ownershipType: Type.Optional(Type.String({ maxLength: 10, description: '企业登记注册类型 (code table ownership_type)' })),
    sizeBand: Type.Optional(SizeBand),
    introduction: Type.Optional(Type.String({ maxLength: INTRODUCTION_MAX, description: 'Plain text shown on the public page (markup is kept as text)' })),
  },
  { additionalProperties: false },
);
export type EmployerInput = Static<typeof EmployerInput>;

export const EmployerPatch = Type.Partial(EmployerInput, { additionalProperties: false });
export type EmployerPatch = Static<typeof EmployerPatch>;

export const EmployerStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('pending'),
  Type.Literal('returned'),
  Type.Literal('verified'),
  Type.Literal('rejected'),
]);

export const EmployerView = Type.Object(
  {
    id: Type.Integer(),
    creditCode: Type.String(),
    name: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    address: Type.Union([Type.String(), Type.Null()]),
    contactName: Type.Union([Type.String(), Type.Null()]),
    contactPhone: Type.Union([Type.String(), Type.Null()], { description: 'Masked in lists' }),
    unitType: Type.Union([Type.String(), Type.Null()]),
    industryCode: Type.Union([Type.String(), Type.Null()]),
    ownershipType: NStr,
    sizeBand: NStr,
    introduction: NStr,
    source: Type.String({ description: 'staff | portal' }),
    memberSince: NStr,
    memberUntil: NStr,
    member: Type.Boolean({ description: '会员单位: the membership window covers today' }),
    credit: CreditSummaryView,
    lastDecision: Type.Union([Type.Object({ action: Type.String(), reason: NStr, decidedAt: Type.String() }), Type.Null()], { description: "The reviewers' last decision (return / reject / approve) with its reason" }),
    status: Type.String(),
    verifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    workflowItemId: Type.Union([Type.Integer(), Type.Null()]),
    can: Type.Object({ update: Type.Boolean(), submit: Type.Boolean() }, { description: 'What the viewer may do with this record' }),
  },
  { $id: 'EmployerView' },
);
export type EmployerView = Static<typeof EmployerView>;

export const EmployerListQuery = Type.Composite([
  PageQuery,
  Type.Object({
    q: Type.Optional(Type.String({ maxLength: 50 })),
    status: Type.Optional(EmployerStatus),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })),
    member: Type.Optional(Type.Boolean({ description: 'true: 会员单位 today; false: not' })),
    source: Type.Optional(Type.Union([Type.Literal('staff'), Type.Literal('portal')])),
  }),
]);
export type EmployerListQuery = Static<typeof EmployerListQuery>;

export const MembershipInput = Type.Object({ memberSince: DateString, memberUntil: DateString }, { additionalProperties: false });
export type MembershipInput = Static<typeof MembershipInput>;
