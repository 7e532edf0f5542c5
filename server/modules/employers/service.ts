import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { inScope } from '../../platform/scope.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { validateCreditCode } from '../../platform/validators/credit-code.js';
import { maskPhone } from '../../platform/validators/citizen-id.js';
import { resubmitForReview, submitForReview } from '../../platform/workflow/service.js';
import { employerPolicy } from './policy.js';
import { findEmployerById, findEmployers, type EmployerFilter, type EmployerRow } from './repository.js';
import type { EmployerInput, EmployerPatch, EmployerView } from './schema.js';
import { employerVerification } from './workflow.js';
import { chinaDate } from '../../platform/clock.js';
import { creditSummary, isMember } from './credit-rules.js';
import { codeProblems } from './employer-checks.js';

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

export const today = (deps: Pick<AppDeps, 'clock'>) => chinaDate(deps.clock.now());

/** The employer as sent out; the contact phone is masked unless `full`. */
export function present(ctx: RequestContext, row: EmployerRow, full: boolean, day: string): EmployerView {
  const can = employerPolicy(ctx.actor, row);
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
    address: row.address,
    contactName: row.contact_name,
    contactPhone: row.contact_phone && !full ? maskPhone(row.contact_phone) : row.contact_phone,
    unitType: row.unit_type,
    industryCode: row.industry_code,
    ownershipType: row.ownership_type,
    sizeBand: row.size_band,
    introduction: row.introduction,
    source: row.source,
    memberSince: row.member_since,
    memberUntil: row.member_until,
    member: isMember(row.member_since, row.member_until, day),
    credit: creditSummary(row.credit_counts),
    lastDecision: row.last_decision
      ? { action: row.last_decision.action, reason: row.last_decision.reason, decidedAt: new Date(row.last_decision.decidedAt).toISOString() }
      : null,
    status: row.status,
    verifiedAt: row.verified_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    workflowItemId: row.workflow_item_id ?? null,
    can: { update: can.update, submit: can.submit },
  };
}

export async function listEmployers(deps: AppDeps, ctx: RequestContext, f: EmployerFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  const day = today(deps);
  const { rows, total } = await findEmployers(deps.db, ctx.actor, f, day, pageSize, offset);
  return { items: rows.map((r) => present(ctx, r, false, day)), total, page, pageSize };
}

/** The employer if the actor may see it (staff in scope, or the employer's own account), else not_found. */
export async function loadVisible(deps: Pick<AppDeps, 'db' | 'clock'>, ctx: RequestContext, id: number): Promise<EmployerRow> {
  const row = await findEmployerById(deps.db, id, today(deps));
  if (!row || !employerPolicy(ctx.actor, row).view) throw notFound('用人单位');
  return row;
}

/** One employer in full (contact unmasked), audited as a view. */
export async function getEmployer(deps: AppDeps, ctx: RequestContext, id: number) {
  const row = await loadVisible(deps, ctx, id);
  await writeAudit(deps.db, deps.clock, who(ctx), { event: 'employer.viewed', entityType: 'employer', entityId: id, regionCode: row.region_code });
  return present(ctx, row, true, today(deps));
}

async function checkRegion(db: Db, ctx: RequestContext, regionCode: string): Promise<void> {
  const unit = await db.selectFrom('org_unit').select(['code', 'level']).where('code', '=', regionCode).executeTakeFirst();
  if (!unit) throw fieldError('regionCode', '所在地区不存在');
  if (unit.level < 3) throw fieldError('regionCode', '所在地区须具体到区县、街道或社区');
  if (ctx.actor.kind === 'staff' && !inScope(ctx.actor, regionCode)) throw fieldError('regionCode', '所在地区不在您的管辖范围内');
}

/** Two simultaneous registrations of one code: the database's unique key decides, as a 409. */
async function withDuplicateCheck<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, 'employer_credit_code_key')) throw duplicateCode();
    throw error;
  }
}

const duplicateCode = () => new AppError('duplicate', '该统一社会信用代码已登记', [{ field: 'creditCode', message: '该统一社会信用代码已登记' }]);

function normaliseCreditCode(raw: string): string {
  const result = validateCreditCode(raw);
  if (!result.ok) throw fieldError('creditCode', result.message);
  return result.code;
}

async function assertCodeFree(db: Db, code: string, exceptId?: number): Promise<void> {
  let q = db.selectFrom('employer').select('id').where('credit_code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw duplicateCode();
}

/** Registers an employer (staff operator in scope), in draft until submitted for verification. */
export async function createEmployer(deps: AppDeps, ctx: RequestContext, input: EmployerInput) {
  const creditCode = normaliseCreditCode(input.creditCode);
  await checkRegion(deps.db, ctx, input.regionCode);
  await checkCodes(deps.db, input);
  const now = deps.clock.now();
  const id = await withDuplicateCheck(() => deps.db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, creditCode);
    const row = await trx
      .insertInto('employer')
      .values({
        credit_code: creditCode,
        name: input.name.trim(),
        region_code: input.regionCode,
        address: input.address ?? null,
        contact_name: input.contactName ?? null,
        contact_phone: input.contactPhone ?? null,
        unit_type: input.unitType ?? null,
        industry_code: input.industryCode ?? null,
        ownership_type: input.ownershipType ?? null,
        size_band: input.sizeBand ?? null,
        introduction: input.introduction ?? null,
        status: 'draft',
        created_by: ctx.actor.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'employer.created',
      entityType: 'employer',
      entityId: row.id,
      regionCode: input.regionCode,
      after: { ...input, creditCode },
    });
    return row.id;
  }));
  return getEmployerQuiet(deps, ctx, id);
}

export async function getEmployerQuiet(deps: AppDeps, ctx: RequestContext, id: number) {
  return present(ctx, await loadVisible(deps, ctx, id), true, today(deps));
}

async function checkCodes(db: Db, input: EmployerPatch): Promise<void> {
  const problems = await codeProblems(db, input);
  if (problems.length > 0) throw new AppError('validation_failed', problems[0].message, problems);
}

/** Edits an employer that is not under review or verified. */
export async function updateEmployer(deps: AppDeps, ctx: RequestContext, id: number, patch: EmployerPatch) {
  const current = await loadVisible(deps, ctx, id);
  if (!employerPolicy(ctx.actor, current).update) {
    throw current.status === 'pending' ? new AppError('invalid_state', '审核中的单位信息不能修改') : forbidden('您不能修改该单位信息');
  }
  const creditCode = patch.creditCode === undefined ? undefined : normaliseCreditCode(patch.creditCode);
  if (patch.regionCode && patch.regionCode !== current.region_code) {
    // The open review item is routed by region: moving the employer would send it to the wrong units.
    if (current.status === 'returned') throw fieldError('regionCode', '退回修改期间不能变更所在地区，请撤回后重新登记');
    await checkRegion(deps.db, ctx, patch.regionCode);
  }
  await checkCodes(deps.db, patch);
  const now = deps.clock.now();
  await withDuplicateCheck(() => deps.db.transaction().execute(async (trx) => {
    if (creditCode) await assertCodeFree(trx, creditCode, id);
    const set = {
      ...(creditCode !== undefined && { credit_code: creditCode }),
      ...(patch.name !== undefined && { name: patch.name.trim() }),
      ...(patch.regionCode !== undefined && { region_code: patch.regionCode }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.contactName !== undefined && { contact_name: patch.contactName }),
      ...(patch.contactPhone !== undefined && { contact_phone: patch.contactPhone }),
      ...(patch.unitType !== undefined && { unit_type: patch.unitType }),
      ...(patch.industryCode !== undefined && { industry_code: patch.industryCode }),
      ...(patch.ownershipType !== undefined && { ownership_type: patch.ownershipType }),
      ...(patch.sizeBand !== undefined && { size_band: patch.sizeBand }),
      ...(patch.introduction !== undefined && { introduction: patch.introduction }),
    };
    const changed = await trx
      .updateTable('employer')
      .set({ ...set, updated_at: now })
      .where('id', '=', id)
      .where('status', 'in', ['draft', 'returned', 'rejected'])
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) throw new AppError('conflict', '该单位已提交审核，信息不能修改');
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'employer.updated',
      entityType: 'employer',
      entityId: id,
      regionCode: patch.regionCode ?? current.region_code,
      before: Object.fromEntries(Object.keys(patch).map((k) => [k, beforeValue(current, k)])),
      after: patch,
    });
  }));
  return getEmployerQuiet(deps, ctx, id);
}

function beforeValue(row: EmployerRow, key: string): unknown {
  const map: Record<string, unknown> = {
    creditCode: row.credit_code,
    name: row.name,
    regionCode: row.region_code,
    address: row.address,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    unitType: row.unit_type,
    industryCode: row.industry_code,
    ownershipType: row.ownership_type,
    sizeBand: row.size_band,
    introduction: row.introduction,
  };
  return map[key];
}

/** Sends the employer into verification (or back into it after a return for revision). */
export async function submitEmployer(deps: AppDeps, ctx: RequestContext, id: number) {
  const current = await loadVisible(deps, ctx, id);
  if (!employerPolicy(ctx.actor, current).submit) {
    throw new AppError('invalid_state', current.status === 'pending' ? '该单位已在审核中' : '该单位当前状态不能提交审核');
  }
  const now = deps.clock.now();
  try {
    await submitInTransaction(deps, ctx, current, now);
  } catch (error) {
    // A second, simultaneous submit meets the one-open-item-per-subject index.
    if (isUniqueViolation(error, 'workflow_item_one_open_per_subject')) throw new AppError('invalid_state', '该单位已在审核中');
    throw error;
  }
  return getEmployerQuiet(deps, ctx, id);
}

async function submitInTransaction(deps: AppDeps, ctx: RequestContext, current: EmployerRow, now: Date): Promise<void> {
  const id = current.id;
  await deps.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('workflow_item')
      .select(['id', 'status'])
      .where('workflow_type', '=', employerVerification.type)
      .where('subject_id', '=', String(id))
      .where('status', '=', 'returned')
      .executeTakeFirst();
    if (open) await resubmitForReview(trx, deps, ctx, open.id, current.name);
    else await submitForReview(trx, deps, ctx, { type: employerVerification.type, subjectId: id, subjectLabel: current.name, regionCode: current.region_code });
    const moved = await trx
      .updateTable('employer')
      .set({ status: 'pending', updated_at: now })
      .where('id', '=', id)
      .where('status', 'in', ['draft', 'returned', 'rejected'])
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new AppError('invalid_state', '该单位已在审核中');
  });
}
