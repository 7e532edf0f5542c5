import type { AppDeps, RequestContext } from '../../platform/context.js';
import { qualityCheckCounts } from '../registry/quality.js';
import { statsUnit } from './indicators-service.js';
import { TABLE_BY_KEY } from './sd-classify.js';
import { ratio } from './sd-figures.js';
import { marketFigures } from './dashboard-market.js';
import { alertsOf, dashboardPeriods, kpisOf, type Totals } from './dashboard-rules.js';
import { monthValues, yearToDate, ytdValues } from './dashboard-values.js';
import type { AlertCheck, Dashboard, DashboardQuery, LowerUnit } from './dashboard-schema.js';

/**
 * 领导驾驶舱: the first paint in one answer — the key indicators of the month and the year so far with
 * twelve-month trends (H2's indicators through their monthly snapshot, H1's supply-demand totals),
 * the ratio by occupation group this quarter (H1's occupation classifier), the lower units side by
 * side, and the registry's overdue checks as alerts. The pieces are independent and run side by side (on PostgreSQL
 * each on its own connection).
 */
export async function dashboard(deps: AppDeps, ctx: RequestContext, q: DashboardQuery): Promise<Dashboard> {
  const unit = await statsUnit(deps, ctx, { regionCode: q.regionCode });
  const { db } = deps;
  const today = unit.today;
  const p = dashboardPeriods(today);
  const year = today.slice(0, 4);

  const [self, children] = await Promise.all([
    db.selectFrom('org_unit').select('level').where('code', '=', unit.code).executeTakeFirstOrThrow(),
    db.selectFrom('org_unit').select(['code', 'name', 'level']).where('parent_code', '=', unit.code).orderBy('code').execute(),
  ]);
  const withRatio = (t: { postings: number; vacancies: number; seekers: number }): Totals => ({ ...t, ratio: ratio(t.vacancies, t.seekers) });
  const [values, market, lowerValues, checks] = await Promise.all([
    monthValues(db, unit.code, p.months, today),
    // H1's totals of the twelve months and the year so far, of each lower unit this quarter, and the
    // occupation table of the quarter, in one scan per side.
    marketFigures(db, unit.code, [...p.months, p.ytd], { codes: children.map((c) => c.code), period: p.quarter }, p.quarter),
    Promise.all(children.map((c) => ytdValues(db, c.code, p.ytd, today))),
    qualityCheckCounts(deps, ctx, unit.code, ['overdue', 'not_contacted']),
  ]);
  const marketTotalsOf = market.periods.map(withRatio);
  const { demand, supply } = market.occupation;
  const lower = children.map((c, i): LowerUnit => {
    const v = lowerValues[i];
    const t = withRatio(market.lower.get(c.code) ?? { postings: 0, vacancies: 0, seekers: 0 });
    return { code: c.code, name: c.name, level: c.level, newEmployment: v.newTotal, unemployed: v.unemployed, unemploymentRate: v.unemploymentRate, vacancies: t.vacancies, seekers: t.seekers, ratio: t.ratio };
  });
  const trend = values.map((v, i) => ({ values: v, totals: marketTotalsOf[i] }));
  const ytdTotals = marketTotalsOf[p.months.length];
  const counts = checks as Partial<Record<AlertCheck, number>>;
  const cell = (t: Map<string, number>, row: string) => t.get(row) ?? 0;
  return {
    regionCode: unit.code,
    regionName: unit.name,
    regionLevel: self.level,
    today,
    month: p.month,
    ytd: p.ytd,
    quarter: p.quarter,
    months: p.months.map((m) => ({ key: m.from.slice(0, 7), label: `${Number(m.from.slice(5, 7))}月`, from: m.from, to: m.to })),
    kpis: kpisOf({ month: trend[trend.length - 1], ytd: { values: yearToDate(p.months, values, year), totals: ytdTotals }, trend, commitmentMissed: counts.commitment ?? 0 }),
    occupation: (TABLE_BY_KEY.get('occupation')?.rows ?? []).map((r) => ({ key: r.key, label: r.label, demand: cell(demand, r.key), supply: cell(supply, r.key), ratio: ratio(cell(demand, r.key), cell(supply, r.key)) })),
    lower,
    alerts: alertsOf(counts),
    generatedAt: deps.clock.now().toISOString(),
  };
}
