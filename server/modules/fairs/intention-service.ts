import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { pageWindow, type PageResult } from '../../platform/http/schemas.js';
import { narrowRegion } from '../../platform/scope.js';
import { findPersonById } from '../registry/people-repository.js';
import { registerEmploymentWith } from '../registry/registration-service.js';
import { assertFairOpen, loadManagedFair, loadVisibleFair, mayManageFair, type FairRow } from './fair-access.js';
import { who } from './checkin-repository.js';
import { intentionPolicy, intentionScope, intentionVisible, presentIntention, selectIntentions, type IntentionRow } from './intention-repository.js';
import type { IntentionInput, IntentionListQuery, IntentionView } from './intention-schema.js';

export const NOT_AT_FAIR = '该单位未在本场招聘会参展';
const DUPLICATE = '该求职者与该单位已登记录用意向';

/** Refuses new intentions unless the fair is published and its day has come. */
export function assertIntentionsOpen(fair: Pick<FairRow, 'status' | 'held_on'>, today: string): void {
  if (fair.status === 'closed') throw new AppError('invalid_state', '招聘会已结束，不能再登记录用意向');
  if (fair.status === 'cancelled') throw new AppError('invalid_state', '招聘会已取消');
  if (fair.status !== 'published') throw new AppError('invalid_state', '招聘会尚未发布');
  if (today < fair.held_on) throw new AppError('invalid_state', `招聘会尚未举行（${fair.held_on}）`);
}

interface NewIntention {
  fairId: number;
  checkinId: number;
  participationId: number;
  postingId: number | null;
  personId: number;
  regionCode: string;
  note: string | null;
}

/** Inserts an intention and its audit row inside the caller's transaction. */
export async function insertIntention(trx: Db, deps: AppDeps, ctx: RequestContext, n: NewIntention): Promise<number> {
  // Read again under a share lock: closing the fair (which locks its row for update) waits for us or we for it.
  assertFairOpen(await trx.selectFrom('fair').select('status').where('id', '=', n.fairId).forShare().executeTakeFirstOrThrow());
  const now = deps.clock.now();
  const row = await trx
    .insertInto('fair_intention')
    .values({ fair_id: n.fairId, checkin_id: n.checkinId, participation_id: n.participationId, posting_id: n.postingId, person_id: n.personId, region_code: n.regionCode, note: n.note, recorded_by: ctx.actor.id, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, deps.clock, who(ctx), { event: 'fair_intention.recorded', entityType: 'fair_intention', entityId: row.id, regionCode: n.regionCode, after: n });
  return row.id;
}

export async function loadIntention(db: Db, ctx: RequestContext, id: number): Promise<IntentionRow> {
  const row = await selectIntentions(db).where('i.id', '=', id).executeTakeFirst();
  if (!row || !intentionVisible(ctx.actor, row)) throw notFound('录用意向');
  return row;
}

const view = async (deps: AppDeps, ctx: RequestContext, id: number) => presentIntention(ctx, await loadIntention(deps.db, ctx, id));

/**
 * Records an intention to hire between a seeker who entered the fair and an employer approved at
 * it, optionally for one of the postings the employer brought. One per seeker and employer.
 */
export async function recordIntention(deps: AppDeps, ctx: RequestContext, fairId: number, input: IntentionInput): Promise<IntentionView> {
  const fair = await loadManagedFair(deps.db, ctx.actor, fairId);
  assertIntentionsOpen(fair, chinaDate(deps.clock.now()));
  const checkin = await deps.db.selectFrom('fair_checkin').select(['id', 'person_id', 'region_code']).where('id', '=', input.checkinId).where('fair_id', '=', fair.id).executeTakeFirst();
  if (!checkin) throw fieldError('checkinId', '该求职者未在本场招聘会签到');
  const booth = await deps.db.selectFrom('fair_participation').select('id').where('id', '=', input.participationId).where('fair_id', '=', fair.id).where('status', '=', 'approved').executeTakeFirst();
  if (!booth) throw fieldError('participationId', NOT_AT_FAIR);
  if (input.postingId !== null) {
    const brought = await deps.db.selectFrom('fair_posting').select('posting_id').where('participation_id', '=', booth.id).where('posting_id', '=', input.postingId).executeTakeFirst();
    if (!brought) throw fieldError('postingId', '该岗位不是该单位带到本场招聘会的岗位');
  }
  const dup = await deps.db.selectFrom('fair_intention').select('id').where('checkin_id', '=', checkin.id).where('participation_id', '=', booth.id).executeTakeFirst();
  if (dup) throw new AppError('duplicate', DUPLICATE, [{ field: 'participationId', message: DUPLICATE }]);
  const n: NewIntention = { fairId: fair.id, checkinId: checkin.id, participationId: booth.id, postingId: input.postingId, personId: checkin.person_id, regionCode: checkin.region_code, note: input.note?.trim() || null };
  try {
    const id = await deps.db.transaction().execute((trx) => insertIntention(trx, deps, ctx, n));
    return await view(deps, ctx, id);
  } catch (error) {
    if (isUniqueViolation(error, 'fair_intention_key')) throw new AppError('duplicate', DUPLICATE, [{ field: 'participationId', message: DUPLICATE }]);
    throw error;
  }
}

/** The fair's intentions: all for staff who manage it, else those of people in the actor's scope. */
export async function listFairIntentions(deps: AppDeps, ctx: RequestContext, fairId: number): Promise<IntentionView[]> {
  const fair = await loadVisibleFair(deps.db, ctx.actor, fairId);
  let q = selectIntentions(deps.db).where('i.fair_id', '=', fair.id);
  if (!mayManageFair(ctx.actor, fair)) q = q.where('i.region_code', 'like', `${ctx.actor.orgCode}%`);
  const rows = await q.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').execute();
  return rows.map((r) => presentIntention(ctx, r));
}

/** The follow-up list: intentions of people in scope or at fairs organised in scope. */
export async function listIntentions(deps: AppDeps, ctx: RequestContext, f: IntentionListQuery): Promise<PageResult<IntentionView>> {
  const { page, pageSize, offset } = pageWindow(f);
  const region = narrowRegion(ctx.actor, f.regionCode);
  if (region === null) return { items: [], total: 0, page, pageSize };
  let q = selectIntentions(deps.db).where(intentionScope(ctx.actor)).where(intentionScope({ orgCode: region }));
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.from) q = q.where('f.held_on', '>=', f.from);
  if (f.to) q = q.where('f.held_on', '<=', f.to);
  if (f.fairId) q = q.where('i.fair_id', '=', f.fairId);
  const rows = await q.orderBy('f.held_on', 'desc').orderBy('i.id', 'desc').limit(pageSize).offset(offset).execute();
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { items: rows.map((r) => presentIntention(ctx, r)), total: n, page, pageSize };
}

/** Moves an open intention to its follow-up state, provided nobody did in the meantime, with its audit row. */
async function followUp(trx: Db, deps: AppDeps, ctx: RequestContext, row: IntentionRow, set: { status: 'hired'; hired_on: string; employment_registration_id: number } | { status: 'dropped'; drop_reason: string }) {
  const now = deps.clock.now();
  const done = await trx
    .updateTable('fair_intention')
    .set({ ...set, followed_up_by: ctx.actor.id, followed_up_at: now, updated_at: now })
    .where('id', '=', row.id)
    .where('status', '=', 'intended')
    .returning('id')
    .executeTakeFirst();
  if (!done) throw new AppError('conflict', '该录用意向刚被他人跟踪，请刷新后再试');
  await writeAudit(trx, deps.clock, who(ctx), { event: 'fair_intention.followed_up', entityType: 'fair_intention', entityId: row.id, regionCode: row.region_code, before: { status: row.status }, after: set });
}

function assertOpen(row: IntentionRow) {
  if (row.status !== 'intended') throw new AppError('invalid_state', row.status === 'hired' ? '该录用意向已录用' : '该录用意向已标记为未录用');
}

/**
 * The intention became a hire: the employment is registered in the registry (kind 'employer', the
 * employer of the booth) together with the intention and the closing of the seeker registration,
 * in one transaction; a refusal by the registry rules comes back with its message and nothing is
 * written. Also after the fair was closed.
 */
export async function hireIntention(deps: AppDeps, ctx: RequestContext, id: number, hiredOn: string): Promise<IntentionView> {
  const row = await loadIntention(deps.db, ctx, id);
  assertOpen(row);
  if (!intentionPolicy(ctx.actor, row).hire) throw forbidden('该求职者不在您的管辖范围内，录用须由求职者所在地工作人员登记');
  if (hiredOn < row.held_on) throw fieldError('hiredOn', `录用日期不能早于招聘会日期（${row.held_on}）`);
  if (hiredOn > chinaDate(deps.clock.now())) throw fieldError('hiredOn', '录用日期不能晚于今天');
  const person = await findPersonById(deps.db, row.person_id);
  if (!person) throw notFound('人员');
  await registerEmploymentWith(deps, ctx, person, { kind: 'employer', employerId: row.employer_id, fullTime: (row.work_type ?? 'full_time') === 'full_time', startedOn: hiredOn }, async (trx, employmentId) => {
    await followUp(trx, deps, ctx, row, { status: 'hired', hired_on: hiredOn, employment_registration_id: employmentId });
    await trx.updateTable('job_seeker').set({ status: 'closed', updated_at: deps.clock.now() }).where('person_id', '=', row.person_id).where('status', '=', 'active').execute();
  });
  return view(deps, ctx, id);
}

/** The intention did not become a hire. */
export async function dropIntention(deps: AppDeps, ctx: RequestContext, id: number, reason: string): Promise<IntentionView> {
  const row = await loadIntention(deps.db, ctx, id);
  assertOpen(row);
  if (!intentionPolicy(ctx.actor, row).drop) throw forbidden();
  const text = reason.trim();
  if (!text) throw fieldError('reason', '请填写未录用原因');
  await deps.db.transaction().execute((trx) => followUp(trx, deps, ctx, row, { status: 'dropped', drop_reason: text }));
  return view(deps, ctx, id);
}
