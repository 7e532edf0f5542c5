import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { createPgliteSingleConnectionPool } from './pglite-pool.js';

export type Db = Kysely<DB>;
export type DatabaseKind = 'embedded' | 'postgres';

/** Where the data lives: a PGlite directory, or a PostgreSQL server URL. */
export type DatabaseTarget = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const OID_INT8 = 20;
const OID_DATE = 1082;

/**
 * Opens the database. Both kinds go through Kysely's PostgresDialect and return the same value
 * types: int8 as number (counts and ids stay far below 2^53), date as 'YYYY-MM-DD', numeric as string.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const pool = target.kind === 'embedded' ? await openEmbedded(target.dataDir) : await openServer(target.url);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: target.kind,
    close: () => db.destroy(),
  };
}

async function openEmbedded(dataDir: string): Promise<PostgresPool> {
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    parsers: { [OID_INT8]: (v: string) => Number(v), [OID_DATE]: (v: string) => v },
  });
  return createPgliteSingleConnectionPool(pglite);
}

async function openServer(url: string): Promise<PostgresPool> {
  await ensureServerDatabase(url);
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === OID_INT8) return (v: string) => Number(v);
      if (oid === OID_DATE) return (v: string) => v;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // An idle connection dropped by the server (restart, failover, DROP DATABASE) is discarded by
  // the pool; without a listener the 'error' event would crash the process.
  pool.on('error', (error) => console.warn(`PostgreSQL idle connection lost: ${error.message}`));
  return pool as unknown as PostgresPool;
}

/**
 * Creates the target database if it is missing, as UTF-8 with a UTF-8 ctype (pg_trgm needs it
 * for Chinese), and refuses to run on an existing database whose ctype is not UTF-8.
 */
export async function ensureServerDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL must name a database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query<{ datctype: string; enc: string }>(
      'SELECT datctype, pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = $1',
      [name],
    );
    if (found.rows.length === 0) {
      await client.query(
        `CREATE DATABASE "${name.replace(/"/g, '""')}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
      return;
    }
    const { datctype, enc } = found.rows[0];
    if (enc !== 'UTF8' || !/utf-?8/i.test(datctype)) {
      throw new Error(
        `Database "${name}" has encoding ${enc} and ctype ${datctype}; Chinese search needs UTF8 with a UTF-8 ctype (e.g. C.UTF-8). Recreate it with: CREATE DATABASE ... TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
    }
  } finally {
    await client.end();
  }
}
