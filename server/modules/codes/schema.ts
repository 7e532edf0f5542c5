import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../platform/http/schemas.js';

export const CodeTableView = Type.Object(
  {
    type: Type.String(),
    edition: Type.String(),
    name: Type.String(),
    nameEn: Type.String(),
    standard: Type.String(),
    effectiveFrom: Type.String(),
    effectiveTo: Type.Union([Type.String(), Type.Null()]),
    entryCount: Type.Integer(),
    current: Type.Boolean({ description: 'In force today' }),
  },
  { $id: 'CodeTableView' },
);

export const CodeEntryView = Type.Object(
  {
    type: Type.String(),
    edition: Type.String(),
    code: Type.String(),
    name: Type.String(),
    nameEn: Type.Union([Type.String(), Type.Null()]),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    level: Type.Integer(),
    childCount: Type.Integer(),
  },
  { $id: 'CodeEntryView' },
);

export const EntryQuery = Type.Composite([
  PageQuery,
  Type.Object({
    type: Type.String({ minLength: 1, maxLength: 40 }),
    edition: Type.Optional(Type.String({ maxLength: 40, description: 'Defaults to the edition in force today' })),
    q: Type.Optional(Type.String({ maxLength: 40, description: 'Code prefix or part of the name' })),
    parent: Type.Optional(Type.String({ maxLength: 20, description: 'Only children of this code; empty string for top level' })),
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 9 })),
  }),
]);
export type EntryQuery = Static<typeof EntryQuery>;

export const ValidateBody = Type.Object({ value: Type.String({ maxLength: 40 }) }, { additionalProperties: false });
export const ValidateResult = Type.Object({
  valid: Type.Boolean(),
  normalized: Type.Optional(Type.String()),
  message: Type.String(),
  facts: Type.Optional(Type.Record(Type.String(), Type.String())),
});
