import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { ParticipationStatus } from '../../platform/db/schema-fairs.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { writeAudit, type AuditEvent } from '../../platform/audit.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { assertFairOpen } from './fair-access.js';
import { normaliseBooth } from './fair-rules.js';
import { fieldErrors, todayOf, who } from './fair-service.js';
import { loadParticipation, managesFair, ownsParticipation, staleBroughtPostings, type ParticipationRow } from './participation-repository.js';
import { getParticipation } from './participation-service.js';
import { PARTICIPATION_STATUSES } from './codes.js';
import type { ParticipationView } from './participation-schema.js';

/** The index holding one approved (or absent) employer per booth number and fair. */
const BOOTH_KEY = 'fair_participation_booth_key';

export type Decision = { action: 'approve'; boothNo: string } | { action: 'reject'; reason: string } | { action: 'booth'; boothNo: string } | { action: 'absent' } | { action: 'withdraw' };

/** Which statuses each action starts from and leads to, and the audit event it writes. */
const RULES: Record<Decision['action'], { from: readonly ParticipationStatus[]; to: (current: ParticipationStatus) => ParticipationStatus; event: AuditEvent; verb: string }> = {
  approve: { from: ['applied'], to: () => 'approved', event: 'fair_participation.decided', verb: '批准' },
  reject: { from: ['applied'], to: () => 'rejected', event: 'fair_participation.decided', verb: '不批准' },
  booth: { from: ['approved'], to: (s) => s, event: 'fair_participation.changed', verb: '调整展位' },
  absent: { from: ['approved'], to: () => 'absent', event: 'fair_participation.decided', verb: '标记缺席' },
  withdraw: { from: ['applied', 'approved'], to: () => 'withdrawn', event: 'fair_participation.changed', verb: '撤回' },
};

/** "展位 A01 已分配给 XX": the booth held by another approved (or absent) employer of the fair. */
async function boothHolder(db: Db, fairId: number, boothNo: string, exceptId: number) {
  return db
    .selectFrom('fair_participation as p')
    .innerJoin('employer as e', 'e.id', 'p.employer_id')
    .select('e.name')
    .where('p.fair_id', '=', fairId)
    .where('p.booth_no', '=', boothNo)
    .where('p.status', 'in', ['approved', 'absent'])
    .where('p.id', '<>', exceptId)
    .executeTakeFirst();
}

function boothTaken(boothNo: string, holder: string | undefined): AppError {
  const message = `展位 ${boothNo} 已分配给${holder ? ` ${holder}` : '其他单位'}`;
  return new AppError('duplicate', message, [{ field: 'boothNo', message }]);
}

/** Who may take the action: staff managing the fair; the employer may withdraw its own application. */
function assertAllowed(ctx: RequestContext, row: ParticipationRow, d: Decision): void {
  if (managesFair(ctx, row)) return;
  if (d.action === 'withdraw' && ownsParticipation(ctx, row)) return;
  throw forbidden(d.action === 'withdraw' ? '只能撤回本单位的报名' : '只有主办单位及其上级的工作人员可以审核参会报名');
}

/**
 * Approves (with a booth), rejects (with a reason), moves a booth, marks an approved employer absent
 * (on or after the day) or withdraws an application — in one transaction with its audit row, the
 * fair locked so approvals never exceed the booths and a booth is never given twice.
 */
export async function decideParticipation(deps: AppDeps, ctx: RequestContext, id: number, d: Decision): Promise<ParticipationView> {
  const current = await loadParticipation(deps.db, ctx, id);
  assertAllowed(ctx, current, d);
  const rule = RULES[d.action];
  const today = todayOf(deps);
  const boothNo = d.action === 'approve' || d.action === 'booth' ? normaliseBooth(d.boothNo) : null;
  if (boothNo === '') throw fieldErrors([{ field: 'boothNo', message: '请填写展位号' }]);
  if (d.action === 'reject' && d.reason.trim() === '') throw fieldErrors([{ field: 'reason', message: '请填写不批准的原因' }]);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const fair = await trx.selectFrom('fair').select(['id', 'status', 'held_on', 'booth_capacity', 'region_code']).where('id', '=', current.fair_id).forUpdate().executeTakeFirstOrThrow();
      assertFairOpen(fair);
      const row = await trx.selectFrom('fair_participation').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
      if (!rule.from.includes(row.status)) throw new AppError('invalid_state', `报名${PARTICIPATION_STATUSES[row.status]}，不能${rule.verb}`);
      if (d.action === 'absent' && fair.held_on > today) throw new AppError('invalid_state', `招聘会在 ${fair.held_on} 举办，当天或之后才能标记缺席`);
      if (d.action === 'absent' || d.action === 'withdraw') {
        // An employer with intentions recorded at its booth was there: it can neither have been absent
        // nor leave the fair, or the fair's numbers would hold intentions of an employer not at it.
        const held = await trx.selectFrom('fair_intention').select('id').where('participation_id', '=', id).executeTakeFirst();
        if (held) throw new AppError('invalid_state', `该单位在本场招聘会已有录用意向，不能${rule.verb}`);
      }
      if (boothNo !== null) {
        const holder = await boothHolder(trx, fair.id, boothNo, id);
        if (holder) throw boothTaken(boothNo, holder.name);
      }
      if (d.action === 'approve') {
        const stale = await staleBroughtPostings(trx, { participationId: id }, fair.held_on);
        if (stale.length > 0) throw fieldErrors(stale.map((p) => ({ field: 'postings', message: `岗位「${p.title}」未通过审核或不在有效期内` })));
        const { n } = await trx.selectFrom('fair_participation').select((eb) => eb.fn.countAll<number>().as('n')).where('fair_id', '=', fair.id).where('status', 'in', ['approved', 'absent']).executeTakeFirstOrThrow();
        if (Number(n) >= fair.booth_capacity) throw new AppError('invalid_state', `展位已满（共 ${fair.booth_capacity} 个），不能再批准`);
      }
      const to = rule.to(row.status);
      const decided = d.action === 'approve' || d.action === 'reject' || d.action === 'absent';
      const now = deps.clock.now();
      await trx
        .updateTable('fair_participation')
        .set({
          status: to,
          booth_no: to === 'rejected' || to === 'withdrawn' ? null : (boothNo ?? row.booth_no),
          ...(d.action === 'reject' && { reason: d.reason.trim() }),
          ...(decided && { decided_by: ctx.actor.id, decided_at: now }),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      await writeAudit(trx, deps.clock, who(ctx), {
        event: rule.event,
        entityType: 'fair_participation',
        entityId: id,
        regionCode: fair.region_code,
        before: { status: row.status, boothNo: row.booth_no },
        after: { action: d.action, status: to, boothNo: to === 'rejected' || to === 'withdrawn' ? null : (boothNo ?? row.booth_no), ...(d.action === 'reject' && { reason: d.reason }) },
      });
    });
  } catch (error) {
    if (boothNo !== null && isUniqueViolation(error, BOOTH_KEY)) throw boothTaken(boothNo, (await boothHolder(deps.db, current.fair_id, boothNo, id))?.name);
    throw error;
  }
  return getParticipation(deps, ctx, id);
}
