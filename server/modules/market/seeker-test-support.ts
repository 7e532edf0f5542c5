import { sql } from 'kysely';
import type { TestApp } from '../../../tests/support/test-app.js';
import { citizenIdCheckChar } from '../../platform/validators/citizen-id.js';

/** A valid ID number no one in the registry holds (born 1990, sequence from the seed). */
export function freshCitizenId(seq: number): string {
  const first17 = `360203${'19900101'}${String(seq).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

/** People of a unit with no active seeker registration and no open difficulty identification. */
export async function freeResidents(t: TestApp, prefix: string, n: number) {
  return t.db
    .selectFrom('person as p')
    .select(['p.id', 'p.citizen_id', 'p.name', 'p.region_code'])
    .where('p.region_code', 'like', `${prefix}%`)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM job_seeker s WHERE s.person_id = p.id AND s.status = 'active')`)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = p.id AND d.status IN ('pending', 'returned', 'active'))`)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id)`)
    .orderBy('p.id')
    .limit(n)
    .execute();
}


/** A published posting valid on the test day (2026-11-10 … 2026-12-10), written directly for referral tests. */
export async function publishedPosting(t: TestApp, p: { employerId: number; regionCode: string; title: string; shared?: boolean }): Promise<number> {
  const now = new Date();
  const row = await t.db
    .insertInto('job_posting')
    .values({
      employer_id: p.employerId,
      region_code: p.regionCode,
      title: p.title,
      occupation_code: '4-02',
      vacancies: 3,
      wage_min: 3200,
      wage_max: 4500,
      description: '负责货物的入库、上架、盘点和出库复核工作。',
      contact_name: '李经理',
      contact_phone: '13907981234',
      valid_from: '2026-11-10',
      valid_to: '2026-12-10',
      status: 'published',
      prereview_outcome: 'pass',
      prereview_findings: '[]',
      published_at: now,
      shared: p.shared ?? true,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
