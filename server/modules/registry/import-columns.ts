/**
 * The people-and-registrations import file: one person per row, columns found by their header
 * (so a community's sheet may order them as it likes). Headers marked * are required.
 */
export const IMPORT_COLUMNS = [
  { key: 'name', header: '姓名', required: true, width: 10, note: '2–30 个字' },
  { key: 'citizenId', header: '公民身份号码', required: true, width: 22, note: '18 位，性别和出生日期从号码读取' },
  { key: 'ethnicity', header: '民族', required: false, width: 8, note: '名称或 GB 3304 代码，如 汉族 / 01' },
  { key: 'education', header: '文化程度', required: false, width: 12, note: '名称或 GB/T 4658 代码，如 大学本科 / 21' },
  { key: 'hukouType', header: '户籍性质', required: true, width: 10, note: '本地城镇 / 本地农村 / 外地户籍' },
  { key: 'community', header: '居住社区', required: true, width: 24, note: '12 位社区（村）代码或社区全称，须在您的管辖范围内' },
  { key: 'address', header: '居住地址', required: false, width: 24, note: '' },
  { key: 'phone', header: '联系电话', required: false, width: 14, note: '数字，可含 - 和空格' },
  { key: 'ableToWork', header: '有劳动能力', required: false, width: 10, note: '是 / 否，空为是' },
  { key: 'wantsWork', header: '有就业意愿', required: false, width: 10, note: '是 / 否，空为是' },
  { key: 'registration', header: '登记类型', required: false, width: 10, note: '空 / 就业 / 失业' },
  { key: 'employmentKind', header: '就业形式', required: false, width: 12, note: '单位就业 / 自主创业 / 灵活就业 / 公益性岗位（登记类型为就业时必填）' },
  { key: 'employerName', header: '用人单位', required: false, width: 24, note: '单位就业、公益性岗位时必填' },
  { key: 'fullTime', header: '全职', required: false, width: 6, note: '是 / 否，空为是' },
  { key: 'startedOn', header: '就业日期', required: false, width: 12, note: '日期，如 2026-05-01（登记类型为就业时必填）' },
  { key: 'registeredOn', header: '失业登记日期', required: false, width: 12, note: '日期（登记类型为失业时必填）' },
  { key: 'unemploymentReason', header: '失业原因', required: false, width: 16, note: '名称或代码（登记类型为失业时必填）' },
  { key: 'localWorkMonths', header: '本地稳定就业月数', required: false, width: 10, note: '外地户籍人员登记失业时必填，满 6 个月' },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** One data row as read from the sheet: trimmed text per column (missing cells are ''). */
export type RawImportRow = Record<ImportColumnKey, string>;

export const HEADER_OF: Record<ImportColumnKey, string> = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportColumnKey, string>;

/** Maps header cells to column keys; a leading/trailing '*' or spaces are ignored. */
export function mapHeader(cells: readonly string[]): { columns: Map<number, ImportColumnKey>; missing: string[] } {
  const byHeader = new Map<string, ImportColumnKey>(IMPORT_COLUMNS.map((c) => [c.header, c.key]));
  const columns = new Map<number, ImportColumnKey>();
  cells.forEach((cell, index) => {
    const key = byHeader.get(cell.replace(/[*＊\s]/g, ''));
    if (key && ![...columns.values()].includes(key)) columns.set(index, key);
  });
  const found = new Set(columns.values());
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
  return { columns, missing };
}
