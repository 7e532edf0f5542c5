import { Type, type Static } from '@sinclair/typebox';
import { DateString, PageQuery } from '../../platform/http/schemas.js';
import { CREDIT_KINDS, CREDIT_KIND_NAMES } from './credit-rules.js';

export const CreditKind = Type.Union(CREDIT_KINDS.map((k) => Type.Literal(k)), { description: Object.entries(CREDIT_KIND_NAMES).map(([k, n]) => `${k} ${n}`).join('; ') });

export const CreditEventInput = Type.Object(
  {
    kind: CreditKind,
    occurredOn: DateString,
    summary: Type.String({ minLength: 2, maxLength: 500 }),
    postingId: Type.Optional(Type.Integer({ minimum: 1, description: "One of this employer's postings the event concerns" })),
  },
  { additionalProperties: false },
);
export type CreditEventInput = Static<typeof CreditEventInput>;

export const CreditEventView = Type.Object({
  id: Type.Integer(),
  employerId: Type.Integer(),
  kind: Type.String(),
  kindName: Type.String(),
  occurredOn: Type.String(),
  summary: Type.String(),
  postingId: Type.Union([Type.Integer(), Type.Null()]),
  postingTitle: Type.Union([Type.String(), Type.Null()]),
  recordedBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type CreditEventView = Static<typeof CreditEventView>;

export const CreditEventQuery = Type.Composite([PageQuery, Type.Object({ kind: Type.Optional(CreditKind) })]);
export type CreditEventQuery = Static<typeof CreditEventQuery>;
