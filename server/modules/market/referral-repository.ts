import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/context.js';
import type { ReferralStatus } from '../../platform/db/schema.js';
import { scopeCondition } from '../../platform/scope.js';
import { escapeLike } from '../../platform/db/like.js';
import { sortColumn } from '../../platform/http/schemas.js';

/** A referral with what every view of it shows: seeker's person, posting, employer, units, who referred and answered. */
export function selectReferrals(db: Db) {
  return db
    .selectFrom('referral as r')
    .innerJoin('job_seeker as s', 's.id', 'r.seeker_id')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('job_posting as j', 'j.id', 'r.posting_id')
    .innerJoin('employer as e', 'e.id', 'r.employer_id')
    .innerJoin('org_unit as o', 'o.code', 'r.region_code')
    .innerJoin('org_unit as po', 'po.code', 'r.posting_region_code')
    .leftJoin('app_user as ru', 'ru.id', 'r.referred_by')
    .leftJoin('app_user as au', 'au.id', 'r.answered_by')
    .selectAll('r')
    .select([
      'p.name as person_name',
      'p.citizen_id',
      'p.phone',
      's.consent_share',
      'j.title as posting_title',
      'e.name as employer_name',
      'o.name as region_name',
      'po.name as posting_region_name',
      'ru.display_name as referred_by_name',
      'au.display_name as answered_by_name',
    ]);
}

export type ReferralRow = Awaited<ReturnType<ReturnType<typeof selectReferrals>['executeTakeFirstOrThrow']>>;

/** Staff see a referral when the seeker's region or the posting's region lies in their subtree. */
export function staffScope(actor: Pick<Actor, 'orgCode'>): Expression<SqlBool> {
  return sql<SqlBool>`(${scopeCondition('r.region_code', actor)} OR ${scopeCondition('r.posting_region_code', actor)})`;
}

export interface ReferralFilter {
  regionCode?: string;
  status?: ReferralStatus;
  channel?: 'staff' | 'portal' | 'fair';
  employerId?: number;
  postingId?: number;
  from?: string;
  to?: string;
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
}

const SORTS = { referredOn: 'r.referred_on', createdAt: 'r.created_at', status: 'r.status', personName: 'p.name', postingTitle: 'j.title', employerName: 'e.name', answeredAt: 'r.answered_at' } as const;

/** The staff list: scope, filters, sorting and paging. */
export async function findReferrals(db: Db, actor: Actor, f: ReferralFilter, limit: number, offset: number) {
  let q = selectReferrals(db).where(staffScope(actor));
  if (f.regionCode) {
    const region = f.regionCode;
    q = q.where((eb) => eb.or([eb('r.region_code', 'like', `${region}%`), eb('r.posting_region_code', 'like', `${region}%`)]));
  }
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.channel) q = q.where('r.channel', '=', f.channel);
  if (f.employerId) q = q.where('r.employer_id', '=', f.employerId);
  if (f.postingId) q = q.where('r.posting_id', '=', f.postingId);
  if (f.from) q = q.where('r.referred_on', '>=', f.from);
  if (f.to) q = q.where('r.referred_on', '<=', f.to);
  if (f.q?.trim()) {
    const like = `%${escapeLike(f.q.trim())}%`;
    q = q.where((eb) => eb.or([eb('p.name', 'like', like), eb('j.title', 'like', like), eb('e.name', 'like', like)]));
  }
  return pageOf(q, f, limit, offset);
}

/** The posting's referrals and applications (staff: those in their scope), sorted and paged like the staff list. */
export async function findPostingReferrals(db: Db, postingId: number, scope: Pick<Actor, 'orgCode'> | null, f: Pick<ReferralFilter, 'sort' | 'order'>, limit: number, offset: number) {
  let q = selectReferrals(db).where('r.posting_id', '=', postingId);
  if (scope) q = q.where(staffScope(scope));
  return pageOf(q, f, limit, offset);
}

/** Sorts and pages a referral query (the total counted only when the page is not the whole). */
async function pageOf(q: ReturnType<typeof selectReferrals>, f: Pick<ReferralFilter, 'sort' | 'order'>, limit: number, offset: number) {
  const rows = await q.orderBy(sortColumn(f.sort, SORTS, 'r.created_at'), f.order ?? 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute();
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length };
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { rows, total: n };
}
