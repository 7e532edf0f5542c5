import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { rolesAllow } from '../../platform/roles.js';
import { assertFairOpen, loadVisibleFair, type FairRow } from './fair-access.js';
import { personFacts, who } from './checkin-repository.js';
import { insertIntention } from './intention-service.js';
import { insertCheckinRow } from './checkin-service.js';
import { assertBoothKeeper, assertOnline, ownPerson, presentSlot, selectSlots, type SlotRow, type Viewer } from './slot-repository.js';
import type { SlotInput, SlotView } from './slot-schema.js';
import type { SlotOutcome } from '../../platform/db/schema-fairs.js';

const fairOf = (db: Db, id: number) => db.selectFrom('fair').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function viewerOf(deps: AppDeps, ctx: RequestContext): Promise<Viewer> {
  if (ctx.actor.kind === 'staff' || ctx.actor.employerId !== null) return { actor: ctx.actor, personId: null };
  return { actor: ctx.actor, personId: await ownPerson(deps.db, ctx) };
}

async function audit(trx: Db, deps: AppDeps, ctx: RequestContext, fair: FairRow, entityId: number, detail: Record<string, unknown>) {
  await writeAudit(trx, deps.clock, who(ctx), { event: 'fair_slot.changed', entityType: 'fair_slot', entityId, regionCode: fair.region_code, detail: { fairId: fair.id, ...detail } });
}

/** An online booth offers interview times on the fair day (staff managing the fair, or the employer itself). */
export async function createSlots(deps: AppDeps, ctx: RequestContext, participationId: number, input: SlotInput): Promise<SlotView[]> {
  const booth = await deps.db.selectFrom('fair_participation').select(['id', 'fair_id', 'employer_id', 'status']).where('id', '=', participationId).executeTakeFirst();
  if (!booth) throw notFound('展位');
  const fair = await fairOf(deps.db, booth.fair_id);
  assertBoothKeeper(ctx.actor, fair, booth.employer_id);
  assertOnline(fair);
  assertFairOpen(fair);
  if (booth.status !== 'approved') throw new AppError('invalid_state', '参会报名尚未批准，不能设置面试时段');
  const now = deps.clock.now();
  const times = [...new Set(input.startsAt.map((s) => new Date(s).getTime()))].map((ms) => new Date(ms));
  for (const at of times) {
    if (Number.isNaN(at.getTime())) throw fieldError('startsAt', '时间格式不正确');
    if (chinaDate(at) !== fair.held_on) throw fieldError('startsAt', `面试时段须在招聘会当天（${fair.held_on}）`);
    if (at <= now) throw fieldError('startsAt', '面试时段须晚于当前时间');
  }
  try {
    const ids = await deps.db.transaction().execute(async (trx) => {
      const out: number[] = [];
      for (const at of times) {
        const row = await trx.insertInto('fair_slot').values({ fair_id: fair.id, participation_id: booth.id, starts_at: at, minutes: input.minutes ?? 20, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
        out.push(row.id);
      }
      await audit(trx, deps, ctx, fair, out[0], { action: 'created', participationId: booth.id, slots: out, startsAt: times.map((x) => x.toISOString()), minutes: input.minutes ?? 20 });
      return out;
    });
    const viewer = await viewerOf(deps, ctx);
    const rows = await selectSlots(deps.db).where('s.id', 'in', ids).orderBy('s.starts_at').execute();
    return rows.map((r) => presentSlot(viewer, r));
  } catch (error) {
    if (isUniqueViolation(error, 'fair_slot_time_key')) throw new AppError('duplicate', '该展位已有相同开始时间的面试时段', [{ field: 'startsAt', message: '该展位已有相同开始时间的面试时段' }]);
    throw error;
  }
}

/** The fair's slots: staff all of them, an employer its own booth's, a citizen the free ones to come and their own bookings. */
export async function listSlots(deps: AppDeps, ctx: RequestContext, fairId: number): Promise<SlotView[]> {
  const roles = ctx.actor.roles;
  if (!(rolesAllow(roles, 'fair.view') || rolesAllow(roles, 'fair.apply') || rolesAllow(roles, 'fair.book'))) throw forbidden();
  const fair = await loadVisibleFair(deps.db, ctx.actor, fairId);
  const viewer = await viewerOf(deps, ctx);
  let q = selectSlots(deps.db).where('s.fair_id', '=', fair.id);
  if (ctx.actor.kind === 'external' && ctx.actor.employerId !== null) q = q.where('fp.employer_id', '=', ctx.actor.employerId);
  else if (ctx.actor.kind === 'external') {
    const me = viewer.personId ?? -1;
    q = q.where('fp.status', '=', 'approved').where((eb) => eb.or([eb('s.person_id', '=', me), eb.and([eb('s.person_id', 'is', null), eb('s.starts_at', '>', deps.clock.now())])]));
  }
  const rows = await q.orderBy('s.starts_at').orderBy('s.id').execute();
  return rows.map((r) => presentSlot(viewer, r));
}

async function loadSlot(deps: AppDeps, id: number): Promise<{ slot: SlotRow; fair: FairRow }> {
  const slot = await selectSlots(deps.db).where('s.id', '=', id).executeTakeFirst();
  if (!slot) throw notFound('面试时段');
  return { slot, fair: await fairOf(deps.db, slot.fair_id) };
}

/**
 * A booking's entry to the fair: an 'online' check-in, unless the person has one already (a booking
 * at another booth, possibly being made at this very moment: the insert then waits for it and does nothing).
 */
async function enterOnline(trx: Db, deps: AppDeps, ctx: RequestContext, fair: FairRow, personId: number): Promise<void> {
  await insertCheckinRow(trx, deps, ctx, fair, await personFacts(trx, personId), { via: 'online', onSpot: false, newPerson: false, ifNew: true });
}

const ONE_PER_BOOTH = '您已预约该单位的面试时段';

const present = async (deps: AppDeps, ctx: RequestContext, id: number) => presentSlot(await viewerOf(deps, ctx), (await loadSlot(deps, id)).slot);

/** A citizen books a free slot of a published online fair; the booking is their entry to the fair (an 'online' check-in). */
export async function bookSlot(deps: AppDeps, ctx: RequestContext, id: number): Promise<SlotView> {
  const personId = await ownPerson(deps.db, ctx);
  const { slot, fair } = await loadSlot(deps, id);
  if (fair.status !== 'published' && fair.status !== 'closed') throw notFound('面试时段');
  assertOnline(fair);
  if (fair.status !== 'published') throw new AppError('invalid_state', '招聘会已结束');
  if (slot.participation_status !== 'approved') throw new AppError('invalid_state', '该单位已不再参加本场招聘会');
  if (slot.person_id === personId) throw new AppError('duplicate', '您已预约该时段');
  if (slot.person_id !== null) throw new AppError('conflict', '该时段已被预约，请选择其他时段');
  const now = deps.clock.now();
  if (slot.starts_at <= now) throw new AppError('invalid_state', '该时段已开始，不能预约');
  const same = await deps.db.selectFrom('fair_slot').select('id').where('participation_id', '=', slot.participation_id).where('person_id', '=', personId).executeTakeFirst();
  if (same) throw new AppError('duplicate', ONE_PER_BOOTH);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const taken = await trx.updateTable('fair_slot').set({ person_id: personId, booked_at: now, updated_at: now }).where('id', '=', id).where('person_id', 'is', null).returning('id').executeTakeFirst();
      if (!taken) throw new AppError('conflict', '该时段刚被他人预约，请选择其他时段');
      await enterOnline(trx, deps, ctx, fair, personId);
      await audit(trx, deps, ctx, fair, id, { action: 'booked', personId });
    });
  } catch (error) {
    // Two bookings at one booth made at the same moment: the index keeps one.
    if (isUniqueViolation(error, 'fair_slot_person_key')) throw new AppError('duplicate', ONE_PER_BOOTH);
    throw error;
  }
  return present(deps, ctx, id);
}

/** A citizen cancels their booking before it starts; an online check-in with nothing else behind it is withdrawn with it. */
export async function cancelSlot(deps: AppDeps, ctx: RequestContext, id: number): Promise<SlotView> {
  const personId = await ownPerson(deps.db, ctx);
  const { slot, fair } = await loadSlot(deps, id);
  if (slot.person_id !== personId) throw notFound('预约');
  if (slot.starts_at <= deps.clock.now() || slot.outcome !== null) throw new AppError('invalid_state', '面试已开始，不能取消预约');
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await trx.updateTable('fair_slot').set({ person_id: null, booked_at: null, updated_at: now }).where('id', '=', id).where('person_id', '=', personId).execute();
    const others = await trx.selectFrom('fair_slot').select('id').where('fair_id', '=', fair.id).where('person_id', '=', personId).executeTakeFirst();
    const checkin = await trx.selectFrom('fair_checkin').select('id').where('fair_id', '=', fair.id).where('person_id', '=', personId).where('via', '=', 'online').executeTakeFirst();
    const intents = checkin ? await trx.selectFrom('fair_intention').select('id').where('checkin_id', '=', checkin.id).executeTakeFirst() : undefined;
    const withdrawn = Boolean(checkin && !others && !intents);
    if (checkin && withdrawn) await trx.deleteFrom('fair_checkin').where('id', '=', checkin.id).execute();
    await audit(trx, deps, ctx, fair, id, { action: 'cancelled', personId, checkinWithdrawn: withdrawn ? checkin?.id : null });
  });
  return present(deps, ctx, id);
}

const NOT_EXHIBITING = '该单位已不在本场招聘会参展，不能登记录用意向';

/** The booth (staff or the employer) records how the interview went; 'intention' records an intention to hire like on site. */
export async function recordOutcome(deps: AppDeps, ctx: RequestContext, id: number, outcome: SlotOutcome): Promise<SlotView> {
  const { slot, fair } = await loadSlot(deps, id);
  assertBoothKeeper(ctx.actor, fair, slot.employer_id);
  assertFairOpen(fair);
  if (slot.person_id === null) throw new AppError('invalid_state', '该时段无人预约');
  if (slot.outcome !== null) throw new AppError('invalid_state', '该时段的面试结果已记录');
  if (slot.starts_at > deps.clock.now()) throw new AppError('invalid_state', '面试尚未开始');
  if (outcome === 'intention' && slot.participation_status !== 'approved') throw new AppError('invalid_state', NOT_EXHIBITING);
  const personId = slot.person_id;
  const checkin = await deps.db.selectFrom('fair_checkin').select(['id', 'region_code']).where('fair_id', '=', fair.id).where('person_id', '=', personId).executeTakeFirstOrThrow();
  const existing = await deps.db.selectFrom('fair_intention').select('id').where('checkin_id', '=', checkin.id).where('participation_id', '=', slot.participation_id).executeTakeFirst();
  await deps.db.transaction().execute(async (trx) => {
    let intentionId: number | null = null;
    if (outcome === 'intention') {
      // Read again under a share lock: a withdrawal or absence being recorded meanwhile waits or wins.
      const booth = await trx.selectFrom('fair_participation').select('status').where('id', '=', slot.participation_id).forShare().executeTakeFirstOrThrow();
      if (booth.status !== 'approved') throw new AppError('invalid_state', NOT_EXHIBITING);
      intentionId = existing?.id ?? (await insertIntention(trx, deps, ctx, { fairId: fair.id, checkinId: checkin.id, participationId: slot.participation_id, postingId: null, personId, regionCode: checkin.region_code, note: '网络招聘会远程面试' }));
    }
    const done = await trx.updateTable('fair_slot').set({ outcome, intention_id: intentionId, updated_at: deps.clock.now() }).where('id', '=', id).where('outcome', 'is', null).where('person_id', '=', personId).returning('id').executeTakeFirst();
    if (!done) throw new AppError('conflict', '该时段刚被他人修改，请刷新后再试');
    await audit(trx, deps, ctx, fair, id, { action: 'outcome', outcome, personId, intentionId });
  });
  return present(deps, ctx, id);
}
