import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { searchDocument } from '../modules/market/text-search.js';

/**
 * Bulk writing for the large generators: one INSERT … SELECT FROM unnest($1::type[], …) per batch
 * (one parameter per column instead of one per value, so a batch can hold tens of thousands of
 * rows on PostgreSQL and on PGlite alike).
 */

/** A column of a bulk insert: its SQL array type and one value per row. */
export type Column = readonly [type: string, values: readonly unknown[]];

/** Rows per statement: large enough to amortise the round trip, small enough for PGlite's memory. */
export const BULK_BATCH = 20_000;

/**
 * `SELECT * FROM unnest($1::t1[], $2::t2[], …) AS u(name1, name2, …)` over the given columns,
 * as a source for INSERT … SELECT. Every column must hold the same number of values.
 */
export function unnest(columns: Record<string, Column>): RawBuilder<unknown> {
  const names = Object.keys(columns);
  const lengths = new Set(names.map((n) => columns[n][1].length));
  if (lengths.size > 1) throw new Error(`unnest columns differ in length: ${[...lengths].join(', ')}`);
  const arrays = sql.join(names.map((n) => sql`${columns[n][1]}::${sql.raw(columns[n][0])}[]`));
  return sql`unnest(${arrays}) AS u(${sql.join(names.map((n) => sql.ref(n)))})`;
}

/** Calls `write` for consecutive slices of `rows` of at most `size` rows. */
export async function inBatches<T>(rows: readonly T[], write: (batch: readonly T[], offset: number) => Promise<void>, size = BULK_BATCH): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size), i);
}

/**
 * `searchDocument` for many texts built from a bounded set of fragments: each distinct part is
 * segmented once. `doc(parts)` returns exactly `searchDocument(parts)` (it is the per-part words
 * joined with spaces, empty parts skipped).
 */
export function documentCache(): { doc(parts: readonly (string | null | undefined)[]): string; size(): number } {
  const cache = new Map<string, string>();
  const one = (part: string) => {
    let d = cache.get(part);
    if (d === undefined) {
      d = searchDocument([part]);
      cache.set(part, d);
    }
    return d;
  };
  return {
    doc: (parts) => parts.map((p) => (p?.trim() ? one(p) : '')).filter((d) => d !== '').join(' '),
    size: () => cache.size,
  };
}

/** Interns values: the same value gets the same small integer id, in first-seen order. */
export class Interner<T> {
  private readonly ids = new Map<string, number>();
  readonly values: T[] = [];
  constructor(private readonly key: (value: T) => string) {}
  id(value: T): number {
    const k = this.key(value);
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(k, id);
      this.values.push(value);
    }
    return id;
  }
}

/** A throwaway table for this transaction (dropped at commit). */
export async function tempTable(db: Db, name: string, columns: string): Promise<void> {
  await sql`DROP TABLE IF EXISTS ${sql.raw(name)}`.execute(db);
  await sql`CREATE TEMP TABLE ${sql.raw(name)} (${sql.raw(columns)}) ON COMMIT DROP`.execute(db);
}
