import { Type, type Static } from '@sinclair/typebox';
import { DateString, ScopedPageQuery } from '../../platform/http/schemas.js';

const NStr = Type.Union([Type.Null(), Type.String()]);
const NInt = Type.Union([Type.Null(), Type.Integer()]);
const Status = Type.Union([Type.Literal('intended'), Type.Literal('hired'), Type.Literal('dropped')]);

export const IntentionInput = Type.Object(
  {
    checkinId: Type.Integer({ minimum: 1, description: 'A check-in at this fair' }),
    participationId: Type.Integer({ minimum: 1, description: 'An employer approved at this fair' }),
    postingId: Type.Union([Type.Null(), Type.Integer({ minimum: 1 })], { description: 'One of the postings the employer brought' }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type IntentionInput = Static<typeof IntentionInput>;

export const HireInput = Type.Object({ hiredOn: DateString }, { additionalProperties: false });
export const DropInput = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

export const IntentionView = Type.Object({
  id: Type.Integer(),
  fairId: Type.Integer(),
  fairName: Type.String(),
  heldOn: Type.String(),
  checkinId: Type.Integer(),
  personId: Type.Integer(),
  personName: Type.String(),
  citizenIdMasked: Type.String(),
  participationId: Type.Integer(),
  employerId: Type.Integer(),
  employerName: Type.String(),
  postingId: NInt,
  postingTitle: NStr,
  status: Status,
  statusName: Type.String(),
  note: NStr,
  hiredOn: NStr,
  dropReason: NStr,
  employmentRegistrationId: NInt,
  can: Type.Object({ hire: Type.Boolean(), drop: Type.Boolean() }),
});
export type IntentionView = Static<typeof IntentionView>;

export const IntentionItems = Type.Array(IntentionView);

export const IntentionListQuery = ScopedPageQuery({
  status: Type.Optional(Status),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  fairId: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type IntentionListQuery = Static<typeof IntentionListQuery>;
