import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { inScope } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { chinaDate } from '../../platform/clock.js';
import { maskCitizenId, maskPhone } from '../../platform/validators/citizen-id.js';
import { selectReferrals, type ReferralRow } from './referral-repository.js';
import { CHANNEL_NAMES, NOT_HIRED_REASONS, REFERRAL_STATUS_NAMES, canWithdraw, employerSeesPhone, isOpen, letterNumber } from './referral-rules.js';
import type { ReferralView } from './referral-schema.js';

/**
 * How one actor relates to a referral: staff in scope (the seeker's or the posting's region), the
 * employer of the posting, or the citizen whose registration it is. Everything else sees nothing.
 * `seekerStaff`: staff whose scope holds the seeker's region — only they act on the person (withdraw
 * a referral, record a hire on the employer's behalf); staff of the posting's district only see it.
 */
export interface Relation {
  staff: boolean;
  seekerStaff: boolean;
  employer: boolean;
  citizen: boolean;
}

export const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

export const todayOf = (deps: Pick<AppDeps, 'clock'>) => chinaDate(deps.clock.now());

/** The registry person a citizen's portal account is linked to (null for other accounts). */
export async function citizenPersonId(db: Db, ctx: RequestContext): Promise<number | null> {
  if (ctx.actor.kind !== 'external' || ctx.actor.employerId) return null;
  const u = await db.selectFrom('app_user').select('person_id').where('id', '=', ctx.actor.id).executeTakeFirst();
  return u?.person_id ?? null;
}

export function relationTo(ctx: RequestContext, r: Pick<ReferralRow, 'region_code' | 'posting_region_code' | 'employer_id' | 'person_id'>, personId: number | null): Relation {
  const { actor } = ctx;
  const staff = actor.kind === 'staff' && rolesAllow(actor.roles, 'referral.view');
  return {
    staff: staff && (inScope(actor, r.region_code) || inScope(actor, r.posting_region_code)),
    seekerStaff: staff && inScope(actor, r.region_code),
    employer: actor.kind === 'external' && actor.employerId !== null && actor.employerId === r.employer_id && rolesAllow(actor.roles, 'referral.view'),
    citizen: personId !== null && personId === r.person_id,
  };
}

/** What the actor may do with the referral (sent as `can`). */
export function referralPolicy(ctx: RequestContext, r: Pick<ReferralRow, 'status' | 'channel'>, rel: Relation) {
  const roles = ctx.actor.roles;
  const staffManage = rel.staff && rolesAllow(roles, 'referral.manage');
  const employerAnswers = rel.employer && rolesAllow(roles, 'referral.answer');
  return {
    answer: isOpen(r.status) && (staffManage || employerAnswers),
    // A hire writes the person's employment: the employer, or staff of the seeker's own region.
    hire: isOpen(r.status) && ((staffManage && rel.seekerStaff) || employerAnswers),
    withdraw: canWithdraw(r.status) && ((staffManage && rel.seekerStaff) || (rel.citizen && rolesAllow(roles, 'application.manage'))),
    letter: rel.staff && r.channel !== 'portal',
  };
}

/** The seeker's phone: the citizen their own; the employer per `employerSeesPhone`; staff masked as in every list. */
function phoneFor(r: ReferralRow, rel: Relation): string | null {
  if (!r.phone) return null;
  if (rel.citizen) return r.phone;
  if (rel.staff) return maskPhone(r.phone);
  if (rel.employer && employerSeesPhone({ channel: r.channel, status: r.status, consentShare: r.consent_share })) return r.phone;
  return null;
}

export function presentReferral(ctx: RequestContext, r: ReferralRow, rel: Relation): ReferralView {
  return {
    id: r.id,
    number: letterNumber(r.id, r.referred_on),
    seekerId: r.seeker_id,
    postingId: r.posting_id,
    personId: r.person_id,
    personName: r.person_name,
    citizenIdMasked: maskCitizenId(r.citizen_id),
    phone: phoneFor(r, rel),
    employerId: r.employer_id,
    employerName: r.employer_name,
    postingTitle: r.posting_title,
    regionCode: r.region_code,
    regionName: r.region_name,
    postingRegionCode: r.posting_region_code,
    postingRegionName: r.posting_region_name,
    channel: r.channel,
    channelName: CHANNEL_NAMES[r.channel],
    status: r.status,
    statusName: REFERRAL_STATUS_NAMES[r.status],
    reasonCode: r.reason_code,
    reasonName: r.reason_code ? (NOT_HIRED_REASONS[r.reason_code as keyof typeof NOT_HIRED_REASONS] ?? r.reason_code) : null,
    note: r.note,
    referredOn: r.referred_on,
    referredByName: r.referred_by_name,
    answeredAt: r.answered_at ? r.answered_at.toISOString() : null,
    answeredByName: r.answered_by_name,
    hiredOn: r.hired_on,
    employmentRegistrationId: r.employment_registration_id,
    serviceRecordId: r.service_record_id,
    createdAt: r.created_at.toISOString(),
    can: referralPolicy(ctx, r, rel),
  };
}

/** Loads a referral the actor may see (else not found), with the actor's relation to it. */
export async function loadReferral(db: Db, ctx: RequestContext, id: number): Promise<{ row: ReferralRow; rel: Relation }> {
  const row = await selectReferrals(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('职业介绍记录');
  const rel = relationTo(ctx, row, await citizenPersonId(db, ctx));
  if (!rel.staff && !rel.employer && !rel.citizen) throw notFound('职业介绍记录');
  return { row, rel };
}
