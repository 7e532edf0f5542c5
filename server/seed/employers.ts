import type { Db } from '../platform/db/database.js';
import type { WorkflowAction } from '../platform/db/schema.js';
import { chinaDate } from '../platform/clock.js';
import { dueDate } from '../modules/calendar/workdays.js';
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

/**
 * Employers with valid credit codes, spread over the city's communities, each with a consistent
 * verification history (submitted by the community assistant, decided by the street's and the
 * district's reviewers). Returns the ids of the pinned employers in order.
 */
export async function generateEmployers(input: EmployerSeedInput): Promise<number[]> {
  const { db, rng, now, staff } = input;
  const pinnedIds: number[] = [];
  const usedCodes = new Set((await db.selectFrom('employer').select('credit_code').execute()).map((r) => r.credit_code));
  for (let i = 0; i < input.count; i += 1) {
    const pinned = i < input.pinned.outcomes.length;
    const community = pinned ? input.pinned.community : rng.pick(input.communities);
    const outcome = pinned ? input.pinned.outcomes[i] : rng.weighted(OUTCOMES);
    const industry = rng.weighted(INDUSTRIES);
    let code = creditCode(rng, { divisionCode6: community.slice(0, 6) });
    while (usedCodes.has(code)) code = creditCode(rng, { divisionCode6: community.slice(0, 6) });
    usedCodes.add(code);
    const createdAt = new Date(now.getTime() - (pinned ? rng.int(0, 1) : rng.int(3, 120)) * 86_400_000 - rng.int(0, 8 * 3600) * 1000);
    const submitter = staff.get(operatorOf(community));
    if (submitter === undefined) throw new Error(`no assistant for ${community}`);
    const status = outcome === 'draft' ? 'draft' : outcome === 'street' || outcome === 'district' ? 'pending' : outcome;
    const employer = await db
      .insertInto('employer')
      .values({
        credit_code: code,
        name: companyName(rng, input.cityName, industry.hint),
        region_code: community,
        address: `${rng.int(1, 300)}号`,
        contact_name: chineseName(rng, rng.chance(0.5) ? 1 : 2),
        contact_phone: mobilePhone(rng),
        unit_type: '10',
        industry_code: industry.code,
        status,
        verified_at: outcome === 'verified' ? new Date(createdAt.getTime() + 3 * 86_400_000) : null,
        created_by: submitter,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    if (pinned) pinnedIds.push(employer.id);
    if (outcome !== 'draft') await writeHistory(db, employer, community, outcome, createdAt, submitter, staff);
  }
  return pinnedIds;
}

async function writeHistory(
  db: Db,
  employer: { id: number; name: string },
  community: string,
  outcome: Exclude<Outcome, 'draft'>,
  submittedAt: Date,
  submitter: number,
  staff: Map<string, number>,
): Promise<void> {
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
  const item = await db
    .insertInto('workflow_item')
    .values({
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('workflow_decision')
    .values(decisions.map((d) => ({ item_id: item.id, round: 1, step_index: d.step, step_key: steps[d.step].key, action: d.action, reason: d.reason, actor_id: d.actor, actor_org: d.org, decided_at: d.at })))
    .execute();
}
