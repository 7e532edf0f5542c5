import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../server/config.js';
import { openDatabase, ensureServerDatabase, type DatabaseTarget } from '../../server/platform/db/database.js';
import { migrateToLatest } from '../../server/platform/db/migrate.js';
import { SettableClock } from '../../server/platform/clock.js';
import { bootstrap } from '../../server/seed/bootstrap.js';
import { seedDemo } from '../../server/seed/demo.js';

/** The instant every test database is seeded at, and every test clock starts from. */
export const TEST_EPOCH = '2026-11-20T02:00:00.000Z';
export const TEMPLATE_SEED = { seed: 'test', scale: 0.2 };

export function testConfig(database: DatabaseTarget, overrides: Partial<Config> = {}): Config {
  // The dashboard always live (no materialised copy served) unless a test asks for one.
  return { ...loadConfig({}), database, loginRateLimit: 10_000, registerRateLimit: 10_000, dashboardMaxAgeSeconds: 0, ...overrides };
}

/** Builds a migrated, bootstrapped and seeded database at the target (the test template). */
export async function buildTemplate(target: DatabaseTarget): Promise<void> {
  const database = await openDatabase(target);
  try {
    await migrateToLatest(database.db);
    const deps = { db: database.db, dbKind: database.kind, clock: new SettableClock(TEST_EPOCH), config: testConfig(target) };
    await bootstrap(deps);
    await seedDemo(deps, TEMPLATE_SEED);
  } finally {
    await database.close();
  }
}

/** Copies the embedded template directory into a fresh temporary directory. */
export function copyEmbeddedTemplate(templateDir: string): { dataDir: string; cleanup(): void } {
  if (!existsSync(templateDir)) throw new Error(`test template ${templateDir} missing: run the tests through npm test`);
  const dataDir = mkdtempSync(join(tmpdir(), 'jy-test-'));
  cpSync(templateDir, dataDir, { recursive: true });
  return { dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates a fresh PostgreSQL database cloned from the template database. */
export async function clonePostgresTemplate(baseUrl: string, templateName: string): Promise<{ url: string; cleanup(): Promise<void> }> {
  const name = `${templateName}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  await admin.end();
  return {
    url: withDatabase(baseUrl, name),
    async cleanup() {
      const c = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** (Re)creates the PostgreSQL template database for this run. */
export async function preparePostgresTemplate(baseUrl: string, templateName: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
  await admin.end();
  const url = withDatabase(baseUrl, templateName);
  await ensureServerDatabase(url);
  await buildTemplate({ kind: 'postgres', url });
}
