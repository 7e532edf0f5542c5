import type { Db } from '../platform/db/database.js';
import type { WorkflowAction } from '../platform/db/schema.js';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays, dueDate } from '../modules/calendar/workdays.js';
import { employerVerification } from '../modules/employers/workflow.js';
import { applicableSteps } from '../platform/workflow/rules.js';
import type { Random } from './random.js';
import { chineseName, companyName, creditCode, mobilePhone } from './identity.js';
import { operatorOf, reviewerOf } from './staff.js';

/** Industry divisions (GB/T 4754-2017) weighted roughly like a ceramics city's employers. */
const INDUSTRIES: { value: { code: string; hint: string }; weight: number }[] = [
  { value: { code: '30', hint: '陶瓷' }, weight: 30 },
  { value: { code: '52', hint: '商贸' }, weight: 14 },
  { value: { code: '62', hint: '餐饮管理' }, weight: 10 },
  { value: { code: '47', hint: '建筑工程' }, weight: 8 },
  { value: { code: '54', hint: '物流' }, weight: 7 },
  { value: { code: '39', hint: '电子' }, weight: 6 },
  { value: { code: '36', hint: '机械' }, weight: 6 },
  { value: { code: '80', hint: '家政服务' }, weight: 6 },
  { value: { code: '65', hint: '信息技术' }, weight: 5 },
  { value: { code: '27', hint: '医药' }, weight: 4 },
  { value: { code: '14', hint: '食品' }, weight: 4 },
];

type Outcome = 'draft' | 'street' | 'district' | 'returned' | 'verified' | 'rejected';
const OUTCOMES: { value: Outcome; weight: number }[] = [
  { value: 'verified', weight: 70 },
  { value: 'street', weight: 8 },
  { value: 'district', weight: 6 },
  { value: 'returned', weight: 5 },
  { value: 'rejected', weight: 3 },
  { value: 'draft', weight: 8 },
];

export interface EmployerSeedInput {
  db: Db;
  rng: Random;
  now: Date;
  cityName: string;
  communities: string[];
  staff: Map<string, number>;
  count: number;
  /** Employers forced into the demo community first, with these outcomes (for the demo flows). */
  pinned: { community: string; outcomes: Outcome[] };
}

/** Registration types (国统字〔2011〕86号) of a ceramics city's employers. */
const OWNERSHIP: { value: string; weight: number }[] = [
  { value: '173', weight: 46 },
  { value: '171', weight: 12 },
  { value: '159', weight: 12 },
  { value: '160', weight: 6 },
  { value: '110', weight: 4 },
  { value: '120', weight: 3 },
  { value: '151', weight: 2 },
  { value: '230', weight: 2 },
  { value: '310', weight: 2 },
  { value: '190', weight: 11 },
];
const SIZES: { value: 'micro' | 'small' | 'medium' | 'large'; weight: number }[] = [
  { value: 'micro', weight: 40 },
  { value: 'small', weight: 35 },
  { value: 'medium', weight: 18 },
  { value: 'large', weight: 7 },
];
const INTRO_TAILS = ['产品远销海内外。', '注重员工培训和职业发展。', '是本市就业扶贫车间。', '已通过ISO9001质量体系认证。', '服务本地居民多年，口碑良好。'];

interface PlannedEmployer {
  pinned: boolean;
  community: string;
  outcome: Outcome;
  status: 'draft' | 'pending' | 'returned' | 'verified' | 'rejected';
  code: string;
  name: string;
  industry: { code: string; hint: string };
  address: string;
  contactName: string;
  contactPhone: string;
  createdAt: Date;
  submitter: number;
  ownership: string;
  size: 'micro' | 'small' | 'medium' | 'large';
  introduction: string;
  memberSince: string | null;
  memberUntil: string | null;
}

const BATCH = 2_000;

/**
 * Employers with valid credit codes, spread over the city's communities, each with a consistent
 * verification history (submitted by the community assistant, decided by the street's and the
 * district's reviewers), a registration type, a size, a short introduction, and for some a
 * membership of the public HR market. Planned in memory, written in batches (50,000 employers at
 * the benchmark scale). Returns the ids of the pinned employers in order.
 */
export async function generateEmployers(input: EmployerSeedInput): Promise<number[]> {
  const { db, rng, now, staff } = input;
  // Profile fields come from their own stream, so the original fields stay as they were.
  const profile = rng.fork('profile');
  const today = chinaDate(now);
  const usedCodes = new Set((await db.selectFrom('employer').select('credit_code').execute()).map((r) => r.credit_code));
  const planned: PlannedEmployer[] = [];
  for (let i = 0; i < input.count; i += 1) {
    const pinned = i < input.pinned.outcomes.length;
    const community = pinned ? input.pinned.community : rng.pick(input.communities);
    const outcome = pinned ? input.pinned.outcomes[i] : rng.weighted(OUTCOMES);
    const industry = rng.weighted(INDUSTRIES);
    let code = creditCode(rng, { divisionCode6: community.slice(0, 6) });
    while (usedCodes.has(code)) code = creditCode(rng, { divisionCode6: community.slice(0, 6) });
    usedCodes.add(code);
    // Pinned employers still in review came in lately; the verified one has been in the market for months
    // (its verification, a few days after registering, and its postings all lie in the past).
    const daysAgo = pinned ? (outcome === 'verified' ? rng.int(100, 120) : rng.int(0, 1)) : rng.int(3, 120);
    const createdAt = new Date(now.getTime() - daysAgo * 86_400_000 - rng.int(0, 8 * 3600) * 1000);
    const submitter = staff.get(operatorOf(community));
    if (submitter === undefined) throw new Error(`no assistant for ${community}`);
    const name = companyName(rng, input.cityName, industry.hint);
    const address = `${rng.int(1, 300)}号`;
    const contactName = chineseName(rng, rng.chance(0.5) ? 1 : 2);
    const contactPhone = mobilePhone(rng);
    const member = outcome === 'verified' && profile.chance(0.12);
    const memberSince = member ? addCalendarDays(today, -profile.int(10, 700)) : null;
    planned.push({
      pinned,
      community,
      outcome,
      status: outcome === 'draft' ? 'draft' : outcome === 'street' || outcome === 'district' ? 'pending' : outcome,
      code,
      name,
      industry,
      address,
      contactName,
      contactPhone,
      createdAt,
      submitter,
      ownership: profile.weighted(OWNERSHIP),
      size: profile.weighted(SIZES),
      introduction: `${name}成立于${profile.int(1995, 2024)}年，主要从事${industry.hint}相关业务，${profile.pick(INTRO_TAILS)}`,
      memberSince,
      memberUntil: memberSince ? addCalendarDays(memberSince, 365 * profile.int(1, 2)) : null,
    });
  }
  const pinnedIds: number[] = [];
  for (let i = 0; i < planned.length; i += BATCH) {
    const batch = planned.slice(i, i + BATCH);
    const rows = await db
      .insertInto('employer')
      .values(
        batch.map((e) => ({
          credit_code: e.code,
          name: e.name,
          region_code: e.community,
          address: e.address,
          contact_name: e.contactName,
          contact_phone: e.contactPhone,
          unit_type: '10',
          industry_code: e.industry.code,
          ownership_type: e.ownership,
          size_band: e.size,
          introduction: e.introduction,
          member_since: e.memberSince,
          member_until: e.memberUntil,
          status: e.status,
          verified_at: e.outcome === 'verified' ? new Date(e.createdAt.getTime() + 3 * 86_400_000) : null,
          created_by: e.submitter,
          created_at: e.createdAt,
          updated_at: e.createdAt,
        })),
      )
      .returning(['id', 'credit_code'])
      .execute();
    const ids = new Map(rows.map((r) => [r.credit_code, r.id]));
    const withIds = batch.map((e) => ({ e, id: ids.get(e.code) as number }));
    for (const { e, id } of withIds) if (e.pinned) pinnedIds.push(id);
    await writeHistories(db, withIds.filter((x) => x.e.outcome !== 'draft'), staff);
  }
  return pinnedIds;
}

/** The verification histories of a batch of submitted employers. */
async function writeHistories(db: Db, employers: { e: PlannedEmployer; id: number }[], staff: Map<string, number>): Promise<void> {
  if (employers.length === 0) return;
  const histories = employers.map(({ e, id }) => history({ id, name: e.name }, e.community, e.outcome as Exclude<Outcome, 'draft'>, e.createdAt, e.submitter, staff));
  const items = await db
    .insertInto('workflow_item')
    .values(histories.map((h) => h.item))
    .returning(['id', 'subject_id'])
    .execute();
  const itemIds = new Map(items.map((r) => [r.subject_id, r.id]));
  await db
    .insertInto('workflow_decision')
    .values(histories.flatMap((h) => h.decisions.map((d) => ({ ...d, item_id: itemIds.get(h.item.subject_id) as number }))))
    .execute();
}

function history(
  employer: { id: number; name: string },
  community: string,
  outcome: Exclude<Outcome, 'draft'>,
  submittedAt: Date,
  submitter: number,
  staff: Map<string, number>,
) {
  const steps = employerVerification.steps;
  const [streetStep, districtStep] = applicableSteps(steps, community);
  const streetRev = staff.get(reviewerOf(community.slice(0, 9))) as number;
  const districtRev = staff.get(reviewerOf(community.slice(0, 6))) as number;
  const day = (n: number) => new Date(submittedAt.getTime() + n * 86_400_000);
  const decisions: { step: number; action: WorkflowAction; actor: number; org: string; at: Date; reason: string | null }[] = [
    { step: streetStep, action: 'submit', actor: submitter, org: community, at: submittedAt, reason: null },
  ];
  let status: 'pending' | 'returned' | 'approved' | 'rejected' = 'pending';
  let stepIndex = streetStep;
  if (outcome === 'returned') {
    decisions.push({ step: streetStep, action: 'return', actor: streetRev, org: community.slice(0, 9), at: day(1), reason: '营业执照复印件不清晰，请重新上传' });
    status = 'returned';
  } else if (outcome !== 'street') {
    decisions.push({ step: streetStep, action: 'approve', actor: streetRev, org: community.slice(0, 9), at: day(1), reason: null });
    stepIndex = districtStep;
    if (outcome === 'verified' || outcome === 'rejected') {
      const approve = outcome === 'verified';
      decisions.push({ step: districtStep, action: approve ? 'approve' : 'reject', actor: districtRev, org: community.slice(0, 6), at: day(3), reason: approve ? null : '经营范围与申报不符' });
      status = approve ? 'approved' : 'rejected';
    }
  }
  const last = decisions[decisions.length - 1].at;
  return {
    item: {
      workflow_type: employerVerification.type,
      subject_type: 'employer',
      subject_id: String(employer.id),
      subject_label: employer.name,
      region_code: community,
      submitter_id: submitter,
      status,
      step_index: stepIndex,
      step_due_at: status === 'pending' ? dueDate(chinaDate(last), steps[stepIndex].deadline) : null,
      version: decisions.length,
      closed_at: status === 'approved' || status === 'rejected' ? last : null,
      created_at: submittedAt,
      updated_at: last,
    },
    decisions: decisions.map((d) => ({ round: 1, step_index: d.step, step_key: steps[d.step].key, action: d.action, reason: d.reason, actor_id: d.actor, actor_org: d.org, decided_at: d.at })),
  };
}
