import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { orgRefOf } from '../org/repository.js';
import { letterNumber } from './referral-rules.js';
import { codeNames } from './seeker-repository.js';
import { loadReferral, referralPolicy, who } from './referral-view.js';
import type { ReferralLetter } from './referral-schema.js';

/** The name of a code for the letter (the code itself when the table lacks it, so the letter is never blank). */
async function codeName(db: Db, type: string, code: string | null): Promise<string | null> {
  if (!code) return null;
  return (await codeNames(db, type, [code])).get(code) ?? code;
}

/** Names of a unit from the city down (the province is left out of an address), e.g. 景德镇市珠山区新村街道. */
async function placeName(db: Db, code: string): Promise<string> {
  const ref = await orgRefOf(db, code);
  return ref.pathNames.slice(ref.pathNames.length > 1 ? 1 : 0).join('');
}

/**
 * The data of the printable referral letter (职业介绍信) the seeker takes to the employer: the seeker
 * (ID masked; no sex or age: the service passes no protected attributes to the employer), the posting, the employer's address and contact, the referring unit, date and number.
 * Staff only; printing is audited.
 */
export async function referralLetter(deps: AppDeps, ctx: RequestContext, id: number): Promise<ReferralLetter> {
  const { row, rel } = await loadReferral(deps.db, ctx, id);
  if (!referralPolicy(ctx, row, rel).letter) throw notFound('职业介绍信');
  const detail = await deps.db
    .selectFrom('referral as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('job_posting as j', 'j.id', 'r.posting_id')
    .innerJoin('employer as e', 'e.id', 'r.employer_id')
    .leftJoin('app_user as u', 'u.id', 'r.referred_by')
    .select(['p.education', 'j.occupation_code', 'j.wage_min', 'j.wage_max', 'j.contact_name', 'j.contact_phone', 'j.region_code as posting_region', 'e.address', 'u.org_code as referrer_org'])
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();
  const letter: ReferralLetter = {
    id: row.id,
    number: letterNumber(row.id, row.referred_on),
    personName: row.person_name,
    citizenIdMasked: maskCitizenId(row.citizen_id),
    education: await codeName(deps.db, 'education', detail.education),
    postingTitle: row.posting_title,
    occupationName: await codeName(deps.db, 'occupation', detail.occupation_code),
    wage: `${detail.wage_min}–${detail.wage_max} 元/月`,
    employerName: row.employer_name,
    employerAddress: detail.address,
    contactName: detail.contact_name,
    contactPhone: detail.contact_phone,
    workAddress: await placeName(deps.db, detail.posting_region),
    referringUnit: (await orgRefOf(deps.db, detail.referrer_org ?? row.region_code)).name,
    referredByName: row.referred_by_name,
    referredOn: row.referred_on,
    note: row.note,
  };
  await writeAudit(deps.db, deps.clock, who(ctx), { event: 'referral.letter_printed', entityType: 'referral', entityId: row.id, regionCode: row.region_code, detail: { number: letter.number, personId: row.person_id } });
  return letter;
}
