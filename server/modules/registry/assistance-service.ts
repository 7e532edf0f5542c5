import { sql, type Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope, scopeCondition } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { pageWindow, type PageQuery } from '../../platform/http/schemas.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { addCalendarDays } from '../calendar/workdays.js';
import { loadOverrides } from '../calendar/service.js';
import { ruleValue } from '../rules/service.js';
import { commitmentStatus } from './commitment.js';
import { who } from './people-service.js';

/**
 * Inside an employment registration: a placement of someone who was unemployed or had employment
 * difficulty gets a follow-up visit scheduled after the configured number of days.
 */
export async function scheduleFollowUp(
  trx: Kysely<DB>,
  clock: Clock,
  ctx: RequestContext,
  placement: { personId: number; regionCode: string; employmentId: number; startedOn: string; wasUnemployed: boolean },
): Promise<void> {
  const difficulty = await trx.selectFrom('difficulty_identification').select('id').where('person_id', '=', placement.personId).where('status', '=', 'active').executeTakeFirst();
  if (!placement.wasUnemployed && !difficulty) return;
  const days = await ruleValue({ db: trx, clock }, 'follow_up.after_placement_days', placement.regionCode, placement.startedOn);
  const now = clock.now();
  await trx
    .insertInto('follow_up_visit')
    .values({
      person_id: placement.personId,
      region_code: placement.regionCode,
      employment_registration_id: placement.employmentId,
      due_on: addCalendarDays(placement.startedOn, days),
      created_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Records that a scheduled follow-up visit took place. */
export async function completeFollowUp(deps: AppDeps, ctx: RequestContext, visitId: number, input: { doneOn: string; note: string }) {
  if (!rolesAllow(ctx.actor.roles, 'person.manage')) throw forbidden();
  const visit = await deps.db.selectFrom('follow_up_visit').selectAll().where('id', '=', visitId).executeTakeFirst();
  if (!visit || !inScope(ctx.actor, visit.region_code)) throw notFound('回访计划');
  if (visit.done_on) throw new AppError('invalid_state', '该回访已完成');
  const now = deps.clock.now();
  if (input.doneOn > chinaDate(now)) throw fieldError('doneOn', '回访日期不能晚于今天');
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('follow_up_visit').set({ done_on: input.doneOn, note: input.note, updated_at: now }).where('id', '=', visitId).execute();
    await trx.updateTable('person').set({ last_contact_on: input.doneOn, updated_at: now }).where('id', '=', visit.person_id).execute();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'follow_up.done', entityType: 'follow_up_visit', entityId: visitId, regionCode: visit.region_code, after: input });
  });
}

export interface CommitmentFilter extends PageQuery {
  regionCode?: string;
  overdue?: boolean;
}

/**
 * The 10-working-day recommendation commitment for every identification in force: due date on the
 * official calendar, the first recommendation since identification, met or overdue.
 */
export async function listCommitments(deps: AppDeps, ctx: RequestContext, f: CommitmentFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('difficulty_identification as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('org_unit as o', 'o.code', 'd.region_code')
    .where('d.status', '=', 'active')
    .where(scopeCondition('d.region_code', ctx.actor));
  if (f.regionCode) q = q.where('d.region_code', 'like', `${f.regionCode}%`);
  const rows = await q
    .select([
      'd.id',
      'd.person_id',
      'd.started_on',
      'p.name',
      'p.citizen_id',
      'o.name as region_name',
      sql<string | null>`(SELECT min(s.served_on)::text FROM service_record s WHERE s.person_id = d.person_id AND s.kind IN ('job_recommendation', 'immediate_assistance') AND s.served_on >= d.started_on AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.service_record_id = s.id AND r.status = 'withdrawn'))`.as('first_recommendation'),
    ])
    .orderBy('d.started_on')
    .orderBy('d.id')
    .execute();
  const workingDays = await ruleValue(deps, 'commitment.recommend_working_days', ctx.actor.orgCode, today);
  const overrides = await loadOverrides(deps.db);
  const all = rows
    .filter((r) => r.started_on !== null)
    .map((r) => {
      const status = commitmentStatus({ startedOn: r.started_on as string, firstRecommendationOn: r.first_recommendation }, today, workingDays, overrides);
      return {
        identificationId: r.id,
        personId: r.person_id,
        name: r.name,
        citizenId: maskCitizenId(r.citizen_id),
        regionName: r.region_name,
        identifiedOn: r.started_on as string,
        dueOn: status.dueOn,
        firstRecommendationOn: r.first_recommendation,
        met: status.met,
        overdue: status.overdue,
      };
    })
    .filter((r) => !f.overdue || r.overdue);
  return { items: all.slice(offset, offset + pageSize), total: all.length, page, pageSize };
}

/** Follow-up visits in scope; `due` lists the open ones whose date has come. */
export async function listFollowUps(deps: AppDeps, ctx: RequestContext, f: PageQuery & { due?: boolean; regionCode?: string }) {
  const { page, pageSize, offset } = pageWindow(f);
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('follow_up_visit as v')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .innerJoin('org_unit as o', 'o.code', 'v.region_code')
    .leftJoin('employment_registration as e', 'e.id', 'v.employment_registration_id')
    .where(scopeCondition('v.region_code', ctx.actor));
  if (f.regionCode) q = q.where('v.region_code', 'like', `${f.regionCode}%`);
  if (f.due) q = q.where('v.done_on', 'is', null).where('v.due_on', '<=', today);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['v.id', 'v.person_id', 'p.name', 'o.name as region_name', 'e.employer_name', 'e.started_on', 'v.due_on', 'v.done_on', 'v.note'])
    .orderBy('v.due_on')
    .orderBy('v.id')
    .limit(pageSize)
    .offset(offset)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      name: r.name,
      regionName: r.region_name,
      employerName: r.employer_name,
      placedOn: r.started_on,
      dueOn: r.due_on,
      doneOn: r.done_on,
      note: r.note,
      overdue: r.done_on === null && r.due_on < today,
    })),
    total: total.n,
    page,
    pageSize,
  };
}
