import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * Presents one PGlite instance to Kysely's PostgresDialect as a pool of exactly one connection.
 * PGlite has a single session, so a connection is handed out only after the previous one was
 * released: transactions never interleave. Like `pg`, a query without parameters goes through
 * the simple protocol (`exec`), which is what lets a migration file hold several statements.
 */
export function createPgliteSingleConnectionPool(pglite: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();

  const client = (release: () => void): PostgresPoolClient => ({
    async query<R>(sql: string, parameters: readonly unknown[]) {
      if (parameters.length === 0) {
        const results = await pglite.exec(sql);
        const last = results[results.length - 1];
        const rows = (last?.rows ?? []) as R[];
        return { command: commandOf(sql), rowCount: last?.affectedRows ?? rows.length, rows };
      }
      const result = await pglite.query<R>(sql, parameters as unknown[]);
      return { command: commandOf(sql), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    },
    release,
  }) as PostgresPoolClient;

  return {
    async connect() {
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((resolve) => {
        release = resolve;
      });
      await previous;
      let released = false;
      return client(() => {
        if (!released) {
          released = true;
          release();
        }
      });
    },
    async end() {
      await tail;
      await pglite.close();
    },
  };
}

type Command = 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE' | 'SELECT';

/** Kysely reads the command to decide whether rowCount means "affected rows". */
function commandOf(sql: string): Command {
  const match = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)\b/i.exec(sql);
  return match ? (match[1].toUpperCase() as Command) : 'SELECT';
}
