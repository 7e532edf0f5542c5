import ExcelJS from 'exceljs';
import type { Cell, ReportRow } from './sd-figures.js';
import type { SupplyDemandReport } from './supply-demand-schema.js';

/**
 * The analysis as the familiar workbook: one sheet, a title, the summary, then each table under its
 * own title with 需求 and 求职 column groups (人数, 占比, 环比, 同比) and 求人倍率; a second sheet
 * states the definitions.
 */

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
const signed = (c: Cell['vsPrevious']) => `${c.diff > 0 ? '+' : ''}${c.diff}${c.rate === null ? '' : `（${c.rate > 0 ? '+' : ''}${(c.rate * 100).toFixed(1)}%）`}`;

function sideCells(c: Cell | undefined): (string | number)[] {
  if (!c) return ['', '', '', ''];
  return [c.count, pct(c.share), signed(c.vsPrevious), signed(c.vsLastYear)];
}

function line(row: ReportRow, showRatio: boolean): (string | number)[] {
  const r = row.ratio?.value;
  return [row.of ? `  ${row.label}` : row.label, ...sideCells(row.demand), ...sideCells(row.supply), showRatio ? (r === null || r === undefined ? '—' : r.toFixed(2)) : ''];
}

/** The workbook of a report (a Buffer for sendXlsx). */
export async function supplyDemandWorkbook(report: SupplyDemandReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '就业服务信息系统';
  const sheet = book.addWorksheet('职业供求状况分析');
  sheet.columns = [{ width: 34 }, ...Array.from({ length: 8 }, (_, i) => ({ width: i % 4 === 0 ? 10 : 16 })), { width: 10 }];
  const title = sheet.addRow([`${report.regionName}${report.period.label}职业供求状况分析`]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, 10);
  sheet.addRow([`统计期间：${report.period.from}至${report.period.to}；环比：${report.previous.label}；同比：${report.lastYear.label}`]);
  const summary = sheet.addRow([report.summary]);
  summary.alignment = { wrapText: true, vertical: 'top' };
  summary.height = 60;
  sheet.mergeCells(summary.number, 1, summary.number, 10);
  const o = report.overall;
  sheet.addRow([]);
  sheet.addRow(['招聘岗位数', o.postings.count, '', signed(o.postings.vsPrevious), signed(o.postings.vsLastYear)]);
  for (const t of report.tables) {
    sheet.addRow([]);
    const head = sheet.addRow([t.title]);
    head.font = { bold: true };
    const groups = sheet.addRow(['项目', '需求人数', '占比', '环比（增减）', '同比（增减）', '求职人数', '占比', '环比（增减）', '同比（增减）', '求人倍率']);
    groups.font = { bold: true };
    groups.eachCell((c) => (c.border = { bottom: { style: 'thin' } }));
    const ratio = t.sides.length === 2;
    for (const row of t.key === 'overall' ? [] : t.rows) sheet.addRow(line(row, ratio));
    const total = sheet.addRow(line(t.total, ratio));
    total.font = { bold: true };
  }
  const notes = book.addWorksheet('口径说明');
  notes.columns = [{ width: 100 }];
  for (const text of [
    '需求：统计期内发布且有效期与统计期相交的岗位（需求人数 = 招聘人数之和）；求职：有效期与统计期相交的求职登记。',
    '求人倍率 = 需求人数 ÷ 求职人数（保留两位小数）；占比 = 本行 ÷ 本表合计；环比与上一期比较，同比与去年同期比较。',
    '人员类别：每条求职登记计入其第一个统计类别；应届高校毕业生计入新成长失业青年，并在“其中”行再列一次。',
    '年龄按求职登记日计算；岗位不限性别、年龄，计入“无要求”。',
  ])
    notes.addRow([text]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
