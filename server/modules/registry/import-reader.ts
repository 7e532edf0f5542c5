import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { fieldError } from '../../platform/errors.js';
import { IMPORT_COLUMNS, mapHeader, type ImportColumnKey, type RawImportRow } from './import-columns.js';
import type { RowProblem } from './import-rules.js';

/** One data row of the first sheet: its row number as the spreadsheet shows it. */
export interface SheetRow {
  row: number;
  raw: RawImportRow;
  /** Cells that could not be read as typed (e.g. an ID number stored as a number). */
  problems: RowProblem[];
}

/** Rows a file may hold: a city's whole hand-in is ~100,000; beyond that, split the file. */
export const MAX_IMPORT_ROWS = 200_000;

const EMPTY_ROW: RawImportRow = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, ''])) as RawImportRow;

/** A cell as text: dates as YYYY-MM-DD, rich text flattened, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

function readRow(values: ExcelJS.CellValue[], columns: Map<number, ImportColumnKey>, row: number): SheetRow | null {
  const raw: RawImportRow = { ...EMPTY_ROW };
  const problems: RowProblem[] = [];
  let blank = true;
  for (const [index, key] of columns) {
    const value = values[index];
    if (key === 'citizenId' && typeof value === 'number') {
      problems.push({ column: key, message: '身份证号以数字格式保存，后几位已丢失，请把该列设为文本后重新填写' });
    }
    raw[key] = cellText(value);
    if (raw[key] !== '') blank = false;
  }
  return blank ? null : { row, raw, problems };
}

/**
 * Streams the first worksheet of an .xlsx upload: finds the header row (the first row naming
 * 公民身份号码 within the first 10), then yields every non-blank data row. A file that is not an
 * .xlsx workbook, lacks required columns or holds too many rows is refused as a whole (400).
 */
export async function* readImportSheet(file: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'emit' });
  let columns: Map<number, ImportColumnKey> | null = null;
  let count = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        if (!columns) {
          const header = mapHeader(values.map((v) => cellText(v)));
          if (header.columns.size === 0) {
            if (row.number >= 10) throw fieldError('file', '前 10 行中没有找到表头（应包含“公民身份号码”等列），请使用导入模板');
            continue;
          }
          if (header.missing.length > 0) throw fieldError('file', `缺少必填列：${header.missing.join('、')}，请使用导入模板`);
          columns = header.columns;
          continue;
        }
        const data = readRow(values, columns, row.number);
        if (!data) continue;
        count += 1;
        if (count > MAX_IMPORT_ROWS) throw fieldError('file', `一个文件最多 ${MAX_IMPORT_ROWS} 行，请拆分后分批导入`);
        yield data;
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw fieldError('file', '无法读取该文件，请上传 Excel 2007 及以上格式（.xlsx）的文件');
  }
  if (!columns) throw fieldError('file', '没有找到表头（应包含“公民身份号码”等列），请使用导入模板');
}
