import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';
import { maskCitizenId, maskPhone } from '../../platform/validators/citizen-id.js';
import { ageOn } from '../registry/rules.js';
import { codeNames, unitNames, type SeekerRow } from './seeker-repository.js';
import type { SeekerCard, SeekerView } from './seeker-schema.js';
import type { EmployerCandidateCard } from './match-schema.js';

/**
 * What an actor may do with one registration: staff in scope with seeker.manage, or the citizen
 * whose registration it is (`ownPersonId`).
 */
export function seekerPolicy(ctx: RequestContext, s: Pick<SeekerRow, 'region_code' | 'person_id' | 'status'>, ownPersonId: number | null = null) {
  const { actor } = ctx;
  const staff = actor.kind === 'staff' && inScope(actor, s.region_code);
  const own = actor.kind === 'external' && ownPersonId !== null && ownPersonId === s.person_id;
  const manage = rolesAllow(actor.roles, 'seeker.manage') && (staff || own);
  const active = s.status === 'active';
  return {
    view: rolesAllow(actor.roles, 'seeker.view') && (staff || own),
    update: manage && active,
    close: manage && active,
    renew: manage && active,
  };
}

/** Names for the codes of a page of seekers, fetched once per page. */
export async function seekerNames(db: Db, rows: readonly SeekerRow[]) {
  const all = (pick: (r: SeekerRow) => readonly string[]) => rows.flatMap(pick);
  // Five small look-ups at once (on PGlite they queue on its one connection, as before).
  const [occupation, industry, category, education, region] = await Promise.all([
    codeNames(db, 'occupation', all((r) => r.desired_occupations)),
    codeNames(db, 'industry', all((r) => r.desired_industries)),
    codeNames(db, 'person_category', all((r) => r.categories)),
    codeNames(db, 'education', rows.flatMap((r) => (r.education ? [r.education] : []))),
    unitNames(db, all((r) => r.desired_regions)),
  ]);
  return { occupation, industry, category, education, region };
}
export type SeekerNames = Awaited<ReturnType<typeof seekerNames>>;

const refs = (codes: readonly string[], names: Map<string, string>) => codes.map((code) => ({ code, name: names.get(code) ?? code }));

export function displayStatus(r: Pick<SeekerRow, 'status' | 'valid_to'>, today: string): string {
  return r.status === 'active' && r.valid_to < today ? 'expired' : r.status;
}

/** A registration as sent out: the ID number and phone always masked. */
export function presentSeeker(ctx: RequestContext, r: SeekerRow, names: SeekerNames, today: string, ownPersonId: number | null = null): SeekerView {
  const { view: _view, ...can } = seekerPolicy(ctx, r, ownPersonId);
  return {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    citizenIdMasked: maskCitizenId(r.citizen_id),
    sex: r.sex,
    age: ageOn(r.birth_date, today),
    phoneMasked: r.phone ? maskPhone(r.phone) : null,
    regionCode: r.region_code,
    regionName: r.region_name,
    desiredOccupations: refs(r.desired_occupations, names.occupation),
    desiredIndustries: refs(r.desired_industries, names.industry),
    desiredRegions: refs(r.desired_regions, names.region),
    wageExpected: r.wage_expected,
    workType: r.work_type,
    education: r.education,
    educationName: r.education ? (names.education.get(r.education) ?? r.education) : null,
    experienceYears: r.experience_years,
    skills: r.skills,
    certificates: r.certificates,
    categories: refs(r.categories, names.category),
    introduction: r.introduction,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    displayStatus: displayStatus(r, today),
    status: r.status,
    source: r.source,
    consentShare: r.consent_share,
    difficulty: r.difficulty,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    can,
  };
}

/**
 * A seeker in a staff list (search, staff candidates). It carries sex, age, person categories and
 * the registry person id, which staff need for services: never send it to an employer, who gets
 * `employerCandidateCard`. `showDifficulty` false hides the identification all the same.
 */
export function seekerCard(r: SeekerRow, names: SeekerNames, today: string, showDifficulty: boolean): SeekerCard {
  return {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    citizenIdMasked: maskCitizenId(r.citizen_id),
    sex: r.sex,
    age: ageOn(r.birth_date, today),
    regionCode: r.region_code,
    regionName: r.region_name,
    desiredOccupations: refs(r.desired_occupations, names.occupation),
    wageExpected: r.wage_expected,
    education: r.education,
    categories: r.categories,
    validTo: r.valid_to,
    difficulty: showDifficulty && r.difficulty,
  };
}

/**
 * A seeker as an employer sees it among the candidates for its posting (only seekers who consented
 * to share): name, where they live, what they want and what they can do. Sex, age, categories
 * (disability, migrant worker, household type), the difficulty flag, the person id and even the
 * masked ID number (birthplace and sex digits) stay out: see match-schema.ts EmployerCandidateCard.
 */
export function employerCandidateCard(r: SeekerRow, names: SeekerNames): EmployerCandidateCard {
  return {
    id: r.id,
    name: r.name,
    regionName: r.region_name,
    desiredOccupations: refs(r.desired_occupations, names.occupation),
    wageExpected: r.wage_expected,
    education: r.education,
    experienceYears: r.experience_years,
    skills: r.skills,
    certificates: r.certificates,
    validTo: r.valid_to,
  };
}
