import type { Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { inScope } from '../../platform/scope.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { canWithdraw, crossDistrictRefusal, letterNumber, postingRefusal, seekerRefusal } from './referral-rules.js';
import { citizenPersonId, loadReferral, presentReferral, todayOf, who } from './referral-view.js';
import type { ReferralInput, ReferralView } from './referral-schema.js';

type Trx = Kysely<DB>;

const DUPLICATE = '该求职者已推荐或应聘过此岗位，不能重复推荐';

async function loadSeeker(deps: AppDeps, seekerId: number) {
  return deps.db
    .selectFrom('job_seeker as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select(['s.id', 's.person_id', 's.region_code', 's.status', 's.valid_from', 's.valid_to', 'p.name', 'p.region_code as person_region_code'])
    .where('s.id', '=', seekerId)
    .executeTakeFirst();
}

async function loadPosting(deps: AppDeps, postingId: number) {
  return deps.db
    .selectFrom('job_posting as j')
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .select(['j.id', 'j.title', 'j.employer_id', 'j.region_code', 'j.status', 'j.valid_from', 'j.valid_to', 'j.shared', 'e.name as employer_name'])
    .where('j.id', '=', postingId)
    .executeTakeFirst();
}

/** The live referral or application of the seeker to the posting (a withdrawn one does not block a new one). */
async function duplicateOf(deps: AppDeps, seekerId: number, postingId: number) {
  return deps.db
    .selectFrom('referral')
    .select(['id', 'referred_on'])
    .where('seeker_id', '=', seekerId)
    .where('posting_id', '=', postingId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
}

/** The unique index on (seeker_id, posting_id) of the referrals that are not withdrawn. */
const LIVE_REFERRAL_KEY = 'referral_seeker_posting_key';

/**
 * Re-reads the seeker registration and the posting inside the transaction that writes the referral,
 * locking both rows (FOR SHARE) until it commits: a pause, closing or expiry committed after the
 * checks outside is seen here, and one that comes later waits for this transaction. Returns what
 * now forbids the referral, per field.
 */
async function refusalsWithin(trx: Trx, seekerId: number, postingId: number, today: string): Promise<{ seeker: string | null; posting: string | null }> {
  const s = await trx.selectFrom('job_seeker').select(['status', 'valid_from', 'valid_to']).where('id', '=', seekerId).forShare().executeTakeFirstOrThrow();
  const p = await trx.selectFrom('job_posting').select(['status', 'valid_from', 'valid_to']).where('id', '=', postingId).forShare().executeTakeFirstOrThrow();
  return {
    seeker: seekerRefusal({ status: s.status, validFrom: s.valid_from, validTo: s.valid_to }, today),
    posting: postingRefusal({ status: p.status, validFrom: p.valid_from, validTo: p.valid_to }, today),
  };
}

function duplicateError(existing: { id: number; referred_on: string } | undefined): AppError {
  const message = existing ? `${DUPLICATE}（${existing.referred_on}，编号 ${letterNumber(existing.id, existing.referred_on)}）` : DUPLICATE;
  return new AppError('duplicate', message, [{ field: 'postingId', message }]);
}

async function viewOf(deps: AppDeps, ctx: RequestContext, id: number): Promise<ReferralView> {
  const { row, rel } = await loadReferral(deps.db, ctx, id);
  return presentReferral(ctx, row, rel);
}

/** The job recommendation service the referral is (it meets the 10-working-day commitment). */
async function recordRecommendation(trx: Trx, deps: AppDeps, ctx: RequestContext, p: { personId: number; regionCode: string; servedOn: string; content: string }) {
  const now = deps.clock.now();
  const row = await trx
    .insertInto('service_record')
    .values({ person_id: p.personId, region_code: p.regionCode, kind: 'job_recommendation', served_on: p.servedOn, content: p.content, refused: false, employment_registration_id: null, created_by: ctx.actor.id, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const current = await trx.selectFrom('person').select('last_contact_on').where('id', '=', p.personId).forUpdate().executeTakeFirstOrThrow();
  if (p.servedOn > (current.last_contact_on ?? '')) await trx.updateTable('person').set({ last_contact_on: p.servedOn, updated_at: now }).where('id', '=', p.personId).execute();
  await writeAudit(trx, deps.clock, who(ctx), { event: 'service.recorded', entityType: 'service_record', entityId: row.id, regionCode: p.regionCode, after: { personId: p.personId, kind: 'job_recommendation', servedOn: p.servedOn, content: p.content } });
  return row.id;
}

/**
 * 职业介绍: staff refer a seeker in their scope to a valid posting of the same district or one shared
 * for cross-district assistance. The referral and the job recommendation service record are written
 * in one transaction; the same seeker is never referred twice to the same posting.
 */
export async function referSeeker(deps: AppDeps, ctx: RequestContext, input: ReferralInput): Promise<ReferralView> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const today = todayOf(deps);
  const seeker = await loadSeeker(deps, input.seekerId);
  if (!seeker || !inScope(ctx.actor, seeker.region_code)) throw fieldError('seekerId', '求职登记不存在或不在您的管辖范围内');
  const seekerProblem = seekerRefusal({ status: seeker.status, validFrom: seeker.valid_from, validTo: seeker.valid_to }, today);
  if (seekerProblem) throw fieldError('seekerId', seekerProblem);
  const posting = await loadPosting(deps, input.postingId);
  if (!posting) throw fieldError('postingId', '岗位不存在');
  const postingProblem = postingRefusal({ status: posting.status, validFrom: posting.valid_from, validTo: posting.valid_to }, today);
  if (postingProblem) throw fieldError('postingId', postingProblem);
  const crossDistrict = crossDistrictRefusal(seeker.region_code, posting.region_code, posting.shared);
  if (crossDistrict) throw fieldError('postingId', crossDistrict);
  const existing = await duplicateOf(deps, seeker.id, posting.id);
  if (existing) throw duplicateError(existing);
  const note = input.note?.trim() || null;
  const now = deps.clock.now();
  let id: number;
  try {
    id = await deps.db.transaction().execute(async (trx) => {
      const live = await refusalsWithin(trx, seeker.id, posting.id, today);
      if (live.seeker) throw fieldError('seekerId', live.seeker);
      if (live.posting) throw fieldError('postingId', live.posting);
      const row = await trx
        .insertInto('referral')
        .values({
          seeker_id: seeker.id,
          posting_id: posting.id,
          person_id: seeker.person_id,
          employer_id: posting.employer_id,
          region_code: seeker.region_code,
          posting_region_code: posting.region_code,
          channel: 'staff',
          note,
          referred_by: ctx.actor.id,
          referred_on: today,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const number = letterNumber(row.id, today);
      const serviceId = await recordRecommendation(trx, deps, ctx, {
        personId: seeker.person_id,
        regionCode: seeker.person_region_code,
        servedOn: today,
        content: `职业介绍：推荐到${posting.employer_name}“${posting.title}”岗位（介绍信编号 ${number}）${note ? `；${note}` : ''}`,
      });
      await trx.updateTable('referral').set({ service_record_id: serviceId }).where('id', '=', row.id).execute();
      await writeAudit(trx, deps.clock, who(ctx), {
        event: 'referral.created',
        entityType: 'referral',
        entityId: row.id,
        regionCode: seeker.region_code,
        after: { seekerId: seeker.id, postingId: posting.id, personId: seeker.person_id, employerId: posting.employer_id, number, note, serviceRecordId: serviceId },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, LIVE_REFERRAL_KEY)) throw duplicateError(await duplicateOf(deps, seeker.id, posting.id));
    throw error;
  }
  return viewOf(deps, ctx, id);
}

/** The citizen's own active seeker registration (the account must be linked to a registry person). */
async function ownSeeker(deps: AppDeps, ctx: RequestContext) {
  const personId = await citizenPersonId(deps.db, ctx);
  if (!personId) throw forbidden('该账号未关联实名登记人员，不能网上应聘');
  const seeker = await deps.db
    .selectFrom('job_seeker')
    .select(['id', 'person_id', 'region_code', 'status', 'valid_from', 'valid_to'])
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return { personId, seeker };
}

/** 网上应聘: a citizen applies to a valid posting with their own active seeker registration. */
export async function applyToPosting(deps: AppDeps, ctx: RequestContext, postingId: number): Promise<ReferralView> {
  const today = todayOf(deps);
  const { seeker } = await ownSeeker(deps, ctx);
  if (!seeker) throw new AppError('invalid_state', '请先完成求职登记，再应聘岗位');
  const seekerProblem = seekerRefusal({ status: seeker.status, validFrom: seeker.valid_from, validTo: seeker.valid_to }, today);
  if (seekerProblem) throw new AppError('invalid_state', seekerProblem);
  const posting = await loadPosting(deps, postingId);
  const postingProblem = posting ? postingRefusal({ status: posting.status, validFrom: posting.valid_from, validTo: posting.valid_to }, today) : '岗位不存在';
  if (!posting || postingProblem) throw fieldError('postingId', postingProblem ?? '岗位不存在');
  const existing = await duplicateOf(deps, seeker.id, posting.id);
  if (existing) throw new AppError('duplicate', '您已应聘过此岗位（或已由工作人员推荐）', [{ field: 'postingId', message: '您已应聘过此岗位（或已由工作人员推荐）' }]);
  const now = deps.clock.now();
  let id: number;
  try {
    id = await deps.db.transaction().execute(async (trx) => {
      const live = await refusalsWithin(trx, seeker.id, posting.id, today);
      if (live.seeker) throw new AppError('invalid_state', live.seeker);
      if (live.posting) throw fieldError('postingId', live.posting);
      const row = await trx
        .insertInto('referral')
        .values({ seeker_id: seeker.id, posting_id: posting.id, person_id: seeker.person_id, employer_id: posting.employer_id, region_code: seeker.region_code, posting_region_code: posting.region_code, channel: 'portal', referred_by: ctx.actor.id, referred_on: today, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(trx, deps.clock, who(ctx), { event: 'referral.applied', entityType: 'referral', entityId: row.id, regionCode: seeker.region_code, after: { seekerId: seeker.id, postingId: posting.id, personId: seeker.person_id } });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, LIVE_REFERRAL_KEY)) throw new AppError('duplicate', '您已应聘过此岗位（或已由工作人员推荐）');
    throw error;
  }
  return viewOf(deps, ctx, id);
}

/**
 * Withdraws a referral or application before the employer answered: the seeker their own; staff only
 * when the seeker is in their scope (staff of the posting's district only see it). A withdrawn staff
 * referral no longer meets the 10-working-day recommendation commitment: its job recommendation
 * service record stays in the person's history, and the commitment queries (listCommitments, the
 * quality check) skip a service record whose referral is withdrawn.
 */
export async function withdrawReferral(deps: AppDeps, ctx: RequestContext, id: number, as: 'citizen' | 'staff'): Promise<ReferralView> {
  const { row, rel } = await loadReferral(deps.db, ctx, id);
  if (as === 'citizen' ? !rel.citizen : !rel.staff) throw notFound('职业介绍记录');
  if (as === 'staff' && !rel.seekerStaff) throw forbidden('该求职者不在您的管辖范围内，推荐须由求职者所在地工作人员撤回');
  if (!canWithdraw(row.status)) throw new AppError('invalid_state', '用人单位已反馈结果或已撤回，不能再撤回');
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('referral').set({ status: 'withdrawn', updated_at: deps.clock.now() }).where('id', '=', id).where('status', '=', 'referred').returning('id').executeTakeFirst();
    if (!done) throw new AppError('conflict', '该记录刚被他人处理，请刷新后再试');
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'referral.withdrawn',
      entityType: 'referral',
      entityId: id,
      regionCode: row.region_code,
      before: { status: row.status },
      after: { status: 'withdrawn', by: as, serviceRecordId: row.service_record_id, meetsCommitment: false },
    });
  });
  return viewOf(deps, ctx, id);
}
