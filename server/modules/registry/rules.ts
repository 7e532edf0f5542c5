import type { EmploymentKind, HukouType, LabourStatus } from '../../platform/db/schema.js';

/**
 * Registration rules as pure functions (就业服务与就业管理规定): working age, who may register as
 * unemployed, which employment registrations conflict, and the labour status that follows from the
 * open registrations. Each refusal names the request field it concerns, in Chinese.
 */

export interface Refusal {
  field: string;
  message: string;
}

/** Whole years of age on a date ('YYYY-MM-DD' strings). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export interface AgeRules {
  minAge: number;
  retirementAge: { 1: number; 2: number };
}

/** Working age: at least the minimum age and below the retirement age for the person's sex. */
export function isWorkingAge(person: { birthDate: string; sex: 1 | 2 }, date: string, rules: AgeRules): boolean {
  const age = ageOn(person.birthDate, date);
  return age >= rules.minAge && age < rules.retirementAge[person.sex];
}

export interface OpenEmployment {
  kind: EmploymentKind;
  fullTime: boolean;
  employerName: string | null;
}

export interface UnemploymentCheck {
  person: { birthDate: string; sex: 1 | 2; hukouType: HukouType; ableToWork: boolean; wantsWork: boolean };
  registeredOn: string;
  today: string;
  openEmployment: OpenEmployment[];
  alreadyRegistered: boolean;
  /** For people registered elsewhere: months of stable work in this city. */
  localWorkMonths?: number;
  rules: AgeRules & { nonLocalMonths: number };
}

/** Why a person may not register as unemployed now; empty when eligible. */
export function unemploymentRefusals(c: UnemploymentCheck): Refusal[] {
  const out: Refusal[] = [];
  if (c.registeredOn > c.today) out.push({ field: 'registeredOn', message: '登记日期不能晚于今天' });
  if (c.alreadyRegistered) out.push({ field: 'personId', message: '该人员已处于登记失业状态' });
  if (!isWorkingAge(c.person, c.registeredOn, c.rules)) out.push({ field: 'personId', message: '不在法定劳动年龄内，不能办理失业登记' });
  if (!c.person.ableToWork) out.push({ field: 'ableToWork', message: '无劳动能力，不能办理失业登记' });
  if (!c.person.wantsWork) out.push({ field: 'wantsWork', message: '无就业意愿，不能办理失业登记' });
  const job = c.openEmployment[0];
  if (job) out.push({ field: 'personId', message: `该人员处于就业状态（${job.employerName ?? '灵活就业/自主创业'}），请先办理就业终止登记` });
  if (c.person.hukouType === 'non_local' && (c.localWorkMonths ?? 0) < c.rules.nonLocalMonths) {
    out.push({ field: 'localWorkMonths', message: `外地户籍人员须在本地稳定就业满 ${c.rules.nonLocalMonths} 个月方可登记失业` });
  }
  return out;
}

/** Whether a new employment registration conflicts with the open ones. */
export function employmentRefusals(input: {
  kind: EmploymentKind;
  fullTime: boolean;
  startedOn: string;
  today: string;
  person: { birthDate: string; sex: 1 | 2 };
  openEmployment: OpenEmployment[];
  rules: AgeRules;
}): Refusal[] {
  const out: Refusal[] = [];
  if (input.startedOn > input.today) out.push({ field: 'startedOn', message: '就业日期不能晚于今天' });
  if (ageOn(input.person.birthDate, input.startedOn) < input.rules.minAge) out.push({ field: 'startedOn', message: `就业时未满 ${input.rules.minAge} 周岁` });
  const fullTimeJob = input.openEmployment.find((e) => e.fullTime);
  if (input.fullTime && fullTimeJob) {
    out.push({ field: 'fullTime', message: `该人员已在${fullTimeJob.employerName ?? '其他单位'}全职就业，不能同时登记第二份全职工作` });
  }
  return out;
}

/** Unemployment registered in a city counts in its registered urban unemployment rate unless rural. */
export function countsInUnemploymentRate(hukouType: HukouType): boolean {
  return hukouType !== 'rural';
}

const STATUS_OF_KIND: Record<EmploymentKind, LabourStatus> = {
  employer: 'employed',
  self_employed: 'self_employed',
  flexible: 'flexible',
  public_welfare: 'public_welfare',
};

/** The labour status that follows from the open registrations (full-time work first). */
export function labourStatusOf(openEmployment: readonly OpenEmployment[], openUnemployment: boolean): LabourStatus {
  const main = openEmployment.find((e) => e.fullTime) ?? openEmployment[0];
  if (main) return STATUS_OF_KIND[main.kind];
  return openUnemployment ? 'unemployed' : 'none';
}

/** The cancellation ground an employment registration implies for an open unemployment spell. */
export function cancelGroundForEmployment(kind: EmploymentKind): 'employed' | 'self_employed' | 'stable_income' {
  if (kind === 'self_employed') return 'self_employed';
  if (kind === 'flexible') return 'stable_income';
  return 'employed';
}

/** Days between two 'YYYY-MM-DD' dates (to − from). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Days a registration came after its deadline of `limitDays` calendar days from the event
 * (hire: 30, termination: 15); null when on time. Only employers carry these deadlines: the
 * self-employed and flexible workers register at the street office when they come.
 */
export function registrationDaysLate(kind: EmploymentKind, eventOn: string, registeredOn: string, limitDays: number): number | null {
  if (kind !== 'employer') return null;
  const late = daysBetween(eventOn, registeredOn) - limitDays;
  return late > 0 ? late : null;
}
