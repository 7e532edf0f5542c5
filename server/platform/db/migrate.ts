import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/** Migration files are committed SQL named `YYYYMMDDHHMMSS_name.sql`, applied in name order. */
export function listMigrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/**
 * Applies every migration not yet applied, each in its own transaction together with its
 * bookkeeping row. An advisory lock keeps two starting servers from migrating at once.
 * Returns the names applied in this run.
 */
export async function migrateToLatest(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const applied: string[] = [];
  for (const file of listMigrationFiles(dir)) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(20261121)`.execute(trx);
      const seen = await trx.selectFrom('schema_migration').select('name').where('name', '=', file).executeTakeFirst();
      if (seen) return false;
      await sql.raw(readFileSync(`${dir}/${file}`, 'utf8')).execute(trx);
      await trx.insertInto('schema_migration').values({ name: file }).execute();
      return true;
    });
    if (done) applied.push(file);
  }
  return applied;
}
