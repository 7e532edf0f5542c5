import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { CodeTableSeed } from './standards/types.js';

/** Loads (or reloads) one code table edition: rows replaced in one transaction. */
export async function upsertCodeTable(db: Db, seed: CodeTableSeed, now: Date): Promise<void> {
  await db
    .insertInto('code_table')
    .values({
      type: seed.type,
      edition: seed.edition,
      name: seed.name,
      name_en: seed.nameEn,
      standard: seed.standard,
      effective_from: seed.effectiveFrom,
      effective_to: seed.effectiveTo ?? null,
      entry_count: seed.entries.length,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['type', 'edition']).doUpdateSet({
        name: seed.name,
        name_en: seed.nameEn,
        standard: seed.standard,
        effective_from: seed.effectiveFrom,
        effective_to: seed.effectiveTo ?? null,
        entry_count: seed.entries.length,
        updated_at: now,
      }),
    )
    .execute();
  await db.deleteFrom('code_entry').where('type', '=', seed.type).where('edition', '=', seed.edition).execute();
  const rows = seed.entries.map((e, i) => ({
    type: seed.type,
    edition: seed.edition,
    code: e.code,
    name: e.name,
    name_en: e.nameEn ?? null,
    parent_code: e.parentCode ?? null,
    level: e.level,
    sort: i,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('code_entry').values(rows.slice(i, i + 500)).execute();
}

export async function listTables(db: Db) {
  return db.selectFrom('code_table').selectAll().orderBy('type').orderBy('effective_from', 'desc').execute();
}

/** The edition of a table in force on a date (latest effective_from ≤ date, not yet ended). */
export async function editionInForce(db: Db, type: string, date: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('code_table')
    .select('edition')
    .where('type', '=', type)
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', date)]))
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
  return row?.edition;
}

export function entriesQuery(db: Db, type: string, edition: string) {
  return db
    .selectFrom('code_entry as e')
    .where('e.type', '=', type)
    .where('e.edition', '=', edition)
    .select(['e.type', 'e.edition', 'e.code', 'e.name', 'e.name_en', 'e.parent_code', 'e.level', 'e.sort'])
    .select((eb) =>
      eb
        .selectFrom('code_entry as c')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('c.type', '=', 'e.type')
        .whereRef('c.edition', '=', 'e.edition')
        .whereRef('c.parent_code', '=', 'e.code')
        .as('child_count'),
    );
}
