import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { inScope } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { addDays, isMonday, mondayOf } from './fair-rules.js';
import { presentFairSummary, selectFairs } from './fair-repository.js';
import { todayOf, who } from './fair-service.js';
import type { ForecastInput, ForecastOverview, ForecastQuery, ForecastView } from './forecast-schema.js';

/** 周预报: each district reports to the city, once a week, the fairs its units will hold the next week. */

const DISTRICT_LEVEL = 3;

/** The week asked for: a Monday, by default next week's. */
function weekOf(deps: AppDeps, week: string | undefined): string {
  if (week === undefined) return addDays(mondayOf(todayOf(deps)), 7);
  if (!isMonday(week)) throw fieldError('week', '周预报按周上报，日期须为星期一');
  return week;
}

/** The district whose forecast the actor reads: their own; city staff name one in scope. Below a district: forbidden. */
async function districtFor(db: Db, ctx: RequestContext, requested: string | undefined) {
  const { actor } = ctx;
  if (actor.kind !== 'staff' || actor.orgLevel > DISTRICT_LEVEL) throw forbidden('周预报由区县上报，街道、社区不能查看或上报');
  const code = actor.orgLevel === DISTRICT_LEVEL ? actor.orgCode : requested;
  if (!code) throw fieldError('regionCode', '请选择区县');
  const unit = await db.selectFrom('org_unit').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();
  if (!unit || unit.level !== DISTRICT_LEVEL || !inScope(actor, unit.code)) throw fieldError('regionCode', '区县不存在或不在您的管辖范围内');
  return unit;
}

/** The fairs held that week organised in the district's subtree, not cancelled. */
async function weekFairs(db: Db, district: string, week: string) {
  const rows = await selectFairs(db)
    .where('f.region_code', 'like', `${district}%`)
    .where('f.held_on', '>=', week)
    .where('f.held_on', '<=', addDays(week, 6))
    .where('f.status', '<>', 'cancelled')
    .orderBy('f.held_on')
    .orderBy('f.starts_at')
    .orderBy('f.id')
    .execute();
  return rows.map(presentFairSummary);
}

async function submission(db: Db, district: string, week: string) {
  return db
    .selectFrom('fair_forecast as s')
    .leftJoin('app_user as u', 'u.id', 's.submitted_by')
    .select(['s.submitted_at', 's.fairs', 's.note', 'u.display_name'])
    .where('s.region_code', '=', district)
    .where('s.week_start', '=', week)
    .executeTakeFirst();
}

const maySubmit = (ctx: RequestContext, district: string) => rolesAllow(ctx.actor.roles, 'fair.manage') && ctx.actor.orgLevel === DISTRICT_LEVEL && ctx.actor.orgCode === district;

/** The district's fairs of the week and whether (and what) it has reported. */
export async function getForecast(deps: AppDeps, ctx: RequestContext, q: ForecastQuery): Promise<ForecastView> {
  const week = weekOf(deps, q.week);
  const district = await districtFor(deps.db, ctx, q.regionCode);
  const sent = await submission(deps.db, district.code, week);
  return {
    week,
    regionCode: district.code,
    regionName: district.name,
    fairs: await weekFairs(deps.db, district.code, week),
    submitted: sent ? { at: sent.submitted_at.toISOString(), byName: sent.display_name, fairs: Array.isArray(sent.fairs) ? sent.fairs.length : 0, note: sent.note } : null,
    can: { submit: !sent && maySubmit(ctx, district.code) && addDays(week, 6) >= todayOf(deps) },
  };
}

/** A district operator reports the week's fairs to the city (once per week; the fairs as they stand are kept). */
export async function submitForecast(deps: AppDeps, ctx: RequestContext, input: ForecastInput): Promise<ForecastView> {
  if (ctx.actor.kind !== 'staff' || ctx.actor.orgLevel !== DISTRICT_LEVEL) throw forbidden('周预报由区县工作人员上报');
  const week = weekOf(deps, input.week);
  const district = await districtFor(deps.db, ctx, undefined);
  if (!maySubmit(ctx, district.code)) throw forbidden('周预报由区县工作人员上报');
  if (addDays(week, 6) < todayOf(deps)) throw fieldError('week', `${week} 这一周已经过去，不能再上报`);
  const duplicate = () => new AppError('duplicate', `${district.name}已上报 ${week} 这一周的招聘会周预报`, [{ field: 'week', message: '这一周已上报' }]);
  if (await submission(deps.db, district.code, week)) throw duplicate();
  const fairs = (await weekFairs(deps.db, district.code, week)).map((f) => ({ id: f.id, name: f.name, kind: f.kind, heldOn: f.heldOn, startsAt: f.startsAt, endsAt: f.endsAt, venue: f.venue, regionCode: f.regionCode }));
  const note = input.note?.trim() || null;
  try {
    await deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      const row = await trx
        .insertInto('fair_forecast')
        .values({ region_code: district.code, week_start: week, fairs: JSON.stringify(fairs), note, submitted_by: ctx.actor.id, submitted_at: now, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeAudit(trx, deps.clock, who(ctx), { event: 'fair_forecast.submitted', entityType: 'fair_forecast', entityId: row.id, regionCode: district.code, after: { week, fairs: fairs.map((f) => f.id), note } });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'fair_forecast_key')) throw duplicate();
    throw error;
  }
  return getForecast(deps, ctx, { week });
}

/** Which districts reported the week (city staff: every district of their city; a district: its own row). */
export async function forecastOverview(deps: AppDeps, ctx: RequestContext, q: { week?: string }): Promise<ForecastOverview> {
  const { actor } = ctx;
  if (actor.kind !== 'staff' || actor.orgLevel > DISTRICT_LEVEL) throw forbidden('周预报汇总由市、区县工作人员查看');
  const week = weekOf(deps, q.week);
  const end = addDays(week, 6);
  const rows = await deps.db
    .selectFrom('org_unit as o')
    .leftJoin('fair_forecast as s', (j) => j.onRef('s.region_code', '=', 'o.code').on('s.week_start', '=', week))
    .select(['o.code', 'o.name', 's.submitted_at'])
    .select(sql<number>`(SELECT count(*)::int FROM fair f WHERE f.region_code LIKE o.code || '%' AND f.held_on BETWEEN ${week} AND ${end} AND f.status <> 'cancelled')`.as('fairs'))
    .where('o.level', '=', DISTRICT_LEVEL)
    .where('o.code', 'like', `${actor.orgCode}%`)
    .orderBy('o.code')
    .execute();
  return { week, districts: rows.map((r) => ({ code: r.code, name: r.name, submitted: r.submitted_at !== null, submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null, fairs: Number(r.fairs) })) };
}
