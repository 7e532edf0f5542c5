import type { EmploymentKind, HukouType, LabourStatus } from '../../platform/db/schema.js';
import { validateCitizenId } from '../../platform/validators/citizen-id.js';
import { EMPLOYMENT_KINDS, HUKOU_TYPES, UNEMPLOYMENT_REASONS } from './codes.js';
import { HEADER_OF, type ImportColumnKey, type RawImportRow } from './import-columns.js';
import { countsInUnemploymentRate, employmentRefusals, labourStatusOf, unemploymentRefusals, type AgeRules } from './rules.js';

/**
 * Row validation of the people-and-registrations import, as pure functions: each row is checked
 * on its own (ID checksum, codes, dates, the registration rules) and then against the other rows
 * and the registry (duplicates). Every problem of a row is reported, not only the first.
 */

/** What a row is checked against, loaded once per file. */
export interface ImportLookups {
  today: string;
  now: Date;
  /** Code or name (汉族, 汉, 01) → GB 3304 code. */
  ethnicity: ReadonlyMap<string, string>;
  /** Code or name → GB/T 4658 code. */
  education: ReadonlyMap<string, string>;
  /** 12-digit code or full name → code, for the communities in the importer's scope. */
  communities: ReadonlyMap<string, string>;
  rules: AgeRules & { nonLocalMonths: number };
}

/** A valid row, normalised: what the confirm step loads. */
export interface ImportPerson {
  citizenId: string;
  name: string;
  nameInitials: string;
  sex: 1 | 2;
  birthDate: string;
  ethnicity: string | null;
  education: string | null;
  hukouType: HukouType;
  regionCode: string;
  address: string | null;
  phone: string | null;
  ableToWork: boolean;
  wantsWork: boolean;
  labourStatus: LabourStatus;
  employment: { kind: EmploymentKind; employerName: string | null; fullTime: boolean; startedOn: string } | null;
  unemployment: { registeredOn: string; reason: string; countsInRate: boolean } | null;
}

export interface RowProblem {
  column: ImportColumnKey | '';
  message: string;
}

export type RowResult = { ok: true; person: ImportPerson } | { ok: false; problems: RowProblem[] };

const YES = new Set(['是', 'Y', 'y', 'yes', '1', 'true', '有']);
const NO = new Set(['否', 'N', 'n', 'no', '0', 'false', '无']);

/** 是/否 cells; blank means the default. */
export function parseYesNo(value: string, fallback: boolean): boolean | null {
  if (value === '') return fallback;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** Dates as communities type them: 2026-05-01, 2026/5/1, 2026.5.1, 2026年5月1日, 20260501. */
export function parseDate(value: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A coded value given by its code or by its label (or the label's short form before '（'). */
function byCodeOrLabel<K extends string>(table: Record<K, string>, value: string, aliases: Record<string, K> = {}): K | null {
  if (Object.hasOwn(table, value)) return value as K;
  if (Object.hasOwn(aliases, value)) return aliases[value];
  for (const [code, label] of Object.entries(table) as [K, string][]) {
    if (label === value || label.split('（')[0] === value) return code;
  }
  return null;
}

const HUKOU_ALIASES: Record<string, HukouType> = { 城镇: 'urban', 农村: 'rural', 外地: 'non_local', 非本地: 'non_local' };
const KIND_ALIASES: Record<string, EmploymentKind> = { 自主创业: 'self_employed', 个体经营: 'self_employed', 公益性岗位: 'public_welfare' };

/** Checks one row on its own. `nameInitials` is injected (pinyin) to keep this module dependency-light. */
export function validateRow(raw: RawImportRow, lookups: ImportLookups, nameInitials: (name: string) => string): RowResult {
  const problems: RowProblem[] = [];
  const problem = (column: ImportColumnKey | '', message: string) => problems.push({ column, message });

  const name = raw.name.replace(/\s+/g, '');
  if (name.length < 2 || name.length > 30) problem('name', name ? '姓名应为 2–30 个字' : '姓名不能为空');
  const id = validateCitizenId(raw.citizenId, lookups.now);
  if (!id.ok) problem('citizenId', id.message);

  const ethnicity = raw.ethnicity ? (lookups.ethnicity.get(raw.ethnicity) ?? null) : null;
  if (raw.ethnicity && !ethnicity) problem('ethnicity', '民族不在代码表（GB 3304）中');
  const education = raw.education ? (lookups.education.get(raw.education) ?? null) : null;
  if (raw.education && !education) problem('education', '文化程度不在代码表（GB/T 4658）中');
  const hukouType = byCodeOrLabel(HUKOU_TYPES, raw.hukouType, HUKOU_ALIASES);
  if (!hukouType) problem('hukouType', raw.hukouType ? '户籍性质应为 本地城镇 / 本地农村 / 外地户籍' : '户籍性质不能为空');
  const regionCode = raw.community ? (lookups.communities.get(raw.community) ?? null) : null;
  if (!regionCode) problem('community', raw.community ? '居住社区不存在、不是社区（村）或不在您的管辖范围内' : '居住社区不能为空');
  if (raw.phone && !/^[0-9+\- ]{5,20}$/.test(raw.phone)) problem('phone', '联系电话只能包含数字、+、- 和空格（5–20 位）');
  if (raw.address.length > 200) problem('address', '居住地址不能超过 200 字');
  const ableToWork = parseYesNo(raw.ableToWork, true);
  if (ableToWork === null) problem('ableToWork', '请填写 是 或 否');
  const wantsWork = parseYesNo(raw.wantsWork, true);
  if (wantsWork === null) problem('wantsWork', '请填写 是 或 否');

  let employment: ImportPerson['employment'] = null;
  let unemployment: { registeredOn: string; reason: string } | null = null;
  const registration = raw.registration;
  if (registration === '就业') {
    employment = employmentOf(raw, problem);
  } else if (registration === '失业') {
    unemployment = unemploymentOf(raw, hukouType, problem);
  } else if (registration !== '' && registration !== '无') {
    problem('registration', '登记类型应为 空 / 就业 / 失业');
  }

  if (!id.ok || problems.length > 0 || !hukouType || !regionCode || ableToWork === null || wantsWork === null) return { ok: false, problems };

  const person = { birthDate: id.birthDate, sex: id.sex };
  if (employment) {
    for (const r of employmentRefusals({ kind: employment.kind, fullTime: employment.fullTime, startedOn: employment.startedOn, today: lookups.today, person, openEmployment: [], rules: lookups.rules })) {
      problem(r.field === 'startedOn' ? 'startedOn' : 'fullTime', r.message);
    }
  }
  if (unemployment) {
    const refusals = unemploymentRefusals({
      person: { ...person, hukouType, ableToWork, wantsWork },
      registeredOn: unemployment.registeredOn,
      today: lookups.today,
      openEmployment: [],
      alreadyRegistered: false,
      localWorkMonths: raw.localWorkMonths === '' ? undefined : Number(raw.localWorkMonths),
      rules: lookups.rules,
    });
    for (const r of refusals) problem(REFUSAL_COLUMN[r.field] ?? 'registeredOn', r.message);
    if (unemployment.registeredOn < id.birthDate) problem('registeredOn', '失业登记日期早于出生日期');
  }
  if (problems.length > 0) return { ok: false, problems };

  const open = employment ? [{ kind: employment.kind, fullTime: employment.fullTime, employerName: employment.employerName }] : [];
  return {
    ok: true,
    person: {
      citizenId: id.id,
      name,
      nameInitials: nameInitials(name),
      sex: id.sex,
      birthDate: id.birthDate,
      ethnicity,
      education,
      hukouType,
      regionCode,
      address: raw.address || null,
      phone: raw.phone || null,
      ableToWork,
      wantsWork,
      labourStatus: labourStatusOf(open, Boolean(unemployment)),
      employment,
      unemployment: unemployment && { ...unemployment, countsInRate: countsInUnemploymentRate(hukouType) },
    },
  };
}

const REFUSAL_COLUMN: Record<string, ImportColumnKey> = {
  registeredOn: 'registeredOn',
  ableToWork: 'ableToWork',
  wantsWork: 'wantsWork',
  localWorkMonths: 'localWorkMonths',
  personId: 'citizenId',
};

function employmentOf(raw: RawImportRow, problem: (c: ImportColumnKey, m: string) => void): ImportPerson['employment'] {
  const kind = raw.employmentKind ? byCodeOrLabel(EMPLOYMENT_KINDS, raw.employmentKind, KIND_ALIASES) : null;
  if (!kind) problem('employmentKind', raw.employmentKind ? '就业形式应为 单位就业 / 自主创业 / 灵活就业 / 公益性岗位' : '登记类型为就业时须填写就业形式');
  const employerName = raw.employerName.trim() || null;
  if ((kind === 'employer' || kind === 'public_welfare') && !employerName) problem('employerName', '单位就业和公益性岗位须填写用人单位');
  const fullTime = parseYesNo(raw.fullTime, true);
  if (fullTime === null) problem('fullTime', '请填写 是 或 否');
  const startedOn = parseDate(raw.startedOn);
  if (!startedOn) problem('startedOn', raw.startedOn ? '就业日期格式错误，应为 2026-05-01' : '登记类型为就业时须填写就业日期');
  if (!kind || fullTime === null || !startedOn) return null;
  return { kind, employerName, fullTime, startedOn };
}

function unemploymentOf(raw: RawImportRow, hukouType: HukouType | null, problem: (c: ImportColumnKey, m: string) => void): { registeredOn: string; reason: string } | null {
  const registeredOn = parseDate(raw.registeredOn);
  if (!registeredOn) problem('registeredOn', raw.registeredOn ? '失业登记日期格式错误，应为 2026-05-01' : '登记类型为失业时须填写失业登记日期');
  const reason = raw.unemploymentReason ? byCodeOrLabel(UNEMPLOYMENT_REASONS, raw.unemploymentReason) : null;
  if (!reason) problem('unemploymentReason', raw.unemploymentReason ? '失业原因不在代码表中' : '登记类型为失业时须填写失业原因');
  if (raw.localWorkMonths !== '' && !/^\d{1,3}$/.test(raw.localWorkMonths)) problem('localWorkMonths', '本地稳定就业月数应为整数');
  if (hukouType === 'non_local' && raw.localWorkMonths === '') problem('localWorkMonths', '外地户籍人员登记失业须填写本地稳定就业月数');
  if (!registeredOn || !reason) return null;
  return { registeredOn, reason };
}

/** Header of a problem's column, for the report ('' for the whole row). */
export function columnHeader(column: ImportColumnKey | ''): string {
  return column === '' ? '' : HEADER_OF[column];
}

/**
 * Duplicates across the file and against the registry: the first row of an ID number in the file
 * stands, later ones are rejected; a number already registered is rejected with where it is
 * (the name and community only when the importer may see that person).
 */
export function duplicateProblem(
  citizenId: string,
  firstRowOfId: number,
  thisRow: number,
  existing: { name: string; regionName: string; visible: boolean } | undefined,
): RowProblem | null {
  if (existing) {
    return { column: 'citizenId', message: existing.visible ? `该身份证号已登记（${existing.name}，${existing.regionName}），请在个人档案中办理` : '该身份证号已在其他地区登记' };
  }
  if (firstRowOfId !== thisRow) return { column: 'citizenId', message: `与第 ${firstRowOfId} 行身份证号重复` };
  return null;
}
