import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import type { PostingStatus } from '../../platform/db/schema.js';
import { scopeCondition } from '../../platform/scope.js';
import { escapeLike } from '../../platform/db/like.js';
import { sortColumn } from '../../platform/http/schemas.js';

export function selectPostings(db: Db) {
  return db
    .selectFrom('job_posting as j')
    .innerJoin('employer as e', 'e.id', 'j.employer_id')
    .innerJoin('org_unit as o', 'o.code', 'j.region_code')
    .selectAll('j')
    .select(['e.name as employer_name', 'e.status as employer_status', 'o.name as region_name'])
    .select((eb) =>
      eb
        .selectFrom('code_entry as c')
        .select('c.name')
        .where('c.type', '=', 'occupation')
        .whereRef('c.code', '=', 'j.occupation_code')
        .orderBy('c.edition', 'desc')
        .limit(1)
        .as('occupation_name'),
    )
    .select((eb) =>
      eb
        .selectFrom('workflow_item as w')
        .select('w.id')
        .where('w.subject_type', '=', 'job_posting')
        .whereRef('w.subject_id', '=', sql<string>`j.id::text`)
        .orderBy('w.id', 'desc')
        .limit(1)
        .as('workflow_item_id'),
    )
    .select(
      sql<{ action: string; reason: string | null; decidedAt: string } | null>`(
        SELECT json_build_object('action', d.action, 'reason', d.reason, 'decidedAt', d.decided_at)
        FROM workflow_decision d JOIN workflow_item w ON w.id = d.item_id
        WHERE w.subject_type = 'job_posting' AND w.subject_id = j.id::text AND d.action <> 'submit' AND d.action <> 'resubmit'
        ORDER BY d.id DESC LIMIT 1)`.as('last_decision'),
    );
}

export type PostingRow = Awaited<ReturnType<ReturnType<typeof selectPostings>['executeTakeFirstOrThrow']>>;

export interface PostingFilter {
  regionCode?: string;
  status?: string;
  q?: string;
  employerId?: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

const SORTS = { createdAt: 'j.created_at', title: 'j.title', validTo: 'j.valid_to', wageMin: 'j.wage_min', vacancies: 'j.vacancies' } as const;

/** Postings the actor may list: an employer its own, staff those located in their subtree. */
export async function findPostings(db: Db, actor: Actor, f: PostingFilter, today: string, limit: number, offset: number) {
  let q = selectPostings(db);
  q = actor.kind === 'external' ? q.where('j.employer_id', '=', actor.employerId ?? -1) : q.where(scopeCondition('j.region_code', actor));
  if (f.regionCode) q = q.where('j.region_code', 'like', `${f.regionCode}%`);
  if (f.employerId) q = q.where('j.employer_id', '=', f.employerId);
  if (f.q?.trim()) q = q.where('j.title', 'like', `%${escapeLike(f.q.trim())}%`);
  if (f.status === 'expired') q = q.where('j.status', '=', 'published').where('j.valid_to', '<', today);
  else if (f.status === 'published') q = q.where('j.status', '=', 'published').where('j.valid_to', '>=', today);
  else if (f.status) q = q.where('j.status', '=', f.status as PostingStatus);
  const rows = await q.orderBy(sortColumn(f.sort, SORTS, 'j.created_at'), f.order ?? 'desc').orderBy('j.id', 'desc').limit(limit).offset(offset).execute();
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: n };
}

/** Live postings (in review or published and valid) of the employer with the same title and occupation. */
export async function liveDuplicates(db: Db, p: { employerId: number; title: string; occupationCode: string; exceptId?: number }, today: string) {
  let q = db
    .selectFrom('job_posting')
    .select(['id', 'title'])
    .where('employer_id', '=', p.employerId)
    .where('title', '=', p.title)
    .where('occupation_code', '=', p.occupationCode)
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', 'in', ['published', 'paused']), eb('valid_to', '>=', today)])]));
  if (p.exceptId) q = q.where('id', '!=', p.exceptId);
  return q.execute();
}
