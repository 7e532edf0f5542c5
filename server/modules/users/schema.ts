import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../platform/http/schemas.js';
import { ROLES } from '../../platform/roles.js';

export const RoleName = Type.Union(ROLES.map((r) => Type.Literal(r)));
export const Username = Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z0-9_.-]+$', description: '字母、数字、下划线、点、短横线' });

export const UserView = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    kind: Type.String(),
    status: Type.String(),
    orgCode: Type.String(),
    orgName: Type.String(),
    roles: Type.Array(Type.String()),
    phone: Type.Union([Type.String(), Type.Null()], { description: 'Masked' }),
    locked: Type.Boolean(),
    lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    mustChangePassword: Type.Boolean(),
    lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'UserView' },
);
export type UserView = Static<typeof UserView>;

export const UserListQuery = Type.Composite([
  PageQuery,
  Type.Object({
    q: Type.Optional(Type.String({ maxLength: 40 })),
    orgCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })),
    role: Type.Optional(RoleName),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  }),
]);
export type UserListQuery = Static<typeof UserListQuery>;

export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 40 }),
    orgCode: Type.String({ pattern: '^[0-9]{2,12}$' }),
    kind: Type.Union([Type.Literal('staff'), Type.Literal('external')]),
    roles: Type.Array(RoleName, { minItems: 1, uniqueItems: true }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
    employerId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    orgCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })),
    roles: Type.Optional(Type.Array(RoleName, { minItems: 1, uniqueItems: true })),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
  },
  { additionalProperties: false },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const ResetPasswordBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 128 }) }, { additionalProperties: false });

export const RoleInfo = Type.Object({ role: Type.String(), name: Type.String(), kind: Type.String(), permissions: Type.Array(Type.String()) });
