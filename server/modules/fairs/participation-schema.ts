import { Type, type Static } from '@sinclair/typebox';
import { FairSummary } from './fair-schema.js';

const NStr = Type.Union([Type.String(), Type.Null()]);

const BroughtPosting = Type.Object(
  { postingId: Type.Integer({ minimum: 1 }), positions: Type.Integer({ minimum: 1, maximum: 9999, description: 'Positions offered at the fair' }) },
  { additionalProperties: false },
);

const applyFields = {
  postings: Type.Array(BroughtPosting, { minItems: 1, maxItems: 30, description: "The employer's reviewed (published) postings valid on the fair day" }),
  contactName: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 30 })])),
  contactPhone: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })])),
  note: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 500 })])),
};

/** An employer's application for a booth, made on the portal (the employer is the account's). */
export const ApplyInput = Type.Object(applyFields, { additionalProperties: false });
export type ApplyInput = Static<typeof ApplyInput>;

/** A booth application staff enter for an employer. */
export const StaffApplyInput = Type.Object({ employerId: Type.Integer({ minimum: 1 }), ...applyFields }, { additionalProperties: false });
export type StaffApplyInput = Static<typeof StaffApplyInput>;

export const BoothInput = Type.Object({ boothNo: Type.String({ minLength: 1, maxLength: 10, description: 'Booth number, e.g. A01' }) }, { additionalProperties: false });
export const ReasonInput = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 200 }) }, { additionalProperties: false });

export const ParticipationStatusQuery = Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })) });

export const PidParams = Type.Object({ pid: Type.Integer({ minimum: 1 }) });

export const ParticipationPosting = Type.Object({
  postingId: Type.Integer(),
  title: Type.String(),
  occupationCode: Type.String(),
  occupationName: NStr,
  positions: Type.Integer(),
  wageMin: Type.Integer(),
  wageMax: Type.Integer(),
  education: NStr,
});

export const ParticipationView = Type.Object({
  id: Type.Integer(),
  fairId: Type.Integer(),
  employerId: Type.Integer(),
  employerName: Type.String(),
  creditCodeMasked: Type.Optional(Type.String()),
  status: Type.String(),
  statusName: Type.String(),
  boothNo: NStr,
  via: Type.String(),
  contactName: NStr,
  contactPhoneMasked: NStr,
  note: NStr,
  reason: NStr,
  appliedAt: Type.String(),
  decidedAt: NStr,
  postings: Type.Array(ParticipationPosting),
  positions: Type.Integer({ description: 'Sum of the positions offered' }),
  can: Type.Object({ decide: Type.Boolean(), changeBooth: Type.Boolean(), withdraw: Type.Boolean(), markAbsent: Type.Boolean() }),
});
export type ParticipationView = Static<typeof ParticipationView>;

export const MyParticipation = Type.Composite([ParticipationView, Type.Object({ fairName: Type.String(), heldOn: Type.String(), venue: Type.String(), fairStatus: Type.String() })]);
export type MyParticipation = Static<typeof MyParticipation>;

export const ParticipationList = Type.Array(ParticipationView);
export const MyParticipationList = Type.Array(MyParticipation);

export const Programme = Type.Object({
  fair: FairSummary,
  booths: Type.Array(
    Type.Object({
      boothNo: Type.String(),
      employerId: Type.Integer(),
      employerName: Type.String(),
      industryName: NStr,
      postings: Type.Array(Type.Object({ postingId: Type.Integer(), title: Type.String(), positions: Type.Integer(), wageMin: Type.Integer(), wageMax: Type.Integer(), educationName: NStr })),
    }),
  ),
  totals: Type.Object({ employers: Type.Integer(), positions: Type.Integer() }),
});
export type Programme = Static<typeof Programme>;
