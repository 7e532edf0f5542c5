import { Type, type Static } from '@sinclair/typebox';

const NStr = Type.Union([Type.Null(), Type.String()]);
const Outcome = Type.Union([Type.Literal('interviewed'), Type.Literal('intention'), Type.Literal('not_hired'), Type.Literal('no_show')]);

export const SlotInput = Type.Object(
  {
    startsAt: Type.Array(Type.String({ format: 'date-time' }), { minItems: 1, maxItems: 60, description: 'Interview start times (ISO), on the fair day' }),
    minutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 240, default: 20 })),
  },
  { additionalProperties: false },
);
export type SlotInput = Static<typeof SlotInput>;

export const OutcomeInput = Type.Object({ outcome: Outcome }, { additionalProperties: false });
export type OutcomeInput = Static<typeof OutcomeInput>;

export const SlotView = Type.Object({
  id: Type.Integer(),
  fairId: Type.Integer(),
  participationId: Type.Integer(),
  employerName: Type.String(),
  startsAt: Type.String(),
  minutes: Type.Integer(),
  booked: Type.Boolean(),
  mine: Type.Boolean({ description: "The seeker's own booking, or the employer's own booth" }),
  personName: NStr,
  outcome: Type.Union([Type.Null(), Outcome]),
  outcomeName: NStr,
});
export type SlotView = Static<typeof SlotView>;
export const SlotItems = Type.Array(SlotView);

export const PidParams = Type.Object({ pid: Type.Integer({ minimum: 1 }) });
export const SidParams = Type.Object({ sid: Type.Integer({ minimum: 1 }) });
