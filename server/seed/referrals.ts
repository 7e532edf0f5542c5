import { sql } from 'kysely';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { RULE_DEFAULTS } from '../modules/rules/defaults.js';
import { cancelGroundForEmployment, labourStatusOf } from '../modules/registry/rules.js';
import type { SeedContext } from './demo.js';
import { operatorOf } from './staff.js';
import { inBatches, unnest } from './bulk.js';
import type { MarketPlan } from './market-scale.js';

// Referrals by staff (职业介绍, each with its job-recommendation service record) and applications
// on the portal, with the employers' answers. A hire is registered like the registry does it: an
// employment registration with the employer, the open unemployment registration cancelled on the
// ground 'employed', a follow-up visit, the labour status, and the seeker's registration closed.

/** Coded reasons for not hiring (referral-rules NOT_HIRED_REASONS). */
const NOT_HIRED = ['skills_mismatch', 'wage_disagreement', 'seeker_declined', 'position_filled', 'failed_interview', 'other'];
type Status = 'referred' | 'interviewed' | 'hired' | 'not_hired' | 'no_show' | 'withdrawn';
const OUTCOMES: { value: Status; weight: number }[] = [
  { value: 'referred', weight: 22 },
  { value: 'interviewed', weight: 15 },
  { value: 'not_hired', weight: 30 },
  { value: 'no_show', weight: 8 },
  { value: 'withdrawn', weight: 5 },
  { value: 'hired', weight: 20 },
];
/** Referrals go to postings valid within this many days before today. */
const WINDOW_DAYS = 120;

interface Seeker {
  id: number;
  person_id: number;
  region_code: string;
  desired_occupations: string[];
  valid_from: string;
  labour_status: string;
}

interface Posting {
  id: number;
  region_code: string;
  occupation_code: string;
  valid_from: string;
  valid_to: string;
  shared: boolean;
}

/**
 * Referrals and applications of the active seekers to postings of their desired occupations in
 * their district (or shared postings elsewhere), on a day both were valid. Staff refer people with
 * an active difficulty identification only through the assistance flow, so they are left to the
 * portal here (their 10-working-day commitment stays as the assistance generator made it); the demo
 * community's people are never hired (its fixed registered unemployed stay unemployed).
 */
export async function generateReferrals(ctx: SeedContext, plan: MarketPlan): Promise<Record<string, number>> {
  const { db, rng, now } = ctx;
  const today = chinaDate(now);
  const city = `${ctx.cityCode}%`;
  const seekers = (await sql<Seeker>`
    SELECT s.id, s.person_id, s.region_code, s.desired_occupations, s.valid_from, p.labour_status
    FROM job_seeker s JOIN person p ON p.id = s.person_id
    WHERE s.status = 'active' AND s.region_code LIKE ${city} ORDER BY s.id`.execute(db)).rows;
  const postings = (await sql<Posting>`
    SELECT id, region_code, occupation_code, valid_from, valid_to, shared FROM job_posting
    WHERE status IN ('published', 'filled') AND valid_to >= ${addCalendarDays(today, -WINDOW_DAYS)}::date AND region_code LIKE ${city}
    ORDER BY id`.execute(db)).rows;
  if (seekers.length === 0 || postings.length === 0) return { referrals: 0, hires: 0 };
  const local = new Map<string, Posting[]>();
  const shared = new Map<string, Posting[]>();
  const add = (map: Map<string, Posting[]>, key: string, p: Posting) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of postings) {
    add(local, `${p.region_code.slice(0, 6)}|${p.occupation_code}`, p);
    if (p.shared) add(shared, p.occupation_code, p);
  }
  const difficulty = new Set((await sql<{ person_id: number }>`SELECT person_id FROM difficulty_identification WHERE status = 'active'`.execute(db)).rows.map((r) => r.person_id));
  const noHire = new Set(
    (await sql<{ id: number }>`
      SELECT p.id FROM person p JOIN zero_employment_family z ON z.household_id = p.household_id AND z.status = 'active'
      UNION SELECT p.id FROM person p WHERE p.region_code = ${ctx.places.community.code}`.execute(db)).rows.map((r) => r.id),
  );

  const pairs = new Set<string>();
  const hired = new Set<number>();
  const rows: {
    seeker: Seeker;
    posting: Posting;
    channel: 'staff' | 'portal';
    status: Status;
    reason: string | null;
    referredOn: string;
    answeredOn: string | null;
  }[] = [];
  for (let attempt = 0; attempt < plan.referrals * 3 && rows.length < plan.referrals; attempt += 1) {
    const seeker = rng.pick(seekers);
    const occupation = rng.pick(seeker.desired_occupations);
    const list = rng.chance(0.8) ? local.get(`${seeker.region_code.slice(0, 6)}|${occupation}`) : shared.get(occupation);
    if (!list) continue;
    const posting = rng.pick(list);
    const pair = `${seeker.id}:${posting.id}`;
    if (pairs.has(pair)) continue;
    const from = posting.valid_from > seeker.valid_from ? posting.valid_from : seeker.valid_from;
    const to = posting.valid_to < today ? posting.valid_to : today;
    if (from > to) continue;
    pairs.add(pair);
    const referredOn = rng.date(from, to);
    const age = Math.round((Date.parse(today) - Date.parse(referredOn)) / 86_400_000);
    const channel = !difficulty.has(seeker.person_id) && rng.chance(0.6) ? 'staff' : 'portal';
    let status: Status = age < 3 ? 'referred' : rng.weighted(OUTCOMES);
    if (status === 'withdrawn' && channel === 'staff') status = 'no_show';
    if (status === 'hired') {
      if (seeker.labour_status !== 'unemployed' || noHire.has(seeker.person_id) || hired.has(seeker.person_id)) status = 'not_hired';
      else hired.add(seeker.person_id);
    }
    const answeredOn = status === 'referred' || status === 'withdrawn' ? null : addCalendarDays(referredOn, rng.int(1, Math.max(1, Math.min(10, age))));
    rows.push({ seeker, posting, channel, status, reason: status === 'not_hired' ? rng.pick(NOT_HIRED) : null, referredOn, answeredOn: answeredOn && answeredOn > today ? today : answeredOn });
  }

  const first = Number((await sql<{ id: number | null }>`SELECT max(id) AS id FROM referral`.execute(db)).rows[0]?.id ?? 0) + 1;
  const operator = (code: string) => ctx.staff.get(operatorOf(code)) ?? null;
  await inBatches(rows, async (batch) => {
    const source = unnest({
      seeker_id: ['bigint', batch.map((r) => r.seeker.id)],
      posting_id: ['bigint', batch.map((r) => r.posting.id)],
      channel: ['text', batch.map((r) => r.channel)],
      status: ['text', batch.map((r) => r.status)],
      reason_code: ['text', batch.map((r) => r.reason)],
      referred_by: ['bigint', batch.map((r) => (r.channel === 'staff' ? operator(r.seeker.region_code) : null))],
      referred_on: ['date', batch.map((r) => r.referredOn)],
      answered_by: ['bigint', batch.map((r) => (r.answeredOn ? operator(r.posting.region_code) : null))],
      answered_at: ['timestamptz', batch.map((r) => (r.answeredOn ? `${r.answeredOn}T02:00:00Z` : null))],
      hired_on: ['date', batch.map((r) => (r.status === 'hired' ? r.answeredOn : null))],
    });
    await sql`
      INSERT INTO referral (seeker_id, posting_id, person_id, employer_id, region_code, posting_region_code, channel, status, reason_code,
        referred_by, referred_on, answered_by, answered_at, hired_on, created_at, updated_at)
      SELECT u.seeker_id, u.posting_id, s.person_id, p.employer_id, s.region_code, p.region_code, u.channel, u.status, u.reason_code,
        u.referred_by, u.referred_on, u.answered_by, u.answered_at, u.hired_on, u.referred_on + time '10:00', ${now}
      FROM ${source} JOIN job_seeker s ON s.id = u.seeker_id JOIN job_posting p ON p.id = u.posting_id`.execute(db);
  });
  await recordServices(ctx, first);
  const hires = await registerHires(ctx, first, today);
  return { referrals: rows.length, hires };
}

/** Each staff referral's job-recommendation service record, linked both ways. */
async function recordServices(ctx: SeedContext, first: number): Promise<void> {
  const { db, now } = ctx;
  await sql`DROP TABLE IF EXISTS seed_referral_service`.execute(db);
  await sql`
    CREATE TEMP TABLE seed_referral_service ON COMMIT DROP AS
    SELECT id AS referral_id, nextval(pg_get_serial_sequence('service_record', 'id')) AS service_id
    FROM referral WHERE id >= ${first} AND channel = 'staff' ORDER BY id`.execute(db);
  await sql`
    INSERT INTO service_record (id, person_id, region_code, kind, served_on, content, refused, created_by, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT m.service_id, r.person_id, r.region_code, 'job_recommendation', r.referred_on, '职业介绍：推荐至' || e.name || '（' || p.title || '）', false,
      r.referred_by, ${now}, ${now}
    FROM seed_referral_service m JOIN referral r ON r.id = m.referral_id JOIN job_posting p ON p.id = r.posting_id JOIN employer e ON e.id = r.employer_id`.execute(db);
  await sql`UPDATE referral r SET service_record_id = m.service_id FROM seed_referral_service m WHERE r.id = m.referral_id`.execute(db);
}

/** The hires as the registry registers employment (see registration-service employWithin). */
async function registerHires(ctx: SeedContext, first: number, today: string): Promise<number> {
  const { db, now } = ctx;
  const followUpDays = RULE_DEFAULTS['follow_up.after_placement_days'].value;
  const status = labourStatusOf([{ kind: 'employer', fullTime: true, employerName: null }], false);
  await sql`DROP TABLE IF EXISTS seed_hire`.execute(db);
  await sql`
    CREATE TEMP TABLE seed_hire ON COMMIT DROP AS
    SELECT r.id AS referral_id, r.person_id, r.seeker_id, r.employer_id, e.name AS employer_name, r.hired_on, pe.region_code, u.id AS operator_id,
      nextval(pg_get_serial_sequence('employment_registration', 'id')) AS employment_id
    FROM referral r JOIN person pe ON pe.id = r.person_id JOIN employer e ON e.id = r.employer_id
      LEFT JOIN app_user u ON u.username = 'op_' || pe.region_code
    WHERE r.id >= ${first} AND r.status = 'hired' ORDER BY r.id`.execute(db);
  await sql`
    INSERT INTO employment_registration (id, person_id, region_code, kind, employer_id, employer_name, full_time, started_on, registered_on, late_days, created_by, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT employment_id, person_id, region_code, 'employer', employer_id, employer_name, true, hired_on, LEAST(hired_on + 2, ${today}::date), NULL, operator_id, ${now}, ${now}
    FROM seed_hire`.execute(db);
  await sql`
    INSERT INTO follow_up_visit (person_id, region_code, employment_registration_id, due_on, created_by, created_at, updated_at)
    SELECT person_id, region_code, employment_id, hired_on + ${followUpDays}::int, operator_id, ${now}, ${now} FROM seed_hire`.execute(db);
  await sql`
    UPDATE unemployment_registration u SET cancelled_on = CASE WHEN h.hired_on < u.registered_on THEN ${today}::date ELSE h.hired_on END,
      cancel_ground = ${cancelGroundForEmployment('employer')}, updated_at = ${now}
    FROM seed_hire h WHERE u.person_id = h.person_id AND u.cancelled_on IS NULL`.execute(db);
  await sql`UPDATE person p SET labour_status = ${status}, last_contact_on = ${today}::date, updated_at = ${now} FROM seed_hire h WHERE p.id = h.person_id`.execute(db);
  await sql`UPDATE referral r SET employment_registration_id = h.employment_id FROM seed_hire h WHERE r.id = h.referral_id`.execute(db);
  await sql`UPDATE job_seeker s SET status = 'closed', updated_at = ${now} FROM seed_hire h WHERE s.id = h.seeker_id`.execute(db);
  const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM seed_hire`.execute(db);
  return n.rows[0]?.n ?? 0;
}
