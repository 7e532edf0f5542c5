import { sql } from 'kysely';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { RULE_DEFAULTS } from '../modules/rules/defaults.js';
import { ageOn, isWorkingAge } from '../modules/registry/rules.js';
import type { SeedContext } from './demo.js';
import type { Random } from './random.js';
import { SEED_AGE_RULES } from './registry.js';
import { operatorOf } from './staff.js';
import { JOB_KINDS, SEEKER_INTROS, type JobKind } from './market-texts.js';
import { documentCache, inBatches, Interner, tempTable, unnest } from './bulk.js';
import type { MarketPlan } from './market-scale.js';
import { seekerSkillLevel } from './market-history.js';
import { seekerHistory } from './seeker-history.js';

// Job seekers (求职登记): active registrations of registry people of working age, most of them
// registered unemployed, with desired occupations from the postings' 2022 medium groups, expected
// wages above the minimum wage, categories from the person's situation, and a search vector.

export interface Candidate {
  id: number;
  sex: 1 | 2;
  birth_date: string;
  education: string | null;
  hukou_type: string;
  labour_status: string;
  region_code: string;
}

export interface SeekerText {
  skills: string;
  certificates: string | null;
  introduction: string;
}

const WORK_TYPES = [
  { value: 'full_time', weight: 80 },
  { value: 'any', weight: 10 },
  { value: 'part_time', weight: 6 },
  { value: 'temporary', weight: 4 },
] as const;
const SOURCES = [
  { value: 'staff', weight: 75 },
  { value: 'portal', weight: 20 },
  { value: 'fair', weight: 5 },
] as const;
const HIGHER = new Set(['11', '14', '21', '31']);

/** The categories (code table person_category) a person's registry record implies, plus a few group labels. */
export function seekerCategories(p: Candidate, today: string, rng: Random): string[] {
  const age = ageOn(p.birth_date, today);
  const out: string[] = [];
  const working = p.labour_status !== 'unemployed' && p.labour_status !== 'none';
  if (working) out.push('employed');
  else if (age < 25) out.push('new_youth', ...(p.education !== null && HIGHER.has(p.education) ? ['new_graduate'] : []));
  else out.push(p.labour_status === 'unemployed' && rng.chance(0.7) ? 'job_loser' : 'other_unemployed');
  if (p.hukou_type === 'rural') out.push(working && rng.chance(0.5) ? 'migrant_worker' : 'local_rural');
  if (p.hukou_type === 'non_local') out.push('non_local');
  if ((p.sex === 2 && age >= 40) || (p.sex === 1 && age >= 50)) out.push('age_4050');
  if (rng.chance(0.02)) out.push('veteran');
  if (rng.chance(0.015)) out.push('disabled');
  return out;
}

/** A job kind fitting the person's education: graduates lean to professional jobs. */
function pickJob(rng: Random, education: string | null): JobKind {
  const higher = education !== null && HIGHER.has(education);
  for (;;) {
    const job = rng.pick(JOB_KINDS);
    const professional = job.education === '21' || job.education === '31';
    if (professional === higher || rng.chance(0.25)) return job;
  }
}

/** What building a seeker row needs besides the person: the texts written once, the wage floor, a stream for skill levels. */
export interface SeekerDraft {
  ctx: SeedContext;
  texts: Interner<SeekerText>;
  minimumWage: number;
  skillRng: Random;
}

export type SeekerRow = ReturnType<typeof seekerRow>;

/**
 * One registration of a person: desired jobs fitting the education, skills and certificate of the
 * first job (its skill level from the certificate), the categories on the day `on`. validFrom is
 * drawn where today's registrations always drew it, so their rows stay as they were.
 */
export function seekerRow(draft: SeekerDraft, rng: Random, p: Candidate, on: string, validFrom: () => string, status: 'active' | 'closed') {
  const { ctx, texts, minimumWage } = draft;
  const job = pickJob(rng, p.education);
  const occupations = [job.occupation];
  if (rng.chance(0.5)) occupations.push(pickJob(rng, p.education).occupation);
  if (rng.chance(0.15)) occupations.push(rng.pick(JOB_KINDS).occupation);
  const age = ageOn(p.birth_date, on);
  const skills = rng.shuffle(job.skills).slice(0, rng.int(1, Math.min(3, job.skills.length))).join('、');
  const certificates = job.certificates.length > 0 && rng.chance(0.4) ? rng.pick(job.certificates) : null;
  const introduction = rng.shuffle(SEEKER_INTROS).slice(0, rng.int(1, 2)).join('');
  const source = rng.weighted(SOURCES);
  return {
    p,
    textId: texts.id({ skills, certificates, introduction }),
    occupations: [...new Set(occupations)].join(','),
    industries: rng.chance(0.4) ? rng.pick(job.industries) : '',
    regions: rng.chance(0.6) ? p.region_code.slice(0, 6) : '',
    wage: Math.max(minimumWage + 200, Math.round((job.wage[0] + (job.wage[1] - job.wage[0]) * rng.next() * 0.8) / 100) * 100),
    workType: rng.weighted(WORK_TYPES),
    experience: Math.max(0, Math.min(age - 18, rng.int(0, 15))),
    categories: seekerCategories(p, on, rng).join(','),
    validFrom: validFrom(),
    consent: rng.chance(0.9),
    source,
    createdBy: source === 'portal' ? null : (ctx.staff.get(operatorOf(p.region_code)) ?? null),
    status,
    skillLevel: seekerSkillLevel(certificates, p.education !== null && HIGHER.has(p.education), draft.skillRng),
  };
}

/**
 * Active job-seeker registrations: every registered unemployed person of working age is a
 * candidate first (up to 60% of the target), the rest are other working-age people (employed
 * people looking for a change, school leavers). Returns the counts. seeker_demo's person is linked
 * and registered separately (linkSeekerDemo) and never picked here.
 */
export async function generateSeekers(ctx: SeedContext, plan: MarketPlan, exclude: ReadonlySet<number>): Promise<Record<string, number>> {
  const { db, rng, now } = ctx;
  const today = chinaDate(now);
  const validity = RULE_DEFAULTS['seeker.validity_days'].value;
  const minimumWage = RULE_DEFAULTS['min_wage.monthly_yuan'].value;
  const taken = new Set((await db.selectFrom('job_seeker').select('person_id').where('status', '=', 'active').execute()).map((r) => r.person_id));
  const unemployed: Candidate[] = [];
  const others: Candidate[] = [];
  let after = 0;
  for (;;) {
    const rows = (await db
      .selectFrom('person')
      .select(['id', 'sex', 'birth_date', 'education', 'hukou_type', 'labour_status', 'region_code'])
      .where('region_code', 'like', `${ctx.cityCode}%`)
      .where('able_to_work', '=', true)
      .where('id', '>', after)
      .orderBy('id')
      .limit(100_000)
      .execute()) as Candidate[];
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    for (const p of rows) {
      if (exclude.has(p.id) || taken.has(p.id) || !isWorkingAge({ birthDate: p.birth_date, sex: p.sex }, today, SEED_AGE_RULES)) continue;
      (p.labour_status === 'unemployed' ? unemployed : others).push(p);
    }
  }
  const fromUnemployed = Math.min(unemployed.length, Math.round(plan.seekers * 0.6));
  const pickU = fromUnemployed / Math.max(1, unemployed.length);
  const pickO = Math.min(1, (plan.seekers - fromUnemployed) / Math.max(1, others.length));
  const chosen = [...unemployed.filter(() => rng.chance(pickU)), ...others.filter(() => rng.chance(pickO))].sort((a, b) => a.id - b.id);

  const texts = new Interner<SeekerText>((t) => `${t.skills}\u0000${t.certificates}\u0000${t.introduction}`);
  const draft: SeekerDraft = { ctx, texts, minimumWage, skillRng: rng.fork('skill-level') };
  const rows = chosen.map((p) => seekerRow(draft, rng, p, today, () => addCalendarDays(today, -rng.int(0, validity - 1)), 'active'));
  // Three years of earlier registrations (closed now), as many as the postings of their months call for.
  // A loop, not push(...history): at the benchmark scale the history has more rows than a call's arguments may.
  for (const row of await seekerHistory(draft, rng.fork('history'), plan, [...unemployed, ...others], new Map(rows.map((r) => [r.p.id, r.validFrom])))) rows.push(row);
  await tempTable(db, 'seed_seeker_text', 'id int PRIMARY KEY, skills text, certificates text, introduction text, vector tsvector');
  const docs = documentCache();
  await inBatches(
    texts.values.map((t, id) => ({ t, id })),
    async (batch) => {
      const source = unnest({
        id: ['int', batch.map((b) => b.id)],
        skills: ['text', batch.map((b) => b.t.skills)],
        certificates: ['text', batch.map((b) => b.t.certificates)],
        introduction: ['text', batch.map((b) => b.t.introduction)],
        doc: ['text', batch.map((b) => docs.doc([b.t.skills, b.t.certificates, b.t.introduction]))],
      });
      await sql`INSERT INTO seed_seeker_text SELECT u.id, u.skills, u.certificates, u.introduction, to_tsvector('simple', u.doc) FROM ${source}`.execute(db);
    },
    5_000,
  );
  await inBatches(rows, async (batch) => {
    const source = unnest({
      person_id: ['bigint', batch.map((r) => r.p.id)],
      region_code: ['text', batch.map((r) => r.p.region_code)],
      text_id: ['int', batch.map((r) => r.textId)],
      occupations: ['text', batch.map((r) => r.occupations)],
      industries: ['text', batch.map((r) => r.industries)],
      regions: ['text', batch.map((r) => r.regions)],
      wage: ['int', batch.map((r) => r.wage)],
      work_type: ['text', batch.map((r) => r.workType)],
      education: ['text', batch.map((r) => r.p.education)],
      experience: ['int', batch.map((r) => r.experience)],
      categories: ['text', batch.map((r) => r.categories)],
      valid_from: ['date', batch.map((r) => r.validFrom)],
      consent: ['boolean', batch.map((r) => r.consent)],
      source: ['text', batch.map((r) => r.source)],
      created_by: ['bigint', batch.map((r) => r.createdBy)],
      status: ['text', batch.map((r) => r.status)],
      skill_level: ['text', batch.map((r) => r.skillLevel)],
    });
    await sql`
      INSERT INTO job_seeker (person_id, region_code, desired_occupations, desired_industries, desired_regions, wage_expected, work_type, education,
        experience_years, skills, certificates, categories, introduction, valid_from, valid_to, consent_share, status, source, search_vector,
        created_by, created_at, updated_at, skill_level)
      SELECT u.person_id, u.region_code, string_to_array(u.occupations, ','), string_to_array(u.industries, ','), string_to_array(u.regions, ','),
        u.wage, u.work_type, u.education, u.experience, t.skills, t.certificates, string_to_array(u.categories, ','), t.introduction,
        u.valid_from, u.valid_from + ${validity}::int, u.consent, u.status, u.source, t.vector, u.created_by, u.valid_from + time '09:00', ${now}, u.skill_level
      FROM ${source} JOIN seed_seeker_text t ON t.id = u.text_id`.execute(db);
  });
  const closed = rows.filter((r) => r.status === 'closed').length;
  return { seekers: rows.length - closed, seekersHistory: closed, seekerTexts: texts.values.length };
}

/**
 * seeker_demo is a citizen of the demo community: linked to a registered unemployed person there
 * (one the tests' fixed three are not taken from: the last such person by id) with an active
 * registration made on the portal. Returns the person's id, or null when the community has none.
 */
export async function linkSeekerDemo(ctx: SeedContext): Promise<number | null> {
  const { db, now } = ctx;
  const today = chinaDate(now);
  const user = await db.selectFrom('app_user').select(['id', 'person_id']).where('username', '=', 'seeker_demo').executeTakeFirst();
  if (!user) return null;
  if (user.person_id !== null) return user.person_id;
  const person = await db
    .selectFrom('person')
    .select(['id', 'region_code', 'education', 'sex', 'birth_date'])
    .where('region_code', '=', ctx.places.community.code)
    .where('labour_status', '=', 'unemployed')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('app_user').select('id').whereRef('app_user.person_id', '=', 'person.id'))))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!person) return null;
  await db.updateTable('app_user').set({ person_id: person.id }).where('id', '=', user.id).execute();
  const job = JOB_KINDS[0];
  const validFrom = addCalendarDays(today, -5);
  const fields = { skills: job.skills.slice(0, 2).join('、'), certificates: job.certificates[0] ?? null, introduction: SEEKER_INTROS[0] };
  await db
    .insertInto('job_seeker')
    .values({
      person_id: person.id,
      region_code: person.region_code,
      desired_occupations: [job.occupation, '4-01'],
      desired_industries: ['30'],
      desired_regions: [person.region_code.slice(0, 6)],
      wage_expected: 4500,
      work_type: 'full_time',
      education: person.education,
      experience_years: 3,
      ...fields,
      categories: ['job_loser'],
      skill_level: 'q4',
      valid_from: validFrom,
      valid_to: addCalendarDays(validFrom, RULE_DEFAULTS['seeker.validity_days'].value),
      consent_share: true,
      status: 'active',
      source: 'portal',
      search_vector: sql<string>`to_tsvector('simple', ${documentCache().doc([fields.skills, fields.certificates, fields.introduction])})`,
      created_by: user.id,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return person.id;
}
