import { loadConfig } from './config.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { systemClock } from './platform/clock.js';
import type { AppDeps } from './platform/context.js';
import { buildApp } from './app.js';
import { bootstrap } from './seed/bootstrap.js';
import { seedDemo } from './seed/demo.js';
import { DEMO_ACCOUNTS } from './seed/demo-accounts.js';
import { indexPostings } from './modules/market/search-index.js';
import { startSearchUpkeep } from './modules/market/search-upkeep.js';
import { startSnapshotScheduler } from './modules/stats/snapshot-scheduler.js';

/** Starts the system: open and migrate the database, load reference and demo data, serve. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const applied = await migrateToLatest(database.db);
  const deps: AppDeps = { db: database.db, dbKind: database.kind, clock: systemClock, config };
  const boot = await bootstrap(deps);
  if (boot.firstRun && !config.production) {
    const counts = await seedDemo(deps, { seed: 'demo', scale: 1 });
    console.log(`已加载演示数据 Demo data loaded: ${JSON.stringify(counts)}`);
  }
  // Postings written before search existed have no search vector yet: index them once.
  const indexed = await indexPostings(database.db);
  if (indexed > 0) console.log(`已建立岗位检索索引 Search vectors filled for ${indexed} postings`);
  const app = await buildApp(deps, { logger: process.env.LOG_REQUESTS === 'true' });
  await app.listen({ port: config.port, host: config.host });
  // Indicator snapshots: refreshed in the background when stale, then nightly at 02:00 China time.
  const log = (message: string, error?: unknown) => (error ? console.error(message, error) : console.log(message));
  const snapshots = startSnapshotScheduler(deps, log);
  // Expired postings leave the search table at start-up; nightly the table is also put back in order.
  const searchUpkeep = startSearchUpkeep(deps, log);

  const where = config.database.kind === 'embedded' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`\n就业服务信息系统 is up in ${((Date.now() - started) / 1000).toFixed(1)} s — database: ${where}${applied.length ? `, migrations applied: ${applied.join(', ')}` : ''}`);
  console.log(`  UI:       http://localhost:${config.port}/`);
  console.log(`  API docs: http://localhost:${config.port}/api/docs`);
  if (boot.createdAdmins.length > 0) {
    console.log('\n  Initial administrators (shown once; each must change the password at first login):');
    for (const a of boot.createdAdmins) console.log(`    ${a.username.padEnd(10)} ${a.password}   (${a.role})`);
  }
  if (!config.production) {
    console.log('\n  Demo accounts 演示账号:');
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(14)} ${a.password.padEnd(11)} ${a.note}`);
  }

  const stop = async () => {
    snapshots.stop();
    searchUpkeep.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Start-up failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
