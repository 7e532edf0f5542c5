import type { Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB, ReferralStatus } from '../../platform/db/schema.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';
import { writeAudit } from '../../platform/audit.js';
import { findPersonById } from '../registry/people-repository.js';
import { registerEmploymentWith } from '../registry/registration-service.js';
import { answerRefusals } from './referral-rules.js';
import { loadReferral, presentReferral, todayOf, who } from './referral-view.js';
import type { AnswerInput, ReferralView } from './referral-schema.js';
import type { ReferralRow } from './referral-repository.js';

type Trx = Kysely<DB>;

/**
 * Writes the answer on the referral, provided nobody answered it in the meantime (the update only
 * matches the state the checks saw), and audits it. Inside the caller's transaction.
 */
async function writeAnswer(trx: Trx, deps: AppDeps, ctx: RequestContext, row: ReferralRow, input: AnswerInput, employmentId: number | null) {
  const now = deps.clock.now();
  const note = input.note?.trim() || null;
  const done = await trx
    .updateTable('referral')
    .set({
      status: input.status,
      reason_code: input.status === 'not_hired' ? (input.reasonCode ?? null) : null,
      hired_on: input.status === 'hired' ? (input.hiredOn ?? null) : null,
      note: note ?? row.note,
      answered_by: ctx.actor.id,
      answered_at: now,
      employment_registration_id: employmentId,
      updated_at: now,
    })
    .where('id', '=', row.id)
    .where('status', '=', row.status as ReferralStatus)
    .returning('id')
    .executeTakeFirst();
  if (!done) throw new AppError('conflict', '该推荐刚被他人反馈或撤回，请刷新后再试');
  // A seeker who turns down the job refused the recommendation: the service record counts towards
  // the "refused three services within six months" exit rule of the registry.
  if (input.status === 'not_hired' && input.reasonCode === 'seeker_declined' && row.service_record_id !== null) {
    await trx.updateTable('service_record').set({ refused: true, updated_at: now }).where('id', '=', row.service_record_id).execute();
  }
  await writeAudit(trx, deps.clock, who(ctx), {
    event: 'referral.answered',
    entityType: 'referral',
    entityId: row.id,
    regionCode: row.region_code,
    before: { status: row.status },
    after: { status: input.status, reasonCode: input.reasonCode ?? null, hiredOn: input.hiredOn ?? null, note, employmentRegistrationId: employmentId, onBehalf: ctx.actor.kind === 'staff' },
  });
}

/**
 * The employer's answer to a referral or application (staff with referral.manage may record it on
 * the employer's behalf; a hire only staff of the seeker's region). A hire registers the employment in the registry — kind 'employer', the
 * follow-up visit, the open unemployment spell closed by the registry rules — updates the referral
 * and closes the seeker registration, all in one transaction; if the registry refuses (e.g. the
 * person already works full time) the answer fails with its message and nothing is written.
 */
export async function answerReferral(deps: AppDeps, ctx: RequestContext, id: number, input: AnswerInput): Promise<ReferralView> {
  const { row, rel } = await loadReferral(deps.db, ctx, id);
  const roles = ctx.actor.roles;
  const mayAnswer = (rel.staff && rolesAllow(roles, 'referral.manage')) || (rel.employer && rolesAllow(roles, 'referral.answer'));
  if (!mayAnswer) throw forbidden('您不能反馈该推荐的结果');
  const refusals = answerRefusals({ current: row.status, status: input.status, reasonCode: input.reasonCode, hiredOn: input.hiredOn, referredOn: row.referred_on, today: todayOf(deps) });
  if (refusals[0]?.field === 'status') throw new AppError('invalid_state', refusals[0].message, refusals);
  if (refusals.length > 0) throw new AppError('validation_failed', refusals[0].message, refusals);

  if (input.status !== 'hired') {
    await deps.db.transaction().execute((trx) => writeAnswer(trx, deps, ctx, row, input, null));
  } else {
    const person = await findPersonById(deps.db, row.person_id);
    if (!person) throw notFound('人员');
    // The employer records hires to its own postings; staff only for a person in their own scope,
    // since the hire writes the person's employment registration (staff of the posting's district
    // see the referral but may not register employment for a person of another region).
    const onBehalf = ctx.actor.kind === 'staff';
    if (onBehalf && !(rel.seekerStaff && inScope(ctx.actor, person.region_code))) {
      throw forbidden('该求职者不在您的管辖范围内，录用须由用人单位反馈或由求职者所在地工作人员代为登记');
    }
    const posting = await deps.db.selectFrom('job_posting').select(['work_type']).where('id', '=', row.posting_id).executeTakeFirstOrThrow();
    await registerEmploymentWith(
      deps,
      ctx,
      person,
      { kind: 'employer', employerId: row.employer_id, fullTime: posting.work_type === 'full_time', startedOn: input.hiredOn as string },
      async (trx, employmentId) => {
        await writeAnswer(trx, deps, ctx, row, input, employmentId);
        await trx.updateTable('job_seeker').set({ status: 'closed', updated_at: deps.clock.now() }).where('id', '=', row.seeker_id).where('status', '=', 'active').execute();
      },
    );
  }
  const fresh = await loadReferral(deps.db, ctx, id);
  return presentReferral(ctx, fresh.row, fresh.rel);
}
