import type { Db } from '../../platform/db/database.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { codeExists } from '../registry/people-repository.js';
import { seekerSearchVector } from './text-search.js';
import type { SeekerPatch } from './seeker-schema.js';

/** Refuses with every field error at once (the first as the message). */
export function refuse(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new AppError('validation_failed', errors[0].message, [...errors]);
}

async function unknownCodes(db: Db, type: string, codes: readonly string[] | undefined, today: string): Promise<string[]> {
  const out: string[] = [];
  for (const code of codes ?? []) if (!(await codeExists(db, type, code, today))) out.push(code);
  return out;
}

/** Field errors of the registration's codes and numbers, in Chinese, before anything is written. */
export async function checkSeekerFields(db: Db, f: SeekerPatch, today: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const bad = async (field: string, type: string, codes: readonly string[] | undefined, what: string) => {
    const unknown = await unknownCodes(db, type, codes, today);
    if (unknown.length > 0) errors.push({ field, message: `${what}代码不在代码表中：${unknown.join('、')}` });
  };
  await bad('desiredOccupations', 'occupation', f.desiredOccupations, '期望职业');
  await bad('desiredIndustries', 'industry', f.desiredIndustries, '期望行业');
  await bad('categories', 'person_category', f.categories, '人员类别');
  if (f.education) await bad('education', 'education', [f.education], '学历');
  if (f.desiredRegions && f.desiredRegions.length > 0) {
    const found = await db.selectFrom('org_unit').select('code').where('code', 'in', f.desiredRegions).execute();
    const missing = f.desiredRegions.filter((c) => !found.some((u) => u.code === c));
    if (missing.length > 0) errors.push({ field: 'desiredRegions', message: `期望工作地区不存在：${missing.join('、')}` });
  }
  if (f.wageExpected !== undefined && f.wageExpected !== null && f.wageExpected < 0) errors.push({ field: 'wageExpected', message: '期望工资不能为负数' });
  return errors;
}

/** The registration's columns from the input (only the fields given). */
export function seekerColumns(f: SeekerPatch) {
  return {
    ...(f.desiredOccupations !== undefined && { desired_occupations: [...new Set(f.desiredOccupations)] }),
    ...(f.desiredIndustries !== undefined && { desired_industries: [...new Set(f.desiredIndustries)] }),
    ...(f.desiredRegions !== undefined && { desired_regions: [...new Set(f.desiredRegions)] }),
    ...(f.wageExpected !== undefined && { wage_expected: f.wageExpected }),
    ...(f.workType !== undefined && { work_type: f.workType }),
    ...(f.education !== undefined && { education: f.education || null }),
    ...(f.experienceYears !== undefined && { experience_years: f.experienceYears }),
    ...(f.skills !== undefined && { skills: f.skills?.trim() || null }),
    ...(f.certificates !== undefined && { certificates: f.certificates?.trim() || null }),
    ...(f.categories !== undefined && { categories: [...new Set(f.categories)] }),
    ...(f.introduction !== undefined && { introduction: f.introduction?.trim() || null }),
    ...(f.consentShare !== undefined && { consent_share: f.consentShare }),
  };
}

/** The search vector of a registration (skills, certificates, introduction), as the search expects it. */
export function seekerVector(parts: { skills?: string | null; certificates?: string | null; introduction?: string | null }) {
  return seekerSearchVector(parts);
}
