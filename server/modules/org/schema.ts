import { Type, type Static } from '@sinclair/typebox';

export const OrgUnit = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    level: Type.Integer(),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    childCount: Type.Optional(Type.Integer()),
    pathNames: Type.Optional(Type.Array(Type.String())),
  },
  { $id: 'OrgUnit', title: 'OrgUnit' },
);
export type OrgUnit = Static<typeof OrgUnit>;

export const CodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{2,12}$' }) });
export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }),
  root: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export const LoadCityBody = Type.Object({ cityCode: Type.String({ pattern: '^[0-9]{4}$' }) }, { additionalProperties: false });
export const LoadCityResult = Type.Object({ cityCode: Type.String(), total: Type.Integer(), inserted: Type.Integer() });
export const City = Type.Object({ code: Type.String(), name: Type.String(), provinceName: Type.String(), loaded: Type.Boolean() });
export const LevelCount = Type.Object({ level: Type.Integer(), count: Type.Integer() });
