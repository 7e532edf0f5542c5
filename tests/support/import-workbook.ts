import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportColumnKey } from '../../server/modules/registry/import-columns.js';

export type ImportCells = Partial<Record<ImportColumnKey, string | number | Date>>;

/**
 * An import file as a community would hand it in: the template's header row, then one row per
 * person. Streams through exceljs's writer so 100,000-row benchmark files stay small in memory.
 */
export async function importWorkbook(rows: Iterable<ImportCells>, options: { headers?: readonly string[] } = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('人员及登记');
  const keys = IMPORT_COLUMNS.map((c) => c.key);
  sheet.addRow(options.headers ? [...options.headers] : IMPORT_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header))).commit();
  for (const row of rows) sheet.addRow(keys.map((k) => row[k] ?? null)).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
