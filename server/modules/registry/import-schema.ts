import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../platform/http/schemas.js';

export const ImportStatus = Type.Union([Type.Literal('validated'), Type.Literal('confirmed'), Type.Literal('discarded')]);

/** One rejected cell (or row) of an uploaded file: row number as the spreadsheet shows it. */
export const ImportError = Type.Object({
  row: Type.Integer({ description: 'Row number in the sheet (the header is row 1)' }),
  column: Type.String({ description: 'Column header, or "" for the whole row' }),
  value: Type.String({ description: 'The cell as read' }),
  message: Type.String({ description: 'Why the row is rejected, in Chinese' }),
});
export type ImportError = Static<typeof ImportError>;

export const ImportBatchView = Type.Object(
  {
    id: Type.Integer(),
    fileName: Type.String(),
    status: ImportStatus,
    statusName: Type.String(),
    regionCode: Type.String({ description: "The importing staff member's unit" }),
    totalRows: Type.Integer({ description: 'Data rows read (header excluded, blank rows skipped)' }),
    validRows: Type.Integer(),
    rejectedRows: Type.Integer(),
    /** Of the valid rows: how many carry an employment / unemployment registration. */
    employmentRows: Type.Integer(),
    unemploymentRows: Type.Integer(),
    loadedPeople: Type.Union([Type.Integer(), Type.Null()]),
    createdByName: Type.String(),
    createdAt: Type.String(),
    confirmedAt: Type.Union([Type.String(), Type.Null()]),
    /** The first rejected rows (at most 200); the full list is paged at /errors. */
    errors: Type.Array(ImportError),
    can: Type.Object({ confirm: Type.Boolean(), discard: Type.Boolean() }),
  },
  { $id: 'ImportBatchView' },
);
export type ImportBatchView = Static<typeof ImportBatchView>;

export const ImportUploadQuery = Type.Object({
  fileName: Type.Optional(Type.String({ maxLength: 200, description: 'Original file name, for the history list' })),
});

export const ImportListQuery = PageQuery;
