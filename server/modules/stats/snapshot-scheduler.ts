import type { AppDeps } from '../../platform/context.js';
import { chinaDate, msUntilNext } from '../../platform/clock.js';
import { isStale } from './snapshot-schedule.js';
import { refreshSnapshots } from './snapshot-service.js';
import { snapshotMonths } from './snapshot-store.js';
import { refreshSdSnapshots } from './sd-snapshot-service.js';
import { warmDashboards } from './dashboard-service.js';

/** How often the dashboards' copies are recomputed (at most half their max age). */
const WARM_EVERY_MS = 5 * 60_000;

export interface SnapshotScheduler {
  /** Resolves when the start-up check (and its refresh, if stale) is done. */
  ready: Promise<void>;
  stop(): void;
}

type Log = (message: string, error?: unknown) => void;

/**
 * The nightly snapshot job inside the server process: at start-up it refreshes the indicator
 * snapshot when stale (isStale) and the supply-demand tallies that are missing or changed, then every night at `hour`:00 China time. Started by server/main.ts only, so tests
 * and scripts never run it unless they call it. Timers are unref'd: they never keep the process alive.
 */
export function startSnapshotScheduler(deps: AppDeps, log: Log, hour = 2, warmEveryMs = WARM_EVERY_MS): SnapshotScheduler {
  let timer: NodeJS.Timeout | undefined;
  let warmer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async (why: string, indicators: boolean) => {
    try {
      if (indicators) {
        const r = await refreshSnapshots(deps, '');
        log(`stats snapshot refreshed (${why}): ${r.months.length} months, ${r.rows} rows in ${r.ms} ms`);
      }
      const sd = await refreshSdSnapshots(deps);
      log(`supply-demand snapshot refreshed (${why}): ${sd.counted} tallies counted, ${sd.fresh} fresh, in ${sd.ms} ms`);
    } catch (error) {
      log('stats snapshot refresh failed', error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void run('nightly', true).then(schedule), msUntilNext(deps.clock.now(), hour));
    timer.unref();
  };
  // The dashboards of the province, city and districts, recomputed well within their max age so a
  // leader never waits for one (none when the copies are switched off).
  const warm = async () => {
    if (stopped || deps.config.dashboardMaxAgeSeconds <= 0) return;
    try {
      const w = await warmDashboards(deps);
      log(`dashboards recomputed: ${w.units} units in ${w.ms} ms`);
    } catch (error) {
      log('dashboard recompute failed', error);
    }
  };
  const ready = (async () => {
    const now = deps.clock.now();
    // The supply-demand tallies check their own staleness: only missing or changed ones are counted.
    const stale = isStale(chinaDate(now), await snapshotMonths(deps.db, ''), now);
    await run(stale ? 'start-up, stale' : 'start-up', stale);
    await warm();
    schedule();
    if (deps.config.dashboardMaxAgeSeconds > 0 && !stopped) {
      warmer = setInterval(() => void warm(), Math.min(warmEveryMs, (deps.config.dashboardMaxAgeSeconds * 1000) / 2));
      warmer.unref();
    }
  })();
  return {
    ready,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (warmer) clearInterval(warmer);
    },
  };
}
