import { Type, type TProperties, type TSchema, type Static } from '@sinclair/typebox';

/** The error envelope every failing request returns. */
export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable error code' }),
    message: Type.String({ description: 'Human-readable message (Chinese)' }),
    details: Type.Optional(Type.Unknown({ description: 'Field errors `[{field,message}]` or extra data' })),
  },
  { $id: 'ErrorBody', title: 'ErrorBody' },
);

/** Adds the standard error responses to a route's response map. */
export function responses<T extends Record<number, TSchema>>(ok: T) {
  const err = Type.Ref(ErrorBody);
  return { ...ok, 400: err, 401: err, 403: err, 404: err, 409: err, 423: err, 429: err, 500: err };
}

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** Offset pagination with sorting, for staff list pages. */
export const PageQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  sort: Type.Optional(Type.String({ maxLength: 40 })),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
});
export type PageQuery = Static<typeof PageQuery>;

/** Filter to one unit and everything under it; queries still narrow it to the actor's scope. */
export const RegionFilter = Type.Optional(Type.String({ pattern: '^[0-9]{2,12}$', description: 'Org unit code: this unit and its subtree' }));

/** The query of a list limited to a unit's subtree: pagination, `regionCode`, and the list's own filters. */
export function ScopedPageQuery<T extends TProperties>(filters: T) {
  return Type.Composite([PageQuery, Type.Object({ regionCode: RegionFilter, ...filters })]);
}

/** A page of items plus the total count. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

export interface PageResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Resolves page/pageSize defaults and the SQL offset. */
export function pageWindow(q: PageQuery): { page: number; pageSize: number; offset: number } {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** Picks the sort column from a whitelist; unknown names fall back to the default. */
export function sortColumn<K extends string>(requested: string | undefined, allowed: Record<string, K>, fallback: K): K {
  return requested !== undefined && Object.hasOwn(allowed, requested) ? allowed[requested] : fallback;
}

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** A real calendar date 'YYYY-MM-DD' (AJV's full `date` format rejects 2026-02-30). */
export const DateString = Type.String({ format: 'date', pattern: '^(19|20|21)\\d{2}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (1900–2199)' });
export const MonthString = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

/** An Excel download (the handler sends a Buffer, which Fastify does not serialise). */
export const XlsxFile = Type.String({ format: 'binary', description: 'Excel workbook (.xlsx)' });
