import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays, dueDate } from '../modules/calendar/workdays.js';
import { RULE_DEFAULTS } from '../modules/rules/defaults.js';
import { preReview } from '../modules/market/prereview.js';
import { postingReview } from '../modules/market/posting-workflow.js';
import type { Random } from './random.js';
import { operatorOf } from './staff.js';
import { BENEFITS, BLOCKED_WORDING, EMPLOYER_NOTES, JOB_KINDS, REVIEW_WORDING, WORKING_HOURS, type JobKind } from './market-texts.js';
import { documentCache, inBatches, Interner, tempTable, unnest } from './bulk.js';
import type { MarketPlan } from './market-scale.js';
import { postingSkillLevel } from './market-history.js';

// Job postings of the verified employers, planned in memory from the random stream and written in
// bulk: the distinct texts (title, description, requirements) go to a temporary table with their
// search vector and pre-review result, each posting row refers to its text.

type Kind = 'live' | 'expired' | 'filled' | 'paused' | 'draft' | 'flagged_draft' | 'pending' | 'flagged_pending';

/** Postings' kinds at a scale: the review queue stays a working queue however big the market is. */
export function postingKinds(plan: MarketPlan): { value: Kind; weight: number }[] {
  const queue = plan.queueShare;
  const past = 1 - plan.liveShare - queue;
  return [
    { value: 'live', weight: plan.liveShare },
    { value: 'expired', weight: past * 0.87 },
    { value: 'filled', weight: past * 0.1 },
    { value: 'paused', weight: past * 0.03 },
    { value: 'draft', weight: queue * 0.35 },
    { value: 'flagged_draft', weight: queue * 0.15 },
    { value: 'pending', weight: queue * 0.35 },
    { value: 'flagged_pending', weight: queue * 0.15 },
  ];
}

const SIZE_WEIGHT: Record<string, number> = { micro: 1, small: 3, medium: 8, large: 20 };
const WORK_TYPES = [
  { value: 'full_time', weight: 88 },
  { value: 'part_time', weight: 6 },
  { value: 'temporary', weight: 4 },
  { value: 'internship', weight: 2 },
] as const;
const TITLE_PREFIX = [
  { value: '', weight: 80 },
  { value: '急招', weight: 8 },
  { value: '高薪诚聘', weight: 4 },
  { value: '储备', weight: 4 },
  { value: '熟练', weight: 4 },
];
const VALIDITY_DAYS = [30, 30, 60, 90];

export interface PostingSeedInput {
  db: Db;
  rng: Random;
  now: Date;
  cityCode: string;
  staff: Map<string, number>;
  plan: MarketPlan;
  scale: number;
}

interface PostingText {
  title: string;
  description: string;
  requirements: string;
}

interface Employer {
  id: number;
  name: string;
  region_code: string;
  industry_code: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  size_band: string | null;
}

/**
 * Job postings of the verified employers (more for bigger employers): published and valid today,
 * published in the past (expired, filled or paused), drafts (some stopped by the pre-review for
 * discriminatory wording) and postings in the district's review queue (some flagged for age or
 * looks). Wages sit above the minimum wage; texts combine each job's fragments. The pre-review
 * runs for real on every distinct text, and every posting gets its search vector.
 */
export async function generatePostings(input: PostingSeedInput): Promise<Record<string, number>> {
  const { db, rng, now, plan } = input;
  const today = chinaDate(now);
  const minimumWage = RULE_DEFAULTS['min_wage.monthly_yuan'].value;
  const employers: Employer[] = await db
    .selectFrom('employer')
    .select(['id', 'name', 'region_code', 'industry_code', 'contact_name', 'contact_phone', 'size_band'])
    .where('status', '=', 'verified')
    .where('region_code', 'like', `${input.cityCode}%`)
    .orderBy('id')
    .execute();
  if (employers.length === 0 || plan.postings === 0) return { postings: 0, postingsLive: 0 };
  const cumulative: number[] = [];
  employers.reduce((sum, e, i) => (cumulative[i] = sum + (SIZE_WEIGHT[e.size_band ?? 'small'] ?? 3)), 0);
  const pickEmployer = () => {
    const r = rng.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return employers[lo];
  };
  const jobsByIndustry = new Map<string, JobKind[]>();
  for (const job of JOB_KINDS) for (const code of job.industries) jobsByIndustry.set(code, [...(jobsByIndustry.get(code) ?? []), job]);
  const kinds = postingKinds(plan);
  const texts = new Interner<PostingText>((t) => `${t.title}\u0000${t.description}\u0000${t.requirements}`);

  const cols = {
    employer_id: [] as number[],
    text_id: [] as number[],
    region_code: [] as string[],
    occupation_code: [] as string[],
    industry_code: [] as (string | null)[],
    vacancies: [] as number[],
    wage_min: [] as number[],
    wage_max: [] as number[],
    education: [] as (string | null)[],
    experience_years: [] as number[],
    working_hours: [] as string[],
    benefits: [] as string[],
    contact_name: [] as string[],
    contact_phone: [] as string[],
    valid_from: [] as string[],
    valid_to: [] as string[],
    status: [] as string[],
    published_at: [] as (string | null)[],
    created_by: [] as (number | null)[],
    created_at: [] as string[],
    work_type: [] as string[],
    shared: [] as boolean[],
    skill_level: [] as string[],
  };
  // Skill levels from their own stream: the other columns stay as they were before levels existed.
  const skillRng = rng.fork('skill-level');
  let live = 0;
  for (let i = 0; i < plan.postings; i += 1) {
    const employer = pickEmployer();
    const job = rng.pick(jobsByIndustry.get(employer.industry_code ?? '') ?? JOB_KINDS);
    let kind = rng.weighted(kinds);
    const submitter = input.staff.get(operatorOf(employer.region_code)) ?? null;
    // A posting in review needs someone who submitted it: the community's operator.
    if ((kind === 'pending' || kind === 'flagged_pending') && submitter === null) kind = 'draft';
    const days = rng.pick(VALIDITY_DAYS);
    let validFrom: string;
    if (kind === 'live') validFrom = addCalendarDays(today, -rng.int(0, days - 1));
    else if (kind === 'expired' || kind === 'filled' || kind === 'paused') validFrom = addCalendarDays(today, -rng.int(days + 1, days + plan.historyDays));
    else validFrom = addCalendarDays(today, -rng.int(0, 3));
    // Filled and paused postings may also be inside their window.
    if ((kind === 'filled' || kind === 'paused') && rng.chance(0.3)) validFrom = addCalendarDays(today, -rng.int(0, days - 1));
    const validTo = addCalendarDays(validFrom, days);
    const status = kind === 'live' || kind === 'expired' ? 'published' : kind === 'flagged_draft' ? 'draft' : kind === 'flagged_pending' ? 'pending' : kind;
    if (status === 'published' && validFrom <= today && today <= validTo) live += 1;

    const duties = rng.shuffle(job.duties).slice(0, rng.chance(0.35) ? 2 : 1);
    const note = rng.chance(0.6) ? rng.pick(EMPLOYER_NOTES) : '';
    const reqs = rng.shuffle(job.reqs).slice(0, rng.int(1, job.reqs.length)).join('');
    const requirements = kind === 'flagged_draft' ? `${reqs}${rng.pick(BLOCKED_WORDING)}` : kind === 'flagged_pending' ? `${reqs}${rng.pick(REVIEW_WORDING)}` : reqs;
    const title = `${rng.weighted(TITLE_PREFIX)}${rng.pick(job.titles)}`;
    cols.text_id.push(texts.id({ title, description: `${duties.join('')}${note}`, requirements }));

    const wageMin = Math.max(minimumWage + 300, Math.round(job.wage[0] / 100 + rng.int(-4, 4)) * 100);
    const wageMax = Math.max(wageMin + 300, Math.round(job.wage[1] / 100 + rng.int(-5, 5)) * 100);
    const published = status === 'published' || status === 'filled' || status === 'paused';
    cols.employer_id.push(employer.id);
    cols.region_code.push(employer.region_code);
    cols.occupation_code.push(job.occupation);
    cols.industry_code.push(employer.industry_code);
    cols.vacancies.push(employer.size_band === 'large' ? rng.int(2, 30) : rng.int(1, rng.chance(0.7) ? 3 : 10));
    cols.wage_min.push(wageMin);
    cols.wage_max.push(wageMax);
    cols.education.push(rng.chance(0.25) ? null : job.education);
    cols.experience_years.push(rng.pick([0, 0, 0, 1, 1, 2, 3, 5]));
    cols.working_hours.push(rng.pick(WORKING_HOURS));
    cols.benefits.push(rng.shuffle(BENEFITS).slice(0, rng.int(2, 4)).join('、'));
    cols.contact_name.push(employer.contact_name ?? '人事部');
    cols.contact_phone.push(employer.contact_phone ?? '0798-8200000');
    cols.valid_from.push(validFrom);
    cols.valid_to.push(validTo);
    cols.status.push(status);
    cols.published_at.push(published ? `${validFrom}T01:${String(rng.int(0, 59)).padStart(2, '0')}:00Z` : null);
    cols.created_by.push(submitter);
    cols.created_at.push(`${validFrom}T00:30:00Z`);
    cols.work_type.push(rng.weighted(WORK_TYPES));
    cols.shared.push(rng.chance(0.9));
    cols.skill_level.push(postingSkillLevel(job, skillRng));
  }

  await writeTexts(db, texts.values, minimumWage, today);
  const firstId = await nextId(db);
  // Written in the order they were created, as a live system appends them: this year's postings lie
  // together at the end of the table, not scattered among years of expired ones.
  const order = Array.from({ length: plan.postings }, (_, i) => i).sort((a, b) => cols.created_at[a].localeCompare(cols.created_at[b]) || a - b);
  // The search table's trigger is off while the postings are appended (most of them expired long
  // ago); the valid ones are then written to it in one statement (migration posting_search_table).
  await sql`ALTER TABLE job_posting DISABLE TRIGGER job_posting_search_sync`.execute(db);
  await inBatches(order, async (batch) => {
    const pick = <T>(values: T[]) => batch.map((i) => values[i]);
    const source = unnest({
      employer_id: ['bigint', pick(cols.employer_id)],
      text_id: ['int', pick(cols.text_id)],
      region_code: ['text', pick(cols.region_code)],
      occupation_code: ['text', pick(cols.occupation_code)],
      industry_code: ['text', pick(cols.industry_code)],
      vacancies: ['int', pick(cols.vacancies)],
      wage_min: ['int', pick(cols.wage_min)],
      wage_max: ['int', pick(cols.wage_max)],
      education: ['text', pick(cols.education)],
      experience_years: ['int', pick(cols.experience_years)],
      working_hours: ['text', pick(cols.working_hours)],
      benefits: ['text', pick(cols.benefits)],
      contact_name: ['text', pick(cols.contact_name)],
      contact_phone: ['text', pick(cols.contact_phone)],
      valid_from: ['date', pick(cols.valid_from)],
      valid_to: ['date', pick(cols.valid_to)],
      status: ['text', pick(cols.status)],
      published_at: ['timestamptz', pick(cols.published_at)],
      created_by: ['bigint', pick(cols.created_by)],
      created_at: ['timestamptz', pick(cols.created_at)],
      work_type: ['text', pick(cols.work_type)],
      shared: ['boolean', pick(cols.shared)],
      skill_level: ['text', pick(cols.skill_level)],
    });
    await sql`
      INSERT INTO job_posting (employer_id, region_code, title, occupation_code, industry_code, vacancies, wage_min, wage_max, education,
        experience_years, working_hours, benefits, description, requirements, contact_name, contact_phone, valid_from, valid_to, status,
        prereview_outcome, prereview_findings, published_at, created_by, created_at, updated_at, search_vector, work_type, shared, skill_level)
      SELECT u.employer_id, u.region_code, t.title, u.occupation_code, u.industry_code, u.vacancies, u.wage_min, u.wage_max, u.education,
        u.experience_years, u.working_hours, u.benefits, t.description, t.requirements, u.contact_name, u.contact_phone, u.valid_from, u.valid_to, u.status,
        t.outcome, t.findings, u.published_at, u.created_by, u.created_at, ${now}, t.vector, u.work_type, u.shared, u.skill_level
      FROM ${source} JOIN seed_posting_text t ON t.id = u.text_id`.execute(db);
  });
  await sql`ALTER TABLE job_posting ENABLE TRIGGER job_posting_search_sync`.execute(db);
  await sql`SELECT posting_search_fill(${today}::date)`.execute(db);
  const queued = await queueForReview(db, firstId, now, today);
  return { postings: plan.postings, postingsLive: live, postingsInReview: queued, postingTexts: texts.values.length };
}

/**
 * The distinct texts with their pre-review (run for real on a posting that is otherwise in order)
 * and their search vector as `postingSearchVector` builds it: the title weighted A, then
 * description and requirements.
 */
async function writeTexts(db: Db, texts: readonly PostingText[], minimumWage: number, today: string): Promise<void> {
  await tempTable(db, 'seed_posting_text', 'id int PRIMARY KEY, title text, description text, requirements text, outcome text, findings jsonb, vector tsvector');
  const docs = documentCache();
  await inBatches(
    texts.map((t, id) => ({ t, id })),
    async (batch) => {
      const reviews = batch.map(({ t }) =>
        preReview(
          { ...t, occupationCode: '6-09', vacancies: 1, wageMin: minimumWage + 1000, wageMax: minimumWage + 2000, regionCode: '000000', validFrom: today, validTo: addCalendarDays(today, 30), contactName: '人事部', contactPhone: '0798-8200000' },
          { today, minimumWage, occupationExists: true, regionIsValid: true, liveDuplicates: [] },
        ),
      );
      const source = unnest({
        id: ['int', batch.map((b) => b.id)],
        title: ['text', batch.map((b) => b.t.title)],
        description: ['text', batch.map((b) => b.t.description)],
        requirements: ['text', batch.map((b) => b.t.requirements)],
        outcome: ['text', reviews.map((r) => r.outcome)],
        findings: ['text', reviews.map((r) => JSON.stringify(r.findings))],
        title_doc: ['text', batch.map((b) => docs.doc([b.t.title]))],
        body_doc: ['text', batch.map((b) => docs.doc([b.t.description, b.t.requirements]))],
      });
      await sql`
        INSERT INTO seed_posting_text (id, title, description, requirements, outcome, findings, vector)
        SELECT u.id, u.title, u.description, u.requirements, u.outcome, u.findings::jsonb,
               setweight(to_tsvector('simple', u.title_doc), 'A') || to_tsvector('simple', u.body_doc)
        FROM ${source}`.execute(db);
    },
    5_000,
  );
}

async function nextId(db: Db): Promise<number> {
  const row = await sql<{ id: number | null }>`SELECT max(id) AS id FROM job_posting`.execute(db);
  return Number(row.rows[0]?.id ?? 0) + 1;
}

/** Postings submitted for review (pending) get their workflow item at the first step, submitted by the community's operator. */
async function queueForReview(db: Db, firstId: number, now: Date, today: string): Promise<number> {
  const step = postingReview.steps[0];
  const due = dueDate(today, step.deadline);
  const items = await sql<{ id: number }>`
    INSERT INTO workflow_item (workflow_type, subject_type, subject_id, subject_label, region_code, submitter_id, status, step_index, step_due_at, version, closed_at, created_at, updated_at)
    SELECT ${postingReview.type}, 'job_posting', p.id::text, e.name || '：' || p.title, p.region_code, p.created_by, 'pending', 0, ${due}, 1, NULL, ${now}, ${now}
    FROM job_posting p JOIN employer e ON e.id = p.employer_id
    WHERE p.id >= ${firstId} AND p.status = 'pending'
    ORDER BY p.id
    RETURNING id`.execute(db);
  await sql`
    INSERT INTO workflow_decision (item_id, round, step_index, step_key, action, reason, actor_id, actor_org, decided_at)
    SELECT w.id, 1, 0, ${step.key}, 'submit', NULL, w.submitter_id, w.region_code, ${now}
    FROM workflow_item w WHERE w.id = ANY(${items.rows.map((r) => r.id)}::bigint[])`.execute(db);
  return items.rows.length;
}
