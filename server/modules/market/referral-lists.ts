import type { AppDeps, RequestContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { pageWindow, type PageQuery } from '../../platform/http/schemas.js';
import { findPostingReferrals, findReferrals, selectReferrals, type ReferralFilter, type ReferralRow } from './referral-repository.js';
import { citizenPersonId, loadReferral, presentReferral, relationTo, who, type Relation } from './referral-view.js';
import type { ReferralView } from './referral-schema.js';

/**
 * Reading referrals: the citizen's own, one referral, the staff list, a posting's applicants. A view
 * that shows a seeker's data to someone else is audited (referral.viewed), like a view of a person's
 * record; staff lists show ID and phone masked and are not.
 */

/** The citizen's applications and the referrals made for them, newest first. */
export async function listMyApplications(deps: AppDeps, ctx: RequestContext) {
  const personId = await citizenPersonId(deps.db, ctx);
  if (!personId) throw forbidden('该账号未关联实名登记人员');
  const rows = await selectReferrals(deps.db).where('r.person_id', '=', personId).orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(200).execute();
  return { items: rows.map((r) => presentReferral(ctx, r, relationTo(ctx, r, personId))) };
}

/** Whether showing the referral to the actor reveals the seeker's data to someone else: the employer, or staff. */
function revealsPerson(rel: Relation): boolean {
  return !rel.citizen;
}

/** Audits a view of referrals that shows seekers' personal data (one row per view, with what was shown). */
async function auditView(deps: AppDeps, ctx: RequestContext, rows: readonly ReferralRow[], where: { entityType: string; entityId: number; regionCode: string }) {
  await writeAudit(deps.db, deps.clock, who(ctx), {
    event: 'referral.viewed',
    ...where,
    detail: { referralIds: rows.map((r) => r.id), personIds: rows.map((r) => r.person_id), asEmployer: ctx.actor.kind === 'external' },
  });
}

/** One referral; the view is audited unless it is the seeker's own. */
export async function getReferral(deps: AppDeps, ctx: RequestContext, id: number): Promise<ReferralView> {
  const { row, rel } = await loadReferral(deps.db, ctx, id);
  if (revealsPerson(rel)) await auditView(deps, ctx, [row], { entityType: 'referral', entityId: row.id, regionCode: row.region_code });
  return presentReferral(ctx, row, rel);
}

/** Staff list of referrals and applications in scope (the seeker's or the posting's region). */
export async function listReferrals(deps: AppDeps, ctx: RequestContext, f: ReferralFilter & PageQuery) {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const { page, pageSize, offset } = pageWindow(f);
  const { rows, total } = await findReferrals(deps.db, ctx.actor, f, pageSize, offset);
  return { items: rows.map((r) => presentReferral(ctx, r, relationTo(ctx, r, null))), total, page, pageSize };
}

/**
 * 应聘/推荐人员 of one posting, paged: the employer of its own posting (names, and phones per
 * employerSeesPhone — each such page is audited with the referrals and people it showed); staff
 * those in their scope (ID and phone masked as in every staff list).
 */
export async function listPostingReferrals(deps: AppDeps, ctx: RequestContext, postingId: number, f: PageQuery) {
  const { actor } = ctx;
  const posting = await deps.db.selectFrom('job_posting').select(['id', 'employer_id', 'region_code']).where('id', '=', postingId).executeTakeFirst();
  if (!posting) throw notFound('岗位');
  if (actor.kind === 'external' && (!actor.employerId || actor.employerId !== posting.employer_id)) throw notFound('岗位');
  const { page, pageSize, offset } = pageWindow(f);
  const { rows, total } = await findPostingReferrals(deps.db, postingId, actor.kind === 'external' ? null : actor, f, pageSize, offset);
  const items = rows.map((r) => presentReferral(ctx, r, relationTo(ctx, r, null)));
  if (actor.kind === 'external' && rows.length > 0) await auditView(deps, ctx, rows, { entityType: 'job_posting', entityId: postingId, regionCode: posting.region_code });
  return { items, total, page, pageSize };
}
