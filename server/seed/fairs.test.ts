import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { SettableClock, chinaDate } from '../platform/clock.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { checkinGroups } from '../modules/fairs/checkin-rules.js';
import { TEST_EPOCH, testConfig } from '../../tests/support/template.js';
import { bootstrap } from './bootstrap.js';
import { seedDemo } from './demo.js';
import { createRandom } from './random.js';
import { nthWeekday, planFairCalendar, weekday } from './fairs-plan.js';
import { boothNumber } from './fairs-day.js';

const today = chinaDate(new Date(TEST_EPOCH));
const city = { code: '3602', name: '景德镇市' };
const district = { code: '360203', name: '珠山区' };
const streets = [
  { code: '360203001', name: '石狮埠街道' },
  { code: '360203002', name: '新厂街道' },
];

test('the calendar: every level on its rhythm, campaigns with their special fairs, statuses by date', () => {
  const plan = planFairCalendar({ today, scale: 1, city, district, streets }, createRandom('fairs-plan'));
  assert.deepEqual(planFairCalendar({ today, scale: 1, city, district, streets }, createRandom('fairs-plan')), plan, 'deterministic');
  const of = (kind: string, region?: string) => plan.fairs.filter((f) => f.kind === kind && (!region || f.regionCode === region));
  const gaps = (dates: string[]) => dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i])) / 86_400_000);
  for (const s of streets) assert.ok(gaps(of('street_fortnightly', s.code).map((f) => f.heldOn)).every((g) => g === 14), s.code);
  assert.ok(of('district_weekly').every((f) => weekday(f.heldOn) === 3) && of('district_weekly').length >= 52);
  assert.ok(of('saturday_morning').every((f) => weekday(f.heldOn) === 6 && f.startsAt < '12:00'));
  assert.ok(of('city_monthly').length >= 12);
  assert.ok(of('quarterly_large').length >= 4 && of('quarterly_large').every((f) => ['03', '06', '09', '12'].includes(f.heldOn.slice(5, 7))));
  assert.equal(nthWeekday('2026-11', 5, 3), '2026-11-20');
  assert.deepEqual(plan.campaigns.map((c) => c.kind).slice(0, 4), ['assistance_month', 'spring_breeze', 'private_week', 'graduate_month']);
  for (const f of plan.fairs.filter((x) => x.campaign !== null)) {
    const c = plan.campaigns[f.campaign as number];
    assert.ok(c.startsOn <= f.heldOn && f.heldOn <= c.endsOn, f.name);
    assert.equal(f.kind, 'special');
  }
  for (const f of plan.fairs) {
    const expected = f.heldOn < today ? ['closed', 'cancelled'] : f.heldOn <= addCalendarDays(today, 28) ? ['published'] : ['planned'];
    assert.ok(expected.includes(f.status), `${f.name} ${f.heldOn} ${f.status}`);
    assert.ok(f.endsAt > f.startsAt && f.employers >= 1 && f.seekers >= 1);
  }
  assert.ok(plan.fairs.some((f) => f.kind === 'online' && f.status === 'published'), 'an online fair ahead to book slots at');
  assert.deepEqual([boothNumber(false, 0), boothNumber(false, 29), boothNumber(false, 30), boothNumber(true, 4)], ['A01', 'A30', 'B01', 'W05']);
});

let dir = '';
let database: Database;
let counts: Record<string, number> = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jy-fairs-seed-'));
  const target = { kind: 'embedded' as const, dataDir: dir };
  database = await openDatabase(target);
  const deps = { db: database.db, dbKind: database.kind, clock: new SettableClock(TEST_EPOCH), config: testConfig(target) };
  await migrateToLatest(database.db);
  await bootstrap(deps);
  counts = await seedDemo(deps, { seed: 'fairs-test', scale: 0.2 });
});

after(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('booths: verified employers with their own reviewed postings; booth numbers on approved and absent ones only', async () => {
  const db = database.db;
  assert.ok(counts.fairs > 150 && counts.fairBooths > 100, JSON.stringify(counts));
  const booths = await db
    .selectFrom('fair_participation as p')
    .innerJoin('fair as f', 'f.id', 'p.fair_id')
    .innerJoin('employer as e', 'e.id', 'p.employer_id')
    .select(['p.id', 'p.status', 'p.booth_no', 'p.reason', 'p.region_code', 'e.region_code as employer_region', 'e.status as employer_status', 'f.status as fair_status', 'f.held_on'])
    .execute();
  for (const b of booths) {
    assert.equal(b.employer_status, 'verified');
    assert.equal(b.region_code, b.employer_region);
    assert.equal(b.status === 'approved' || b.status === 'absent', b.booth_no !== null, `booth ${b.id}`);
    assert.ok(b.fair_status === 'closed' || b.fair_status === 'published', `no booths at planned or cancelled fairs (${b.id})`);
  }
  const postings = await db
    .selectFrom('fair_posting as fp')
    .innerJoin('fair_participation as p', 'p.id', 'fp.participation_id')
    .innerJoin('fair as f', 'f.id', 'p.fair_id')
    .innerJoin('job_posting as j', 'j.id', 'fp.posting_id')
    .select(['p.employer_id', 'j.employer_id as posting_employer', 'j.status', 'j.valid_from', 'j.valid_to', 'f.held_on', 'fp.positions'])
    .execute();
  for (const p of postings) {
    assert.equal(p.employer_id, p.posting_employer);
    assert.ok(['published', 'filled', 'paused'].includes(p.status));
    if (p.held_on >= today) assert.ok(p.status === 'published' && p.valid_from <= p.held_on && p.held_on <= p.valid_to, 'upcoming fairs: live postings valid on the day');
  }
  const demo = await db.selectFrom('app_user').select('employer_id').where('username', '=', 'employer_demo').executeTakeFirstOrThrow();
  const upcoming = await db.selectFrom('fair_participation as p').innerJoin('fair as f', 'f.id', 'p.fair_id').select('p.id').where('p.employer_id', '=', demo.employer_id as number).where('f.held_on', '>=', today).execute();
  assert.equal(upcoming.length, 0, 'employer_demo can still apply to every fair ahead');
});

test('check-ins carry the snapshot the check-in service takes; intentions are about a third, three in five unemployed', async () => {
  const db = database.db;
  const rows = await db
    .selectFrom('fair_checkin as k')
    .innerJoin('fair as f', 'f.id', 'k.fair_id')
    .innerJoin('person as p', 'p.id', 'k.person_id')
    .leftJoin('job_seeker as s', 's.id', 'k.seeker_id')
    .select(['k.id', 'k.unemployed', 'k.groups', 'k.region_code', 'p.region_code as person_region', 'p.sex', 'p.birth_date', 'p.labour_status', 's.categories', 's.person_id as seeker_person', 'k.person_id', 'f.held_on', 'f.status'])
    .select((eb) => eb.exists(eb.selectFrom('difficulty_identification as d').select('d.id').whereRef('d.person_id', '=', 'k.person_id').where('d.status', '=', 'active')).as('difficulty'))
    .execute();
  assert.ok(rows.length > 500, `${rows.length} check-ins`);
  for (const r of rows) {
    assert.equal(r.status, 'closed');
    assert.equal(r.region_code, r.person_region);
    if (r.seeker_person !== null) assert.equal(r.seeker_person, r.person_id);
    const snap = checkinGroups({ sex: r.sex, birthDate: r.birth_date, heldOn: r.held_on, labourStatus: r.labour_status, categories: r.categories ?? [], difficulty: Boolean(r.difficulty) });
    assert.deepEqual([r.unemployed, r.groups], [snap.unemployed, snap.groups], `check-in ${r.id}`);
  }
  const intentions = await db
    .selectFrom('fair_intention as i')
    .innerJoin('fair_checkin as k', 'k.id', 'i.checkin_id')
    .innerJoin('fair_participation as p', 'p.id', 'i.participation_id')
    .select(['i.fair_id', 'k.fair_id as checkin_fair', 'p.fair_id as booth_fair', 'p.status', 'i.posting_id', 'i.participation_id', 'i.person_id', 'k.person_id as checkin_person', 'k.unemployed', 'i.status as intention_status'])
    .execute();
  const brought = new Set((await db.selectFrom('fair_posting').select(['participation_id', 'posting_id']).execute()).map((p) => `${p.participation_id}:${p.posting_id}`));
  for (const i of intentions) {
    assert.deepEqual([i.checkin_fair, i.booth_fair, i.status, i.checkin_person], [i.fair_id, i.fair_id, 'approved', i.person_id]);
    assert.ok(brought.has(`${i.participation_id}:${i.posting_id}`));
    assert.notEqual(i.intention_status, 'hired', 'hires are left to the follow-up');
  }
  const share = intentions.length / rows.length;
  const unemployed = intentions.filter((i) => i.unemployed).length / intentions.length;
  assert.ok(share > 0.28 && share < 0.42, `intention share ${share}`);
  assert.ok(unemployed > 0.5 && unemployed < 0.7, `unemployed share ${unemployed}`);
});

test('online fairs: booked slots of past ones record outcomes; the one ahead has free slots', async () => {
  const db = database.db;
  const slots = await db.selectFrom('fair_slot as s').innerJoin('fair as f', 'f.id', 's.fair_id').innerJoin('fair_participation as p', 'p.id', 's.participation_id').select(['f.kind', 'f.held_on', 'p.fair_id', 's.fair_id as slot_fair', 'p.status', 's.person_id', 's.outcome', 's.intention_id']).execute();
  assert.ok(slots.length > 0);
  for (const s of slots) {
    assert.deepEqual([s.kind, s.fair_id, s.status], ['online', s.slot_fair, 'approved']);
    if (s.held_on < today) assert.ok(s.person_id !== null && s.outcome !== null && (s.outcome === 'intention') === (s.intention_id !== null));
    else assert.deepEqual([s.person_id, s.outcome], [null, null]);
  }
  assert.ok(slots.some((s) => s.held_on >= today));
});
