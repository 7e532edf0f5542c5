import { rmSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../config.js';

/** `npm run db:reset`: deletes the embedded data directory, or drops the PostgreSQL database. */
const config = loadConfig();
if (config.production) {
  console.error('Refusing to reset with NODE_ENV=production.');
  process.exit(2);
}
if (config.database.kind === 'embedded') {
  rmSync(config.database.dataDir, { recursive: true, force: true });
  console.log(`Removed ${config.database.dataDir}; the next start creates it anew.`);
} else {
  const url = new URL(config.database.url);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  await client.end();
  console.log(`Dropped database ${name}; the next start creates it anew.`);
}
