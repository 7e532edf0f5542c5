import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../platform/http/schemas.js';

const RegionCode = Type.String({ pattern: '^[0-9]{6,12}$', description: 'Org unit code of the address (district, street or community)' });

export const EmployerInput = Type.Object(
  {
    creditCode: Type.String({ minLength: 1, maxLength: 18, description: '统一社会信用代码 (GB 32100)' }),
    name: Type.String({ minLength: 2, maxLength: 100 }),
    regionCode: RegionCode,
    address: Type.Optional(Type.String({ maxLength: 200 })),
    contactName: Type.Optional(Type.String({ maxLength: 40 })),
    contactPhone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\- ]*$' })),
    unitType: Type.Optional(Type.String({ maxLength: 10 })),
    industryCode: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
export type EmployerInput = Static<typeof EmployerInput>;

export const EmployerPatch = Type.Partial(EmployerInput, { additionalProperties: false });
export type EmployerPatch = Static<typeof EmployerPatch>;

export const EmployerStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('pending'),
  Type.Literal('returned'),
  Type.Literal('verified'),
  Type.Literal('rejected'),
]);

export const EmployerView = Type.Object(
  {
    id: Type.Integer(),
    creditCode: Type.String(),
    name: Type.String(),
    regionCode: Type.String(),
    regionName: Type.String(),
    address: Type.Union([Type.String(), Type.Null()]),
    contactName: Type.Union([Type.String(), Type.Null()]),
    contactPhone: Type.Union([Type.String(), Type.Null()], { description: 'Masked in lists' }),
    unitType: Type.Union([Type.String(), Type.Null()]),
    industryCode: Type.Union([Type.String(), Type.Null()]),
    status: Type.String(),
    verifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    workflowItemId: Type.Union([Type.Integer(), Type.Null()]),
    can: Type.Object({ update: Type.Boolean(), submit: Type.Boolean() }, { description: 'What the viewer may do with this record' }),
  },
  { $id: 'EmployerView' },
);
export type EmployerView = Static<typeof EmployerView>;

export const EmployerListQuery = Type.Composite([
  PageQuery,
  Type.Object({
    q: Type.Optional(Type.String({ maxLength: 50 })),
    status: Type.Optional(EmployerStatus),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$' })),
  }),
]);
export type EmployerListQuery = Static<typeof EmployerListQuery>;
