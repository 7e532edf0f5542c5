import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/platform/db/database.js';
import { migrateToLatest } from '../server/platform/db/migrate.js';
import { systemClock } from '../server/platform/clock.js';
import { bootstrap } from '../server/seed/bootstrap.js';
import { SEED_GENERATORS } from '../server/seed/demo.js';
/**
 * `npx tsx bench/seed-time.ts <postgres URL | embedded data dir> <scale> [seed]`: migrates, bootstraps
 * and seeds the demo data like `npm run db:seed`, printing each generator's time and counts (the
 * generator timings of the benchmark scale are measured with this).
 */
const [url, scaleArg, seedArg] = process.argv.slice(2);
if (!url || !scaleArg) {
  console.error('usage: tsx bench/seed-time.ts <postgres URL | embedded data dir> <scale> [seed]');
  process.exit(2);
}
const target = url.startsWith('postgres') ? { kind: 'postgres' as const, url } : { kind: 'embedded' as const, dataDir: url };
const database = await openDatabase(target);
await migrateToLatest(database.db);
const config = { ...loadConfig({}), database: target };
const deps = { db: database.db, dbKind: database.kind, clock: systemClock, config };
await bootstrap(deps);
const original = [...SEED_GENERATORS];
SEED_GENERATORS.length = 0;
for (const g of original) {
  SEED_GENERATORS.push({
    name: g.name,
    async run(ctx) {
      const t = performance.now();
      const r = await g.run(ctx);
      console.log(`${g.name}: ${((performance.now() - t) / 1000).toFixed(1)} s ${JSON.stringify(r)}`);
      return r;
    },
  });
}
const { seedDemo } = await import('../server/seed/demo.js');
const t = performance.now();
await seedDemo(deps, { seed: seedArg ?? 'bench', scale: Number(scaleArg) });
console.log(`total ${((performance.now() - t) / 1000).toFixed(1)} s (one transaction, then VACUUM ANALYZE)`);
await database.close();
