import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { PeriodQuery } from './period.js';
import { check, type ConsistencyCheck, type ConsistencyResult } from './consistency-schema.js';
import { derive, FIGURE_LABELS, reportedValues, seriesMonths, spanOf, statsUnit } from './indicators-service.js';
import type { Period } from './period.js';
import { recount } from './consistency-recount.js';
import { FIGURE_ORDER } from './indicators-metrics.js';
import { supplyDemandChecks } from './supply-demand-service.js';

/**
 * Every indicator the 主要指标 page shows — the unit's and each lower unit's for the period, and the
 * unit's month by month — as the report computes it (snapshot where it uses one), against the live
 * ledger recounted independently (consistency-recount.ts). Figure keys: `ind.<figure>.<unit>` and
 * `ind.<figure>.<unit>.<YYYY-MM>`; rates are compared to 4 decimals.
 */
export async function indicatorChecks(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<ConsistencyCheck[]> {
  const unit = await statsUnit(deps, ctx, q);
  const children = await deps.db.selectFrom('org_unit').select(['code', 'name']).where('parent_code', '=', unit.code).orderBy('code').execute();
  const out: ConsistencyCheck[] = [];
  const compare = async (code: string, label: string, p: Period, suffix: string) => {
    const shown = (await reportedValues(deps.db, code, p, unit.today)).values as unknown as Record<string, number | null>;
    const again = derive(await recount(deps.db, code, spanOf(p, unit.today))) as unknown as Record<string, number | null>;
    for (const k of FIGURE_ORDER) out.push(check(`ind.${k}.${code}${suffix}`, `${label} ${FIGURE_LABELS[k]}`, shown[k] ?? 0, again[k] ?? 0));
  };
  for (const u of [{ code: unit.code, name: unit.name }, ...children]) await compare(u.code, u.name, unit.period, '');
  for (const m of seriesMonths(unit.period, unit.today)) await compare(unit.code, `${unit.name} ${m.from.slice(0, 7)}`, m, `.${m.from.slice(0, 7)}`);
  return out;
}

/** 数据核对: the indicators' and the supply-demand analysis' checks for one unit and period. */
export async function consistencyCheck(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<ConsistencyResult> {
  const unit = await statsUnit(deps, ctx, q);
  const checks = [...(await indicatorChecks(deps, ctx, q)), ...(await supplyDemandChecks(deps, ctx, q))];
  return { period: unit.period, regionCode: unit.code, regionName: unit.name, checks, differences: checks.filter((c) => c.difference !== 0).length };
}
