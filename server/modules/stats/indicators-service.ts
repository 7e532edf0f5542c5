import type { Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import { chinaDate } from '../../platform/clock.js';
import { fieldError, forbidden, notFound } from '../../platform/errors.js';
import { narrowRegion } from '../../platform/scope.js';
import { monthPeriod, periodProblem, resolvePeriod, type Period, type PeriodQuery } from './period.js';
import { asOfDate, monthsOf, rate, snapshotPlan, unemploymentRate } from './indicators-rules.js';
import { DERIVED, METRICS, METRIC_KEYS, metricsOf, type Counts, type IndicatorValues, type Metric } from './indicators-metrics.js';
import { liveCounts, type Span } from './indicators-queries.js';
import { readSnapshots } from './snapshot-store.js';
import type { IndicatorReport, IndicatorRow } from './indicators-schema.js';

export type { IndicatorValues } from './indicators-metrics.js';

/** The totals and rates derived from the counts. */
export function derive(c: Counts): IndicatorValues {
  const newTotal = c.newEmployer + c.newSelfEmployed + c.newFlexible + c.newPublicWelfare;
  return {
    ...c,
    unemploymentRate: unemploymentRate(c.unemployed, c.employed),
    newTotal,
    netNew: newTotal - c.attrition,
    reemploymentRate: rate(c.reemployed, c.reemploymentBase),
    difficultyRate: rate(c.difficultyEmployed, c.difficultyBase),
  };
}

/** The span of a period: its days, and the day stocks are read (the period end, or today if earlier). */
export const spanOf = (p: Pick<Period, 'from' | 'to'>, today: string): Span => ({ from: p.from, to: p.to, asOf: asOfDate(p, today) });

/**
 * Every indicator of unit `region` over `period`, counted live from the ledger (no snapshot). Stocks
 * are read on the period's last day, or on `today` when given and earlier.
 */
export async function indicatorValues(db: Kysely<DB>, region: string, period: Period, today: string = period.to): Promise<IndicatorValues> {
  return derive((await liveCounts(db, region, spanOf(period, today))) as Counts);
}

const zero = (): Counts => Object.fromEntries(METRIC_KEYS.map((k) => [k, 0])) as Counts;

/**
 * The indicators as the report shows them: finished months from the monthly snapshot where the
 * plan allows (indicators-rules.snapshotPlan), everything else counted live. A month missing from
 * the snapshot is counted live too.
 */
export async function reportedValues(db: Kysely<DB>, region: string, period: Period, today: string): Promise<{ values: IndicatorValues; source: IndicatorRow['source'] }> {
  const plan = snapshotPlan(period, region, today);
  const wanted = [...new Set([...plan.flowMonths, ...(plan.stockMonth ? [plan.stockMonth] : []), ...(plan.spanMonth ? [plan.spanMonth] : [])])];
  const snap = await readSnapshots(db, region, wanted);
  const counts = zero();
  let fromSnapshot = 0;
  let live = 0;
  const add = (from: Partial<Counts>, metrics: readonly Metric[]) => {
    for (const m of metrics) counts[m] += from[m] ?? 0;
  };
  const flows = metricsOf('flow');
  const liveFlowPieces = [...plan.liveFlows, ...plan.flowMonths.filter((m) => !snap.has(m)).map((m) => monthPeriod(Number(m.slice(0, 4)), Number(m.slice(5, 7))))];
  for (const m of plan.flowMonths) {
    const s = snap.get(m);
    if (s) add(s, flows);
  }
  fromSnapshot += plan.flowMonths.filter((m) => snap.has(m)).length;
  for (const piece of liveFlowPieces) {
    add(await liveCounts(db, region, spanOf(piece, today), flows), flows);
    live += 1;
  }
  // Stocks and spans: the snapshot month when the plan names one and it is there, else live.
  const rest: Metric[] = [];
  for (const [group, month] of [['stock', plan.stockMonth], ['span', plan.spanMonth]] as const) {
    const s = month ? snap.get(month) : undefined;
    if (s) {
      add(s, metricsOf(group));
      fromSnapshot += 1;
    } else rest.push(...metricsOf(group));
  }
  if (rest.length > 0) {
    add(await liveCounts(db, region, spanOf(period, today), rest), rest);
    live += 1;
  }
  return { values: derive(counts), source: fromSnapshot === 0 ? 'live' : live === 0 ? 'snapshot' : 'mixed' };
}

/** The viewer's unit for a statistics query (its own unit by default); out of scope is not found. */
export async function statsUnit(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<{ code: string; name: string; period: Period; today: string }> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const problem = periodProblem(q);
  if (problem) throw fieldError(problem.field, problem.message);
  const code = narrowRegion(ctx.actor, q.regionCode);
  if (code === null) throw notFound('单位');
  const unit = await deps.db.selectFrom('org_unit').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
  if (!unit) throw notFound('单位');
  const today = chinaDate(deps.clock.now());
  return { code: unit.code, name: unit.name, period: resolvePeriod(q, today), today };
}

/** The months of the series: a custom period's months; otherwise the year's months up to today's. */
export function seriesMonths(p: Period, today: string): Period[] {
  if (p.kind === 'custom') return monthsOf(p);
  const year = p.from.slice(0, 4);
  const end = today.slice(0, 4) === year ? today : `${year}-12-31`;
  return end < `${year}-01-01` ? [] : monthsOf({ from: `${year}-01-01`, to: `${year}-12-31` }).filter((m) => m.from <= end);
}

/** Labels of every figure (counts and derived ones). */
export const FIGURE_LABELS: Record<string, string> = {
  ...Object.fromEntries(METRIC_KEYS.map((k) => [k, METRICS[k].label])),
  ...Object.fromEntries(Object.entries(DERIVED).map(([k, d]) => [k, d.label])),
};

/** 主要指标: the unit's indicators for the period, its lower units side by side and the month series. */
export async function indicatorReport(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<IndicatorReport> {
  const unit = await statsUnit(deps, ctx, q);
  const { period, today } = unit;
  const row = async (key: string, label: string, region: string, p: Period): Promise<IndicatorRow> => {
    const r = await reportedValues(deps.db, region, p, today);
    return { key, label, regionCode: region, from: p.from, to: p.to, asOf: asOfDate(p, today), source: r.source, values: r.values };
  };
  const children = await deps.db.selectFrom('org_unit').select(['code', 'name']).where('parent_code', '=', unit.code).orderBy('code').execute();
  const lower: IndicatorRow[] = [];
  for (const c of children) lower.push(await row(c.code, c.name, c.code, period));
  const months: IndicatorRow[] = [];
  for (const m of seriesMonths(period, today)) months.push(await row(m.from.slice(0, 7), `${Number(m.from.slice(5, 7))}月`, unit.code, m));
  return {
    period,
    regionCode: unit.code,
    regionName: unit.name,
    unit: await row(unit.code, unit.name, unit.code, period),
    lower,
    months,
    labels: FIGURE_LABELS,
  };
}
