import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { SettableClock, chinaDate } from '../platform/clock.js';
import { validateCitizenId } from '../platform/validators/citizen-id.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { ageOn, isWorkingAge, labourStatusOf } from '../modules/registry/rules.js';
import { TEST_EPOCH, testConfig } from '../../tests/support/template.js';
import { bootstrap } from './bootstrap.js';
import { seedDemo } from './demo.js';
import { SEED_AGE_RULES } from './registry.js';

const SEED = { seed: 'registry-test', scale: 0.05 };
const now = new Date(TEST_EPOCH);
const today = chinaDate(now);

interface Built {
  dir: string;
  database: Database;
  counts: Record<string, number>;
}

const dirs: string[] = [];
const built: Built[] = [];
let base = '';
let first: Built;

/** A migrated and bootstrapped embedded database (initdb is the slow part, so it is done once). */
async function prepareBase(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'jy-registry-base-'));
  dirs.push(dir);
  const database = await openDatabase({ kind: 'embedded', dataDir: dir });
  try {
    await migrateToLatest(database.db);
    await bootstrap({ db: database.db, dbKind: database.kind, clock: new SettableClock(TEST_EPOCH), config: testConfig({ kind: 'embedded', dataDir: dir }) });
  } finally {
    await database.close();
  }
  return dir;
}

/** A separate copy of the base, seeded like the test template (at a smaller scale). */
async function build(): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), 'jy-registry-seed-'));
  dirs.push(dir);
  cpSync(base, dir, { recursive: true });
  const target = { kind: 'embedded' as const, dataDir: dir };
  const database = await openDatabase(target);
  const b: Built = { dir, database, counts: {} };
  built.push(b);
  b.counts = await seedDemo({ db: database.db, dbKind: database.kind, clock: new SettableClock(TEST_EPOCH), config: testConfig(target) }, SEED);
  return b;
}

before(async () => {
  base = await prepareBase();
  first = await build();
});

after(async () => {
  for (const b of built) await b.database.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function load() {
  const db = first.database.db;
  const people = await db.selectFrom('person').selectAll().orderBy('id').execute();
  const households = await db.selectFrom('household').selectAll().orderBy('id').execute();
  const jobs = await db.selectFrom('employment_registration').selectAll().orderBy('id').execute();
  const spells = await db.selectFrom('unemployment_registration').selectAll().orderBy('id').execute();
  const employers = await db.selectFrom('employer').select(['id', 'name', 'region_code', 'status']).execute();
  return { people, households, jobs, spells, employers };
}

const workingAge = (p: { birth_date: string; sex: 1 | 2 }, on: string) => isWorkingAge({ birthDate: p.birth_date, sex: p.sex }, on, SEED_AGE_RULES);

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const list = out.get(key(row)) ?? [];
    list.push(row);
    out.set(key(row), list);
  }
  return out;
}

test('the seed returns its counts and the tables hold them', async () => {
  const { people, households, spells } = await load();
  const c = first.counts;
  assert.equal(c.households, households.length);
  assert.equal(c.people, people.length);
  assert.equal(c.unemployed, spells.filter((s) => s.cancelled_on === null).length);
  assert.equal(c.employed, people.filter((p) => !['none', 'unemployed'].includes(p.labour_status)).length);
  // 12 households a community × 718 communities × 0.05, about 2.4 people each.
  assert.ok(households.length >= 400 && households.length <= 470, `households ${households.length}`);
  assert.ok(people.length / households.length > 2.1 && people.length / households.length < 2.7, `people ${people.length}`);
});

test('every citizen ID is valid and agrees with birth date, sex and (for locals) the district', async () => {
  const { people } = await load();
  assert.ok(people.length > 0);
  for (const p of people) {
    const id = validateCitizenId(p.citizen_id, now);
    assert.ok(id.ok, p.citizen_id);
    if (!id.ok) continue;
    assert.equal(id.birthDate, p.birth_date, p.citizen_id);
    assert.equal(id.sex, p.sex, p.citizen_id);
    const age = ageOn(p.birth_date, today);
    assert.ok(age >= 16 && age <= 64, `age ${age}`);
    if (p.hukou_type === 'non_local') assert.ok(!id.regionCode.startsWith(p.region_code.slice(0, 4)), p.citizen_id);
    assert.match(p.name_initials, /^[a-z]{2,4}$/, p.name);
  }
});

test('open registrations never conflict and the labour status follows from them', async () => {
  const { people, jobs, spells } = await load();
  const jobsOf = groupBy(jobs, (j) => j.person_id);
  const spellsOf = groupBy(spells, (s) => s.person_id);
  for (const p of people) {
    const open = (jobsOf.get(p.id) ?? []).filter((j) => j.ended_on === null);
    const openSpells = (spellsOf.get(p.id) ?? []).filter((s) => s.cancelled_on === null);
    assert.ok(open.filter((j) => j.full_time).length <= 1, `${p.citizen_id} has two open full-time jobs`);
    assert.ok(openSpells.length <= 1, `${p.citizen_id} has two open unemployment spells`);
    assert.ok(!(openSpells.length > 0 && open.length > 0), `${p.citizen_id} is unemployed and employed`);
    const expected = labourStatusOf(
      open.map((j) => ({ kind: j.kind, fullTime: j.full_time, employerName: j.employer_name })),
      openSpells.length > 0,
    );
    assert.equal(p.labour_status, expected, p.citizen_id);
    // Working-age people able and willing to work are either working or registered unemployed.
    if (workingAge(p, today) && p.able_to_work && p.wants_work) assert.notEqual(p.labour_status, 'none', p.citizen_id);
  }
});

test('registration dates and links are plausible', async () => {
  const { people, jobs, spells, employers } = await load();
  const byId = new Map(people.map((p) => [p.id, p]));
  const employerById = new Map(employers.map((e) => [e.id, e]));
  const tenYears = addCalendarDays(today, -3652);
  for (const j of jobs) {
    const p = byId.get(j.person_id);
    assert.ok(p);
    assert.equal(j.region_code, p.region_code);
    assert.ok(j.started_on >= tenYears && j.started_on <= today, j.started_on);
    assert.ok(ageOn(p.birth_date, j.started_on) >= 16, `${p.citizen_id} started at ${j.started_on}`);
    const lag = (Date.parse(j.registered_on) - Date.parse(j.started_on)) / 86_400_000;
    assert.ok(lag >= 0 && lag <= 25 && j.registered_on <= today, `registered ${lag} days after start`);
    if (j.ended_on !== null) {
      assert.ok(j.ended_on >= j.started_on && j.end_reason !== null);
      assert.ok(j.registered_on <= j.ended_on);
    }
    if (j.employer_id !== null) {
      const e = employerById.get(j.employer_id);
      assert.ok(e && e.status === 'verified', `employer ${j.employer_id} not verified`);
      assert.equal(e.region_code.slice(0, 6), p.region_code.slice(0, 6));
      assert.equal(j.employer_name, e.name);
    }
    if (j.kind === 'employer') assert.ok(j.employer_name);
  }
  // Earlier spells end before the current one starts.
  for (const [personId, list] of groupBy(jobs, (j) => j.person_id)) {
    const fullTime = list.filter((j) => j.full_time).sort((a, b) => a.started_on.localeCompare(b.started_on));
    for (let i = 1; i < fullTime.length; i += 1) {
      const ended = fullTime[i - 1].ended_on;
      assert.ok(ended !== null && ended < fullTime[i].started_on, `overlapping jobs of person ${personId}`);
    }
  }
  const reasons = new Set(['dismissed', 'contract_ended', 'resigned', 'graduate', 'business_closed', 'other']);
  const jobsOf = groupBy(jobs, (j) => j.person_id);
  for (const s of spells) {
    const p = byId.get(s.person_id);
    assert.ok(p);
    assert.ok(reasons.has(s.reason), s.reason);
    assert.equal(s.counts_in_rate, p.hukou_type !== 'rural');
    assert.ok(workingAge(p, s.registered_on), `${p.citizen_id} registered unemployed outside working age`);
    if (s.cancelled_on !== null) continue;
    assert.ok(s.registered_on >= addCalendarDays(today, -731) && s.registered_on <= today, s.registered_on);
    assert.ok(p.able_to_work && p.wants_work);
    if (p.hukou_type === 'non_local') {
      const worked = (jobsOf.get(p.id) ?? []).some((j) => j.ended_on !== null && j.ended_on <= s.registered_on && addCalendarDays(j.started_on, 180) <= j.ended_on);
      assert.ok(worked, `${p.citizen_id}: migrant registered without six months of local work`);
    }
  }
  const mix = (h: string) => people.filter((p) => p.hukou_type === h).length / people.length;
  assert.ok(mix('urban') > 0.75 && mix('rural') > 0.04 && mix('non_local') > 0.02, 'hukou mix');
});

test('households: one head, members share region and address, type matches hukou', async () => {
  const { people, households } = await load();
  const members = groupBy(people, (p) => p.household_id);
  for (const h of households) {
    const list = members.get(h.id) ?? [];
    assert.ok(list.length >= 1, `household ${h.id} is empty`);
    assert.equal(list.filter((p) => p.household_relation === '户主').length, 1, `household ${h.id}`);
    for (const p of list) {
      assert.equal(p.region_code, h.region_code);
      assert.equal(p.address, h.address);
      assert.ok(['户主', '配偶', '子女', '父母', '其他'].includes(p.household_relation ?? ''));
    }
    assert.equal(h.household_type, list[0].hukou_type === 'rural' ? 'rural' : 'urban');
    assert.ok(list.every((p) => p.hukou_type === list[0].hukou_type), `household ${h.id} mixes hukou types`);
  }
});

test('zero-employment families: every working-age member able and willing to work is registered unemployed', async () => {
  const { people, households, jobs, spells } = await load();
  const openJob = new Set(jobs.filter((j) => j.ended_on === null).map((j) => j.person_id));
  const openSpell = new Set(spells.filter((s) => s.cancelled_on === null).map((s) => s.person_id));
  const members = groupBy(people, (p) => p.household_id);
  const zero = households.filter((h) => {
    const seekers = (members.get(h.id) ?? []).filter((p) => workingAge(p, today) && p.able_to_work && p.wants_work);
    return seekers.length > 0 && seekers.every((p) => !openJob.has(p.id));
  });
  assert.equal(zero.length, first.counts.zeroEmploymentFamilies);
  // About one in 60 households.
  assert.ok(zero.length >= Math.floor(households.length / 90) && zero.length <= Math.ceil(households.length / 40), `zero families ${zero.length}`);
  for (const h of zero) {
    assert.equal(h.household_type, 'urban');
    for (const p of members.get(h.id) ?? []) {
      assert.ok(!openJob.has(p.id), `${p.citizen_id} of a zero-employment family has a job`);
      if (workingAge(p, today) && p.able_to_work && p.wants_work) {
        assert.ok(openSpell.has(p.id), `${p.citizen_id} is not registered unemployed`);
        assert.equal(p.labour_status, 'unemployed');
      }
    }
  }

  // The demo community: at least 40 people, 3 registered unemployed and one zero-employment family.
  const demo = await first.database.db.selectFrom('app_user').select('org_code').where('username', '=', 'community_op').executeTakeFirstOrThrow();
  const local = people.filter((p) => p.region_code === demo.org_code);
  assert.ok(local.length >= 40, `demo community has ${local.length} people`);
  assert.ok(local.filter((p) => p.labour_status === 'unemployed').length >= 3);
  assert.ok(zero.some((h) => h.region_code === demo.org_code));
});

test('the same seed gives the same people in a separate build', async () => {
  const second = await build();
  const firstIds = async (b: Built) => (await b.database.db.selectFrom('person').select('citizen_id').orderBy('id').limit(20).execute()).map((r) => r.citizen_id);
  const a = await firstIds(first);
  const b = await firstIds(second);
  assert.equal(a.length, 20);
  assert.deepEqual(new Set(b), new Set(a));
  assert.deepEqual(second.counts, first.counts);
});
