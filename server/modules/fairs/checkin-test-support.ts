import { sql } from 'kysely';
import type { TestApp } from '../../../tests/support/test-app.js';
import type { FairKind, FairStatus, ParticipationStatus } from '../../platform/db/schema-fairs.js';
import { publishedPosting } from '../market/seeker-test-support.js';

/** The test clock's China date (a Friday). */
export const TODAY = '2026-11-20';
/** employer_demo's employer (珠山区). */
export const DEMO_EMPLOYER = 1;

/** A fair written directly (the planning API is built in parallel). */
export async function insertFair(t: TestApp, f: { regionCode: string; heldOn?: string; status?: FairStatus; kind?: FairKind; name?: string; campaignId?: number | null }): Promise<number> {
  const now = new Date();
  const status = f.status ?? 'published';
  const row = await t.db
    .insertInto('fair')
    .values({
      region_code: f.regionCode,
      name: f.name ?? '测试招聘会',
      kind: f.kind ?? 'street_fortnightly',
      campaign_id: f.campaignId ?? null,
      venue: '街道便民服务中心',
      held_on: f.heldOn ?? TODAY,
      starts_at: '09:00:00',
      ends_at: '12:00:00',
      booth_capacity: 30,
      status,
      cancel_reason: status === 'cancelled' ? '天气原因' : null,
      published_at: status === 'planned' ? null : now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let booth = 0;
/** A participation with the postings it brings (created as published postings of the employer). */
export async function insertBooth(t: TestApp, fairId: number, employerId: number, opts: { status?: ParticipationStatus; positions?: number[] } = {}) {
  const now = new Date();
  const status = opts.status ?? 'approved';
  const employer = await t.db.selectFrom('employer').select('region_code').where('id', '=', employerId).executeTakeFirstOrThrow();
  booth += 1;
  const row = await t.db
    .insertInto('fair_participation')
    .values({ fair_id: fairId, employer_id: employerId, region_code: employer.region_code, status, booth_no: status === 'approved' || status === 'absent' ? `A${String(booth).padStart(2, '0')}` : null, via: 'staff', reason: status === 'rejected' ? '不符合' : null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const postings: number[] = [];
  for (const [i, positions] of (opts.positions ?? [3]).entries()) {
    const postingId = await publishedPosting(t, { employerId, regionCode: employer.region_code, title: `招聘会岗位${booth}-${i + 1}` });
    await t.db.insertInto('fair_posting').values({ participation_id: row.id, posting_id: postingId, positions, created_at: now, updated_at: now }).execute();
    postings.push(postingId);
  }
  return { id: row.id, postings };
}

/** Verified employers of a region other than the demo one. */
export async function employersOf(t: TestApp, prefix: string, n: number): Promise<number[]> {
  const rows = await t.db.selectFrom('employer').select('id').where('region_code', 'like', `${prefix}%`).where('status', '=', 'verified').where('id', '!=', DEMO_EMPLOYER).orderBy('id').limit(n).execute();
  return rows.map((r) => r.id);
}

/**
 * Working-age people of a region without an account, with no open employment and not yet used;
 * `seeker` chooses those with or without an active seeker registration.
 */
export async function peopleOf(t: TestApp, prefix: string, n: number, opts: { seeker: boolean; used: number[] }) {
  const rows = await t.db
    .selectFrom('person as p')
    .select(['p.id', 'p.citizen_id', 'p.name', 'p.region_code', 'p.sex', 'p.birth_date', 'p.labour_status'])
    .where('p.region_code', 'like', `${prefix}%`)
    .where('p.birth_date', '>=', '1970-01-01')
    .where('p.birth_date', '<=', '2004-01-01')
    .where('p.id', 'not in', [-1, ...opts.used])
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id)`)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM employment_registration e WHERE e.person_id = p.id AND e.ended_on IS NULL)`)
    .where(opts.seeker ? sql<boolean>`EXISTS (SELECT 1 FROM job_seeker s WHERE s.person_id = p.id AND s.status = 'active')` : sql<boolean>`NOT EXISTS (SELECT 1 FROM job_seeker s WHERE s.person_id = p.id AND s.status = 'active')`)
    .orderBy('p.id')
    .limit(n)
    .execute();
  opts.used.push(...rows.map((r) => r.id));
  return rows;
}
