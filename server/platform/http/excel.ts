import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface ExcelColumn<T> {
  header: string;
  key: keyof T & string;
  width?: number;
}

/** Rows per export: staff exports a filtered list, not the database. */
export const EXPORT_LIMIT = 10_000;

function cell(value: unknown): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Builds an .xlsx workbook of one sheet: a bold, frozen header row and one row per item. */
export async function buildWorkbook<T>(title: string, columns: readonly ExcelColumn<T>[], rows: readonly T[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '就业服务信息系统';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, cell(row[c.key])])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends rows as an Excel download named after the title and today's date. */
export async function exportXlsx<T>(reply: FastifyReply, title: string, columns: readonly ExcelColumn<T>[], rows: readonly T[]) {
  const body = await buildWorkbook(title, columns, rows);
  const filename = `${title}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(body);
}
