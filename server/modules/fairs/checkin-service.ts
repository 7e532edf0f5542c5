import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope } from '../../platform/scope.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { escapeLike } from '../../platform/db/like.js';
import { pageWindow, type PageResult } from '../../platform/http/schemas.js';
import { validateCitizenId } from '../../platform/validators/citizen-id.js';
import { ruleValue } from '../rules/service.js';
import { checkResidence, insertPersonRow } from '../registry/people-service.js';
import { insertSeeker } from '../market/seeker-service.js';
import { assertFairOpen, loadManagedFair, loadVisibleFair, mayManageFair, type FairRow } from './fair-access.js';
import { checkinRefusal, chinaTime, parseSeekerCode } from './checkin-rules.js';
import { personFacts, presentCheckin, selectCheckins, snapshotOf, who, type PersonFacts } from './checkin-repository.js';
import type { CheckinVia } from '../../platform/db/schema-fairs.js';
import type { CheckinInput, CheckinListQuery, CheckinView, NewPersonInput } from './checkin-schema.js';

export const NOT_IN_REGISTRY = '该身份证号尚未在实名库登记，请现场登记姓名、联系电话、户籍类型和居住社区后再签到';

/** Who is checking in: an existing registry person, or a new one to register on the spot. */
export type Arrival = { via: CheckinVia; personId: number } | { via: 'id_number'; citizenId: string; sex: 1 | 2; birthDate: string; newPerson: NewPersonInput };

/** Reads the ID number or the registration's QR code; refuses with a field error, writing nothing. */
async function arrivalOf(deps: AppDeps, ctx: RequestContext, input: CheckinInput): Promise<Arrival> {
  if (input.seekerCode !== undefined && input.seekerCode.trim() !== '') {
    const seekerId = parseSeekerCode(input.seekerCode);
    const seeker = seekerId ? await deps.db.selectFrom('job_seeker').select('person_id').where('id', '=', seekerId).executeTakeFirst() : undefined;
    if (!seeker) throw fieldError('seekerCode', '二维码无法识别或求职登记不存在，请改用身份证号签到');
    return { via: 'qr_code', personId: seeker.person_id };
  }
  if (input.citizenId === undefined || input.citizenId.trim() === '') throw fieldError('citizenId', '请输入身份证号或扫描求职登记二维码');
  const checked = validateCitizenId(input.citizenId, deps.clock.now());
  if (!checked.ok) throw fieldError('citizenId', checked.message);
  const person = await deps.db.selectFrom('person').select('id').where('citizen_id', '=', checked.id).executeTakeFirst();
  if (person) return { via: 'id_number', personId: person.id };
  if (!input.newPerson) throw fieldError('newPerson', NOT_IN_REGISTRY);
  const problems = await checkResidence(deps.db, ctx, input.newPerson.regionCode, undefined, 'newPerson.regionCode');
  if (problems.length > 0) throw new AppError('validation_failed', problems[0].message, problems);
  return { via: 'id_number', citizenId: checked.id, sex: checked.sex, birthDate: checked.birthDate, newPerson: input.newPerson };
}

async function alreadyIn(db: Db, fairId: number, personId: number): Promise<AppError | null> {
  const row = await db.selectFrom('fair_checkin').select('checked_in_at').where('fair_id', '=', fairId).where('person_id', '=', personId).executeTakeFirst();
  return row ? new AppError('duplicate', `已签到（${chinaTime(row.checked_in_at)}）`, [{ field: 'citizenId', message: `已签到（${chinaTime(row.checked_in_at)}）` }]) : null;
}


/** Registers the new person on the spot (the registry's insert: initials, last contact, audit). */
function insertPerson(trx: Db, deps: AppDeps, ctx: RequestContext, a: Extract<Arrival, { newPerson: NewPersonInput }>): Promise<number> {
  const p = a.newPerson;
  const values = { citizen_id: a.citizenId, name: p.name, sex: a.sex, birth_date: a.birthDate, hukou_type: p.hukouType, region_code: p.regionCode, phone: p.phone.trim(), created_by: ctx.actor.id };
  return insertPersonRow(trx, deps.clock, who(ctx), values, { citizenId: a.citizenId, ...p, source: 'fair' });
}

/** Writes the check-in with its snapshot and audit row; registers the person and/or the seeker on the spot when needed. */
async function writeCheckin(trx: Db, deps: AppDeps, ctx: RequestContext, fair: FairRow, a: Arrival, via: CheckinVia, validDays: number | null): Promise<number> {
  let onSpot = false;
  const personId = 'personId' in a ? a.personId : await insertPerson(trx, deps, ctx, a);
  let facts = await personFacts(trx, personId);
  // A person who has no active registration is registered as a job seeker on the spot, in the
  // person's own books only when the person lives in the actor's scope.
  if (!facts.seeker && validDays !== null && inScope(ctx.actor, facts.person.region_code)) {
    const registration = { personId, name: facts.person.name, regionCode: facts.person.region_code, fields: {}, validDays, source: 'fair' as const, event: 'seeker.registered' as const };
    await insertSeeker(deps, ctx, registration, trx);
    onSpot = true;
    facts = await personFacts(trx, personId);
  }
  const id = await insertCheckinRow(trx, deps, ctx, fair, facts, { via, onSpot, newPerson: !('personId' in a) });
  // Without `ifNew` a second check-in of the person fails on the unique index instead of returning null.
  if (id === null) throw new Error('check-in not written');
  return id;
}

/**
 * The check-in row with the person's snapshot of the day and its audit row, for the counter and for
 * online bookings. `ifNew` leaves an existing check-in of the person alone (null returned): a booking
 * at another booth may be entering the same person at this very moment.
 */
export async function insertCheckinRow(
  trx: Db,
  deps: AppDeps,
  ctx: RequestContext,
  fair: Pick<FairRow, 'id' | 'held_on'>,
  facts: PersonFacts,
  how: { via: CheckinVia; onSpot: boolean; newPerson: boolean; ifNew?: boolean },
): Promise<number | null> {
  // Read again under a share lock: closing the fair (which locks its row for update) waits for us or we for it.
  assertFairOpen(await trx.selectFrom('fair').select('status').where('id', '=', fair.id).forShare().executeTakeFirstOrThrow());
  const now = deps.clock.now();
  const personId = facts.person.id;
  const snap = snapshotOf(facts, fair.held_on);
  const insert = trx
    .insertInto('fair_checkin')
    .values({ fair_id: fair.id, person_id: personId, seeker_id: facts.seeker?.id ?? null, region_code: facts.person.region_code, via: how.via, registered_on_spot: how.onSpot, unemployed: snap.unemployed, groups: snap.groups, checked_in_by: ctx.actor.id, checked_in_at: now, created_at: now, updated_at: now });
  const row = await (how.ifNew ? insert.onConflict((oc) => oc.columns(['fair_id', 'person_id']).doNothing()) : insert).returning('id').executeTakeFirst();
  if (!row) return null;
  await writeAudit(trx, deps.clock, who(ctx), {
    event: 'fair.checked_in',
    entityType: 'fair_checkin',
    entityId: row.id,
    regionCode: facts.person.region_code,
    after: { fairId: fair.id, personId, via: how.via, registeredOnSpot: how.onSpot, newPerson: how.newPerson, unemployed: snap.unemployed, groups: snap.groups },
  });
  return row.id;
}

/**
 * Writes a check-in in its own transaction or the caller's, turning unique clashes into the usual
 * answers. `validDays` (read before any transaction) lets it register a seeker on the spot; null never does.
 */
export async function recordCheckin(deps: AppDeps, ctx: RequestContext, fair: FairRow, a: Arrival, via: CheckinVia, validDays: number | null, trx?: Db): Promise<number> {
  // Inside the caller's transaction clashes go up as they are (nothing may be read beside it meanwhile).
  if (trx) return writeCheckin(trx, deps, ctx, fair, a, via, validDays);
  try {
    return await deps.db.transaction().execute((t) => writeCheckin(t, deps, ctx, fair, a, via, validDays));
  } catch (error) {
    if (isUniqueViolation(error, 'fair_checkin_person_key') && 'personId' in a) throw (await alreadyIn(deps.db, fair.id, a.personId)) ?? error;
    if (isUniqueViolation(error, 'person_citizen_id_key') || isUniqueViolation(error, 'job_seeker_active_person_key')) throw new AppError('conflict', '该人员刚刚被他人登记，请重新签到');
    throw error;
  }
}

/**
 * A seeker enters the fair on its day: by ID number (a person not in the registry is registered on
 * the spot together with a job seeker registration, in one transaction) or by the QR code of the
 * seeker registration. The snapshot of the groups the person belonged to is kept on the check-in.
 */
export async function checkIn(deps: AppDeps, ctx: RequestContext, fairId: number, input: CheckinInput): Promise<CheckinView> {
  const fair = await loadManagedFair(deps.db, ctx.actor, fairId);
  const refusal = checkinRefusal({ status: fair.status, heldOn: fair.held_on }, chinaDate(deps.clock.now()));
  if (refusal) throw new AppError('invalid_state', refusal);
  const arrival = await arrivalOf(deps, ctx, input);
  if ('personId' in arrival) {
    const dup = await alreadyIn(deps.db, fair.id, arrival.personId);
    if (dup) throw dup;
  }
  const home = 'personId' in arrival ? (await deps.db.selectFrom('person').select('region_code').where('id', '=', arrival.personId).executeTakeFirstOrThrow()).region_code : arrival.newPerson.regionCode;
  const validDays = await ruleValue(deps, 'seeker.validity_days', home, chinaDate(deps.clock.now()));
  const id = await recordCheckin(deps, ctx, fair, arrival, arrival.via, validDays);
  return presentCheckin(await selectCheckins(deps.db).where('c.id', '=', id).executeTakeFirstOrThrow());
}

/**
 * The fair's check-ins, newest first. Staff who manage the fair see every entrant; staff who only
 * see it (a unit below the organiser) see the entrants living in their own scope.
 */
export async function listCheckins(deps: AppDeps, ctx: RequestContext, fairId: number, f: CheckinListQuery): Promise<PageResult<CheckinView>> {
  const fair = await loadVisibleFair(deps.db, ctx.actor, fairId);
  const { page, pageSize, offset } = pageWindow(f);
  let q = selectCheckins(deps.db).where('c.fair_id', '=', fair.id);
  if (!mayManageFair(ctx.actor, fair)) q = q.where('c.region_code', 'like', `${ctx.actor.orgCode}%`);
  const text = f.q?.trim();
  if (text) {
    if (/^\d{17}[\dXx]$/.test(text)) q = q.where('p.citizen_id', '=', text.toUpperCase());
    else if (/^[A-Za-z]+$/.test(text)) q = q.where('p.name_initials', 'like', `${text.toLowerCase()}%`);
    else q = q.where('p.name', 'like', `${escapeLike(text)}%`);
  }
  const rows = await q.orderBy('c.checked_in_at', 'desc').orderBy('c.id', 'desc').limit(pageSize).offset(offset).execute();
  const { n } = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { items: rows.map(presentCheckin), total: n, page, pageSize };
}
