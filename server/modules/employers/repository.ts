import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import { scopeCondition } from '../../platform/scope.js';
import { sortColumn, type PageQuery } from '../../platform/http/schemas.js';
import { containsPattern } from '../../platform/db/like.js';

const SORTS = { name: 'e.name', createdAt: 'e.created_at', status: 'e.status', creditCode: 'e.credit_code' } as const;

export interface EmployerFilter extends PageQuery {
  q?: string;
  status?: string;
  regionCode?: string;
}

function selectEmployers(db: Db) {
  return db
    .selectFrom('employer as e')
    .innerJoin('org_unit as o', 'o.code', 'e.region_code')
    .select([
      'e.id',
      'e.credit_code',
      'e.name',
      'e.region_code',
      'o.name as region_name',
      'e.address',
      'e.contact_name',
      'e.contact_phone',
      'e.unit_type',
      'e.industry_code',
      'e.status',
      'e.verified_at',
      'e.created_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('workflow_item as w')
        .select('w.id')
        .where('w.subject_type', '=', 'employer')
        .whereRef('w.subject_id', '=', sql<string>`e.id::text`)
        .orderBy('w.id', 'desc')
        .limit(1)
        .as('workflow_item_id'),
    );
}

export type EmployerRow = Awaited<ReturnType<ReturnType<typeof selectEmployers>['executeTakeFirstOrThrow']>>;

/** Employers in the actor's scope matching the filter, one page, plus the total. */
export async function findEmployers(db: Db, actor: Actor, f: EmployerFilter, limit: number, offset: number) {
  let q = selectEmployers(db).where(scopeCondition('e.region_code', actor));
  if (f.regionCode) q = q.where('e.region_code', 'like', `${f.regionCode}%`);
  if (f.status) q = q.where('e.status', '=', f.status as EmployerRow['status']);
  if (f.q) {
    const text = f.q.trim();
    q = q.where((eb) => eb.or([eb('e.name', 'like', containsPattern(text)), eb('e.credit_code', '=', text.toUpperCase())]));
  }
  const total = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .orderBy(sortColumn(f.sort, SORTS, 'e.created_at'), f.order ?? 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: total.n };
}

export async function findEmployerById(db: Db, id: number) {
  return selectEmployers(db).where('e.id', '=', id).executeTakeFirst();
}
