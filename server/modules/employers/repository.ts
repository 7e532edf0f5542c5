import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import { scopeCondition } from '../../platform/scope.js';
import { sortColumn, type PageQuery } from '../../platform/http/schemas.js';
import { containsPattern } from '../../platform/db/like.js';
import { creditWindowStart } from './credit-rules.js';

const SORTS = { name: 'e.name', createdAt: 'e.created_at', status: 'e.status', creditCode: 'e.credit_code', memberUntil: 'e.member_until' } as const;

export interface EmployerFilter extends PageQuery {
  q?: string;
  status?: string;
  regionCode?: string;
  member?: boolean;
  source?: 'staff' | 'portal';
}

/** Employers with their region name, review item, last decision and credit counts of the 12 months up to `today`. */
function selectEmployers(db: Db, today: string) {
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
      'e.ownership_type',
      'e.size_band',
      'e.introduction',
      'e.source',
      'e.member_since',
      'e.member_until',
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
    )
    .select(
      sql<{ action: string; reason: string | null; decidedAt: string } | null>`(
        SELECT json_build_object('action', d.action, 'reason', d.reason, 'decidedAt', d.decided_at)
        FROM workflow_decision d JOIN workflow_item w ON w.id = d.item_id
        WHERE w.subject_type = 'employer' AND w.subject_id = e.id::text AND d.action NOT IN ('submit', 'resubmit')
        ORDER BY d.id DESC LIMIT 1)`.as('last_decision'),
    )
    .select(
      sql<Record<string, number> | null>`(
        SELECT json_object_agg(x.kind, x.n) FROM (
          SELECT c.kind, count(*)::int AS n FROM employer_credit_event c
          WHERE c.employer_id = e.id AND c.occurred_on >= ${creditWindowStart(today)}::date AND c.occurred_on <= ${today}::date
          GROUP BY c.kind) x)`.as('credit_counts'),
    );
}

export type EmployerRow = Awaited<ReturnType<ReturnType<typeof selectEmployers>['executeTakeFirstOrThrow']>>;

/** Employers in the actor's scope matching the filter, one page, plus the total. */
export async function findEmployers(db: Db, actor: Actor, f: EmployerFilter, today: string, limit: number, offset: number) {
  let q = selectEmployers(db, today).where(scopeCondition('e.region_code', actor));
  if (f.member !== undefined) {
    const member = sql<boolean>`(e.member_since <= ${today}::date AND (e.member_until IS NULL OR e.member_until >= ${today}::date))`;
    q = q.where(f.member ? member : sql<boolean>`NOT coalesce(${member}, false)`);
  }
  if (f.source) q = q.where('e.source', '=', f.source);
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

export async function findEmployerById(db: Db, id: number, today: string) {
  return selectEmployers(db, today).where('e.id', '=', id).executeTakeFirst();
}
