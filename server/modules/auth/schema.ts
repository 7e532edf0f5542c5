import { Type, type Static } from '@sinclair/typebox';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const OrgRef = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer({ description: '1 province … 5 community' }),
  pathNames: Type.Array(Type.String(), { description: 'Names from the province down to this unit' }),
});

export const Me = Type.Object(
  {
    user: Type.Object({
      id: Type.Integer(),
      username: Type.String(),
      displayName: Type.String(),
      kind: Type.Union([Type.Literal('staff'), Type.Literal('external')]),
      mustChangePassword: Type.Boolean(),
      employerId: Type.Union([Type.Integer(), Type.Null()]),
    }),
    roles: Type.Array(Type.String()),
    permissions: Type.Array(Type.String()),
    orgUnit: OrgRef,
    csrfToken: Type.String({ description: 'Send back in the x-csrf-token header on every write' }),
  },
  { $id: 'Me', title: 'Me' },
);
export type Me = Static<typeof Me>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
    newPassword: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;
