import type { AppDeps, RequestContext } from '../../platform/context.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { DEFAULT_POLICY, monthsToRefresh, refreshMonthsProblem, type RefreshPolicy } from './snapshot-schedule.js';
import { earliestChangedDate, lastRefreshedAt, refreshMonth, snapshotMonths } from './snapshot-store.js';

export interface RefreshResult {
  regionCode: string;
  months: string[];
  rows: number;
  ms: number;
}

/** A day's margin before the last run: records changed while it ran are looked at again. */
const MARGIN_MS = 86_400_000;

/**
 * Recomputes the monthly snapshot under `region` ('' = every unit): the given months, or those the
 * policy asks for — missing kept months, the recent ones, and every month from the earliest date of
 * the records changed since the last run. One transaction per month.
 */
export async function refreshSnapshots(deps: Pick<AppDeps, 'db' | 'clock'>, region: string, months?: readonly string[], policy: RefreshPolicy = DEFAULT_POLICY): Promise<RefreshResult> {
  const started = Date.now();
  const today = chinaDate(deps.clock.now());
  const todo = months ?? (await plannedMonths(deps, region, today, policy));
  let rows = 0;
  for (const month of todo) rows += await deps.db.transaction().execute((trx) => refreshMonth(trx, region, month, deps.clock.now()));
  return { regionCode: region, months: [...todo], rows, ms: Date.now() - started };
}

async function plannedMonths(deps: Pick<AppDeps, 'db' | 'clock'>, region: string, today: string, policy: RefreshPolicy): Promise<string[]> {
  const present = new Set((await snapshotMonths(deps.db, region)).keys());
  const last = await lastRefreshedAt(deps.db);
  const changedFrom = last ? await earliestChangedDate(deps.db, new Date(last.getTime() - MARGIN_MS)) : null;
  return monthsToRefresh(today, present, policy, changedFrom);
}

/**
 * The staff endpoint: the operator's own subtree, every kept month (or the months asked for, YYYY-MM:
 * finished months the snapshot keeps only), audited.
 */
export async function refreshSnapshotsFor(deps: AppDeps, ctx: RequestContext, months?: readonly string[]): Promise<RefreshResult> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const region = ctx.actor.orgCode;
  const today = chinaDate(deps.clock.now());
  const problem = months ? refreshMonthsProblem(months, today) : null;
  if (problem) throw fieldError('months', problem);
  const wanted = months ? [...new Set(months)].sort().map((m) => `${m}-01`) : monthsToRefresh(today, new Set(), DEFAULT_POLICY);
  const result = await refreshSnapshots(deps, region, wanted);
  await writeAudit(deps.db, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
    event: 'stats.snapshot_refreshed',
    entityType: 'stats_snapshot',
    regionCode: region,
    detail: { months: result.months.length, first: result.months[0] ?? null, last: result.months.at(-1) ?? null, rows: result.rows, ms: result.ms },
  });
  return result;
}
