import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { CampaignKind } from '../../platform/db/schema-fairs.js';
import { forbidden, notFound, type FieldError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { inScope } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { escapeLike } from '../../platform/db/like.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { CAMPAIGN_KINDS, FAIR_TARGET_GROUPS } from './codes.js';
import { fairScope } from './fair-repository.js';
import { campaignServices } from './campaign-services.js';
import { fieldErrors, who } from './fair-service.js';
import type { CampaignInput, CampaignListQuery, CampaignView, Goals } from './campaign-schema.js';

/** 专项活动 (就业援助月, 春风行动 …): a period, target groups, the units taking part, goals; its fairs point at it. */

function selectCampaigns(db: Db) {
  return db
    .selectFrom('fair_campaign as c')
    .innerJoin('org_unit as o', 'o.code', 'c.region_code')
    .selectAll('c')
    .select('o.name as region_name')
    .select(sql<number>`(SELECT count(*)::int FROM fair f WHERE f.campaign_id = c.id AND f.status <> 'cancelled')`.as('fairs'));
}
type CampaignRow = Awaited<ReturnType<ReturnType<typeof selectCampaigns>['executeTakeFirstOrThrow']>>;

const mayEdit = (ctx: RequestContext, regionCode: string) => ctx.actor.kind === 'staff' && rolesAllow(ctx.actor.roles, 'fair.manage') && inScope(ctx.actor, regionCode);

async function present(db: Db, ctx: RequestContext, rows: readonly CampaignRow[]): Promise<CampaignView[]> {
  const codes = [...new Set(rows.flatMap((r) => r.participant_units))];
  const units = codes.length > 0 ? await db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', codes).execute() : [];
  const names = new Map(units.map((u) => [u.code, u.name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindName: CAMPAIGN_KINDS[r.kind] ?? r.kind,
    regionCode: r.region_code,
    regionName: r.region_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    targetGroups: r.target_groups,
    participantUnits: r.participant_units.map((code) => ({ code, name: names.get(code) ?? code })),
    goals: (r.goals ?? {}) as Goals,
    description: r.description,
    fairs: Number(r.fairs),
    can: { edit: mayEdit(ctx, r.region_code) },
  }));
}

/** A campaign the actor sees (organised in the subtree or above), or not found. */
async function loadCampaign(db: Db, ctx: RequestContext, id: number): Promise<CampaignRow> {
  const row = await selectCampaigns(db).where('c.id', '=', id).executeTakeFirst();
  if (!row || ctx.actor.kind !== 'staff' || !(inScope(ctx.actor, row.region_code) || ctx.actor.orgCode.startsWith(row.region_code))) throw notFound('专项活动');
  return row;
}

/** One campaign with the services its units gave during its period (the viewer's part). */
export async function getCampaign(deps: AppDeps, ctx: RequestContext, id: number): Promise<CampaignView> {
  const row = await loadCampaign(deps.db, ctx, id);
  const [view] = await present(deps.db, ctx, [row]);
  return { ...view, services: await campaignServices(deps.db, ctx.actor, row) };
}

/** Campaigns in scope, newest first; `year` keeps those running during that year. */
export async function listCampaigns(deps: AppDeps, ctx: RequestContext, f: CampaignListQuery) {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const { page, pageSize, offset } = pageWindow(f);
  let q = selectCampaigns(deps.db).where(fairScope(ctx.actor, 'c.region_code'));
  if (f.kind) q = q.where('c.kind', '=', f.kind as CampaignKind);
  if (f.year) q = q.where('c.starts_on', '<=', `${f.year}-12-31`).where('c.ends_on', '>=', `${f.year}-01-01`);
  if (f.q?.trim()) q = q.where('c.name', 'like', `%${escapeLike(f.q.trim())}%`);
  const rows = await q.orderBy('c.starts_on', 'desc').orderBy('c.id', 'desc').limit(pageSize).offset(offset).execute();
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { items: await present(deps.db, ctx, rows), total: Number(n), page, pageSize };
}

/** Field errors of a campaign: kind, period, groups, organiser and participating units in scope, and (when edited) its fairs inside the period. */
async function campaignErrors(db: Db, ctx: RequestContext, c: CampaignInput, id?: number): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!c.name.trim()) errors.push({ field: 'name', message: '请填写专项活动名称' });
  if (!Object.hasOwn(CAMPAIGN_KINDS, c.kind)) errors.push({ field: 'kind', message: '专项活动类型不在代码表中' });
  if (c.endsOn < c.startsOn) errors.push({ field: 'endsOn', message: '结束日期不能早于开始日期' });
  const unknown = c.targetGroups.filter((g) => !Object.hasOwn(FAIR_TARGET_GROUPS, g));
  if (unknown.length > 0) errors.push({ field: 'targetGroups', message: `服务对象代码不正确：${unknown.join('、')}` });
  const codes = [c.regionCode, ...c.participantUnits];
  const found = new Set((await db.selectFrom('org_unit').select('code').where('code', 'in', codes).execute()).map((u) => u.code));
  if (!found.has(c.regionCode) || !inScope(ctx.actor, c.regionCode)) errors.push({ field: 'regionCode', message: '主办单位须为本单位或下级单位' });
  const outside = c.participantUnits.filter((u) => !found.has(u) || !inScope(ctx.actor, u));
  if (outside.length > 0) errors.push({ field: 'participantUnits', message: `参与单位不存在或不在您的管辖范围内：${outside.join('、')}` });
  if (id !== undefined && c.endsOn >= c.startsOn) {
    const stray = await db.selectFrom('fair').select(['name', 'held_on']).where('campaign_id', '=', id).where('status', '<>', 'cancelled').where((eb) => eb.or([eb('held_on', '<', c.startsOn), eb('held_on', '>', c.endsOn)])).orderBy('held_on').executeTakeFirst();
    if (stray) errors.push({ field: 'startsOn', message: `活动的招聘会「${stray.name}」在 ${stray.held_on} 举办，不在新的活动期间内` });
  }
  return errors;
}

const rowValues = (c: CampaignInput) => ({
  name: c.name.trim(),
  kind: c.kind as CampaignKind,
  region_code: c.regionCode,
  starts_on: c.startsOn,
  ends_on: c.endsOn,
  target_groups: c.targetGroups,
  participant_units: [...new Set(c.participantUnits)],
  goals: JSON.stringify(c.goals),
  description: c.description?.trim() || null,
});

export async function createCampaign(deps: AppDeps, ctx: RequestContext, input: CampaignInput): Promise<CampaignView> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const errors = await campaignErrors(deps.db, ctx, input);
  if (errors.length > 0) throw fieldErrors(errors);
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('fair_campaign').values({ ...rowValues(input), created_by: ctx.actor.id, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'campaign.created', entityType: 'fair_campaign', entityId: row.id, regionCode: input.regionCode, after: input });
    return row.id;
  });
  return getCampaign(deps, ctx, id);
}

export async function updateCampaign(deps: AppDeps, ctx: RequestContext, id: number, input: CampaignInput): Promise<CampaignView> {
  const current = await loadCampaign(deps.db, ctx, id);
  if (!mayEdit(ctx, current.region_code)) throw forbidden('只有主办单位及其上级的工作人员可以修改专项活动');
  const errors = await campaignErrors(deps.db, ctx, input, id);
  if (errors.length > 0) throw fieldErrors(errors);
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('fair_campaign').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    await trx.updateTable('fair_campaign').set({ ...rowValues(input), updated_at: deps.clock.now() }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'campaign.updated', entityType: 'fair_campaign', entityId: id, regionCode: input.regionCode, before, after: input });
  });
  return getCampaign(deps, ctx, id);
}
