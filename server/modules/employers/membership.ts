import type { AppDeps, RequestContext } from '../../platform/context.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { rolesAllow } from '../../platform/roles.js';
import { endedMembership, membershipProblem } from './credit-rules.js';
import { getEmployerQuiet, loadVisible, today } from './service.js';
import type { MembershipInput } from './schema.js';

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

async function loadManaged(deps: AppDeps, ctx: RequestContext, id: number) {
  const row = await loadVisible(deps, ctx, id);
  if (ctx.actor.kind !== 'staff' || !rolesAllow(ctx.actor.roles, 'employer.manage')) throw forbidden();
  return row;
}

/** Makes a verified employer a member of the public HR market (会员单位) for a date window. */
export async function setMembership(deps: AppDeps, ctx: RequestContext, id: number, input: MembershipInput) {
  const current = await loadManaged(deps, ctx, id);
  if (current.status !== 'verified') throw new AppError('invalid_state', '只有通过资格审核的用人单位才能成为会员单位');
  const problem = membershipProblem(input.memberSince, input.memberUntil, today(deps));
  if (problem) throw new AppError('validation_failed', problem.message, [problem]);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('employer')
      .set({ member_since: input.memberSince, member_until: input.memberUntil, updated_at: deps.clock.now() })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'employer.membership_set',
      entityType: 'employer',
      entityId: id,
      regionCode: current.region_code,
      before: { memberSince: current.member_since, memberUntil: current.member_until },
      after: input,
    });
  });
  return getEmployerQuiet(deps, ctx, id);
}

/** Ends the membership: from today the employer is no longer a member (a window not yet begun is removed). */
export async function endMembership(deps: AppDeps, ctx: RequestContext, id: number) {
  const current = await loadManaged(deps, ctx, id);
  const day = today(deps);
  if (current.member_since === null) throw new AppError('invalid_state', '该单位不是会员单位');
  const next = endedMembership(current.member_since, current.member_until, day);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('employer').set({ member_since: next.since, member_until: next.until, updated_at: deps.clock.now() }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'employer.membership_ended',
      entityType: 'employer',
      entityId: id,
      regionCode: current.region_code,
      before: { memberSince: current.member_since, memberUntil: current.member_until },
      after: { memberSince: next.since, memberUntil: next.until },
    });
  });
  return getEmployerQuiet(deps, ctx, id);
}
