import { resolveRule, type RuleKey, type RuleVersion } from '../rules/defaults.js';
import { addCalendarDays, dueDate, type Overrides } from '../calendar/workdays.js';
import type { LabourStatus } from '../../platform/db/schema.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { LABOUR_STATUS } from './codes.js';

/**
 * Data quality (数据质量) as pure rules: which unit a summary breaks down into, the cut-off dates the
 * checks compare with, per-region rule values, and the Chinese reason each failed check shows.
 */

export const QUALITY_KINDS = {
  duplicate_suspect: '疑似重复',
  inconsistent: '信息不一致',
  not_contacted: '六个月未联系',
  overdue: '逾期未办',
} as const;
export type QualityKind = keyof typeof QUALITY_KINDS;
export const QUALITY_KIND_LIST = Object.keys(QUALITY_KINDS) as QualityKind[];

/** The individual checks behind the four kinds, with their short Chinese names. */
export const QUALITY_CHECKS = {
  duplicate: '同名同出生日期',
  labour_status: '就业状态与登记不符',
  over_retirement: '超龄仍登记失业',
  id_mismatch: '性别或出生日期与身份证号不符',
  household_region: '与家庭户不在同一社区',
  difficulty_employed: '困难人员已就业未退出',
  not_contacted: '长期未联系',
  commitment: '推荐承诺逾期',
  zero_family: '零就业家庭安置逾期',
  follow_up: '跟踪回访逾期',
} as const;
export type QualityCheck = keyof typeof QUALITY_CHECKS;

/** Days a person with employment difficulty may hold a full-time job before the missing exit is flagged. */
export const EMPLOYED_GRACE_DAYS = 30;

const CHILD_LENGTH: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 };

/** Code length of the units a summary of `code` is broken into (a community shows itself). */
export function childCodeLength(code: string): number {
  const length = CHILD_LENGTH[code.length];
  if (!length) throw new RangeError(`not an org unit code: ${code}`);
  return length;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `months` calendar months before `date`, the day clamped to the month's end (08-31 − 6 → 02-28). */
export function monthsBefore(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The latest birth date of someone at least `years` old on `date` (born 02-29 counts from 02-28). */
export function bornOnOrBefore(date: string, years: number): string {
  return monthsBefore(date, years * 12);
}

/** A rule's value for a subtree: most specific region first, the unit's own value last. */
export interface RegionalValue {
  prefix: string;
  value: number;
}

/**
 * The values of a rule in force on `date` across the subtree of `unit`: the unit's own value, plus
 * one entry for every region below it that has versions of its own. Longest prefix first, so the
 * first entry whose prefix a region code starts with is the value in force there.
 */
export function regionalValues(key: RuleKey, versions: readonly RuleVersion[], unit: string, date: string): RegionalValue[] {
  const below = [...new Set(versions.map((v) => v.regionCode).filter((r) => r.length > unit.length && r.startsWith(unit)))];
  const own = { prefix: unit, value: resolveRule(key, versions, unit, date).value };
  const specific = below.map((prefix) => ({ prefix, value: resolveRule(key, versions, prefix, date).value })).sort((a, b) => b.prefix.length - a.prefix.length);
  return [...specific, own];
}

/** The value in force for one region code. */
export function valueFor(values: readonly RegionalValue[], regionCode: string): number {
  return (values.find((v) => regionCode.startsWith(v.prefix)) ?? values[values.length - 1]).value;
}

/** Start date → due date of the recommendation commitment for every start date in [from, to]. */
export function commitmentDueTable(from: string, to: string, workingDays: number, overrides?: Overrides): { startedOn: string; dueOn: string }[] {
  const out = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push({ startedOn: d, dueOn: dueDate(d, { workingDays }, overrides) });
  return out;
}

/** What the ID number says about sex and birth date where the record says otherwise. */
export function idMismatch(p: { citizenId: string; sex: number; birthDate: string }): { sex?: 1 | 2; birthDate?: string } {
  const out: { sex?: 1 | 2; birthDate?: string } = {};
  if (!/^\d{17}[\dXx]$/.test(p.citizenId)) return out;
  const idSex: 1 | 2 = Number(p.citizenId[16]) % 2 === 1 ? 1 : 2;
  const idBirth = `${p.citizenId.slice(6, 10)}-${p.citizenId.slice(10, 12)}-${p.citizenId.slice(12, 14)}`;
  if (idSex !== p.sex) out.sex = idSex;
  if (idBirth !== p.birthDate) out.birthDate = idBirth;
  return out;
}

const SEX = { 1: '男', 2: '女' } as const;
const statusName = (s: string | null) => (s && Object.hasOwn(LABOUR_STATUS, s) ? LABOUR_STATUS[s as LabourStatus] : (s ?? ''));

/** One failed check as the issue list shows it. */
export interface IssueFacts {
  check: QualityCheck;
  citizenId: string;
  sex: number;
  birthDate: string;
  labourStatus: string;
  age: number;
  date: string | null;
  detail: string | null;
  /** Rule values for the region: months without contact, the commitment's working days. */
  months?: number;
  workingDays?: number;
  /** Other people of a suspected duplicate group: name, ID number, community. */
  others?: { name: string; citizenId: string; regionName: string }[];
}

/** The Chinese reason of a failed check. */
export function reasonText(f: IssueFacts): string {
  switch (f.check) {
    case 'duplicate': {
      const others = (f.others ?? []).map((o) => `${o.name}（${maskCitizenId(o.citizenId)}，${o.regionName}）`).join('、');
      return `与${others || '其他人员'}姓名、出生日期相同而身份证号不同，疑似同一人重复登记`;
    }
    case 'labour_status':
      return `就业状态登记为「${statusName(f.labourStatus)}」，按在办的就业失业登记应为「${statusName(f.detail)}」`;
    case 'over_retirement':
      return `已满 ${f.age} 周岁，达到${SEX[f.sex as 1 | 2] ?? ''}性退休年龄（${f.detail} 岁），仍处于登记失业状态`;
    case 'id_mismatch': {
      const m = idMismatch(f);
      const parts = [];
      if (m.sex) parts.push(`性别登记为${SEX[f.sex as 1 | 2] ?? f.sex}，身份证号显示为${SEX[m.sex]}`);
      if (m.birthDate) parts.push(`出生日期登记为 ${f.birthDate}，身份证号显示为 ${m.birthDate}`);
      return parts.join('；') || '性别或出生日期与身份证号不符';
    }
    case 'household_region':
      return `居住社区与所属家庭户（${f.detail ?? '—'}）不一致`;
    case 'difficulty_employed':
      return `就业困难人员认定有效，但自 ${f.date} 起已全职就业（${f.detail ?? '—'}）超过 ${EMPLOYED_GRACE_DAYS} 天，未办理退出`;
    case 'not_contacted': {
      const who = f.detail === 'both' ? '登记失业、就业困难人员' : f.detail === 'difficulty' ? '就业困难人员' : '登记失业人员';
      const since = f.date ? `最近联系 ${f.date}` : '从未联系';
      return `${who}，${since}，已超过 ${f.months ?? 6} 个月未联系（可按“连续6个月失去联系”办理注销或退出）`;
    }
    case 'commitment':
      return `认定于 ${f.detail}，应于 ${f.date} 前（${f.workingDays ?? 10} 个工作日内）推荐岗位，未按期推荐`;
    case 'zero_family':
      return `零就业家庭${f.detail === 'second' ? '第二名成员' : '首名成员'}安置期限 ${f.date} 已过，尚未就业`;
    case 'follow_up':
      return `安置${f.detail ? `（${f.detail}）` : ''}后的跟踪回访应于 ${f.date} 完成，尚未回访`;
  }
}
