import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { Period } from './period.js';
import { supplyDemandReport, supplyDemandTotals } from './supply-demand-service.js';
import { indicatorValues } from './indicators-service.js';
import type { IndicatorFigures, OccupationFigures, SupplyDemandFigures } from './report-schema.js';

/**
 * The monthly report's market figures, taken from the statistics themselves so that the report and
 * the analysis pages always agree: supply and demand totals and the occupation table of the
 * supply-demand analysis, new employment and registered unemployment of the indicators.
 */

export function marketFigures(db: Db, region: string, from: string, to: string): Promise<SupplyDemandFigures> {
  return supplyDemandTotals(db, region, from, to);
}

/** Demand and supply by occupation major group (the analysis' occupation table), highest demand first. */
export async function occupationFigures(deps: AppDeps, ctx: RequestContext, region: string, p: Period): Promise<OccupationFigures[]> {
  const report = await supplyDemandReport(deps, ctx, { period: 'month', year: Number(p.from.slice(0, 4)), month: Number(p.from.slice(5, 7)), regionCode: region });
  const table = report.tables.find((t) => t.key === 'occupation');
  return (table?.rows ?? [])
    .filter((r) => r.of === undefined)
    .map((r) => ({ key: r.key, label: r.label, demand: r.demand?.count ?? 0, supply: r.supply?.count ?? 0, ratio: r.ratio?.value ?? null }))
    .filter((r) => r.demand > 0 || r.supply > 0)
    .sort((a, b) => b.demand - a.demand || b.supply - a.supply);
}

/** New employment in the month; registered unemployed (counted for the rate) and the rate at its end. */
export async function indicatorFigures(db: Db, region: string, p: Period): Promise<IndicatorFigures> {
  const v = await indicatorValues(db, region, p);
  return { newEmployment: v.newTotal, netNew: v.netNew, registeredUnemployed: v.unemployed, unemploymentRate: v.unemploymentRate };
}
