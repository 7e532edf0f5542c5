import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { COVERED_THROUGH_YEAR, dueDate, monthDays, type DeadlineRule, type Overrides } from './workdays.js';

/** The overrides in force (a small table: read per call so every server process agrees). */
export async function loadOverrides(db: Db): Promise<Overrides> {
  const rows = await db.selectFrom('calendar_override').select(['date', 'is_workday', 'name']).execute();
  return new Map(rows.map((r) => [r.date, { isWorkday: r.is_workday, name: r.name }]));
}

/** The deadline service every module uses: due date of a rule from a start date (default today). */
export async function computeDeadline(deps: Pick<AppDeps, 'db' | 'clock'>, rule: DeadlineRule, from?: string) {
  const start = from ?? chinaDate(deps.clock.now());
  const due = dueDate(start, rule, await loadOverrides(deps.db));
  return { from: start, due, beyondOfficialCalendar: Number(due.slice(0, 4)) > COVERED_THROUGH_YEAR };
}

export async function month(deps: AppDeps, m: string) {
  const overrides = await loadOverrides(deps.db);
  return { month: m, coveredThroughYear: COVERED_THROUGH_YEAR, days: monthDays(m, overrides) };
}

export async function listOverrides(deps: AppDeps) {
  const rows = await deps.db.selectFrom('calendar_override').select(['date', 'is_workday', 'name']).orderBy('date').execute();
  return rows.map((r) => ({ date: r.date, isWorkday: r.is_workday, name: r.name }));
}

/** Sets (or replaces) the status of one day, audited. */
export async function setOverride(deps: AppDeps, ctx: RequestContext, date: string, input: { isWorkday: boolean; name?: string }) {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('calendar_override').selectAll().where('date', '=', date).executeTakeFirst();
    await trx
      .insertInto('calendar_override')
      .values({ date, is_workday: input.isWorkday, name: input.name ?? null, created_by: ctx.actor.id, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('date').doUpdateSet({ is_workday: input.isWorkday, name: input.name ?? null, updated_at: now }))
      .execute();
    await writeAudit(trx, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'calendar.changed',
      entityType: 'calendar_override',
      entityId: date,
      before: before ? { isWorkday: before.is_workday, name: before.name } : null,
      after: input,
    });
  });
  return { date, isWorkday: input.isWorkday, name: input.name ?? null };
}

export async function removeOverride(deps: AppDeps, ctx: RequestContext, date: string) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('calendar_override').selectAll().where('date', '=', date).executeTakeFirst();
    if (!before) return;
    await trx.deleteFrom('calendar_override').where('date', '=', date).execute();
    await writeAudit(trx, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'calendar.changed',
      entityType: 'calendar_override',
      entityId: date,
      before: { isWorkday: before.is_workday, name: before.name },
      after: null,
    });
  });
}
