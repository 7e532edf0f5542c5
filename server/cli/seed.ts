import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { systemClock } from '../platform/clock.js';
import { bootstrap } from '../seed/bootstrap.js';
import { seedDemo } from '../seed/demo.js';

/** `npm run db:seed -- --scale 2 --seed demo`: loads (more) deterministic demo data. */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: 'demo' } } });
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error('--scale must be a positive number');
  process.exit(2);
}
const config = loadConfig();
if (config.production) {
  console.error('Refusing to load demo data with NODE_ENV=production.');
  process.exit(2);
}
const database = await openDatabase(config.database);
await migrateToLatest(database.db);
const deps = { db: database.db, dbKind: database.kind, clock: systemClock, config };
await bootstrap(deps);
const started = Date.now();
const counts = await seedDemo(deps, { seed: values.seed ?? 'demo', scale });
console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
await database.close();
