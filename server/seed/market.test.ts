import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { SettableClock, chinaDate } from '../platform/clock.js';
import { RULE_DEFAULTS } from '../modules/rules/defaults.js';
import { isWorkingAge } from '../modules/registry/rules.js';
import { postingSearchVector, searchDocument, seekerSearchVector } from '../modules/market/text-search.js';
import { TEST_EPOCH, testConfig } from '../../tests/support/template.js';
import { bootstrap } from './bootstrap.js';
import { seedDemo } from './demo.js';
import { SEED_AGE_RULES } from './registry.js';
import { marketPlan } from './market-scale.js';
import { documentCache } from './bulk.js';
import { EMPLOYER_NOTES, JOB_KINDS } from './market-texts.js';

const today = chinaDate(new Date(TEST_EPOCH));
let dir = '';
let database: Database;
let counts: Record<string, number> = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jy-market-seed-'));
  const target = { kind: 'embedded' as const, dataDir: dir };
  database = await openDatabase(target);
  const deps = { db: database.db, dbKind: database.kind, clock: new SettableClock(TEST_EPOCH), config: testConfig(target) };
  await migrateToLatest(database.db);
  await bootstrap(deps);
  counts = await seedDemo(deps, { seed: 'market-test', scale: 0.3 });
});

after(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the market plan keeps the demo small and reaches a whole city at the benchmark scale', () => {
  const demo = marketPlan(1);
  const city = marketPlan(48);
  assert.deepEqual([demo.employers, demo.postings, demo.seekers], [150, 1_500, 400]);
  assert.ok(Math.abs(demo.postings * demo.liveShare - 120) < 10, `demo live ${demo.postings * demo.liveShare}`);
  assert.ok(demo.historyDays >= 1_095 && city.historyDays >= 1_095);
  assert.ok(Math.abs(city.employers - 50_000) < 1_000, `employers ${city.employers}`);
  assert.ok(Math.abs(city.postings - 1_000_000) < 20_000, `postings ${city.postings}`);
  assert.ok(Math.abs(city.postings * city.liveShare - 200_000) < 10_000, `live ${city.postings * city.liveShare}`);
  assert.ok(Math.abs(city.seekers - 500_000) < 5_000, `seekers ${city.seekers}`);
});

test('the cached document is exactly searchDocument of the same parts', () => {
  const docs = documentCache();
  for (const job of JOB_KINDS) {
    for (const note of ['', ...EMPLOYER_NOTES]) {
      const parts = [job.duties.join('') + note, job.reqs.join(''), null, ''];
      assert.equal(docs.doc(parts), searchDocument(parts));
    }
  }
});

test('counts: employers, postings (some valid today), seekers, referrals with hires', () => {
  assert.equal(counts.employers, marketPlan(0.3).employers);
  assert.equal(counts.postings, marketPlan(0.3).postings);
  assert.ok(counts.postingsLive > 0 && counts.postingsInReview > 0, JSON.stringify(counts));
  assert.ok(counts.seekers > 50, `seekers ${counts.seekers}`);
  assert.ok(counts.referrals > 20 && counts.hires > 0, JSON.stringify(counts));
});

test('every posting and seeker carries the search vector the application would write', async () => {
  const db = database.db;
  const postings = await db.selectFrom('job_posting').select(['id', 'title', 'description', 'requirements', sql<string>`search_vector::text`.as('vector')]).execute();
  for (const p of postings) {
    const expected = await sql<{ v: string }>`SELECT (${postingSearchVector(p)})::text AS v`.execute(db);
    assert.equal(p.vector, expected.rows[0].v, `posting ${p.id}`);
  }
  const seekers = await db.selectFrom('job_seeker').select(['id', 'skills', 'certificates', 'introduction', sql<string>`search_vector::text`.as('vector')]).execute();
  assert.ok(seekers.length > 0);
  for (const s of seekers) {
    const expected = await sql<{ v: string }>`SELECT (${seekerSearchVector(s)})::text AS v`.execute(db);
    assert.equal(s.vector, expected.rows[0].v, `seeker ${s.id}`);
  }
});

test('postings: wages above the minimum wage, reviews queued, discriminatory drafts stopped', async () => {
  const db = database.db;
  const rows = await db.selectFrom('job_posting').selectAll().execute();
  const minimum = RULE_DEFAULTS['min_wage.monthly_yuan'].value;
  for (const p of rows) {
    assert.ok(p.wage_min > minimum && p.wage_min <= p.wage_max, `posting ${p.id} wage`);
    assert.ok(p.valid_from <= p.valid_to);
    if (p.status === 'published') assert.ok(p.published_at !== null);
    if (p.prereview_outcome === 'blocked') assert.equal(p.status, 'draft');
  }
  const pending = rows.filter((p) => p.status === 'pending');
  const items = await db.selectFrom('workflow_item').select('subject_id').where('subject_type', '=', 'job_posting').where('status', '=', 'pending').execute();
  assert.deepEqual(new Set(items.map((i) => Number(i.subject_id))), new Set(pending.map((p) => p.id)));
  assert.ok(rows.some((p) => p.status === 'published' && p.valid_from <= today && today <= p.valid_to));
});

test('seekers are working-age registry people with codes from the code tables; seeker_demo is one of them', async () => {
  const db = database.db;
  const seekers = await db.selectFrom('job_seeker as s').innerJoin('person as p', 'p.id', 's.person_id').select(['s.desired_occupations', 's.categories', 's.wage_expected', 's.status', 'p.birth_date', 'p.sex']).execute();
  const occupations = new Set((await db.selectFrom('code_entry').select('code').where('type', '=', 'occupation').execute()).map((r) => r.code));
  const categories = new Set((await db.selectFrom('code_entry').select('code').where('type', '=', 'person_category').execute()).map((r) => r.code));
  for (const s of seekers) {
    assert.ok(isWorkingAge({ birthDate: s.birth_date, sex: s.sex }, today, SEED_AGE_RULES));
    for (const o of s.desired_occupations) assert.ok(occupations.has(o), o);
    for (const c of s.categories) assert.ok(categories.has(c), c);
    assert.ok((s.wage_expected ?? 0) > RULE_DEFAULTS['min_wage.monthly_yuan'].value);
  }
  const demo = await db.selectFrom('app_user as u').innerJoin('job_seeker as s', 's.person_id', 'u.person_id').select(['s.status', 's.source']).where('u.username', '=', 'seeker_demo').executeTakeFirstOrThrow();
  assert.deepEqual(demo, { status: 'active', source: 'portal' });
});

test('referrals fall inside both validities; staff referrals are service records; hires are registered employment', async () => {
  const db = database.db;
  const rows = await db
    .selectFrom('referral as r')
    .innerJoin('job_posting as p', 'p.id', 'r.posting_id')
    .innerJoin('job_seeker as s', 's.id', 'r.seeker_id')
    .select(['r.id', 'r.channel', 'r.status', 'r.referred_on', 'r.hired_on', 'r.person_id', 'r.employer_id', 'r.service_record_id', 'r.employment_registration_id', 'p.valid_from', 'p.valid_to', 's.valid_from as seeker_from', 's.status as seeker_status'])
    .execute();
  for (const r of rows) {
    assert.ok(r.valid_from <= r.referred_on && r.referred_on <= r.valid_to && r.seeker_from <= r.referred_on && r.referred_on <= today, `referral ${r.id}`);
    if (r.channel === 'staff') {
      const service = await db.selectFrom('service_record').selectAll().where('id', '=', r.service_record_id as number).executeTakeFirstOrThrow();
      assert.deepEqual([service.person_id, service.kind, service.served_on], [r.person_id, 'job_recommendation', r.referred_on]);
    } else assert.equal(r.service_record_id, null);
    if (r.status !== 'hired') continue;
    const job = await db.selectFrom('employment_registration').selectAll().where('id', '=', r.employment_registration_id as number).executeTakeFirstOrThrow();
    assert.deepEqual([job.person_id, job.employer_id, job.started_on, job.ended_on], [r.person_id, r.employer_id, r.hired_on, null]);
    const person = await db.selectFrom('person').select('labour_status').where('id', '=', r.person_id).executeTakeFirstOrThrow();
    assert.equal(person.labour_status, 'employed');
    const open = await db.selectFrom('unemployment_registration').select('id').where('person_id', '=', r.person_id).where('cancelled_on', 'is', null).execute();
    assert.equal(open.length, 0);
    const visit = await db.selectFrom('follow_up_visit').select('id').where('employment_registration_id', '=', job.id).execute();
    assert.equal(visit.length, 1);
    assert.equal(r.seeker_status, 'closed');
  }
});

test('three years of history: postings and closed seeker registrations every quarter, with a plausible ratio', async () => {
  const db = database.db;
  const quarters = await sql<{ from: string; vacancies: number; seekers: number }>`
    WITH q AS (SELECT g::date AS f, (g + interval '3 months - 1 day')::date AS t
               FROM generate_series(date_trunc('quarter', ${today}::date - 1095) + interval '3 months', date_trunc('quarter', ${today}::date) - interval '3 months', interval '3 months') g)
    SELECT f::text AS from,
      (SELECT coalesce(sum(vacancies), 0) FROM job_posting WHERE published_at IS NOT NULL AND valid_from <= q.t AND valid_to >= q.f)::int AS vacancies,
      (SELECT count(*) FROM job_seeker WHERE valid_from <= q.t AND valid_to >= q.f)::int AS seekers
    FROM q ORDER BY f`.execute(db);
  assert.ok(quarters.rows.length >= 10, `${quarters.rows.length} quarters`);
  for (const q of quarters.rows) {
    assert.ok(q.vacancies > 0 && q.seekers > 0, JSON.stringify(q));
    const ratio = q.vacancies / q.seekers;
    assert.ok(ratio > 0.7 && ratio < 2.6, `${q.from} ratio ${ratio.toFixed(2)}`);
  }
  assert.ok(counts.seekersHistory > counts.seekers, JSON.stringify(counts));
  // A person's registrations never overlap, and only today's are active.
  const overlapping = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM job_seeker a JOIN job_seeker b ON b.person_id = a.person_id AND b.id > a.id
    WHERE a.valid_from <= b.valid_to AND a.valid_to >= b.valid_from AND (a.status = 'closed' OR b.status = 'closed')`.execute(db);
  assert.equal(overlapping.rows[0].n, 0);
  // Earlier registrations ended before today; today's are closed only by a hire.
  const closed = await db
    .selectFrom('job_seeker as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select(['s.id', 's.valid_from', 's.valid_to', 'p.birth_date', 'p.sex'])
    .select((eb) => eb.exists(eb.selectFrom('referral as r').select('r.id').whereRef('r.seeker_id', '=', 's.id').where('r.status', '=', 'hired')).as('hired'))
    .where('s.status', '=', 'closed')
    .execute();
  for (const s of closed) {
    assert.ok(s.valid_to < today || s.hired, `seeker ${s.id}`);
    assert.ok(isWorkingAge({ birthDate: s.birth_date, sex: s.sex }, s.valid_from, SEED_AGE_RULES), `seeker ${s.id}`);
  }
});

test('skill levels come from the code table: postings ask for one now and then, certificates give seekers one', async () => {
  const db = database.db;
  const levels = new Set((await db.selectFrom('code_entry').select('code').where('type', '=', 'skill_level').execute()).map((r) => r.code));
  const postings = await db.selectFrom('job_posting').select('skill_level').execute();
  // Registrations at the fairs' counters (the fairs generator) record no level.
  const seekers = await db.selectFrom('job_seeker').select(['skill_level', 'certificates']).where('source', '!=', 'fair').execute();
  for (const r of [...postings, ...seekers]) assert.ok(r.skill_level !== null && levels.has(r.skill_level), String(r.skill_level));
  assert.ok(postings.some((p) => p.skill_level !== 'none') && postings.some((p) => p.skill_level === 'none'));
  assert.ok(seekers.some((s) => s.skill_level?.startsWith('q')) && seekers.some((s) => s.skill_level?.startsWith('t_')));
  assert.ok(seekers.filter((s) => s.certificates === null).every((s) => s.skill_level === 'none' || s.skill_level === 't_junior'));
});
