import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { FairStatus } from '../../platform/db/schema-fairs.js';
import { AppError, fieldError, forbidden, type FieldError } from '../../platform/errors.js';
import { writeAudit, type AuditEvent } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { assertFairOpen, loadVisibleFair, mayManageFair, type FairRow } from './fair-access.js';
import { fairActions, fairFieldErrors, recurrenceDates, recurrenceErrors } from './fair-rules.js';
import { fairSummaries, fairScope, findFairs, presentFairSummary, selectFairs } from './fair-repository.js';
import { staleBroughtPostings } from './participation-repository.js';
import type { CalendarQuery, FairInput, FairListQuery, FairSummary, FairUpdate, FairView } from './fair-schema.js';
import { FAIR_STATUSES } from './codes.js';

export const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });
export const todayOf = (deps: Pick<AppDeps, 'clock'>) => chinaDate(deps.clock.now());

/** A validation error carrying every field problem (the first one as the message). */
export function fieldErrors(errors: FieldError[]): AppError {
  return new AppError('validation_failed', errors[0].message, errors);
}

/** The organiser must be an existing unit in the actor's subtree (their own unit or one below). */
async function organiserErrors(db: Db, ctx: RequestContext, regionCode: string): Promise<FieldError[]> {
  const unit = await db.selectFrom('org_unit').select('code').where('code', '=', regionCode).executeTakeFirst();
  if (!unit || !inScope(ctx.actor, regionCode)) return [{ field: 'regionCode', message: '主办单位须为本单位或下级单位' }];
  return [];
}

/** The campaign must be one the actor sees (own subtree or a unit above) and hold every fair date. */
async function campaignErrors(db: Db, ctx: RequestContext, campaignId: number | null, dates: readonly string[]): Promise<FieldError[]> {
  if (campaignId === null) return [];
  const c = await db.selectFrom('fair_campaign').select(['name', 'region_code', 'starts_on', 'ends_on']).where('id', '=', campaignId).executeTakeFirst();
  if (!c || !(inScope(ctx.actor, c.region_code) || ctx.actor.orgCode.startsWith(c.region_code))) return [{ field: 'campaignId', message: '专项活动不存在或不在您的管辖范围内' }];
  const outside = dates.filter((d) => d < c.starts_on || d > c.ends_on);
  if (outside.length > 0) return [{ field: 'campaignId', message: `招聘会日期 ${outside[0]} 不在专项活动「${c.name}」期间（${c.starts_on} 至 ${c.ends_on}）` }];
  return [];
}

const rowValues = (input: Omit<FairInput, 'recurrence'>) => ({
  name: input.name.trim(),
  kind: input.kind as FairRow['kind'],
  region_code: input.regionCode,
  target_groups: input.targetGroups,
  campaign_id: input.campaignId,
  venue: input.venue.trim(),
  starts_at: `${input.startsAt}:00`,
  ends_at: `${input.endsAt}:00`,
  booth_capacity: input.boothCapacity,
  description: input.description?.trim() || null,
});

/** Staff with fair.manage whose subtree holds the organiser. */
export function mayManage(ctx: RequestContext, fair: Pick<FairRow, 'region_code'>): boolean {
  return ctx.actor.kind === 'staff' && rolesAllow(ctx.actor.roles, 'fair.manage') && mayManageFair(ctx.actor, fair);
}

function policyFor(ctx: RequestContext, fair: Pick<FairRow, 'region_code' | 'status' | 'held_on'>, today: string) {
  return fairActions(fair.status, fair.held_on, today, mayManage(ctx, fair));
}

const NOT_MANAGER = '只有主办单位及其上级的工作人员可以管理这场招聘会';

/** One fair as staff see it. */
export async function getFair(deps: AppDeps, ctx: RequestContext, id: number): Promise<FairView> {
  await loadVisibleFair(deps.db, ctx.actor, id);
  const row = await selectFairs(deps.db).where('f.id', '=', id).executeTakeFirstOrThrow();
  const series = row.series_id ? await deps.db.selectFrom('fair_series').select(['every', 'first_on', 'until_on']).where('id', '=', row.series_id).executeTakeFirst() : undefined;
  return {
    ...presentFairSummary(row),
    description: row.description,
    cancelReason: row.cancel_reason,
    version: row.version,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    series: series ? { every: series.every, firstOn: series.first_on, untilOn: series.until_on } : null,
    can: policyFor(ctx, row, todayOf(deps)),
  };
}

/** The staff list of fairs in scope, filtered, sorted and paged. */
export async function listFairs(deps: AppDeps, ctx: RequestContext, q: FairListQuery) {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const { page, pageSize, offset } = pageWindow(q);
  const { rows, total } = await findFairs(deps.db, ctx.actor, q, pageSize, offset);
  return { items: rows.map(presentFairSummary), total, page, pageSize };
}

/** Every fair in scope held between two dates (at most 92 days), in date order: the staff calendar. */
export async function fairCalendar(deps: AppDeps, ctx: RequestContext, q: CalendarQuery): Promise<FairSummary[]> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  if (q.to < q.from) throw fieldError('to', '结束日期不能早于开始日期');
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
  if (days > 92) throw fieldError('to', '日历一次最多显示 92 天');
  let query = selectFairs(deps.db).where(fairScope(ctx.actor)).where('f.held_on', '>=', q.from).where('f.held_on', '<=', q.to);
  if (q.regionCode) query = query.where('f.region_code', 'like', `${q.regionCode}%`);
  const rows = await query.orderBy('f.held_on').orderBy('f.starts_at').orderBy('f.id').limit(2000).execute();
  return rows.map(presentFairSummary);
}

/**
 * Plans a fair, or a series of them (every week, two weeks or month until a date) sharing one
 * fair_series row, all in one transaction with an audit row per fair.
 */
export async function createFair(deps: AppDeps, ctx: RequestContext, input: FairInput): Promise<{ items: FairSummary[] }> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const today = todayOf(deps);
  const errors = fairFieldErrors(input, today);
  const rec = input.recurrence ?? null;
  if (rec) errors.push(...recurrenceErrors(input.heldOn, rec.every, rec.until));
  const dates = rec && errors.length === 0 ? recurrenceDates(input.heldOn, rec.every, rec.until) : [input.heldOn];
  errors.push(...(await organiserErrors(deps.db, ctx, input.regionCode)), ...(await campaignErrors(deps.db, ctx, input.campaignId, dates)));
  if (errors.length > 0) throw fieldErrors(errors);
  const now = deps.clock.now();
  const values = rowValues(input);
  const ids = await deps.db.transaction().execute(async (trx) => {
    const series = rec
      ? await trx.insertInto('fair_series').values({ region_code: input.regionCode, every: rec.every, first_on: input.heldOn, until_on: rec.until, created_by: ctx.actor.id, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()
      : null;
    const rows = await trx
      .insertInto('fair')
      .values(dates.map((heldOn) => ({ ...values, held_on: heldOn, series_id: series?.id ?? null, status: 'planned' as const, created_by: ctx.actor.id, created_at: now, updated_at: now })))
      .returning(['id', 'held_on'])
      .execute();
    for (const r of rows) {
      await writeAudit(trx, deps.clock, who(ctx), { event: 'fair.created', entityType: 'fair', entityId: r.id, regionCode: input.regionCode, after: { ...input, heldOn: r.held_on, seriesId: series?.id ?? null } });
    }
    return rows.map((r) => r.id);
  });
  return { items: await fairSummaries(deps.db, ids) };
}

/** Locks the fair for a change and refuses it when closed or cancelled, or when the version is stale. */
async function lockOpenFair(trx: Db, id: number, version?: number): Promise<FairRow> {
  const fair = await trx.selectFrom('fair').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
  if (fair.status === 'closed') throw new AppError('invalid_state', '招聘会已结束，不能再修改');
  if (fair.status === 'cancelled') throw new AppError('invalid_state', '招聘会已取消，不能再修改');
  if (version !== undefined && fair.version !== version) throw new AppError('conflict', '招聘会信息已被他人修改，请刷新后重试');
  return fair;
}

/** What the booths already given forbid: fewer booths than approved, a new date some brought posting is not valid on. */
async function bookedErrors(trx: Db, fair: FairRow, next: Pick<FairUpdate, 'boothCapacity' | 'heldOn' | 'kind'>): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  // Check-ins keep the groups of the day (4050 by age on the fair day) and count in the fair's period
  // and type: once seekers came, the day and the type are facts, not plans.
  if (next.heldOn !== fair.held_on || next.kind !== fair.kind) {
    const entered = await trx.selectFrom('fair_checkin').select('id').where('fair_id', '=', fair.id).executeTakeFirst();
    if (entered && next.heldOn !== fair.held_on) errors.push({ field: 'heldOn', message: '已有求职者签到入场，举办日期不能再修改' });
    if (entered && next.kind !== fair.kind) errors.push({ field: 'kind', message: '已有求职者签到入场，招聘会类型不能再修改' });
    if (entered) return errors;
  }
  const booths = await trx.selectFrom('fair_participation').select((eb) => eb.fn.countAll<number>().as('n')).where('fair_id', '=', fair.id).where('status', 'in', ['approved', 'absent']).executeTakeFirstOrThrow();
  if (Number(booths.n) > next.boothCapacity) errors.push({ field: 'boothCapacity', message: `已批准 ${booths.n} 个展位，展位数不能少于此数` });
  if (next.heldOn !== fair.held_on) {
    const stale = await staleBroughtPostings(trx, { fairId: fair.id }, next.heldOn);
    if (stale.length > 0) errors.push({ field: 'heldOn', message: `已报名单位的岗位「${stale[0].title}」已暂停、撤下或在 ${next.heldOn} 不在有效期内，请先与单位协调` });
  }
  return errors;
}

/** Edits a planned or published fair (optimistic version check); closed and cancelled fairs stay as they are. */
export async function updateFair(deps: AppDeps, ctx: RequestContext, id: number, input: FairUpdate): Promise<FairView> {
  const current = await loadVisibleFair(deps.db, ctx.actor, id);
  if (!mayManage(ctx, current)) throw forbidden(NOT_MANAGER);
  assertFairOpen(current);
  const errors = fairFieldErrors(input, todayOf(deps), current.held_on);
  errors.push(...(await organiserErrors(deps.db, ctx, input.regionCode)), ...(await campaignErrors(deps.db, ctx, input.campaignId, [input.heldOn])));
  if (errors.length > 0) throw fieldErrors(errors);
  const { version, ...fields } = input;
  await deps.db.transaction().execute(async (trx) => {
    const before = await lockOpenFair(trx, id, version);
    const booked = await bookedErrors(trx, before, fields);
    if (booked.length > 0) throw fieldErrors(booked);
    await trx.updateTable('fair').set({ ...rowValues(fields), held_on: fields.heldOn, version: before.version + 1, updated_at: deps.clock.now() }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'fair.updated', entityType: 'fair', entityId: id, regionCode: input.regionCode, before, after: fields });
  });
  return getFair(deps, ctx, id);
}

type Transition = 'publish' | 'close' | 'cancel';
const TRANSITIONS: Record<Transition, { to: FairStatus; event: AuditEvent }> = {
  publish: { to: 'published', event: 'fair.published' },
  close: { to: 'closed', event: 'fair.closed' },
  cancel: { to: 'cancelled', event: 'fair.cancelled' },
};

function refusal(action: Transition, fair: Pick<FairRow, 'status' | 'held_on'>, today: string): string {
  if (fair.status === 'closed' || fair.status === 'cancelled') return `招聘会${FAIR_STATUSES[fair.status]}，不能再${action === 'publish' ? '发布' : action === 'close' ? '结束' : '取消'}`;
  if (action === 'publish') return '只有计划中的招聘会可以发布';
  if (action === 'close' && fair.status !== 'published') return '招聘会发布并举办之后才能结束';
  if (action === 'close' && fair.held_on > today) return `招聘会在 ${fair.held_on} 举办，举办当天或之后才能结束`;
  return '当前状态不允许此操作';
}

/** Publishes (planned → published), closes (published, on or after the day) or cancels (with a reason) a fair. */
export async function changeFairStatus(deps: AppDeps, ctx: RequestContext, id: number, action: Transition, reason?: string): Promise<FairView> {
  const today = todayOf(deps);
  const current = await loadVisibleFair(deps.db, ctx.actor, id);
  if (!mayManage(ctx, current)) throw forbidden(NOT_MANAGER);
  const rule = TRANSITIONS[action];
  if (action === 'cancel' && !reason?.trim()) throw fieldErrors([{ field: 'reason', message: '请填写取消的原因' }]);
  await deps.db.transaction().execute(async (trx) => {
    const fair = await trx.selectFrom('fair').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (!fairActions(fair.status, fair.held_on, today, true)[action]) throw new AppError('invalid_state', refusal(action, fair, today));
    if (action === 'cancel' && (await trx.selectFrom('fair_checkin').select('id').where('fair_id', '=', id).executeTakeFirst())) {
      throw new AppError('invalid_state', '已有求职者签到入场，招聘会已经举办，不能取消；请在结束后如实保留记录');
    }
    const now = deps.clock.now();
    await trx
      .updateTable('fair')
      .set({
        status: rule.to,
        version: fair.version + 1,
        updated_at: now,
        ...(action === 'publish' && { published_at: now }),
        ...(action === 'close' && { closed_at: now }),
        ...(action === 'cancel' && { cancel_reason: (reason ?? '').trim() }),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, deps.clock, who(ctx), { event: rule.event, entityType: 'fair', entityId: id, regionCode: fair.region_code, before: { status: fair.status }, after: { status: rule.to, ...(reason && { reason }) } });
  });
  return getFair(deps, ctx, id);
}
