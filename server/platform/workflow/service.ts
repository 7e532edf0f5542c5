import { sql, type Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../context.js';
import type { DB, WorkflowItem } from '../db/schema.js';
import { AppError, fieldError, notFound } from '../errors.js';
import { writeAudit, type AuditEvent } from '../audit.js';
import { inScope } from '../scope.js';
import { chinaDate } from '../clock.js';
import { isUniqueViolation } from '../db/errors.js';
import { loadOverrides } from '../../modules/calendar/service.js';
import { dueDate } from '../../modules/calendar/workdays.js';
import { getWorkflow, type WorkflowDefinition } from './definition.js';
import { applicableSteps, mayDecide, reasonRequired, transitionFor, type ReviewAction, type RoundHistory } from './rules.js';

type Trx = Kysely<DB>;

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

async function stepDue(trx: Trx, def: WorkflowDefinition, stepIndex: number, now: Date): Promise<string> {
  return dueDate(chinaDate(now), def.steps[stepIndex].deadline, await loadOverrides(trx));
}

async function recordDecision(
  trx: Trx,
  item: WorkflowItem,
  ctx: RequestContext,
  action: 'submit' | 'resubmit' | ReviewAction | 'withdraw',
  reason: string | null,
  at: Date,
) {
  const def = getWorkflow(item.workflow_type);
  await trx
    .insertInto('workflow_decision')
    .values({
      item_id: item.id,
      round: item.round,
      step_index: item.step_index,
      step_key: def.steps[item.step_index].key,
      action,
      reason,
      actor_id: ctx.actor.id,
      actor_org: ctx.actor.orgCode,
      decided_at: at,
    })
    .execute();
}

/**
 * Opens a review item for a subject. Modules call this inside their own transaction (so the
 * subject's status change and the item commit together). One open item per subject.
 */
export async function submitForReview(
  trx: Trx,
  deps: Pick<AppDeps, 'clock'>,
  ctx: RequestContext,
  input: { type: string; subjectId: string | number; subjectLabel: string; regionCode: string },
): Promise<WorkflowItem> {
  const def = getWorkflow(input.type);
  const steps = applicableSteps(def.steps, input.regionCode);
  if (steps.length === 0) throw new AppError('invalid_state', '该地区没有可以审核此事项的单位');
  const open = await trx
    .selectFrom('workflow_item')
    .select('id')
    .where('workflow_type', '=', def.type)
    .where('subject_type', '=', def.subjectType)
    .where('subject_id', '=', String(input.subjectId))
    .where('status', 'in', ['pending', 'returned'])
    .executeTakeFirst();
  if (open) throw new AppError('invalid_state', '该事项已在审核中，不能重复提交', { itemId: open.id });
  const now = deps.clock.now();
  const item = await trx
    .insertInto('workflow_item')
    .values({
      workflow_type: def.type,
      subject_type: def.subjectType,
      subject_id: String(input.subjectId),
      subject_label: input.subjectLabel,
      region_code: input.regionCode,
      submitter_id: ctx.actor.id,
      status: 'pending',
      step_index: steps[0],
      step_due_at: await stepDue(trx, def, steps[0], now),
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordDecision(trx, item, ctx, 'submit', null, now);
  await writeAudit(trx, deps.clock, who(ctx), {
    event: 'workflow.submitted',
    entityType: 'workflow_item',
    entityId: item.id,
    regionCode: item.region_code,
    after: { type: def.type, subject: `${def.subjectType}:${item.subject_id}`, step: def.steps[item.step_index].key },
  });
  return item;
}

/**
 * Sends a returned item back into review from its first step, in the module's transaction. The
 * calling module has authorised the actor on the subject (e.g. employerPolicy); the resubmitter
 * counts as a submitter of the new round and may not decide on it.
 */
export async function resubmitForReview(trx: Trx, deps: Pick<AppDeps, 'clock'>, ctx: RequestContext, itemId: number, label?: string) {
  const item = await trx.selectFrom('workflow_item').selectAll().where('id', '=', itemId).forUpdate().executeTakeFirst();
  if (!item) throw notFound('审核事项');
  if (item.status !== 'returned') throw new AppError('invalid_state', '只有被退回修改的事项才能重新提交');
  const def = getWorkflow(item.workflow_type);
  const first = applicableSteps(def.steps, item.region_code)[0];
  const now = deps.clock.now();
  const updated = await trx
    .updateTable('workflow_item')
    .set({
      status: 'pending',
      round: item.round + 1,
      step_index: first,
      step_due_at: await stepDue(trx, def, first, now),
      subject_label: label ?? item.subject_label,
      version: item.version + 1,
      updated_at: now,
    })
    .where('id', '=', item.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordDecision(trx, updated, ctx, 'resubmit', null, now);
  await writeAudit(trx, deps.clock, who(ctx), {
    event: 'workflow.resubmitted',
    entityType: 'workflow_item',
    entityId: item.id,
    regionCode: item.region_code,
    before: { status: item.status, round: item.round },
    after: { status: 'pending', round: updated.round },
  });
  return updated;
}

/** What this actor has done in the item's current round (see mayDecide). */
export async function roundHistory(db: Trx, item: Pick<WorkflowItem, 'id' | 'round'>, actorId: number): Promise<RoundHistory> {
  const rows = await db
    .selectFrom('workflow_decision')
    .select('action')
    .where('item_id', '=', item.id)
    .where('round', '=', item.round)
    .where('actor_id', '=', actorId)
    .where('action', 'in', ['submit', 'resubmit', 'approve'])
    .execute();
  return { submitted: rows.some((r) => r.action !== 'approve'), approved: rows.some((r) => r.action === 'approve') };
}

const DENIED: Record<string, string> = {
  not_pending: '该事项当前不在审核中',
  not_acting_unit: '该环节不由您所在单位审核',
  role: '您的角色不能审核此环节',
  self_review: '提交人不能审核自己提交的事项',
  second_step: '同一人不能审核同一事项的多个环节',
};

const EVENT: Record<ReviewAction, AuditEvent> = { approve: 'workflow.approved', reject: 'workflow.rejected', return: 'workflow.returned' };

/**
 * A reviewer's decision on the current step. Optimistic concurrency: the update only applies to
 * the version the reviewer saw, so of two simultaneous decisions one wins and the other gets
 * `conflict`; the unique index on the decision ledger backs this up.
 */
export async function decide(
  deps: AppDeps,
  ctx: RequestContext,
  itemId: number,
  input: { action: ReviewAction; reason?: string; version?: number },
) {
  const reason = input.reason?.trim() || null;
  if (reasonRequired(input.action) && !reason) throw fieldError('reason', input.action === 'reject' ? '请填写不通过的理由' : '请填写退回修改的原因');
  const now = deps.clock.now();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const item = await trx.selectFrom('workflow_item').selectAll().where('id', '=', itemId).executeTakeFirst();
      if (!item || !inScope(ctx.actor, item.region_code)) throw notFound('审核事项');
      const version = input.version ?? item.version;
      if (version !== item.version) throw new AppError('conflict', '该事项已被他人处理，请刷新后查看');
      const def = getWorkflow(item.workflow_type);
      const step = def.steps[item.step_index];
      const allowed = mayDecide(step, stateOf(item), ctx.actor, await roundHistory(trx, item, ctx.actor.id));
      if (!allowed.ok) {
        throw new AppError(allowed.reason === 'self_review' ? 'self_review' : allowed.reason === 'not_pending' ? 'invalid_state' : 'forbidden', DENIED[allowed.reason]);
      }
      const t = transitionFor(input.action, def.steps, item.region_code, item.step_index);
      const patch =
        t.kind === 'advance'
          ? { step_index: t.nextStepIndex, step_due_at: await stepDue(trx, def, t.nextStepIndex, now) }
          : t.kind === 'close'
            ? { status: t.status, closed_at: now, step_due_at: null }
            : { status: 'returned' as const, step_due_at: null };
      const updated = await trx
        .updateTable('workflow_item')
        .set({ ...patch, version: item.version + 1, updated_at: now })
        .where('id', '=', item.id)
        .where('version', '=', version)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new AppError('conflict', '该事项已被他人处理，请刷新后查看');
      await recordDecision(trx, item, ctx, input.action, reason, now);
      await writeAudit(trx, deps.clock, who(ctx), {
        event: EVENT[input.action],
        entityType: 'workflow_item',
        entityId: item.id,
        regionCode: item.region_code,
        before: { status: item.status, step: step.key },
        after: { status: updated.status, step: def.steps[updated.step_index].key },
        detail: { reason, subject: `${item.subject_type}:${item.subject_id}` },
      });
      if (t.kind === 'close' && t.status === 'approved') await def.hooks.onApproved?.(trx, updated, now);
      if (t.kind === 'close' && t.status === 'rejected') await def.hooks.onRejected?.(trx, updated, now);
      if (t.kind === 'return') await def.hooks.onReturned?.(trx, updated, now);
      if (t.kind === 'advance') await def.hooks.onAdvanced?.(trx, updated, now);
      return updated;
    });
  } catch (error) {
    // Two reviewers racing past the version check collide on the decision ledger's unique index.
    if (isUniqueViolation(error)) throw new AppError('conflict', '该事项已被他人处理，请刷新后查看');
    throw error;
  }
}

/** The submitter withdraws an item that is still open. */
export async function withdraw(deps: AppDeps, ctx: RequestContext, itemId: number) {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('workflow_item').selectAll().where('id', '=', itemId).forUpdate().executeTakeFirst();
    const mine = item?.submitter_id === ctx.actor.id;
    if (!item || (!mine && !inScope(ctx.actor, item.region_code))) throw notFound('审核事项');
    if (!mine) throw new AppError('forbidden', '只有提交人可以撤回');
    if (item.status !== 'pending' && item.status !== 'returned') throw new AppError('invalid_state', '该事项已办结，不能撤回');
    const updated = await trx
      .updateTable('workflow_item')
      .set({ status: 'withdrawn', closed_at: now, step_due_at: null, version: item.version + 1, updated_at: now })
      .where('id', '=', item.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordDecision(trx, item, ctx, 'withdraw', null, now);
    await writeAudit(trx, deps.clock, who(ctx), { event: 'workflow.withdrawn', entityType: 'workflow_item', entityId: item.id, regionCode: item.region_code });
    await getWorkflow(item.workflow_type).hooks.onWithdrawn?.(trx, updated, now);
    return updated;
  });
}

export function stateOf(item: WorkflowItem) {
  return { status: item.status, stepIndex: item.step_index, regionCode: item.region_code, submitterId: item.submitter_id };
}


/** Raw SQL fragment used by list queries: whether the item's step is past its due date. */
export const overdueSql = (today: string) => sql<boolean>`(workflow_item.status = 'pending' AND workflow_item.step_due_at < ${today}::date)`;
