import ExcelJS from 'exceljs';
import { EMPLOYMENT_KINDS, HUKOU_TYPES, UNEMPLOYMENT_REASONS } from './codes.js';
import { IMPORT_COLUMNS, type ImportColumnKey } from './import-columns.js';

/** Sheet-level data validation: in exceljs at runtime (lib/doc/data-validations.js), missing from its typings. */
interface SheetValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Rows of the data sheet that get drop-down lists and text format. */
const PREPARED_ROWS = 5_000;

const LISTS: Partial<Record<ImportColumnKey, string[]>> = {
  hukouType: Object.values(HUKOU_TYPES),
  registration: ['就业', '失业'],
  employmentKind: ['单位就业', '自主创业', '灵活就业', '公益性岗位'],
  ableToWork: ['是', '否'],
  wantsWork: ['是', '否'],
  fullTime: ['是', '否'],
  unemploymentReason: Object.values(UNEMPLOYMENT_REASONS),
};

const TEXT_COLUMNS = new Set<ImportColumnKey>(['citizenId', 'phone', 'community']);

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The import template: the data sheet (headers, * for required, ID/phone/community columns as
 * text so Excel keeps every digit, drop-down lists for coded columns) and a sheet of instructions.
 */
export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '就业服务信息系统';
  const sheet = workbook.addWorksheet('人员及登记', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    const letter = columnLetter(i);
    if (TEXT_COLUMNS.has(c.key)) sheet.getColumn(i + 1).numFmt = '@';
    const list = LISTS[c.key];
    if (list) {
      (sheet as unknown as SheetValidations).dataValidations.add(`${letter}2:${letter}${PREPARED_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorTitle: c.header,
        error: `请从列表中选择：${list.join(' / ')}`,
      });
    }
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'header', width: 18 },
    { header: '必填', key: 'required', width: 8 },
    { header: '填写说明', key: 'note', width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) help.addRow({ header: c.header, required: c.required ? '是' : '', note: c.note });
  help.addRow({});
  help.addRow({ header: '说明', note: '每行一人。系统逐行校验，校验报告列出每一个被拒绝的行及原因；只有在您确认后才导入有效行，未确认不会写入任何数据。' });
  help.addRow({ header: '就业形式', note: Object.values(EMPLOYMENT_KINDS).join('；') });
  help.addRow({ header: '失业原因', note: Object.values(UNEMPLOYMENT_REASONS).join('；') });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
