import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';

/** `npm run db:migrate`: applies pending migrations and exits. */
const config = loadConfig();
const database = await openDatabase(config.database);
const applied = await migrateToLatest(database.db);
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
await database.close();
