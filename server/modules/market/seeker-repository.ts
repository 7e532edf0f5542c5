import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import { scopeCondition } from '../../platform/scope.js';
import { escapeLike } from '../../platform/db/like.js';
import { sortColumn } from '../../platform/http/schemas.js';
import type { SeekerListQuery } from './seeker-schema.js';

/**
 * Seekers with the person's identity fields, the region name and the difficulty flag; with
 * `knownDifficulty` the flag is not looked up (false) because the caller already holds it.
 */
export function selectSeekers(db: Db, knownDifficulty = false) {
  return db
    .selectFrom('job_seeker as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .innerJoin('org_unit as o', 'o.code', 's.region_code')
    .select([
      's.id', 's.person_id', 's.region_code', 's.desired_occupations', 's.desired_industries', 's.desired_regions', 's.wage_expected', 's.work_type',
      's.education', 's.experience_years', 's.skills', 's.certificates', 's.categories', 's.introduction', 's.valid_from', 's.valid_to',
      's.consent_share', 's.status', 's.source', 's.created_at', 's.updated_at',
      'p.name', 'p.citizen_id', 'p.sex', 'p.birth_date', 'p.phone', 'o.name as region_name',
    ])
    .select((knownDifficulty ? sql<boolean>`false` : sql<boolean>`EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = s.person_id AND d.status = 'active')`).as('difficulty'));
}

export type SeekerRow = Awaited<ReturnType<ReturnType<typeof selectSeekers>['executeTakeFirstOrThrow']>>;

const SORTS = { createdAt: 's.created_at', validTo: 's.valid_to', wageExpected: 's.wage_expected', name: 'p.name', updatedAt: 's.updated_at' } as const;

/** An occupation filter: a major group ('6') stands for itself and its medium groups ('6-09'…). */
export async function occupationFamily(db: Db, code: string): Promise<string[]> {
  if (code.includes('-')) return [code];
  const children = await db.selectFrom('code_entry').select('code').distinct().where('type', '=', 'occupation').where('parent_code', '=', code).execute();
  return [code, ...children.map((c) => c.code)];
}

/** Seekers registered in the actor's subtree, filtered, sorted and paged. */
export async function findSeekers(db: Db, actor: Actor, f: SeekerListQuery, today: string, limit: number, offset: number) {
  let q = selectSeekers(db).where(scopeCondition('s.region_code', actor));
  if (f.regionCode) q = q.where('s.region_code', 'like', `${f.regionCode}%`);
  if (f.category) q = q.where(sql<boolean>`${f.category} = ANY(s.categories)`);
  if (f.occupation) {
    const family = await occupationFamily(db, f.occupation);
    q = q.where(sql<boolean>`s.desired_occupations && ${sql.val(family)}::text[]`);
  }
  if (f.status === 'valid') q = q.where('s.status', '=', 'active').where('s.valid_to', '>=', today).where('s.valid_from', '<=', today);
  else if (f.status === 'expired') q = q.where('s.status', '=', 'active').where('s.valid_to', '<', today);
  else if (f.status) q = q.where('s.status', '=', f.status);
  if (f.difficulty !== undefined) {
    const has = sql<boolean>`EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = s.person_id AND d.status = 'active')`;
    q = q.where(f.difficulty ? has : sql<boolean>`NOT ${has}`);
  }
  const text = f.q?.trim();
  if (text) {
    if (/^\d{17}[\dXx]$/.test(text)) q = q.where('p.citizen_id', '=', text.toUpperCase());
    else if (/^[A-Za-z]+$/.test(text)) q = q.where('p.name_initials', 'like', `${text.toLowerCase()}%`);
    else q = q.where('p.name', 'like', `${escapeLike(text)}%`);
  }
  const rows = await q.orderBy(sortColumn(f.sort, SORTS, 's.created_at'), f.order ?? 'desc').orderBy('s.id', 'desc').limit(limit).offset(offset).execute();
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: n };
}

/** Names of codes of one code table (the newest edition's name wins). */
export async function codeNames(db: Db, type: string, codes: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (codes.length === 0) return names;
  const rows = await db.selectFrom('code_entry').select(['code', 'name']).where('type', '=', type).where('code', 'in', [...new Set(codes)]).orderBy('edition', 'asc').execute();
  for (const r of rows) names.set(r.code, r.name);
  return names;
}

/** Names of org units. */
export async function unitNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
