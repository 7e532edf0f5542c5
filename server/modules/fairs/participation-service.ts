import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound, type FieldError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { assertFairOpen, loadVisibleFair, type FairRow } from './fair-access.js';
import { fieldErrors, mayManage, todayOf, who } from './fair-service.js';
import { loadParticipation, presentParticipations, selectParticipations } from './participation-repository.js';
import type { ApplyInput, MyParticipation, ParticipationView, StaffApplyInput } from './participation-schema.js';

/** The index holding one live (not rejected, not withdrawn) application per employer and fair. */
const LIVE_KEY = 'fair_participation_employer_key';

/**
 * The postings an employer brings must be its own, reviewed and published, and valid on the fair
 * day; each once. Returns the field errors (all on `postings`).
 */
export async function postingErrors(db: Db, employerId: number, heldOn: string, postings: ApplyInput['postings']): Promise<FieldError[]> {
  const ids = postings.map((p) => p.postingId);
  if (new Set(ids).size !== ids.length) return [{ field: 'postings', message: '同一岗位不能重复选择' }];
  const rows = await db.selectFrom('job_posting').select(['id', 'title', 'employer_id', 'status', 'valid_from', 'valid_to']).where('id', 'in', ids).execute();
  const errors: FieldError[] = [];
  for (const id of ids) {
    const p = rows.find((r) => r.id === id);
    if (!p || p.employer_id !== employerId) errors.push({ field: 'postings', message: `岗位 ${id} 不存在或不是本单位的岗位` });
    else if (p.status !== 'published' || p.valid_from > heldOn || p.valid_to < heldOn) errors.push({ field: 'postings', message: `岗位「${p.title}」未通过审核或不在有效期内` });
  }
  return errors;
}

async function liveApplication(db: Db, fairId: number, employerId: number) {
  return db.selectFrom('fair_participation').select(['id', 'status']).where('fair_id', '=', fairId).where('employer_id', '=', employerId).where('status', 'not in', ['rejected', 'withdrawn']).executeTakeFirst();
}

const DUPLICATE = '该单位已报名参加这场招聘会';
const duplicate = () => new AppError('duplicate', DUPLICATE, [{ field: 'employerId', message: DUPLICATE }]);

/** One participation as the actor sees it. */
export async function getParticipation(deps: AppDeps, ctx: RequestContext, id: number): Promise<ParticipationView> {
  const row = await loadParticipation(deps.db, ctx, id);
  return (await presentParticipations(deps.db, ctx, [row], todayOf(deps)))[0];
}

/**
 * Writes an application (status applied) with the postings it brings, after the checks: the fair
 * open, the employer verified, the postings reviewed and valid on the day, no other live application.
 */
async function applyFor(deps: AppDeps, ctx: RequestContext, fair: FairRow, employer: { id: number; name: string; region_code: string; status: string }, input: ApplyInput, via: 'portal' | 'staff') {
  assertFairOpen(fair);
  const errors: FieldError[] = [];
  if (employer.status !== 'verified') errors.push({ field: 'employerId', message: `用人单位「${employer.name}」尚未通过资格审核，不能报名参会` });
  errors.push(...(await postingErrors(deps.db, employer.id, fair.held_on, input.postings)));
  if (errors.length > 0) throw fieldErrors(errors);
  if (await liveApplication(deps.db, fair.id, employer.id)) throw duplicate();
  const now = deps.clock.now();
  let id: number;
  try {
    id = await deps.db.transaction().execute(async (trx) => {
      const locked = await trx.selectFrom('fair').select('status').where('id', '=', fair.id).forShare().executeTakeFirstOrThrow();
      assertFairOpen(locked);
      const row = await trx
        .insertInto('fair_participation')
        .values({
          fair_id: fair.id,
          employer_id: employer.id,
          region_code: employer.region_code,
          via,
          contact_name: input.contactName?.trim() || null,
          contact_phone: input.contactPhone?.trim() || null,
          note: input.note?.trim() || null,
          applied_by: ctx.actor.id,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('fair_posting')
        .values(input.postings.map((p) => ({ participation_id: row.id, posting_id: p.postingId, positions: p.positions, created_at: now, updated_at: now })))
        .execute();
      await writeAudit(trx, deps.clock, who(ctx), { event: 'fair_participation.applied', entityType: 'fair_participation', entityId: row.id, regionCode: fair.region_code, after: { fairId: fair.id, employerId: employer.id, via, ...input } });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, LIVE_KEY)) throw duplicate();
    throw error;
  }
  return getParticipation(deps, ctx, id);
}

/**
 * Where the employers staff may enter are: a street or community fair hosts the employers of its
 * whole district, so staff below a district reach their district; others their own subtree.
 */
export function staffEmployerArea(ctx: RequestContext): string {
  return ctx.actor.orgLevel > 3 ? ctx.actor.orgCode.slice(0, 6) : ctx.actor.orgCode;
}

/** 代报: staff managing the fair enter an application for an employer in their scope. */
export async function staffApply(deps: AppDeps, ctx: RequestContext, fairId: number, input: StaffApplyInput): Promise<ParticipationView> {
  const fair = await loadVisibleFair(deps.db, ctx.actor, fairId);
  if (!mayManage(ctx, fair)) throw forbidden('只有主办单位及其上级的工作人员可以管理这场招聘会');
  const employer = await deps.db.selectFrom('employer').select(['id', 'name', 'region_code', 'status']).where('id', '=', input.employerId).executeTakeFirst();
  if (!employer || !employer.region_code.startsWith(staffEmployerArea(ctx))) throw fieldError('employerId', '用人单位不存在或不在本区县');
  const { employerId: _employerId, ...rest } = input;
  return applyFor(deps, ctx, fair, employer, rest, 'staff');
}

/** 网上报名: the employer applies for a booth at a published fair with its reviewed postings. */
export async function employerApply(deps: AppDeps, ctx: RequestContext, fairId: number, input: ApplyInput): Promise<ParticipationView> {
  if (ctx.actor.kind !== 'external' || !ctx.actor.employerId) throw forbidden('该账号未关联用人单位');
  const fair = await loadVisibleFair(deps.db, ctx.actor, fairId);
  if (fair.status !== 'published') throw new AppError('invalid_state', fair.status === 'closed' ? '招聘会已结束，不能再报名' : '招聘会未开放报名');
  if (fair.held_on < todayOf(deps)) throw new AppError('invalid_state', `招聘会已于 ${fair.held_on} 举办，不能再报名`);
  const employer = await deps.db.selectFrom('employer').select(['id', 'name', 'region_code', 'status']).where('id', '=', ctx.actor.employerId).executeTakeFirstOrThrow();
  return applyFor(deps, ctx, fair, employer, input, 'portal');
}

/** The booths of a fair (staff who see it), optionally of one status, by booth then application time. */
export async function listParticipations(deps: AppDeps, ctx: RequestContext, fairId: number, status?: string): Promise<ParticipationView[]> {
  if (ctx.actor.kind !== 'staff') throw notFound('招聘会');
  await loadVisibleFair(deps.db, ctx.actor, fairId);
  let q = selectParticipations(deps.db).where('p.fair_id', '=', fairId);
  if (status) q = q.where('p.status', '=', status as 'applied');
  const rows = await q.orderBy('p.created_at').orderBy('p.id').execute();
  return presentParticipations(deps.db, ctx, rows, todayOf(deps));
}

/** The employer's own applications, newest fair first. */
export async function myParticipations(deps: AppDeps, ctx: RequestContext): Promise<MyParticipation[]> {
  if (ctx.actor.kind !== 'external' || !ctx.actor.employerId) throw forbidden('该账号未关联用人单位');
  const rows = await selectParticipations(deps.db).where('p.employer_id', '=', ctx.actor.employerId).orderBy('f.held_on', 'desc').orderBy('p.id', 'desc').limit(200).execute();
  const views = await presentParticipations(deps.db, ctx, rows, todayOf(deps));
  return views.map((v, i) => ({ ...v, fairName: rows[i].fair_name, heldOn: rows[i].held_on, venue: rows[i].venue, fairStatus: rows[i].fair_status }));
}
