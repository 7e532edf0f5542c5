import type { AppDeps } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import type { Period } from './period.js';
import type { Side } from './sd-classify.js';
import type { Tally } from './sd-figures.js';
import { keepsPeriod, keepsUnit, keptPeriods } from './sd-snapshot-rules.js';
import { readSdSnapshot, sdSnapshotTime, writeSdSnapshot, type SdKey } from './sd-snapshot-store.js';
import { tallySide } from './supply-demand-repository.js';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

/** A tally counted from the live ledger and written to the snapshot. */
async function countAndKeep(deps: Deps, key: SdKey): Promise<Tally> {
  const at = sdSnapshotTime(deps.clock.now());
  const tally = await tallySide(deps.db, key.side, key.region, key.from, key.to);
  await writeSdSnapshot(deps.db, key, tally, at);
  return tally;
}

/**
 * One side's tally of a unit's period as the analysis shows it: a kept period (sd-snapshot-rules)
 * from the snapshot while nothing bearing on it changed since, otherwise counted live and kept for
 * the next reader; any other period live. Either way the figures equal a live count.
 */
export async function periodTally(deps: Deps, side: Side, region: string, period: Period): Promise<Tally> {
  const today = chinaDate(deps.clock.now());
  if (!keepsUnit(region) || !keepsPeriod(period, today)) return tallySide(deps.db, side, region, period.from, period.to);
  const key: SdKey = { region, side, from: period.from, to: period.to };
  return (await readSdSnapshot(deps.db, key)) ?? countAndKeep(deps, key);
}

export interface SdRefreshResult {
  /** Tallies counted anew (missing or changed since). */
  counted: number;
  /** Tallies found fresh. */
  fresh: number;
  ms: number;
}

/**
 * The refresh job: every kept period of every kept unit, both sides, counted where missing or
 * changed since (one statement each, so a failure loses one tally only). Run by the nightly
 * scheduler after the indicator snapshot.
 */
export async function refreshSdSnapshots(deps: Deps): Promise<SdRefreshResult> {
  const started = Date.now();
  // The units kept are decided by the rule alone (keepsUnit), not again in SQL.
  const units = (await deps.db.selectFrom('org_unit').select('code').orderBy('code').execute()).filter((u) => keepsUnit(u.code));
  const periods = keptPeriods(chinaDate(deps.clock.now()));
  let counted = 0;
  let fresh = 0;
  for (const u of units) {
    for (const p of periods) {
      for (const side of ['demand', 'supply'] as const) {
        const key: SdKey = { region: u.code, side, from: p.from, to: p.to };
        if (await readSdSnapshot(deps.db, key)) fresh += 1;
        else {
          await countAndKeep(deps, key);
          counted += 1;
        }
      }
    }
  }
  return { counted, fresh, ms: Date.now() - started };
}
