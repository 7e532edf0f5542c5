import pg from 'pg';

/** Drops the run's PostgreSQL template database: `tsx tests/drop-template.ts <url> <name>`. */
const [url, name] = process.argv.slice(2);
const u = new URL(url);
u.pathname = '/postgres';
const client = new pg.Client({ connectionString: u.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
await client.end();
