import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { PostingStatus } from '../../platform/db/schema.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit, type AuditEvent } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { pageWindow, type PageQuery } from '../../platform/http/schemas.js';
import { resubmitForReview, submitForReview } from '../../platform/workflow/service.js';
import { addCalendarDays } from '../calendar/workdays.js';
import { ruleValue } from '../rules/service.js';
import { MAX_VALIDITY_DAYS, preReview, type PreReviewResult } from './prereview.js';
import { findPostings, liveDuplicates, selectPostings, type PostingFilter, type PostingRow } from './posting-repository.js';
import type { PostingInput, PostingPatch, PostingView } from './posting-schema.js';
import { postingReview } from './posting-workflow.js';
import { publicPostingsChanged } from './search-cache.js';
import { postingSearchVector } from './text-search.js';

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

const STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  pending: '审核中',
  returned: '退回修改',
  rejected: '审核不通过',
  published: '已发布',
  expired: '已过期',
  paused: '已暂停',
  filled: '已招满',
  withdrawn: '已撤回',
};

/** What an actor may do with one posting (sent to the UI as `can`). */
export function postingPolicy(ctx: RequestContext, p: Pick<PostingRow, 'employer_id' | 'region_code' | 'status' | 'valid_to'>, today: string) {
  const { actor } = ctx;
  const own = actor.kind === 'external' && actor.employerId === p.employer_id;
  const staff = actor.kind === 'staff' && inScope(actor, p.region_code);
  const manage = rolesAllow(actor.roles, 'posting.manage') && (own || staff);
  const editable = p.status === 'draft' || p.status === 'returned' || p.status === 'rejected';
  const live = p.status === 'published' || p.status === 'paused';
  return {
    view: rolesAllow(actor.roles, 'posting.view') && (own || staff),
    update: manage && editable,
    submit: manage && editable,
    pause: manage && p.status === 'published' && p.valid_to >= today,
    resume: manage && p.status === 'paused' && p.valid_to >= today,
    fill: manage && live,
    renew: manage && live,
  };
}

function present(ctx: RequestContext, r: PostingRow, today: string): PostingView {
  const display = r.status === 'published' && r.valid_to < today ? 'expired' : r.status;
  const findings = (Array.isArray(r.prereview_findings) ? r.prereview_findings : []) as PostingView['findings'];
  return {
    id: r.id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    title: r.title,
    occupationCode: r.occupation_code,
    occupationName: r.occupation_name ?? null,
    industryCode: r.industry_code,
    vacancies: r.vacancies,
    wageMin: r.wage_min,
    wageMax: r.wage_max,
    education: r.education,
    experienceYears: r.experience_years,
    workingHours: r.working_hours,
    benefits: r.benefits,
    description: r.description,
    requirements: r.requirements,
    regionCode: r.region_code,
    regionName: r.region_name,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    workType: r.work_type,
    shared: r.shared,
    status: r.status,
    displayStatus: display,
    displayStatusName: STATUS_NAMES[display] ?? display,
    prereviewOutcome: r.prereview_outcome,
    findings,
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    workflowItemId: r.workflow_item_id ?? null,
    lastDecision: r.last_decision ? { action: r.last_decision.action, reason: r.last_decision.reason, decidedAt: new Date(r.last_decision.decidedAt).toISOString() } : null,
    createdAt: r.created_at.toISOString(),
    can: (({ view: _view, ...can }) => can)(postingPolicy(ctx, r, today)),
  };
}

const today = (deps: AppDeps) => chinaDate(deps.clock.now());

async function loadVisible(db: Db, ctx: RequestContext, id: number, day: string): Promise<PostingRow> {
  const row = await selectPostings(db).where('j.id', '=', id).executeTakeFirst();
  if (!row || !postingPolicy(ctx, row, day).view) throw notFound('岗位');
  return row;
}

export async function getPosting(deps: AppDeps, ctx: RequestContext, id: number): Promise<PostingView> {
  const day = today(deps);
  return present(ctx, await loadVisible(deps.db, ctx, id, day), day);
}

export async function listPostings(deps: AppDeps, ctx: RequestContext, f: PostingFilter & PageQuery) {
  if (ctx.actor.kind === 'external' && !ctx.actor.employerId) throw forbidden();
  const { page, pageSize, offset } = pageWindow(f);
  const day = today(deps);
  const { rows, total } = await findPostings(deps.db, ctx.actor, f, day, pageSize, offset);
  return { items: rows.map((r) => present(ctx, r, day)), total, page, pageSize };
}

/** The employer a new posting belongs to: an employer account's own; staff name one in their scope. */
async function employerFor(deps: AppDeps, ctx: RequestContext, requested: number | undefined) {
  const { actor } = ctx;
  let id: number | undefined;
  if (actor.kind === 'external') {
    if (!actor.employerId) throw forbidden('该账号未关联用人单位');
    if (requested && requested !== actor.employerId) throw forbidden();
    id = actor.employerId;
  } else {
    if (!requested) throw fieldError('employerId', '请选择用人单位');
    id = requested;
  }
  const employer = await deps.db.selectFrom('employer').select(['id', 'name', 'region_code', 'status']).where('id', '=', id).executeTakeFirst();
  if (!employer || (actor.kind === 'staff' && !inScope(actor, employer.region_code))) throw fieldError('employerId', '用人单位不存在或不在您的管辖范围内');
  return employer;
}

type Draft = Required<Pick<PostingInput, 'title' | 'occupationCode' | 'vacancies' | 'wageMin' | 'wageMax' | 'description' | 'regionCode' | 'contactName' | 'contactPhone'>> &
  Omit<PostingInput, 'employerId'> & { validFrom: string; validTo: string };

/** Runs the automatic pre-review of a draft against the code tables, the rules and the employer's live postings. */
async function runPreReview(deps: AppDeps, employerId: number, d: Draft, exceptId?: number): Promise<PreReviewResult> {
  const day = today(deps);
  const occupation = await deps.db.selectFrom('code_entry').select('code').where('type', '=', 'occupation').where('code', '=', d.occupationCode).executeTakeFirst();
  const unit = await deps.db.selectFrom('org_unit').select('level').where('code', '=', d.regionCode).executeTakeFirst();
  return preReview(
    { ...d, requirements: d.requirements ?? null, industryCode: d.industryCode ?? null, education: d.education ?? null },
    {
      today: day,
      minimumWage: await ruleValue(deps, 'min_wage.monthly_yuan', unit ? d.regionCode : '', day),
      occupationExists: Boolean(occupation),
      regionIsValid: Boolean(unit && unit.level >= 4),
      liveDuplicates: await liveDuplicates(deps.db, { employerId, title: d.title.trim(), occupationCode: d.occupationCode, exceptId }, day),
    },
  );
}

/** An optional text as stored: trimmed, and null when empty. */
const textOrNull = (value: string | undefined) => value?.trim() || null;

function rowValues(d: Draft) {
  return {
    title: d.title.trim(),
    occupation_code: d.occupationCode,
    industry_code: textOrNull(d.industryCode),
    vacancies: d.vacancies,
    wage_min: d.wageMin,
    wage_max: d.wageMax,
    education: textOrNull(d.education),
    experience_years: d.experienceYears ?? null,
    working_hours: textOrNull(d.workingHours),
    benefits: textOrNull(d.benefits),
    description: d.description,
    requirements: textOrNull(d.requirements),
    work_type: d.workType ?? 'full_time',
    shared: d.shared ?? true,
    region_code: d.regionCode,
    contact_name: d.contactName,
    contact_phone: d.contactPhone,
    valid_from: d.validFrom,
    valid_to: d.validTo,
  };
}

/** Field errors the database would refuse anyway, said in Chinese before anything is written. */
async function checkDraft(deps: AppDeps, ctx: RequestContext, d: Draft): Promise<void> {
  if (d.wageMin > d.wageMax) throw fieldError('wageMax', '工资上限不能低于下限');
  if (d.validTo < d.validFrom) throw fieldError('validTo', '有效期截止日期不能早于开始日期');
  const unit = await deps.db.selectFrom('org_unit').select('level').where('code', '=', d.regionCode).executeTakeFirst();
  if (!unit || unit.level < 4) throw fieldError('regionCode', '工作地点须具体到街道（乡镇）或社区');
  if (ctx.actor.kind === 'staff' && !inScope(ctx.actor, d.regionCode)) throw fieldError('regionCode', '工作地点不在您的管辖范围内');
}

/**
 * Creates a draft posting and runs the pre-review on it, so the employer sees at once what would
 * block it; nothing is sent for review until `submitPosting`.
 */
export async function createPosting(deps: AppDeps, ctx: RequestContext, input: PostingInput): Promise<PostingView> {
  const employer = await employerFor(deps, ctx, input.employerId);
  const day = today(deps);
  const validFrom = input.validFrom ?? day;
  const validTo = input.validTo ?? addCalendarDays(validFrom, await ruleValue(deps, 'posting.validity_days', input.regionCode, day));
  const draft: Draft = { ...input, validFrom, validTo };
  await checkDraft(deps, ctx, draft);
  const review = await runPreReview(deps, employer.id, draft);
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('job_posting')
      .values({ ...rowValues(draft), search_vector: postingSearchVector(draft), employer_id: employer.id, status: 'draft', prereview_outcome: review.outcome, prereview_findings: JSON.stringify(review.findings), created_by: ctx.actor.id, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'posting.created', entityType: 'job_posting', entityId: row.id, regionCode: draft.regionCode, after: { ...input, employerId: employer.id, prereview: review.outcome } });
    return row.id;
  });
  return getPosting(deps, ctx, id);
}

function draftOf(row: PostingRow): Draft {
  return {
    title: row.title,
    occupationCode: row.occupation_code,
    industryCode: row.industry_code ?? undefined,
    vacancies: row.vacancies,
    wageMin: row.wage_min,
    wageMax: row.wage_max,
    education: row.education ?? undefined,
    experienceYears: row.experience_years ?? undefined,
    workingHours: row.working_hours ?? undefined,
    benefits: row.benefits ?? undefined,
    description: row.description,
    requirements: row.requirements ?? undefined,
    regionCode: row.region_code,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    workType: row.work_type,
    shared: row.shared,
  };
}

/** The patch with cleared fields (null) as absent, so the merged draft stores them as null. */
function withoutCleared(patch: PostingPatch): Partial<Draft> {
  return Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value === null ? undefined : value])) as Partial<Draft>;
}

/** Edits a draft, returned or rejected posting and runs the pre-review again. */
export async function updatePosting(deps: AppDeps, ctx: RequestContext, id: number, patch: PostingPatch): Promise<PostingView> {
  const day = today(deps);
  const current = await loadVisible(deps.db, ctx, id, day);
  if (!postingPolicy(ctx, current, day).update) throw new AppError('invalid_state', `岗位${STATUS_NAMES[current.status]}，不能修改`);
  const draft: Draft = { ...draftOf(current), ...withoutCleared(patch) };
  await checkDraft(deps, ctx, draft);
  const review = await runPreReview(deps, current.employer_id, draft, id);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('job_posting')
      .set({ ...rowValues(draft), search_vector: postingSearchVector(draft), prereview_outcome: review.outcome, prereview_findings: JSON.stringify(review.findings), updated_at: now })
      .where('id', '=', id)
      .where('status', '=', current.status)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new AppError('conflict', '岗位状态已变化，请刷新后重试');
    await writeAudit(trx, deps.clock, who(ctx), { event: 'posting.updated', entityType: 'job_posting', entityId: id, regionCode: draft.regionCode, before: draftOf(current), after: { ...patch, prereview: review.outcome } });
  });
  return getPosting(deps, ctx, id);
}

/**
 * Sends a posting to human review after the pre-review: a blocking finding refuses the submission
 * with every finding (and the offending phrase) as field errors, writing nothing; findings that
 * only need attention travel with the posting to the reviewer. The employer must be verified.
 */
export async function submitPosting(deps: AppDeps, ctx: RequestContext, id: number): Promise<PostingView> {
  const day = today(deps);
  const current = await loadVisible(deps.db, ctx, id, day);
  if (!postingPolicy(ctx, current, day).submit) throw new AppError('invalid_state', current.status === 'pending' ? '该岗位已在审核中' : `岗位${STATUS_NAMES[current.status]}，不能提交审核`);
  if (current.employer_status !== 'verified') throw new AppError('invalid_state', '用人单位通过资格审核后才能发布岗位', [{ field: 'employerId', message: '用人单位尚未通过资格审核' }]);
  const review = await runPreReview(deps, current.employer_id, draftOf(current), id);
  const { findings } = review;
  if (review.outcome === 'blocked') {
    const blocking = findings.filter((f) => f.severity === 'block');
    throw new AppError('validation_failed', blocking[0].message, blocking.map((f) => ({ field: f.field, message: f.message })));
  }
  const now = deps.clock.now();
  try {
    await deps.db.transaction().execute(async (trx) => {
      const open = await trx.selectFrom('workflow_item').select('id').where('workflow_type', '=', postingReview.type).where('subject_id', '=', String(id)).where('status', '=', 'returned').executeTakeFirst();
      const label = `${current.employer_name}：${current.title}`;
      if (open) await resubmitForReview(trx, deps, ctx, open.id, label);
      else await submitForReview(trx, deps, ctx, { type: postingReview.type, subjectId: id, subjectLabel: label, regionCode: current.region_code });
      const moved = await trx
        .updateTable('job_posting')
        .set({ status: 'pending', prereview_outcome: review.outcome, prereview_findings: JSON.stringify(findings), updated_at: now })
        .where('id', '=', id)
        .where('status', 'in', ['draft', 'returned', 'rejected'])
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) === 0) throw new AppError('invalid_state', '该岗位已在审核中');
    });
  } catch (error) {
    if (isUniqueViolation(error, 'workflow_item_one_open_per_subject')) throw new AppError('invalid_state', '该岗位已在审核中');
    throw error;
  }
  return getPosting(deps, ctx, id);
}

type Transition = 'pause' | 'resume' | 'fill' | 'renew';
const NEXT: Record<Transition, { status: PostingStatus; event: AuditEvent; refusal: string }> = {
  pause: { status: 'paused', event: 'posting.paused', refusal: '只有有效期内已发布的岗位可以暂停' },
  resume: { status: 'published', event: 'posting.resumed', refusal: '只有有效期内暂停的岗位可以恢复' },
  fill: { status: 'filled', event: 'posting.filled', refusal: '只有已发布或暂停的岗位可以标记为招满' },
  renew: { status: 'published', event: 'posting.renewed', refusal: '只有已发布或暂停的岗位可以续期' },
};

/** Pause, resume, mark filled, or renew (a new end of validity, at most 180 days ahead) a published posting. */
export async function changePosting(deps: AppDeps, ctx: RequestContext, id: number, action: Transition, input: { validTo?: string } = {}): Promise<PostingView> {
  const day = today(deps);
  const current = await loadVisible(deps.db, ctx, id, day);
  const rule = NEXT[action];
  if (!postingPolicy(ctx, current, day)[action]) throw new AppError('invalid_state', rule.refusal);
  let validTo = current.valid_to;
  if (action === 'renew') {
    if (!input.validTo || input.validTo < day) throw fieldError('validTo', '续期截止日期不能早于今天');
    if (input.validTo > addCalendarDays(day, MAX_VALIDITY_DAYS)) throw fieldError('validTo', `续期不能超过 ${MAX_VALIDITY_DAYS} 天`);
    validTo = input.validTo;
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await trx.updateTable('job_posting').set({ status: rule.status, valid_to: validTo, updated_at: now }).where('id', '=', id).where('status', '=', current.status).executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new AppError('conflict', '岗位状态已变化，请刷新后重试');
    await writeAudit(trx, deps.clock, who(ctx), { event: rule.event, entityType: 'job_posting', entityId: id, regionCode: current.region_code, before: { status: current.status, validTo: current.valid_to }, after: { status: rule.status, validTo } });
  });
  publicPostingsChanged();
  return getPosting(deps, ctx, id);
}
