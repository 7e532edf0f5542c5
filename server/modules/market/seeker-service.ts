import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit, type AuditEvent } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope, narrowRegion } from '../../platform/scope.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { validateCitizenId } from '../../platform/validators/citizen-id.js';
import { addCalendarDays } from '../calendar/workdays.js';
import { ruleValue } from '../rules/service.js';
import { findSeekers, selectSeekers, type SeekerRow } from './seeker-repository.js';
import { presentSeeker, seekerNames, seekerPolicy } from './seeker-present.js';
import { checkSeekerFields, refuse, seekerColumns, seekerVector } from './seeker-rules.js';
import type { SeekerInput, SeekerListQuery, SeekerPatch, SeekerView } from './seeker-schema.js';

export const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });
export const today = (deps: Pick<AppDeps, 'clock'>) => chinaDate(deps.clock.now());

export const ALREADY_ACTIVE = '该人员已有有效的求职登记，请打开已有登记修改或续期';

/** The registry person a citizen account stands for (null for staff and employers). */
export async function ownPersonId(db: Db, ctx: RequestContext): Promise<number | null> {
  if (ctx.actor.kind !== 'external') return null;
  const row = await db.selectFrom('app_user').select('person_id').where('id', '=', ctx.actor.id).executeTakeFirst();
  return row?.person_id ?? null;
}

/** One registration the actor may see, or not_found. */
export async function loadSeeker(db: Db, ctx: RequestContext, id: number, own: number | null = null): Promise<SeekerRow> {
  const row = await selectSeekers(db).where('s.id', '=', id).executeTakeFirst();
  if (!row || !seekerPolicy(ctx, row, own).view) throw notFound('求职登记');
  return row;
}

export async function present(deps: AppDeps, ctx: RequestContext, row: SeekerRow, own: number | null = null): Promise<SeekerView> {
  return presentSeeker(ctx, row, await seekerNames(deps.db, [row]), today(deps), own);
}

/** Seekers in the actor's scope: filters, sorting and pages; ID and phone masked. */
export async function listSeekers(deps: AppDeps, ctx: RequestContext, f: SeekerListQuery) {
  // A citizen holds seeker.view for their own registration only (GET /api/market/my/seeker).
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const region = narrowRegion(ctx.actor, f.regionCode);
  const { page, pageSize, offset } = pageWindow(f);
  if (region === null) return { items: [], total: 0, page, pageSize };
  const day = today(deps);
  const { rows, total } = await findSeekers(deps.db, ctx.actor, { ...f, regionCode: region }, day, pageSize, offset);
  const names = await seekerNames(deps.db, rows);
  return { items: rows.map((r) => presentSeeker(ctx, r, names, day)), total, page, pageSize };
}

/** One registration, audited as a view of a person's record. */
export async function viewSeeker(deps: AppDeps, ctx: RequestContext, id: number): Promise<SeekerView> {
  const row = await loadSeeker(deps.db, ctx, id);
  await writeAudit(deps.db, deps.clock, who(ctx), { event: 'seeker.viewed', entityType: 'job_seeker', entityId: id, regionCode: row.region_code, detail: { personId: row.person_id } });
  return present(deps, ctx, row);
}

/**
 * Staff register a job seeker: the person must be in the registry and in the actor's scope, and
 * may hold one active registration; the validity comes from the rule seeker.validity_days.
 */
export async function registerSeeker(deps: AppDeps, ctx: RequestContext, input: SeekerInput): Promise<SeekerView> {
  const now = deps.clock.now();
  const day = chinaDate(now);
  const checked = validateCitizenId(input.citizenId.trim(), now);
  if (!checked.ok) throw fieldError('citizenId', checked.message);
  const person = await deps.db.selectFrom('person').select(['id', 'name', 'region_code']).where('citizen_id', '=', checked.id).executeTakeFirst();
  if (!person || !inScope(ctx.actor, person.region_code)) throw fieldError('citizenId', '该身份证号未在实名登记中，请先登记人员');
  refuse(await checkSeekerFields(deps.db, input, day));
  const active = await deps.db.selectFrom('job_seeker').select('id').where('person_id', '=', person.id).where('status', '=', 'active').executeTakeFirst();
  if (active) throw new AppError('duplicate', ALREADY_ACTIVE, [{ field: 'citizenId', message: ALREADY_ACTIVE }]);
  const days = input.validDays ?? (await ruleValue(deps, 'seeker.validity_days', person.region_code, day));
  const id = await insertSeeker(deps, ctx, { personId: person.id, name: person.name, regionCode: person.region_code, fields: input, validDays: days, source: 'staff', event: 'seeker.registered' });
  return present(deps, ctx, await loadSeeker(deps.db, ctx, id));
}

interface NewSeeker {
  personId: number;
  name: string;
  regionCode: string;
  fields: SeekerPatch;
  validDays: number;
  source: 'staff' | 'portal' | 'fair';
  event: AuditEvent;
}

/** Inserts the registration and its audit row in the transaction given (or a new one). */
export async function insertSeeker(deps: AppDeps, ctx: RequestContext, s: NewSeeker, trx?: Db): Promise<number> {
  const now = deps.clock.now();
  const day = chinaDate(now);
  const write = async (db: Db) => {
    const row = await db
      .insertInto('job_seeker')
      .values({
        ...seekerColumns(s.fields),
        person_id: s.personId,
        region_code: s.regionCode,
        valid_from: day,
        valid_to: addCalendarDays(day, s.validDays),
        source: s.source,
        search_vector: seekerVector(s.fields),
        created_by: ctx.actor.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(db, deps.clock, who(ctx), { event: s.event, entityType: 'job_seeker', entityId: row.id, regionCode: s.regionCode, after: { personId: s.personId, source: s.source, ...s.fields, validDays: s.validDays } });
    return row.id;
  };
  try {
    return trx ? await write(trx) : await deps.db.transaction().execute(write);
  } catch (error) {
    if (isUniqueViolation(error, 'job_seeker_active_person_key')) throw new AppError('duplicate', ALREADY_ACTIVE, [{ field: 'citizenId', message: ALREADY_ACTIVE }]);
    throw error;
  }
}

/** Edits an active registration (staff in scope, or the citizen their own). */
export async function updateSeeker(deps: AppDeps, ctx: RequestContext, id: number, patch: SeekerPatch, own: number | null = null): Promise<SeekerView> {
  const current = await loadSeeker(deps.db, ctx, id, own);
  if (!seekerPolicy(ctx, current, own).update) throw new AppError('invalid_state', '求职登记已注销，不能修改');
  refuse(await checkSeekerFields(deps.db, patch, today(deps)));
  const set = seekerColumns(patch);
  const merged = { skills: current.skills, certificates: current.certificates, introduction: current.introduction, ...patch };
  await deps.db.transaction().execute(async (trx) => {
    const moved = await trx.updateTable('job_seeker').set({ ...set, search_vector: seekerVector(merged), updated_at: deps.clock.now() }).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new AppError('conflict', '求职登记状态已变化，请刷新后重试');
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'seeker.updated',
      entityType: 'job_seeker',
      entityId: id,
      regionCode: current.region_code,
      before: Object.fromEntries(Object.keys(set).map((k) => [k, (current as Record<string, unknown>)[k]])),
      after: set,
    });
  });
  return present(deps, ctx, await loadSeeker(deps.db, ctx, id, own), own);
}

/** Closes (注销) or renews an active registration; renewal runs from today for the given or rule days. */
export async function changeSeeker(deps: AppDeps, ctx: RequestContext, id: number, action: 'close' | 'renew', input: { validDays?: number } = {}, own: number | null = null): Promise<SeekerView> {
  const current = await loadSeeker(deps.db, ctx, id, own);
  if (!seekerPolicy(ctx, current, own)[action]) throw new AppError('invalid_state', action === 'close' ? '求职登记已注销' : '已注销的求职登记不能续期，请重新登记');
  const day = today(deps);
  const validTo = action === 'renew' ? addCalendarDays(day, input.validDays ?? (await ruleValue(deps, 'seeker.validity_days', current.region_code, day))) : current.valid_to;
  const set = action === 'close' ? { status: 'closed' as const } : { valid_to: validTo, valid_from: current.valid_from <= day ? current.valid_from : day };
  await deps.db.transaction().execute(async (trx) => {
    const moved = await trx.updateTable('job_seeker').set({ ...set, updated_at: deps.clock.now() }).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new AppError('conflict', '求职登记状态已变化，请刷新后重试');
    await writeAudit(trx, deps.clock, who(ctx), {
      event: action === 'close' ? 'seeker.closed' : 'seeker.renewed',
      entityType: 'job_seeker',
      entityId: id,
      regionCode: current.region_code,
      before: { status: current.status, validTo: current.valid_to },
      after: action === 'close' ? { status: 'closed' } : { validTo },
    });
  });
  return present(deps, ctx, await loadSeeker(deps.db, ctx, id, own), own);
}
