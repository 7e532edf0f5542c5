import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { fieldError, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope } from '../../platform/scope.js';
import { RULE_DEFAULTS, isRuleKey, resolveRule, type RuleKey, type RuleVersion } from './defaults.js';

interface StoredVersion extends RuleVersion {
  regionName: string;
  note: string | null;
  updatedAt: string;
}

async function versionsOf(db: Db, key: string): Promise<StoredVersion[]> {
  const rows = await db
    .selectFrom('business_rule as r')
    .leftJoin('org_unit as o', 'o.code', 'r.region_code')
    .select(['r.region_code', 'r.effective_from', 'r.value', 'r.note', 'r.updated_at', 'o.name as region_name'])
    .where('r.key', '=', key)
    .execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    regionName: r.region_name ?? '全部地区',
    effectiveFrom: r.effective_from,
    value: Number(r.value),
    note: r.note,
    updatedAt: r.updated_at.toISOString(),
  }));
}

/** The value of a rule in force for a region on a date (default: today). Used by every module. */
export async function ruleValue(deps: Pick<AppDeps, 'db' | 'clock'>, key: RuleKey, regionCode: string, date?: string): Promise<number> {
  return resolveRule(key, await versionsOf(deps.db, key), regionCode, date ?? chinaDate(deps.clock.now())).value;
}

/** Every rule with the value in force for the actor's unit today and its dated versions. */
export async function listRules(deps: AppDeps, ctx: RequestContext) {
  const today = chinaDate(deps.clock.now());
  const out = [];
  for (const key of Object.keys(RULE_DEFAULTS) as RuleKey[]) {
    const versions = await versionsOf(deps.db, key);
    const current = resolveRule(key, versions, ctx.actor.orgCode, today);
    out.push({
      key,
      name: RULE_DEFAULTS[key].name,
      defaultValue: RULE_DEFAULTS[key].value,
      value: current.value,
      versions: versions.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
    });
  }
  return out;
}

/** Deletes a version that has not taken effect yet (one in force is history and stays). */
export async function deleteRuleVersion(deps: AppDeps, ctx: RequestContext, input: { key: string; regionCode?: string; effectiveFrom: string }) {
  if (!isRuleKey(input.key)) throw fieldError('key', '未知的业务规则');
  const region = input.regionCode ?? '';
  if (region ? !inScope(ctx.actor, region) : ctx.actor.orgCode.length > 2) throw fieldError('regionCode', '地区不在您的管辖范围内');
  if (input.effectiveFrom <= chinaDate(deps.clock.now())) throw fieldError('effectiveFrom', '已生效的版本不能删除，请新增一个版本');
  await deps.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('business_rule')
      .where('key', '=', input.key)
      .where('region_code', '=', region)
      .where('effective_from', '=', input.effectiveFrom)
      .returning(['value', 'note'])
      .executeTakeFirst();
    if (!gone) throw notFound('规则版本');
    await writeAudit(trx, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'rule.changed',
      entityType: 'business_rule',
      entityId: input.key,
      regionCode: region || null,
      before: { regionCode: region, effectiveFrom: input.effectiveFrom, value: Number(gone.value), note: gone.note },
      after: null,
    });
  });
  return listRules(deps, ctx);
}

/** Adds or replaces one dated version of a rule for a region (empty region = everywhere). */
export async function setRule(deps: AppDeps, ctx: RequestContext, input: { key: string; regionCode?: string; effectiveFrom: string; value: number; note?: string }) {
  if (!isRuleKey(input.key)) throw fieldError('key', '未知的业务规则');
  const region = input.regionCode ?? '';
  if (region && !inScope(ctx.actor, region)) throw fieldError('regionCode', '地区不在您的管辖范围内');
  if (!region && ctx.actor.orgCode.length > 2) throw fieldError('regionCode', '请指定适用地区（您不能设置全国通用的规则）');
  if (input.value < 0) throw fieldError('value', '数值不能为负');
  // Past figures were computed with the versions then in force: those are history, not editable.
  if (input.effectiveFrom < chinaDate(deps.clock.now())) throw fieldError('effectiveFrom', '生效日期不能早于今天；已生效的版本不能修改，请新增一个版本');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('business_rule')
      .select(['value', 'note'])
      .where('key', '=', input.key)
      .where('region_code', '=', region)
      .where('effective_from', '=', input.effectiveFrom)
      .executeTakeFirst();
    await trx
      .insertInto('business_rule')
      .values({ key: input.key, region_code: region, effective_from: input.effectiveFrom, value: JSON.stringify(input.value), note: input.note ?? null, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['key', 'region_code', 'effective_from']).doUpdateSet({ value: JSON.stringify(input.value), note: input.note ?? null, updated_at: now }))
      .execute();
    await writeAudit(trx, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'rule.changed',
      entityType: 'business_rule',
      entityId: input.key,
      regionCode: region || null,
      before: before ? { value: Number(before.value), note: before.note } : null,
      after: { ...input, regionCode: region },
    });
  });
  return listRules(deps, ctx);
}
