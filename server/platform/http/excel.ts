import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { AppDeps, RequestContext } from '../context.js';
import { writeAudit, type AuditEvent } from '../audit.js';
import { chinaDate } from '../clock.js';

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

export interface ExportSheet<T> {
  title: string;
  columns: readonly ExcelColumn<T>[];
  rows: readonly T[];
  /** The filter the user applied, recorded in the audit row. */
  filter?: unknown;
  event?: AuditEvent;
}

/**
 * Sends rows as an Excel download named after the title and today's China date, and records the
 * export (what, which filter, how many rows) in the audit log: exports carry personal data out.
 */
export async function exportXlsx<T>(reply: FastifyReply, deps: Pick<AppDeps, 'db' | 'clock'>, ctx: RequestContext, sheet: ExportSheet<T>) {
  const { title, columns, rows } = sheet;
  const body = await buildWorkbook(title, columns, rows);
  await writeAudit(deps.db, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
    event: sheet.event ?? 'data.exported',
    entityType: 'export',
    entityId: title,
    detail: { filter: sheet.filter ?? null, rows: rows.length },
  });
  return sendXlsx(reply, `${title}-${chinaDate(deps.clock.now())}.xlsx`, body);
}

/** Sends a workbook as a download under a (Chinese) file name. */
export function sendXlsx(reply: FastifyReply, filename: string, body: Buffer) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(body);
}
