import { Type, type Static } from '@sinclair/typebox';
import { DateString, PageQuery } from '../../platform/http/schemas.js';

export const AuditQuery = Type.Composite([
  PageQuery,
  Type.Object({
    from: Type.Optional(DateString),
    to: Type.Optional(DateString),
    actor: Type.Optional(Type.String({ maxLength: 40, description: 'Username (exact) of the actor' })),
    event: Type.Optional(Type.String({ maxLength: 40 })),
    entityType: Type.Optional(Type.String({ maxLength: 40 })),
    entityId: Type.Optional(Type.String({ maxLength: 40 })),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', description: 'Only events of this unit and below' })),
    includeGlobal: Type.Optional(Type.Boolean({ description: 'With regionCode: also events tied to no region (logins, code tables)' })),
  }),
]);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditRow = Type.Object(
  {
    id: Type.Integer(),
    at: Type.String({ format: 'date-time' }),
    actorId: Type.Union([Type.Integer(), Type.Null()]),
    actorName: Type.Union([Type.String(), Type.Null()]),
    ip: Type.Union([Type.String(), Type.Null()]),
    event: Type.String(),
    eventName: Type.String(),
    entityType: Type.Union([Type.String(), Type.Null()]),
    entityId: Type.Union([Type.String(), Type.Null()]),
    regionCode: Type.Union([Type.String(), Type.Null()]),
    before: Type.Unknown(),
    after: Type.Unknown(),
    detail: Type.Unknown(),
  },
  { $id: 'AuditRow' },
);

export const AuditEventInfo = Type.Object({ event: Type.String(), name: Type.String() });
