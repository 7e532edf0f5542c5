import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { qualityCheckCounts } from '../registry/quality.js';
import { statsUnit } from './indicators-service.js';
import { TABLE_BY_KEY } from './sd-classify.js';
import { ratio } from './sd-figures.js';
import { marketFigures } from './dashboard-market.js';
import { readDashboard, storeDashboard } from './dashboard-cache.js';
import { alertsOf, dashboardPeriods, kpisOf, servedAge, type Totals } from './dashboard-rules.js';
import { monthValues, yearToDate, ytdValues } from './dashboard-values.js';
import type { AlertCheck, Dashboard, DashboardFigures, DashboardQuery, LowerUnit } from './dashboard-schema.js';

/**
 * The registry's counts as the unit itself would see them. qualityCheckCounts reads the actor only to
 * narrow the chosen unit and to scope rows to a prefix of it; for the kinds the dashboard counts
 * ('overdue', 'not_contacted' — not the duplicate check, which looks across the actor's scope) the
 * counts are the unit's whoever looks, which is what lets one copy per unit serve every viewer.
 */
function unitContext(code: string, level: number): RequestContext {
  return { actor: { id: 0, username: 'dashboard', displayName: '领导驾驶舱', kind: 'staff', orgCode: code, orgLevel: level, roles: [], employerId: null, sessionId: '' }, ip: '' };
}

/**
 * 领导驾驶舱 of one unit on `today`, for no viewer in particular (the request, after its scope check,
 * and the scheduled job both use it): the key indicators of the month and the year so far with
 * twelve-month trends (H2's indicators through their monthly snapshot, H1's supply-demand totals),
 * the ratio by occupation group this quarter (H1's occupation classifier), the lower units side by
 * side, and the registry's overdue checks as alerts. The pieces are independent and run side by
 * side (on PostgreSQL each on its own connection). `generatedAt` is when the computation started.
 */
export async function computeDashboard(deps: AppDeps, unitCode: string, today: string): Promise<DashboardFigures> {
  const { db } = deps;
  const generatedAt = deps.clock.now().toISOString();
  const p = dashboardPeriods(today);
  const year = today.slice(0, 4);

  const [self, children] = await Promise.all([
    db.selectFrom('org_unit').select(['name', 'level']).where('code', '=', unitCode).executeTakeFirstOrThrow(),
    db.selectFrom('org_unit').select(['code', 'name', 'level']).where('parent_code', '=', unitCode).orderBy('code').execute(),
  ]);
  const withRatio = (t: { postings: number; vacancies: number; seekers: number }): Totals => ({ ...t, ratio: ratio(t.vacancies, t.seekers) });
  const [values, market, lowerValues, checks] = await Promise.all([
    monthValues(db, unitCode, p.months, today),
    // H1's totals of the twelve months and the year so far, of each lower unit this quarter, and the
    // occupation table of the quarter, in one scan per side.
    marketFigures(db, unitCode, [...p.months, p.ytd], { codes: children.map((c) => c.code), period: p.quarter }, p.quarter),
    Promise.all(children.map((c) => ytdValues(db, c.code, p.ytd, today))),
    qualityCheckCounts(deps, unitContext(unitCode, self.level), unitCode, ['overdue', 'not_contacted']),
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
    regionCode: unitCode,
    regionName: self.name,
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
    generatedAt,
  };
}

/**
 * GET /api/stats/dashboard: the unit in the viewer's scope, served from its materialised copy while
 * that is younger than DASHBOARD_MAX_AGE_SECONDS and of today; otherwise (or with refresh) computed,
 * stored and returned.
 */
export async function dashboard(deps: AppDeps, ctx: RequestContext, q: DashboardQuery): Promise<Dashboard> {
  const unit = await statsUnit(deps, ctx, { regionCode: q.regionCode });
  const maxAgeSeconds = deps.config.dashboardMaxAgeSeconds;
  if (!q.refresh && maxAgeSeconds > 0) {
    const stored = await readDashboard(deps.db, unit.code);
    const age = stored && servedAge({ generatedAt: stored.generatedAt, today: stored.figures.today }, deps.clock.now(), unit.today, maxAgeSeconds);
    if (stored && age !== null) return { ...stored.figures, cached: true, ageSeconds: age, maxAgeSeconds };
  }
  const figures = await computeDashboard(deps, unit.code, unit.today);
  await storeDashboard(deps.db, figures);
  return { ...figures, cached: false, ageSeconds: 0, maxAgeSeconds };
}

/**
 * Recomputes the materialised dashboard of every province, city and district (codes of up to six
 * digits), one unit after another, each stored in its own statement: the scheduled job that keeps
 * the first paint served from the copy. Returns the units done and the milliseconds taken.
 */
export async function warmDashboards(deps: AppDeps): Promise<{ units: number; ms: number }> {
  const started = performance.now();
  const units = await deps.db.selectFrom('org_unit').select('code').where(sql<boolean>`length(code) <= 6`).orderBy('code').execute();
  const today = chinaDate(deps.clock.now());
  for (const u of units) await storeDashboard(deps.db, await computeDashboard(deps, u.code, today));
  return { units: units.length, ms: Math.round(performance.now() - started) };
}
