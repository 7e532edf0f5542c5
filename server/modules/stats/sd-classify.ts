import { INDUSTRY_GB_T_4754_2017, OCCUPATION_2022, PERSON_CATEGORY_V1, SKILL_LEVEL_V1 } from '../codes/standards/index.js';

/**
 * The row classifiers of the quarterly supply-demand analysis (职业供求状况分析, DOMAIN.md §3
 * "Indicators"): each takes one raw value of a posting or a seeker registration and names the row it
 * is counted in. Pure; the report, its drill-down and its consistency check all classify with these.
 *
 * Decisions (documented here, shown on the page):
 * - Industry: the posting's industry code, else its employer's; a section letter A–T or a GB/T 4754-2017
 *   division (2 digits, longer codes by their first 2) → its section; anything else → 未分类.
 * - Occupation group: the major group of the posting's occupation (dashed 大典 code "6-09" or 7-digit
 *   LB501 code "6090000": its first digit 1–8); a seeker's first desired occupation; none or an
 *   unclassifiable code → 无要求 (a seeker without a desired occupation has no requirement either).
 * - Education (GB/T 4658-2006): 研究生 10–19 → 硕士及以上; 20–28 本科 → 大学; 30–33 专科 → 大专;
 *   40–49 中专/职高/技校 → 职高/技校/中专; 60–63 → 高中; 70–83 and 90 其他 → 初中及以下; a posting
 *   without one (or an unknown code) → 无要求; a seeker's registration without one falls back to the
 *   registry person's education, and without either → 无要求 (not recorded).
 * - Age: on the registration's valid_from; under 16 (not expected: registration needs working age) → 16–24.
 * - Skill level: code table skill_level; null or unknown → 无技术等级或职称 ('none').
 * - Seeker category: each registration once, in its first statistical category in code-table order
 *   (应届高校毕业生 counts as 新成长失业青年, and again in the 其中 row); none → 未分类.
 */

/** One row of a table: its key and Chinese label; `of` marks a 其中 row (not added to the total). */
export interface RowDef {
  key: string;
  label: string;
  of?: string;
}

export type Side = 'demand' | 'supply';

/** The tables of the analysis, in the order of the official layout. */
export const TABLE_KEYS = ['overall', 'sector', 'industry', 'employerType', 'occupation', 'sex', 'age', 'education', 'skill', 'category'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export interface TableDef {
  key: TableKey;
  title: string;
  sides: readonly Side[];
  rows: readonly RowDef[];
}

const NONE = 'none';

// ---- industry and sector ----------------------------------------------------------------------

const SECTION_NAMES = new Map(INDUSTRY_GB_T_4754_2017.entries.filter((e) => e.level === 1).map((e) => [e.code, e.name]));
const DIVISION_SECTION = new Map(INDUSTRY_GB_T_4754_2017.entries.filter((e) => e.level === 2).map((e) => [e.code, e.parentCode ?? '']));

/** The GB/T 4754-2017 section (A–T) of an industry code, or 'unclassified'. */
export function industrySection(code: string | null | undefined): string {
  const c = (code ?? '').trim().toUpperCase();
  if (SECTION_NAMES.has(c)) return c;
  if (/^\d{2}/.test(c)) return DIVISION_SECTION.get(c.slice(0, 2)) ?? 'unclassified';
  return 'unclassified';
}

/** 第一产业 (A), 第二产业 (B–E), 第三产业 (F–T) of an industry code, or 'unclassified'. */
export function sectorOf(code: string | null | undefined): string {
  const s = industrySection(code);
  if (s === 'unclassified') return s;
  if (s === 'A') return 'primary';
  return s <= 'E' ? 'secondary' : 'tertiary';
}

// ---- employer type ------------------------------------------------------------------------------

const ENTERPRISE_TYPES: readonly RowDef[] = [
  { key: 'state', label: '国有企业' },
  { key: 'collective', label: '集体企业' },
  { key: 'share_coop', label: '股份合作企业' },
  { key: 'associated', label: '联营企业' },
  { key: 'llc', label: '有限责任公司' },
  { key: 'joint_stock', label: '股份有限公司' },
  { key: 'private', label: '私营企业' },
  { key: 'other_enterprise', label: '其他企业' },
  { key: 'hmt', label: '港、澳、台商投资企业' },
  { key: 'foreign', label: '外商投资企业' },
];
const OWNERSHIP_ROW: Record<string, string> = { '11': 'state', '12': 'collective', '13': 'share_coop', '14': 'associated', '15': 'llc', '16': 'joint_stock', '17': 'private', '19': 'other_enterprise' };
const UNIT_ROW: Record<string, string> = { '20': 'government', '30': 'institution', '60': 'individual' };

/**
 * 用人单位性质: an enterprise (unit type 10, or no unit type) by its registration type (国统字〔2011〕86号:
 * 110 国有 … 190 其他, 2xx 港澳台, 3xx 外商; an enterprise without one → 其他企业); 机关, 事业单位,
 * 个体工商户 → 个体经营; 社会团体, 民办非企业单位, other and unknown → 其他.
 */
export function employerTypeOf(unitType: string | null | undefined, ownershipType: string | null | undefined): string {
  const unit = (unitType ?? '').trim();
  const own = (ownershipType ?? '').trim();
  if (unit === '' || unit === '10') {
    if (own.startsWith('2')) return 'hmt';
    if (own.startsWith('3')) return 'foreign';
    const row = OWNERSHIP_ROW[own.slice(0, 2)];
    if (row) return row;
    return unit === '10' ? 'other_enterprise' : 'other';
  }
  return UNIT_ROW[unit] ?? 'other';
}

// ---- occupation -----------------------------------------------------------------------------------

const MAJOR_GROUPS = OCCUPATION_2022.entries.filter((e) => e.level === 1);

/** The occupation major group ('1'–'8') of a 大典 or LB501 code, or 'none'. */
export function occupationGroup(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  const major = c.includes('-') ? c.split('-')[0] : /^\d{7}$/.test(c) ? c[0] : c;
  return /^[1-8]$/.test(major) ? major : NONE;
}

// ---- people ---------------------------------------------------------------------------------------

/** 男 / 女 of a GB/T 2261.1 sex code; anything else (and every posting) → 无要求. */
export function sexOf(sex: number | string | null | undefined): string {
  const s = String(sex ?? '');
  return s === '1' ? 'male' : s === '2' ? 'female' : NONE;
}

/** Completed years between a birth date and a date, both 'YYYY-MM-DD'. */
export function ageAt(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The age band of an age in completed years (null → 无要求, a posting's). */
export function ageBand(age: number | null | undefined): string {
  if (age === null || age === undefined || !Number.isFinite(age)) return NONE;
  if (age < 25) return '16_24';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  return '45_plus';
}

/** The education band of a GB/T 4658-2006 code (null or unknown → 无要求). */
export function educationBand(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  if (!/^\d{2}$/.test(c)) return NONE;
  const n = Number(c);
  if (n >= 10 && n <= 19) return 'master';
  if (n >= 20 && n <= 29) return 'bachelor';
  if (n >= 30 && n <= 39) return 'college';
  if (n >= 40 && n <= 49) return 'vocational';
  if (n >= 60 && n <= 69) return 'senior';
  if ((n >= 70 && n <= 89) || n === 90) return 'junior';
  return NONE;
}

const SKILL_CODES = new Set(SKILL_LEVEL_V1.entries.map((e) => e.code));

/** The skill level row of a code (null or unknown → 'none'). */
export function skillLevelOf(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  return SKILL_CODES.has(c) ? c : NONE;
}

/** The statistical seeker categories in code-table order (level 1 of the first block). */
export const STATISTICAL_CATEGORIES = ['new_youth', 'job_loser', 'other_unemployed', 'employed', 'laid_off', 'retired', 'student', 'local_rural', 'non_local'] as const;

/**
 * The category rows a registration is counted in: its first statistical category (a new graduate
 * is a 新成长失业青年), plus 'new_graduate' for the 其中 row; none → 未分类.
 */
export function seekerCategoryRows(categories: readonly string[] | null | undefined): string[] {
  const cats = new Set(categories ?? []);
  const graduate = cats.has('new_graduate');
  if (graduate) cats.add('new_youth');
  const first = STATISTICAL_CATEGORIES.find((c) => cats.has(c));
  if (!first) return ['unclassified'];
  return first === 'new_youth' && graduate ? ['new_youth', 'new_graduate'] : [first];
}

// ---- the tables -----------------------------------------------------------------------------------

const CATEGORY_NAMES = new Map(PERSON_CATEGORY_V1.entries.map((e) => [e.code, e.name]));

export const TABLES: readonly TableDef[] = [
  { key: 'overall', title: '总体供求', sides: ['demand', 'supply'], rows: [{ key: 'total', label: '合计' }] },
  {
    key: 'sector',
    title: '按产业分组的需求',
    sides: ['demand'],
    rows: [
      { key: 'primary', label: '第一产业' },
      { key: 'secondary', label: '第二产业' },
      { key: 'tertiary', label: '第三产业' },
      { key: 'unclassified', label: '未分类' },
    ],
  },
  {
    key: 'industry',
    title: '按行业分组的需求',
    sides: ['demand'],
    rows: [...[...SECTION_NAMES].map(([key, name]) => ({ key, label: `${key} ${name}` })), { key: 'unclassified', label: '未分类' }],
  },
  {
    key: 'employerType',
    title: '按用人单位性质分组的需求',
    sides: ['demand'],
    rows: [
      ...ENTERPRISE_TYPES,
      { key: 'individual', label: '个体经营' },
      { key: 'government', label: '机关' },
      { key: 'institution', label: '事业单位' },
      { key: 'other', label: '其他' },
    ],
  },
  {
    key: 'occupation',
    title: '按职业分组的供求',
    sides: ['demand', 'supply'],
    rows: [...MAJOR_GROUPS.map((g) => ({ key: g.code, label: g.name })), { key: NONE, label: '无要求' }],
  },
  {
    key: 'sex',
    title: '按性别分组的供求',
    sides: ['demand', 'supply'],
    rows: [
      { key: 'male', label: '男' },
      { key: 'female', label: '女' },
      { key: NONE, label: '无要求' },
    ],
  },
  {
    key: 'age',
    title: '按年龄分组的供求',
    sides: ['demand', 'supply'],
    rows: [
      { key: '16_24', label: '16-24岁' },
      { key: '25_34', label: '25-34岁' },
      { key: '35_44', label: '35-44岁' },
      { key: '45_plus', label: '45岁以上' },
      { key: NONE, label: '无要求' },
    ],
  },
  {
    key: 'education',
    title: '按文化程度分组的供求',
    sides: ['demand', 'supply'],
    rows: [
      { key: 'junior', label: '初中及以下' },
      { key: 'senior', label: '高中' },
      { key: 'vocational', label: '职高、技校、中专' },
      { key: 'college', label: '大专' },
      { key: 'bachelor', label: '大学' },
      { key: 'master', label: '硕士及以上' },
      { key: NONE, label: '无要求' },
    ],
  },
  {
    key: 'skill',
    title: '按技术等级分组的供求',
    sides: ['demand', 'supply'],
    rows: SKILL_LEVEL_V1.entries.map((e) => ({ key: e.code, label: e.code === NONE ? '无技术等级或职称' : e.name })),
  },
  {
    key: 'category',
    title: '按人员类别分组的求职',
    sides: ['supply'],
    rows: [
      { key: 'new_youth', label: CATEGORY_NAMES.get('new_youth') ?? 'new_youth' },
      { key: 'new_graduate', label: `其中：${CATEGORY_NAMES.get('new_graduate') ?? 'new_graduate'}`, of: 'new_youth' },
      ...STATISTICAL_CATEGORIES.slice(1).map((c) => ({ key: c, label: CATEGORY_NAMES.get(c) ?? c })),
      { key: 'unclassified', label: '未分类' },
    ],
  },
];

export const TABLE_BY_KEY: ReadonlyMap<TableKey, TableDef> = new Map(TABLES.map((t) => [t.key, t]));

/** Whether a table has a row with this key on this side. */
export function hasCell(table: string, row: string, side: Side): boolean {
  const def = TABLE_BY_KEY.get(table as TableKey);
  return def !== undefined && def.sides.includes(side) && def.rows.some((r) => r.key === row);
}

/** The raw facts of one valid posting the tables classify (one record of the demand side). */
export interface PostingFacts {
  industryCode: string | null;
  unitType: string | null;
  ownershipType: string | null;
  occupationCode: string | null;
  education: string | null;
  skillLevel: string | null;
}

/** The raw facts of one valid seeker registration (supply side). */
export interface SeekerFacts {
  occupationCode: string | null;
  sex: number | string | null;
  age: number | null;
  education: string | null;
  skillLevel: string | null;
  categories: readonly string[] | null;
}

/** The rows of every demand table one posting is counted in. */
export function postingRows(p: PostingFacts): Partial<Record<TableKey, string[]>> {
  return {
    overall: ['total'],
    sector: [sectorOf(p.industryCode)],
    industry: [industrySection(p.industryCode)],
    employerType: [employerTypeOf(p.unitType, p.ownershipType)],
    occupation: [occupationGroup(p.occupationCode)],
    sex: [NONE],
    age: [NONE],
    education: [educationBand(p.education)],
    skill: [skillLevelOf(p.skillLevel)],
  };
}

/** The rows of every supply table one registration is counted in. */
export function seekerRows(s: SeekerFacts): Partial<Record<TableKey, string[]>> {
  return {
    overall: ['total'],
    occupation: [occupationGroup(s.occupationCode)],
    sex: [sexOf(s.sex)],
    age: [ageBand(s.age)],
    education: [educationBand(s.education)],
    skill: [skillLevelOf(s.skillLevel)],
    category: seekerCategoryRows(s.categories),
  };
}
