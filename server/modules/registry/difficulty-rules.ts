import { ageOn, type AgeRules, type Refusal } from './rules.js';

/**
 * Who may be identified as a person with employment difficulty, per category. The categories whose
 * facts the registry holds are checked here; the others (disability, 低保, release from prison…)
 * rest on documents the community checks and the reviewers confirm.
 */
export interface DifficultyCheck {
  category: string;
  today: string;
  person: { birthDate: string; sex: 1 | 2; labourStatus: string };
  /** Open unemployment registration date, if any. */
  unemployedSince: string | null;
  /** Whether every working-age member of the person's household is registered unemployed. */
  zeroEmploymentHousehold: boolean;
  hasOpenIdentification: boolean;
  knownCategories: readonly string[];
  rules: AgeRules;
}

export function difficultyRefusals(c: DifficultyCheck): Refusal[] {
  const out: Refusal[] = [];
  if (!c.knownCategories.includes(c.category)) out.push({ field: 'category', message: '困难人员类别不在代码表中' });
  if (c.hasOpenIdentification) out.push({ field: 'personId', message: '该人员已有有效或审核中的困难人员认定' });
  if (c.person.labourStatus !== 'unemployed' || !c.unemployedSince) out.push({ field: 'personId', message: '请先为该人员办理失业登记' });
  const age = ageOn(c.person.birthDate, c.today);
  const retirement = c.rules.retirementAge[c.person.sex];
  if (c.category === 'age_4050' && age < (c.person.sex === 2 ? 40 : 50)) {
    out.push({ field: 'category', message: `“4050人员”须女性年满40周岁、男性年满50周岁（现 ${age} 岁）` });
  }
  if (c.category === 'near_retirement' && retirement - age > 5) out.push({ field: 'category', message: `距法定退休年龄超过5年（现 ${age} 岁）` });
  if (c.category === 'long_term_unemployed' && c.unemployedSince) {
    const oneYearOn = `${Number(c.unemployedSince.slice(0, 4)) + 1}${c.unemployedSince.slice(4)}`;
    if (oneYearOn > c.today) out.push({ field: 'category', message: `连续失业未满一年（${c.unemployedSince} 起）` });
  }
  if (c.category === 'zero_employment_family' && !c.zeroEmploymentHousehold) {
    out.push({ field: 'category', message: '该人员所在家庭不是零就业家庭' });
  }
  return out;
}

/**
 * Whether an identification in force should be proposed for exit: the person works again, has
 * reached retirement age, or refused three services within six months. Staff confirm the exit;
 * nothing ends by itself.
 */
export function exitProposal(
  person: { birthDate: string; sex: 1 | 2; labourStatus: string },
  today: string,
  rules: AgeRules,
  refusalsInSixMonths = 0,
): 'employed' | 'retired' | 'refused_services' | null {
  if (person.labourStatus !== 'unemployed' && person.labourStatus !== 'none') return 'employed';
  if (ageOn(person.birthDate, today) >= rules.retirementAge[person.sex]) return 'retired';
  if (refusalsInSixMonths >= 3) return 'refused_services';
  return null;
}
