import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { fairStats } from '../fairs/stats-service.js';
import { presentFairSummary, selectFairs } from '../fairs/fair-repository.js';
import { previousPeriod, type Period } from './period.js';
import type { ReportKind } from './report-period.js';
import type { FairFigures, IndicatorFigures, MonthlyFigures, OccupationFigures, ReportContent, SupplyDemandFigures, WeekFair } from './report-schema.js';
import { reportSummaryText } from './report-text.js';
import { marketFigures, occupationFigures, indicatorFigures } from './report-figures.js';

/**
 * Generates a report's content from the data: the figures are frozen in the report when it is
 * generated (re-generating replaces them while the report is a draft or returned).
 */

/** The week's fairs organised in the district's subtree that will take place (planned or published). */
export async function weekFairs(db: Db, district: string, p: Pick<Period, 'from' | 'to'>): Promise<WeekFair[]> {
  const rows = await selectFairs(db)
    .where('f.region_code', 'like', `${district}%`)
    .where('f.held_on', '>=', p.from)
    .where('f.held_on', '<=', p.to)
    .where('f.status', 'in', ['planned', 'published'])
    .orderBy('f.held_on')
    .orderBy('f.starts_at')
    .orderBy('f.id')
    .execute();
  return rows.map(presentFairSummary).map((f) => ({
    id: f.id,
    name: f.name,
    kind: f.kind,
    heldOn: f.heldOn,
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    venue: f.venue,
    regionCode: f.regionCode,
    regionName: f.regionName,
    status: f.status,
    boothCapacity: f.boothCapacity,
  }));
}

/** The month's fairs in the district (the fairs module's own counts) and their total. */
async function monthFairs(deps: AppDeps, ctx: RequestContext, district: string, p: Period): Promise<{ rows: FairFigures[]; total: FairFigures }> {
  const stats = await fairStats(deps, ctx, { from: p.from, to: p.to, regionCode: district, groupBy: 'fair' });
  const pick = (r: (typeof stats.rows)[number]): FairFigures => ({
    key: r.key,
    label: r.label,
    fairs: r.fairs,
    employers: r.employers,
    positions: r.positions,
    seekers: r.seekers,
    intentions: r.intentions,
    hires: r.hires,
  });
  return { rows: stats.rows.map(pick), total: { ...pick(stats.total), key: 'total', label: '合计' } };
}

export async function monthlyFigures(deps: AppDeps, ctx: RequestContext, district: string, p: Period): Promise<MonthlyFigures> {
  const supplyDemand: SupplyDemandFigures = await marketFigures(deps.db, district, p.from, p.to);
  const before = previousPeriod(p);
  const previous: SupplyDemandFigures = await marketFigures(deps.db, district, before.from, before.to);
  const occupations: OccupationFigures[] = await occupationFigures(deps, ctx, district, p);
  const fairs = await monthFairs(deps, ctx, district, p);
  const indicators: IndicatorFigures = await indicatorFigures(deps.db, district, p);
  return { supplyDemand, previous, occupations, fairs: fairs.rows, fairTotal: fairs.total, indicators };
}

/** The content of a report of this kind for the district and period, with its generated summary. */
export async function generateContent(deps: AppDeps, ctx: RequestContext, kind: ReportKind, district: { code: string; name: string }, p: Period): Promise<ReportContent> {
  if (kind === 'weekly_forecast') {
    const fairs = await weekFairs(deps.db, district.code, p);
    return { fairs, autoSummary: reportSummaryText({ kind, regionName: district.name, periodLabel: p.label, fairs }) };
  }
  const monthly = await monthlyFigures(deps, ctx, district.code, p);
  return { monthly, autoSummary: reportSummaryText({ kind, regionName: district.name, periodLabel: p.label, monthly }) };
}

