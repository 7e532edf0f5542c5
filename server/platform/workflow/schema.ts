import { Type } from '@sinclair/typebox';
import { PageQuery } from '../http/schemas.js';

export const WorkflowItemSummary = Type.Object(
  {
    id: Type.Integer(),
    workflowType: Type.String(),
    typeName: Type.String(),
    subjectType: Type.String(),
    subjectId: Type.String(),
    subjectLabel: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    status: Type.String(),
    stepIndex: Type.Integer(),
    stepName: Type.String(),
    round: Type.Integer(),
    version: Type.Integer(),
    submittedBy: Type.String(),
    submittedAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    dueAt: Type.Union([Type.String(), Type.Null()]),
    overdue: Type.Boolean(),
  },
  { $id: 'WorkflowItemSummary' },
);

export const WorkflowItemDetail = Type.Object(
  {
    id: Type.Integer(),
    workflowType: Type.String(),
    typeName: Type.String(),
    subjectType: Type.String(),
    subjectId: Type.String(),
    subjectLabel: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    status: Type.String(),
    stepIndex: Type.Integer(),
    stepName: Type.String(),
    submittedBy: Type.String(),
    submittedAt: Type.String({ format: 'date-time' }),
    round: Type.Integer(),
    version: Type.Integer(),
    dueAt: Type.Union([Type.String(), Type.Null()]),
    overdue: Type.Boolean(),
    submitterId: Type.Integer(),
    steps: Type.Array(Type.Object({ index: Type.Integer(), key: Type.String(), name: Type.String(), levelName: Type.String(), actingUnit: Type.String() })),
    decisions: Type.Array(
      Type.Object({
        id: Type.Integer(),
        round: Type.Integer(),
        stepKey: Type.String(),
        stepName: Type.String(),
        action: Type.String(),
        reason: Type.Union([Type.String(), Type.Null()]),
        actorName: Type.String(),
        actorOrg: Type.String(),
        decidedAt: Type.String({ format: 'date-time' }),
      }),
    ),
    allowedActions: Type.Array(Type.String()),
    canWithdraw: Type.Boolean(),
  },
  { $id: 'WorkflowItemDetail' },
);

export const ItemListQuery = Type.Composite([
  PageQuery,
  Type.Object({
    status: Type.Optional(
      Type.Union([Type.Literal('pending'), Type.Literal('returned'), Type.Literal('approved'), Type.Literal('rejected'), Type.Literal('withdrawn')]),
    ),
    type: Type.Optional(Type.String({ maxLength: 40 })),
    overdue: Type.Optional(Type.Boolean()),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })),
    q: Type.Optional(Type.String({ maxLength: 40 })),
  }),
]);

export const TaskQuery = Type.Composite([
  PageQuery,
  Type.Object({ regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })), overdue: Type.Optional(Type.Boolean()) }),
]);

export const DecideBody = Type.Object(
  {
    action: Type.Union([Type.Literal('approve'), Type.Literal('reject'), Type.Literal('return')]),
    reason: Type.Optional(Type.String({ maxLength: 500 })),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const WorkflowType = Type.Object({
  type: Type.String(),
  name: Type.String(),
  steps: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), levelName: Type.String() })),
});
