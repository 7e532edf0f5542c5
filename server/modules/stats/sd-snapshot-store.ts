import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Side } from './sd-classify.js';
import type { Tally } from './sd-figures.js';

/**
 * The supply-demand snapshot table (migration 20261124090000): one side's Tally of one finished
 * period of one unit. Raw SQL, like snapshot-store.ts: only this file touches the table.
 */

export interface SdKey {
  region: string;
  side: Side;
  from: string;
  to: string;
}

/** A stored row and when it was computed. */
interface StoredRow {
  records: number;
  cells: Record<string, number>;
  counts: Record<string, number> | null;
  computed_at: string;
}

/**
 * Whether a record that can bear on the period changed at or after `computedAt` (a tie counts: a
 * clock that stands still, as in tests, must not hide a change): a record, or the employer or person
 * whose columns classify it. A record whose validity started after the period cannot; a record moved
 * out of the period or the unit is caught by its valid_from (any unit), so the check over-reports
 * rather than misses. `computedAt` is a parameter, not a column of a joined row: the planner then
 * reads the few rows changed since through the updated_at indexes instead of scanning the tables.
 */
async function changedSince(db: Db, key: SdKey, computedAt: string): Promise<boolean> {
  const like = `${key.region}%`;
  const c = sql`${computedAt}::timestamptz`;
  const changed =
    key.side === 'demand'
      ? sql<{ stale: boolean }>`SELECT (EXISTS (SELECT 1 FROM job_posting p WHERE p.updated_at >= ${c} AND p.valid_from <= ${key.to})
          OR EXISTS (SELECT 1 FROM employer e WHERE e.updated_at >= ${c} AND EXISTS (
            SELECT 1 FROM job_posting p WHERE p.employer_id = e.id AND p.published_at IS NOT NULL AND p.valid_from <= ${key.to} AND p.valid_to >= ${key.from} AND p.region_code LIKE ${like}))) AS stale`
      : sql<{ stale: boolean }>`SELECT (EXISTS (SELECT 1 FROM job_seeker j WHERE j.updated_at >= ${c} AND j.valid_from <= ${key.to})
          OR EXISTS (SELECT 1 FROM person q WHERE q.updated_at >= ${c} AND EXISTS (
            SELECT 1 FROM job_seeker j WHERE j.person_id = q.id AND j.valid_from <= ${key.to} AND j.valid_to >= ${key.from} AND j.region_code LIKE ${like}))) AS stale`;
  return (await changed.execute(db)).rows[0]?.stale === true;
}

/** The stored Tally of a unit's period and side when nothing bearing on it changed since; null otherwise. */
export async function readSdSnapshot(db: Db, key: SdKey): Promise<Tally | null> {
  const r = await sql<StoredRow>`
    SELECT records, cells, counts, computed_at::text AS computed_at FROM sd_snapshot
    WHERE region_code = ${key.region} AND period_from = ${key.from} AND period_to = ${key.to} AND side = ${key.side}`.execute(db);
  const row = r.rows[0];
  // A row without the cells' record counts (written before they were kept) is counted again.
  if (!row || row.counts === null || (await changedSince(db, key, row.computed_at))) return null;
  const map = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k, Number(v)]));
  return { records: Number(row.records), cells: map(row.cells), counts: map(row.counts) };
}

/**
 * Stores a Tally counted from the live ledger. `computedAt` is taken before counting began, less a
 * margin (sdSnapshotTime): a write that took its time before the count and committed after it is
 * then still seen as a change.
 */
export async function writeSdSnapshot(db: Db, key: SdKey, tally: Tally, computedAt: Date): Promise<void> {
  const cells = JSON.stringify(Object.fromEntries(tally.cells));
  const counts = JSON.stringify(Object.fromEntries(tally.counts));
  await sql`
    INSERT INTO sd_snapshot (region_code, period_from, period_to, side, records, cells, counts, computed_at, created_at, updated_at)
    VALUES (${key.region}, ${key.from}, ${key.to}, ${key.side}, ${tally.records}, ${cells}::jsonb, ${counts}::jsonb, ${computedAt}, ${computedAt}, ${computedAt})
    ON CONFLICT (region_code, period_from, period_to, side)
    DO UPDATE SET records = EXCLUDED.records, cells = EXCLUDED.cells, counts = EXCLUDED.counts, computed_at = EXCLUDED.computed_at, updated_at = EXCLUDED.updated_at`.execute(db);
}

/** Minutes a snapshot's time is set back from the start of its count (see writeSdSnapshot). */
const MARGIN_MINUTES = 5;

export function sdSnapshotTime(now: Date): Date {
  return new Date(now.getTime() - MARGIN_MINUTES * 60_000);
}
