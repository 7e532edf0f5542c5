import { sql, type Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { ageRules } from './age-rules.js';
import { ruleValue } from '../rules/service.js';
import { noteMemberEmployed } from './zero-family-service.js';
import { scheduleFollowUp } from './assistance-service.js';
import { cardNumberFormatFor } from './card-number.js';
import { CANCEL_GROUNDS, EMPLOYMENT_END_REASONS, UNEMPLOYMENT_REASONS, type CancelGround } from './codes.js';
import { personPolicy } from './policy.js';
import { loadPerson, who } from './people-service.js';
import {
  cancelGroundForEmployment,
  countsInUnemploymentRate,
  employmentRefusals,
  labourStatusOf,
  registrationDaysLate,
  unemploymentRefusals,
  type AgeRules,
  type Refusal,
} from './rules.js';
import type { PersonRow } from './people-repository.js';
import type { EmploymentInput, UnemploymentInput } from './schema.js';

type Trx = Kysely<DB>;

function refuse(refusals: Refusal[]): void {
  if (refusals.length > 0) throw new AppError('invalid_state', refusals[0].message, refusals);
}


/** The person's open registrations, read under a row lock on the person (one command at a time). */
async function lockOpenState(trx: Trx, personId: number) {
  await trx.selectFrom('person').select('id').where('id', '=', personId).forUpdate().executeTakeFirstOrThrow();
  const employment = await trx.selectFrom('employment_registration').selectAll().where('person_id', '=', personId).where('ended_on', 'is', null).execute();
  const unemployment = await trx.selectFrom('unemployment_registration').selectAll().where('person_id', '=', personId).where('cancelled_on', 'is', null).executeTakeFirst();
  return {
    employment,
    open: employment.map((e) => ({ kind: e.kind, fullTime: e.full_time, employerName: e.employer_name })),
    unemployment,
  };
}

/** Recomputes the stored labour status from the open registrations. */
async function refreshStatus(trx: Trx, personId: number, now: Date): Promise<void> {
  const s = await lockOpenState(trx, personId);
  await trx.updateTable('person').set({ labour_status: labourStatusOf(s.open, Boolean(s.unemployment)), last_contact_on: chinaDate(now), updated_at: now }).where('id', '=', personId).execute();
}

async function writable(deps: AppDeps, ctx: RequestContext, personId: number) {
  const person = await loadPerson(deps.db, ctx, personId);
  if (!personPolicy(ctx.actor, person).register) throw forbidden('您不能为该人员办理登记');
  return person;
}

/** What an employment registration needs, read before its transaction. */
interface PreparedEmployment {
  input: EmploymentInput;
  employerName: string | null;
  fullTime: boolean;
  rules: AgeRules;
  hireDays: number;
  today: string;
  now: Date;
}

async function prepareEmployment(deps: AppDeps, person: PersonRow, input: EmploymentInput): Promise<PreparedEmployment> {
  const now = deps.clock.now();
  const today = chinaDate(now);
  let employerName = input.employerName?.trim() || null;
  if (input.kind === 'employer') {
    if (!input.employerId && !employerName) throw fieldError('employerId', '请选择或填写用人单位');
    if (input.employerId) {
      const employer = await deps.db.selectFrom('employer').select(['name']).where('id', '=', input.employerId).executeTakeFirst();
      if (!employer) throw fieldError('employerId', '用人单位不存在');
      employerName = employer.name;
    }
  }
  return {
    input,
    employerName,
    fullTime: input.fullTime ?? true,
    rules: await ageRules(deps, person.region_code, input.startedOn),
    hireDays: await ruleValue(deps, 'registration.hire_days', person.region_code, today),
    today,
    now,
  };
}

/**
 * Inside a transaction: checks the registration against the open ones (under the person's row
 * lock), inserts it, and applies what follows — zero-employment family progress, the follow-up
 * visit, the cancellation of an open unemployment spell, the labour status. Returns its id.
 */
async function employWithin(trx: Trx, deps: AppDeps, ctx: RequestContext, person: PersonRow, p: PreparedEmployment): Promise<number> {
  const { input, today, now } = p;
  const state = await lockOpenState(trx, person.id);
  refuse(employmentRefusals({ kind: input.kind, fullTime: p.fullTime, startedOn: input.startedOn, today, person: { birthDate: person.birth_date, sex: person.sex }, openEmployment: state.open, rules: p.rules }));
  const row = await trx
    .insertInto('employment_registration')
    .values({
      person_id: person.id,
      region_code: person.region_code,
      kind: input.kind,
      employer_id: input.kind === 'employer' ? (input.employerId ?? null) : null,
      employer_name: p.employerName,
      full_time: p.fullTime,
      started_on: input.startedOn,
      registered_on: today,
      late_days: registrationDaysLate(input.kind, input.startedOn, today, p.hireDays),
      created_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await noteMemberEmployed(trx, deps.clock, ctx, person.id, input.startedOn);
  await scheduleFollowUp(trx, deps.clock, ctx, { personId: person.id, regionCode: person.region_code, employmentId: row.id, startedOn: input.startedOn, wasUnemployed: Boolean(state.unemployment) });
  if (state.unemployment) await closeUnemployment(trx, deps, ctx, state.unemployment.id, input.startedOn < state.unemployment.registered_on ? today : input.startedOn, cancelGroundForEmployment(input.kind), person.region_code);
  await refreshStatus(trx, person.id, now);
  await writeAudit(trx, deps.clock, who(ctx), { event: 'employment.registered', entityType: 'employment_registration', entityId: row.id, regionCode: person.region_code, after: { personId: person.id, ...input, employerName: p.employerName } });
  return row.id;
}

function fullTimeClash(error: unknown): AppError | null {
  return isUniqueViolation(error, 'employment_one_open_full_time') ? new AppError('invalid_state', '该人员已有全职就业登记', [{ field: 'fullTime', message: '该人员已有全职就业登记' }]) : null;
}

/** Employment registration; an open unemployment spell is cancelled on the matching ground. */
export async function registerEmployment(deps: AppDeps, ctx: RequestContext, personId: number, input: EmploymentInput) {
  const person = await writable(deps, ctx, personId);
  const prepared = await prepareEmployment(deps, person, input);
  try {
    await deps.db.transaction().execute((trx) => employWithin(trx, deps, ctx, person, prepared));
  } catch (error) {
    throw fullTimeClash(error) ?? error;
  }
}

/**
 * Runs a registration and `alongside` in one transaction: e.g. the immediate-assistance service
 * record together with the public-welfare placement it made. Either both are written or neither.
 */
export async function registerEmploymentWith(deps: AppDeps, ctx: RequestContext, person: PersonRow, input: EmploymentInput, alongside: (trx: Trx, employmentId: number) => Promise<void>) {
  const prepared = await prepareEmployment(deps, person, input);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const employmentId = await employWithin(trx, deps, ctx, person, prepared);
      await alongside(trx, employmentId);
    });
  } catch (error) {
    throw fullTimeClash(error) ?? error;
  }
}

/** Termination registration of an open employment spell. */
export async function endEmployment(deps: AppDeps, ctx: RequestContext, personId: number, registrationId: number, input: { endedOn: string; reason: string }) {
  const person = await writable(deps, ctx, personId);
  if (!Object.hasOwn(EMPLOYMENT_END_REASONS, input.reason)) throw fieldError('reason', '终止原因不在代码表中');
  const now = deps.clock.now();
  const today = chinaDate(now);
  if (input.endedOn > today) throw fieldError('endedOn', '终止日期不能晚于今天');
  const terminationDays = await ruleValue(deps, 'registration.termination_days', person.region_code, today);
  await deps.db.transaction().execute(async (trx) => {
    await lockOpenState(trx, personId);
    const spell = await trx.selectFrom('employment_registration').selectAll().where('id', '=', registrationId).where('person_id', '=', personId).executeTakeFirst();
    if (!spell) throw notFound('就业登记');
    if (spell.ended_on) throw new AppError('invalid_state', '该就业登记已终止');
    if (input.endedOn < spell.started_on) throw fieldError('endedOn', '终止日期不能早于就业日期');
    await trx
      .updateTable('employment_registration')
      .set({ ended_on: input.endedOn, end_reason: input.reason, end_registered_on: today, end_late_days: registrationDaysLate(spell.kind, input.endedOn, today, terminationDays), updated_at: now })
      .where('id', '=', registrationId)
      .execute();
    await refreshStatus(trx, personId, now);
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'employment.ended',
      entityType: 'employment_registration',
      entityId: registrationId,
      regionCode: person.region_code,
      before: { endedOn: null },
      after: input,
    });
  });
}

/** Unemployment registration after the eligibility rules; the rate flag follows the household type. */
export async function registerUnemployment(deps: AppDeps, ctx: RequestContext, personId: number, input: UnemploymentInput) {
  const person = await writable(deps, ctx, personId);
  if (!Object.hasOwn(UNEMPLOYMENT_REASONS, input.reason)) throw fieldError('reason', '失业原因不在代码表中');
  const now = deps.clock.now();
  const today = chinaDate(now);
  const rules = { ...(await ageRules(deps, person.region_code, input.registeredOn)), nonLocalMonths: await ruleValue(deps, 'unemployment.non_local_months', person.region_code, today) };
  try {
    await deps.db.transaction().execute(async (trx) => {
      const state = await lockOpenState(trx, personId);
      refuse(
        unemploymentRefusals({
          person: { birthDate: person.birth_date, sex: person.sex, hukouType: person.hukou_type, ableToWork: person.able_to_work, wantsWork: person.wants_work },
          registeredOn: input.registeredOn,
          today,
          openEmployment: state.open,
          alreadyRegistered: Boolean(state.unemployment),
          localWorkMonths: input.localWorkMonths,
          rules,
        }),
      );
      const row = await trx
        .insertInto('unemployment_registration')
        .values({
          person_id: personId,
          region_code: person.region_code,
          registered_on: input.registeredOn,
          reason: input.reason,
          counts_in_rate: countsInUnemploymentRate(person.hukou_type),
          created_by: ctx.actor.id,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await refreshStatus(trx, personId, now);
      await writeAudit(trx, deps.clock, who(ctx), { event: 'unemployment.registered', entityType: 'unemployment_registration', entityId: row.id, regionCode: person.region_code, after: { personId, ...input } });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'unemployment_one_open')) throw new AppError('invalid_state', '该人员已处于登记失业状态', [{ field: 'personId', message: '该人员已处于登记失业状态' }]);
    throw error;
  }
}

async function closeUnemployment(trx: Trx, deps: AppDeps, ctx: RequestContext, id: number, on: string, ground: CancelGround, region: string) {
  await trx.updateTable('unemployment_registration').set({ cancelled_on: on, cancel_ground: ground, updated_at: deps.clock.now() }).where('id', '=', id).execute();
  await writeAudit(trx, deps.clock, who(ctx), { event: 'unemployment.cancelled', entityType: 'unemployment_registration', entityId: id, regionCode: region, after: { cancelledOn: on, ground } });
}

/** Cancels the open unemployment registration on one of the nine grounds. */
export async function cancelUnemployment(deps: AppDeps, ctx: RequestContext, personId: number, input: { cancelledOn: string; ground: string }) {
  const person = await writable(deps, ctx, personId);
  if (!Object.hasOwn(CANCEL_GROUNDS, input.ground)) throw fieldError('ground', '注销原因不在代码表中');
  const now = deps.clock.now();
  if (input.cancelledOn > chinaDate(now)) throw fieldError('cancelledOn', '注销日期不能晚于今天');
  await deps.db.transaction().execute(async (trx) => {
    const state = await lockOpenState(trx, personId);
    if (!state.unemployment) throw new AppError('invalid_state', '该人员没有有效的失业登记');
    if (input.cancelledOn < state.unemployment.registered_on) throw fieldError('cancelledOn', '注销日期不能早于失业登记日期');
    await closeUnemployment(trx, deps, ctx, state.unemployment.id, input.cancelledOn, input.ground as CancelGround, person.region_code);
    await refreshStatus(trx, personId, now);
  });
}

/**
 * Issues the 就业创业证 (once per person, after a registration), numbered per the province's
 * format with a per-county, per-year sequence taken under an advisory lock.
 */
export async function issueCard(deps: AppDeps, ctx: RequestContext, personId: number) {
  const person = await writable(deps, ctx, personId);
  const now = deps.clock.now();
  const today = chinaDate(now);
  const issuer = ctx.actor.orgCode.length >= 6 ? ctx.actor.orgCode : person.region_code;
  const county = issuer.slice(0, 6);
  await deps.db.transaction().execute(async (trx) => {
    const has = await trx.selectFrom('employment_card').select('card_number').where('person_id', '=', personId).executeTakeFirst();
    if (has) throw new AppError('invalid_state', `该人员已领取就业创业证（${has.card_number}）`);
    const registered =
      (await trx.selectFrom('employment_registration').select('id').where('person_id', '=', personId).executeTakeFirst()) ??
      (await trx.selectFrom('unemployment_registration').select('id').where('person_id', '=', personId).executeTakeFirst());
    if (!registered) throw new AppError('invalid_state', '请先办理就业或失业登记，再发放就业创业证');
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`card:${county}:${today.slice(0, 4)}`}))`.execute(trx);
    const issuedThisYear = await trx
      .selectFrom('employment_card')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('issuer_code', 'like', `${county}%`)
      .where('issued_on', '>=', `${today.slice(0, 4)}-01-01`)
      .where('issued_on', '<=', `${today.slice(0, 4)}-12-31`)
      .executeTakeFirstOrThrow();
    const cardNumber = cardNumberFormatFor(issuer)({ issuerCode: issuer, issuedOn: today, sequence: issuedThisYear.n + 1 });
    const row = await trx
      .insertInto('employment_card')
      .values({ person_id: personId, card_number: cardNumber, issued_on: today, issuer_code: issuer, created_by: ctx.actor.id, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'card.issued', entityType: 'employment_card', entityId: row.id, regionCode: person.region_code, after: { personId, cardNumber } });
  });
}

