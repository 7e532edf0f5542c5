import { sql } from 'kysely';
import { chinaDate } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import type { ParticipationStatus } from '../platform/db/schema-fairs.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { isWorkingAge } from '../modules/registry/rules.js';
import type { SeedContext } from './demo.js';
import { SEED_AGE_RULES } from './registry.js';
import { operatorOf } from './staff.js';
import { inBatches, unnest } from './bulk.js';
import { HISTORY_DAYS, planFairCalendar, type PlannedFair } from './fairs-plan.js';
import { planFairDay, type Booth, type Employer, type Person } from './fairs-day.js';

// A year of fairs in the demo city (see fairs-plan.ts for the calendar): booths of verified
// employers with their reviewed postings, check-ins of registry people with the snapshot the
// check-in service takes (checkinGroups), intentions to hire (about a third of the check-ins, three
// in five of them unemployed), and the interview slots of the online fairs. Intentions are not
// followed into hires here: the registry's employment records stay as the other generators made them.

/** Largest people sample the check-ins are drawn from. */
const PEOPLE_SAMPLE = 30_000;

/** Reserves n ids of a table's identity sequence (rows are then inserted with OVERRIDING SYSTEM VALUE). */
async function reserveIds(db: Db, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${n})`.execute(db);
  return rows.rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

const chinaTime = (date: string, hhmm: string, plusMinutes = 0) => new Date(Date.parse(`${date}T${hhmm}:00+08:00`) + plusMinutes * 60_000);

async function loadEmployers(db: Db, cityCode: string, from: string): Promise<Employer[]> {
  const postings = (await sql<{ id: number; employer_id: number; status: string; valid_from: string; valid_to: string; vacancies: number }>`
    SELECT j.id, j.employer_id, j.status, j.valid_from::text AS valid_from, j.valid_to::text AS valid_to, j.vacancies
    FROM job_posting j JOIN employer e ON e.id = j.employer_id
    WHERE e.status = 'verified' AND e.region_code LIKE ${`${cityCode}%`} AND j.status IN ('published', 'filled', 'paused') AND j.valid_to >= ${addCalendarDays(from, -120)}::date
    ORDER BY j.employer_id, j.valid_from, j.id`.execute(db)).rows;
  const employers = await db.selectFrom('employer').select(['id', 'region_code']).where('status', '=', 'verified').where('region_code', 'like', `${cityCode}%`).orderBy('id').execute();
  const byEmployer = new Map<number, Employer>(employers.map((e) => [e.id, { id: e.id, regionCode: e.region_code, postings: [] }]));
  for (const p of postings) byEmployer.get(p.employer_id)?.postings.push({ id: p.id, status: p.status, validFrom: p.valid_from, validTo: p.valid_to, vacancies: p.vacancies });
  return [...byEmployer.values()].filter((e) => e.postings.length > 0);
}

async function loadPeople(db: Db, cityCode: string, today: string): Promise<Person[]> {
  const total = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM person WHERE region_code LIKE ${`${cityCode}%`}`.execute(db)).rows[0]?.n ?? 0);
  const every = Math.max(1, Math.ceil(total / PEOPLE_SAMPLE));
  const rows = (await sql<{ id: number; region_code: string; sex: 1 | 2; birth_date: string; labour_status: string; seeker_id: number | null; categories: string[] | null; seeker_from: string | null; difficulty: boolean }>`
    SELECT p.id, p.region_code, p.sex, p.birth_date::text AS birth_date, p.labour_status, s.id AS seeker_id, s.categories, s.valid_from::text AS seeker_from,
      EXISTS (SELECT 1 FROM difficulty_identification d WHERE d.person_id = p.id AND d.status = 'active') AS difficulty
    FROM person p
      LEFT JOIN LATERAL (SELECT id, categories, valid_from FROM job_seeker js WHERE js.person_id = p.id ORDER BY js.valid_from DESC, js.id DESC LIMIT 1) s ON true
    WHERE p.region_code LIKE ${`${cityCode}%`} AND p.able_to_work AND p.labour_status <> 'public_welfare' AND p.id % ${every} = 0
    ORDER BY p.id`.execute(db)).rows;
  const yearAgo = addCalendarDays(today, -HISTORY_DAYS);
  return rows
    .filter((r) => isWorkingAge({ birthDate: r.birth_date, sex: r.sex }, yearAgo, SEED_AGE_RULES) && isWorkingAge({ birthDate: r.birth_date, sex: r.sex }, today, SEED_AGE_RULES))
    .map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      sex: r.sex,
      birthDate: r.birth_date,
      labourStatus: r.labour_status,
      seekerId: r.seeker_id,
      seekerFrom: r.seeker_from,
      categories: r.categories ?? [],
      difficulty: r.difficulty,
    }));
}

/** Writes the demo year of fairs; returns the counts for the seed report. */
export async function generateFairs(ctx: SeedContext): Promise<Record<string, number>> {
  const { db, now } = ctx;
  const today = chinaDate(now);
  const streets = await db.selectFrom('org_unit').select(['code', 'name']).where('parent_code', '=', ctx.places.district.code).where('level', '=', 4).orderBy('code').execute();
  const calendar = planFairCalendar({ today, scale: ctx.scale, city: ctx.places.city, district: ctx.places.district, streets }, ctx.rng.fork('calendar'));
  const operator = (code: string) => ctx.staff.get(operatorOf(code)) ?? ctx.staff.get(code.length <= 4 ? 'city_op' : 'district_op') ?? null;
  const cityOp = ctx.staff.get('city_op') ?? null;

  const campaignIds: number[] = [];
  for (const c of calendar.campaigns) {
    const at = chinaTime(addCalendarDays(c.startsOn, -30), '10:00');
    const row = await db
      .insertInto('fair_campaign')
      .values({ region_code: c.regionCode, name: c.name, kind: c.kind, starts_on: c.startsOn, ends_on: c.endsOn, target_groups: c.targetGroups, participant_units: c.participantUnits, goals: JSON.stringify(c.goals), description: c.description, created_by: cityOp, created_at: at < now ? at : now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    campaignIds.push(row.id);
  }
  const seriesIds: number[] = [];
  for (const s of calendar.series) {
    const row = await db.insertInto('fair_series').values({ region_code: s.regionCode, every: s.every, first_on: s.firstOn, until_on: s.untilOn, created_by: operator(s.regionCode), created_at: chinaTime(addCalendarDays(s.firstOn, -21), '10:00'), updated_at: now }).returning('id').executeTakeFirstOrThrow();
    seriesIds.push(row.id);
  }
  const fairIds = await reserveIds(db, 'fair', calendar.fairs.length);
  const created = (f: PlannedFair) => {
    const at = chinaTime(addCalendarDays(f.heldOn, -35), '10:00');
    return at < now ? at : now;
  };
  const published = (f: PlannedFair) => (f.status === 'published' || f.status === 'closed' ? new Date(Math.min(created(f).getTime() + 86_400_000, now.getTime())) : null);
  await inBatches(calendar.fairs, async (batch, offset) => {
    const source = unnest({
      id: ['bigint', batch.map((_, i) => fairIds[offset + i])],
      region_code: ['text', batch.map((f) => f.regionCode)],
      name: ['text', batch.map((f) => f.name)],
      kind: ['text', batch.map((f) => f.kind)],
      groups: ['text', batch.map((f) => f.targetGroups.join(','))],
      campaign_id: ['bigint', batch.map((f) => (f.campaign === null ? null : campaignIds[f.campaign]))],
      series_id: ['bigint', batch.map((f) => (f.series === null ? null : seriesIds[f.series]))],
      venue: ['text', batch.map((f) => f.venue)],
      held_on: ['date', batch.map((f) => f.heldOn)],
      starts_at: ['time', batch.map((f) => f.startsAt)],
      ends_at: ['time', batch.map((f) => f.endsAt)],
      capacity: ['int', batch.map((f) => f.capacity)],
      description: ['text', batch.map((f) => f.description)],
      status: ['text', batch.map((f) => f.status)],
      cancel_reason: ['text', batch.map((f) => f.cancelReason)],
      created_by: ['bigint', batch.map((f) => operator(f.regionCode))],
      published_at: ['timestamptz', batch.map((f) => published(f))],
      closed_at: ['timestamptz', batch.map((f) => (f.status === 'closed' ? chinaTime(addCalendarDays(f.heldOn, 1), '10:00') : null))],
      created_at: ['timestamptz', batch.map((f) => created(f))],
    });
    await sql`
      INSERT INTO fair (id, region_code, name, kind, target_groups, campaign_id, series_id, venue, held_on, starts_at, ends_at, booth_capacity, description,
        status, cancel_reason, created_by, published_at, closed_at, created_at, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT u.id, u.region_code, u.name, u.kind, string_to_array(u.groups, ','), u.campaign_id, u.series_id, u.venue, u.held_on, u.starts_at, u.ends_at, u.capacity,
        u.description, u.status, u.cancel_reason, u.created_by, u.published_at, u.closed_at, u.created_at, ${now}
      FROM ${source}`.execute(db);
  });

  const day = planFairDay({
    fairs: calendar.fairs.map((f, i) => ({ ...f, id: fairIds[i] })),
    employers: await loadEmployers(db, ctx.cityCode, addCalendarDays(today, -HISTORY_DAYS)),
    people: await loadPeople(db, ctx.cityCode, today),
    demoEmployerId: (await db.selectFrom('app_user').select('employer_id').where('username', '=', 'employer_demo').executeTakeFirst())?.employer_id ?? null,
    today,
    districtCode: ctx.places.district.code,
    rng: ctx.rng.fork('day'),
  });
  const fairById = new Map(calendar.fairs.map((f, i) => [fairIds[i], f]));
  const organiser = (fairId: number) => (fairById.get(fairId) as PlannedFair).regionCode;

  const boothIds = await reserveIds(db, 'fair_participation', day.booths.length);
  day.booths.forEach((b, i) => (b.id = boothIds[i]));
  await writeBooths(db, day.booths, now, operator, organiser);
  const checkinIds = await reserveIds(db, 'fair_checkin', day.checkins.length);
  day.checkins.forEach((c, i) => (c.id = checkinIds[i]));
  await inBatches(day.checkins, async (batch) => {
    const source = unnest({
      id: ['bigint', batch.map((c) => c.id)],
      fair_id: ['bigint', batch.map((c) => c.fairId)],
      person_id: ['bigint', batch.map((c) => c.person.id)],
      seeker_id: ['bigint', batch.map((c) => c.seekerId)],
      region_code: ['text', batch.map((c) => c.person.regionCode)],
      via: ['text', batch.map((c) => c.via)],
      unemployed: ['boolean', batch.map((c) => c.unemployed)],
      groups: ['text', batch.map((c) => c.groups.join(','))],
      checked_in_by: ['bigint', batch.map((c) => (c.via === 'online' ? null : operator(organiser(c.fairId))))],
      checked_in_at: ['timestamptz', batch.map((c) => c.at)],
    });
    await sql`
      INSERT INTO fair_checkin (id, fair_id, person_id, seeker_id, region_code, via, registered_on_spot, unemployed, groups, checked_in_by, checked_in_at, created_at, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT u.id, u.fair_id, u.person_id, u.seeker_id, u.region_code, u.via, false, u.unemployed, string_to_array(u.groups, ','), u.checked_in_by, u.checked_in_at, u.checked_in_at, ${now}
      FROM ${source}`.execute(db);
  });
  const intentionIds = await reserveIds(db, 'fair_intention', day.intentions.length);
  day.intentions.forEach((x, i) => (x.id = intentionIds[i]));
  await inBatches(day.intentions, async (batch) => {
    const source = unnest({
      id: ['bigint', batch.map((x) => x.id)],
      checkin_id: ['bigint', batch.map((x) => x.checkin.id)],
      participation_id: ['bigint', batch.map((x) => x.booth.id)],
      posting_id: ['bigint', batch.map((x) => x.postingId)],
      status: ['text', batch.map((x) => x.status)],
      drop_reason: ['text', batch.map((x) => x.dropReason)],
      by: ['bigint', batch.map((x) => operator(organiser(x.checkin.fairId)))],
      followed_up_at: ['timestamptz', batch.map((x) => x.followedUpAt)],
    });
    await sql`
      INSERT INTO fair_intention (id, fair_id, checkin_id, participation_id, posting_id, person_id, region_code, status, drop_reason, recorded_by, followed_up_by, followed_up_at, created_at, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT u.id, k.fair_id, u.checkin_id, u.participation_id, u.posting_id, k.person_id, k.region_code, u.status, u.drop_reason, u.by,
        CASE WHEN u.followed_up_at IS NULL THEN NULL ELSE u.by END, u.followed_up_at, k.checked_in_at + interval '20 minutes', ${now}
      FROM ${source} JOIN fair_checkin k ON k.id = u.checkin_id`.execute(db);
  });
  await inBatches(day.slots, async (batch) => {
    const source = unnest({
      fair_id: ['bigint', batch.map((s) => s.booth.fairId)],
      participation_id: ['bigint', batch.map((s) => s.booth.id)],
      starts_at: ['timestamptz', batch.map((s) => s.startsAt)],
      person_id: ['bigint', batch.map((s) => s.checkin?.person.id ?? null)],
      booked_at: ['timestamptz', batch.map((s) => (s.checkin ? chinaTime(addCalendarDays(chinaDate(s.startsAt), -2), '20:00') : null))],
      outcome: ['text', batch.map((s) => s.outcome)],
      intention_id: ['bigint', batch.map((s) => s.intention?.id ?? null)],
    });
    await sql`
      INSERT INTO fair_slot (fair_id, participation_id, starts_at, minutes, person_id, booked_at, outcome, intention_id, created_at, updated_at)
      SELECT u.fair_id, u.participation_id, u.starts_at, 20, u.person_id, u.booked_at, u.outcome, u.intention_id, LEAST(u.starts_at - interval '7 days', ${now}), ${now}
      FROM ${source}`.execute(db);
  });
  return {
    fairs: calendar.fairs.length,
    fairCampaigns: calendar.campaigns.length,
    fairBooths: day.booths.length,
    fairCheckins: day.checkins.length,
    fairIntentions: day.intentions.length,
    fairSlots: day.slots.length,
  };
}

async function writeBooths(db: Db, booths: Booth[], now: Date, operator: (code: string) => number | null, organiser: (fairId: number) => string): Promise<void> {
  const decided = (s: ParticipationStatus) => s !== 'applied' && s !== 'withdrawn';
  await inBatches(booths, async (batch) => {
    const source = unnest({
      id: ['bigint', batch.map((b) => b.id)],
      fair_id: ['bigint', batch.map((b) => b.fairId)],
      employer_id: ['bigint', batch.map((b) => b.employer.id)],
      region_code: ['text', batch.map((b) => b.employer.regionCode)],
      status: ['text', batch.map((b) => b.status)],
      booth_no: ['text', batch.map((b) => b.boothNo)],
      via: ['text', batch.map((b) => b.via)],
      reason: ['text', batch.map((b) => b.reason)],
      applied_by: ['bigint', batch.map((b) => (b.via === 'staff' ? operator(organiser(b.fairId)) : null))],
      decided_by: ['bigint', batch.map((b) => (decided(b.status) ? operator(organiser(b.fairId)) : null))],
      applied_at: ['timestamptz', batch.map((b) => (b.appliedAt < now ? b.appliedAt : now))],
      decided_at: ['timestamptz', batch.map((b) => (decided(b.status) ? new Date(Math.min(b.appliedAt.getTime() + 2 * 86_400_000, now.getTime())) : null))],
    });
    await sql`
      INSERT INTO fair_participation (id, fair_id, employer_id, region_code, status, booth_no, via, reason, applied_by, decided_by, decided_at, created_at, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT u.id, u.fair_id, u.employer_id, u.region_code, u.status, u.booth_no, u.via, u.reason, u.applied_by, u.decided_by, u.decided_at, u.applied_at, ${now}
      FROM ${source}`.execute(db);
  });
  const postings = booths.flatMap((b) => b.postings.map((p) => ({ booth: b, ...p })));
  await inBatches(postings, async (batch) => {
    const source = unnest({
      participation_id: ['bigint', batch.map((p) => p.booth.id)],
      posting_id: ['bigint', batch.map((p) => p.postingId)],
      positions: ['int', batch.map((p) => p.positions)],
      at: ['timestamptz', batch.map((p) => (p.booth.appliedAt < now ? p.booth.appliedAt : now))],
    });
    await sql`INSERT INTO fair_posting (participation_id, posting_id, positions, created_at, updated_at) SELECT u.participation_id, u.posting_id, u.positions, u.at, ${now} FROM ${source}`.execute(db);
  });
}
