import { sql } from 'kysely';
import { Value } from '@sinclair/typebox/value';
import type { Db } from '../../platform/db/database.js';
import { DashboardFigures } from './dashboard-schema.js';

/**
 * The materialised dashboard (migration 20261124100000): one row per unit holding its computed
 * answer. Queried with raw SQL (no row type in platform/db/schema.ts: only this file touches it).
 */

export interface CachedDashboard {
  figures: DashboardFigures;
  generatedAt: Date;
}

/** The unit's materialised copy; null when there is none or it has another shape (written by an older release). */
export async function readDashboard(db: Db, region: string): Promise<CachedDashboard | null> {
  const { rows } = await sql<{ payload: unknown; generated_at: Date | string }>`
    SELECT payload, generated_at FROM dashboard_cache WHERE region_code = ${region}`.execute(db);
  const row = rows[0];
  if (!row || !Value.Check(DashboardFigures, row.payload)) return null;
  return { figures: row.payload, generatedAt: new Date(row.generated_at) };
}

/**
 * Stores a computed dashboard in one statement. A copy computed earlier never replaces a later one
 * (two computations of the same unit finishing out of order).
 */
export async function storeDashboard(db: Db, figures: DashboardFigures): Promise<void> {
  const at = new Date(figures.generatedAt);
  await sql`INSERT INTO dashboard_cache (region_code, payload, generated_at, created_at, updated_at)
    VALUES (${figures.regionCode}, ${JSON.stringify(figures)}::jsonb, ${at}, ${at}, ${at})
    ON CONFLICT (region_code) DO UPDATE SET payload = EXCLUDED.payload, generated_at = EXCLUDED.generated_at, updated_at = EXCLUDED.updated_at
    WHERE dashboard_cache.generated_at <= EXCLUDED.generated_at`.execute(db);
}
