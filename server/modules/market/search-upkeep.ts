import type { AppDeps } from '../../platform/context.js';
import { chinaDate, msUntilNext } from '../../platform/clock.js';
import { clusterSearchTable, pruneSearchTable } from './search-index.js';

/** China hour of the nightly upkeep: after the 02:00 statistics snapshot, before the working day. */
const UPKEEP_HOUR = 3;

type Log = (message: string, error?: unknown) => void;

export interface SearchUpkeep {
  /** Resolves when the start-up prune is done. */
  ready: Promise<void>;
  stop(): void;
}

/**
 * The search table's upkeep inside the server process (started by server/main.ts only): expired
 * postings are pruned at start-up, and every night at UPKEEP_HOUR:00 China time they are pruned and
 * the table is rewritten in occupation order. The timer is unref'd: it never keeps the process alive.
 */
export function startSearchUpkeep(deps: AppDeps, log: Log, hour = UPKEEP_HOUR): SearchUpkeep {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const prune = async () => {
    const n = await pruneSearchTable(deps.db, chinaDate(deps.clock.now()));
    if (n > 0) log(`posting search: ${n} expired postings pruned`);
  };
  const nightly = async () => {
    try {
      await prune();
      const started = Date.now();
      await clusterSearchTable(deps.db);
      log(`posting search: table rewritten in occupation order in ${Date.now() - started} ms`);
    } catch (error) {
      log('posting search upkeep failed', error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void nightly().then(schedule), msUntilNext(deps.clock.now(), hour));
    timer.unref();
  };
  const ready = prune().then(schedule, (error: unknown) => {
    log('posting search prune failed', error);
    schedule();
  });
  return {
    ready,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
