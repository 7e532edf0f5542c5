import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Division } from './divisions.js';
import { pathOf } from './divisions.js';
import { containsPattern } from '../../platform/db/like.js';

export const LEVEL_NAMES = ['', '省', '市', '区/县', '街道/乡镇', '社区/村'] as const;

/** An org unit with the names of its ancestors, as shown in the UI. */
export async function orgRefOf(db: Db, code: string) {
  const codes = pathOf(code).split('/');
  const rows = await db.selectFrom('org_unit').select(['code', 'name', 'level']).where('code', 'in', codes).execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const self = byCode.get(code);
  if (!self) throw new Error(`org unit ${code} missing`);
  return {
    code: self.code,
    name: self.name,
    level: self.level,
    pathNames: codes.map((c) => byCode.get(c)?.name).filter((n): n is string => Boolean(n)),
  };
}

/** Inserts divisions (parents first), skipping codes already present. Returns how many were new. */
export async function insertDivisions(db: Db, divisions: Division[], now: Date): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < divisions.length; i += 500) {
    const batch = divisions.slice(i, i + 500).map((d) => ({
      code: d.code,
      name: d.name,
      level: d.level,
      parent_code: d.parentCode,
      path: pathOf(d.code),
      created_at: now,
      updated_at: now,
    }));
    const res = await db.insertInto('org_unit').values(batch).onConflict((oc) => oc.column('code').doNothing()).executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Direct children of a unit with the number of their own children. */
export async function childrenOf(db: Db, parentCode: string) {
  return db
    .selectFrom('org_unit as o')
    .select(['o.code', 'o.name', 'o.level', 'o.parent_code as parentCode'])
    .select((eb) =>
      eb.selectFrom('org_unit as c').select(sql<number>`count(*)::int`.as('n')).whereRef('c.parent_code', '=', 'o.code').as('childCount'),
    )
    .where('o.parent_code', '=', parentCode)
    .orderBy('o.code')
    .execute();
}

/** Units under (and including) `rootCode` whose name contains the text, best matches first. */
export async function searchUnits(db: Db, rootCode: string, text: string, limit: number) {
  return db
    .selectFrom('org_unit')
    .select(['code', 'name', 'level', 'parent_code as parentCode', 'path'])
    .where('code', 'like', `${rootCode}%`)
    .where('name', 'like', containsPattern(text))
    .orderBy('level')
    .orderBy('code')
    .limit(limit)
    .execute();
}

export async function findUnit(db: Db, code: string) {
  return db.selectFrom('org_unit').select(['code', 'name', 'level', 'parent_code as parentCode', 'path']).where('code', '=', code).executeTakeFirst();
}

/** Count of units per level under a root, for the tree's header. */
export async function countByLevel(db: Db, rootCode: string) {
  return db
    .selectFrom('org_unit')
    .select(['level', sql<number>`count(*)::int`.as('count')])
    .where('code', 'like', `${rootCode}%`)
    .groupBy('level')
    .orderBy('level')
    .execute();
}
