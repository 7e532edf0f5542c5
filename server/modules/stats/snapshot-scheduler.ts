import type { AppDeps } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { isStale, msUntilNext } from './snapshot-schedule.js';
import { refreshSnapshots } from './snapshot-service.js';
import { snapshotMonths } from './snapshot-store.js';
import { refreshSdSnapshots } from './sd-snapshot-service.js';

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
export function startSnapshotScheduler(deps: Pick<AppDeps, 'db' | 'clock'>, log: Log, hour = 2): SnapshotScheduler {
  let timer: NodeJS.Timeout | undefined;
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
  const ready = (async () => {
    const now = deps.clock.now();
    // The supply-demand tallies check their own staleness: only missing or changed ones are counted.
    const stale = isStale(chinaDate(now), await snapshotMonths(deps.db, ''), now);
    await run(stale ? 'start-up, stale' : 'start-up', stale);
    schedule();
  })();
  return {
    ready,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
