import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import type { LabourStatus } from '../../platform/db/schema.js';
import { scopeCondition } from '../../platform/scope.js';
import { escapeLike } from '../../platform/db/like.js';
import { sortColumn, type PageQuery } from '../../platform/http/schemas.js';

const SORTS = { name: 'p.name', birthDate: 'p.birth_date', createdAt: 'p.created_at', regionCode: 'p.region_code' } as const;

export function selectPeople(db: Db) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as o', 'o.code', 'p.region_code')
    .leftJoin('employment_card as c', 'c.person_id', 'p.id')
    .selectAll('p')
    .select(['o.name as region_name', 'c.card_number']);
}

export type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['executeTakeFirstOrThrow']>>;

export interface PersonFilter extends PageQuery {
  q?: string;
  regionCode?: string;
  labourStatus?: string;
}

/**
 * People in scope matching the search: an 18-character ID number exactly, latin letters as the
 * start of the pinyin initials ("zs" → 张三, 赵顺…), anything else as the start of the name (three
 * or more characters also anywhere in the name, served by the trigram index).
 */
export async function findPeople(db: Db, actor: Actor, f: PersonFilter, limit: number, offset: number) {
  let q = selectPeople(db).where(scopeCondition('p.region_code', actor));
  if (f.regionCode) q = q.where('p.region_code', 'like', `${f.regionCode}%`);
  if (f.labourStatus) q = q.where('p.labour_status', '=', f.labourStatus as LabourStatus);
  const text = f.q?.trim();
  if (text) {
    if (/^\d{17}[\dXx]$/.test(text)) q = q.where('p.citizen_id', '=', text.toUpperCase());
    else if (/^[A-Za-z]+$/.test(text)) q = q.where('p.name_initials', 'like', `${text.toLowerCase()}%`);
    else if (text.length >= 3) q = q.where('p.name', 'like', `%${escapeLike(text)}%`);
    else q = q.where('p.name', 'like', `${escapeLike(text)}%`);
  }
  // Age ascending is birth date descending.
  const byAge = f.sort === 'age';
  const direction = byAge ? (f.order === 'desc' ? 'asc' : 'desc') : (f.order ?? 'desc');
  const rows = await q
    .orderBy(byAge ? 'p.birth_date' : sortColumn(f.sort, SORTS, 'p.created_at'), direction)
    .orderBy('p.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  // A short first page is the whole result (an ID number finds one person): no count query needed.
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const total = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: total.n };
}

export async function findPersonById(db: Db, id: number) {
  return selectPeople(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findPersonByCitizenId(db: Db, citizenId: string) {
  return db.selectFrom('person').select(['id', 'region_code', 'name']).where('citizen_id', '=', citizenId).executeTakeFirst();
}

/** Whether a code exists in the edition of a code table in force (e.g. ethnicity '01'). */
export async function codeExists(db: Db, type: string, code: string, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('code_entry as e')
    .innerJoin('code_table as t', (j) => j.onRef('t.type', '=', 'e.type').onRef('t.edition', '=', 'e.edition'))
    .select('e.code')
    .where('e.type', '=', type)
    .where('e.code', '=', code)
    .where('t.effective_from', '<=', date)
    .where((eb) => eb.or([eb('t.effective_to', 'is', null), eb('t.effective_to', '>', date)]))
    .executeTakeFirst();
  return Boolean(row);
}
