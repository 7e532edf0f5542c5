import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { scopeCondition } from '../../platform/scope.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { pageWindow, type PageQuery } from '../../platform/http/schemas.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { resubmitForReview, submitForReview } from '../../platform/workflow/service.js';
import { DIFFICULTY_EXIT_REASONS, DIFFICULTY_STATUS } from './codes.js';
import { difficultyIdentification } from './difficulty-workflow.js';
import { difficultyRefusals, exitProposal } from './difficulty-rules.js';
import { personPolicy } from './policy.js';
import { loadPerson, who } from './people-service.js';
import { ageRules } from './age-rules.js';
import type { Refusal } from './rules.js';

async function categories(db: Db, date: string): Promise<{ code: string; name: string }[]> {
  return db
    .selectFrom('code_entry as e')
    .innerJoin('code_table as t', (j) => j.onRef('t.type', '=', 'e.type').onRef('t.edition', '=', 'e.edition'))
    .select(['e.code', 'e.name'])
    .where('e.type', '=', 'difficulty_category')
    .where('t.effective_from', '<=', date)
    .where((eb) => eb.or([eb('t.effective_to', 'is', null), eb('t.effective_to', '>', date)]))
    .orderBy('e.sort')
    .execute();
}

/** Whether every working-age member able and willing to work in the household is registered unemployed. */
async function isZeroEmploymentHousehold(db: Db, householdId: number | null): Promise<boolean> {
  if (householdId === null) return false;
  const row = await db
    .selectFrom('person')
    .select([
      sql<number>`count(*) FILTER (WHERE able_to_work AND wants_work)::int`.as('seeking'),
      sql<number>`count(*) FILTER (WHERE able_to_work AND wants_work AND labour_status <> 'unemployed')::int`.as('not_unemployed'),
    ])
    .where('household_id', '=', householdId)
    .executeTakeFirstOrThrow();
  return row.seeking > 0 && row.not_unemployed === 0;
}

function refuse(refusals: Refusal[]): void {
  if (refusals.length > 0) throw new AppError('invalid_state', refusals[0].message, refusals);
}

/** Applies for identification (the community's acceptance) and sends it to the street and district. */
export async function applyForDifficulty(deps: AppDeps, ctx: RequestContext, personId: number, input: { category: string; statement?: string }) {
  const person = await loadPerson(deps.db, ctx, personId);
  if (!personPolicy(ctx.actor, person).register) throw forbidden('您不能为该人员办理认定');
  const now = deps.clock.now();
  const today = chinaDate(now);
  const open = await deps.db.selectFrom('difficulty_identification').select('id').where('person_id', '=', personId).where('status', 'in', ['pending', 'returned', 'active']).executeTakeFirst();
  const unemployed = await deps.db.selectFrom('unemployment_registration').select('registered_on').where('person_id', '=', personId).where('cancelled_on', 'is', null).executeTakeFirst();
  refuse(
    difficultyRefusals({
      category: input.category,
      today,
      person: { birthDate: person.birth_date, sex: person.sex, labourStatus: person.labour_status },
      unemployedSince: unemployed?.registered_on ?? null,
      zeroEmploymentHousehold: await isZeroEmploymentHousehold(deps.db, person.household_id),
      hasOpenIdentification: Boolean(open),
      knownCategories: (await categories(deps.db, today)).map((c) => c.code),
      rules: await ageRules(deps, person.region_code, today),
    }),
  );
  try {
    await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('difficulty_identification')
        .values({
          person_id: personId,
          region_code: person.region_code,
          category: input.category,
          statement: input.statement ?? null,
          status: 'pending',
          applied_on: today,
          created_by: ctx.actor.id,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await submitForReview(trx, deps, ctx, { type: difficultyIdentification.type, subjectId: row.id, subjectLabel: `${person.name}（就业困难人员认定）`, regionCode: person.region_code });
      await writeAudit(trx, deps.clock, who(ctx), { event: 'difficulty.applied', entityType: 'difficulty_identification', entityId: row.id, regionCode: person.region_code, after: { personId, ...input } });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'difficulty_one_open')) throw new AppError('invalid_state', '该人员已有有效或审核中的困难人员认定');
    throw error;
  }
}

/** After a return for revision: corrects the application and sends it back into review. */
export async function resubmitDifficulty(deps: AppDeps, ctx: RequestContext, personId: number, input: { category: string; statement?: string }) {
  const person = await loadPerson(deps.db, ctx, personId);
  if (!personPolicy(ctx.actor, person).register) throw forbidden('您不能为该人员办理认定');
  const current = await deps.db.selectFrom('difficulty_identification').selectAll().where('person_id', '=', personId).where('status', '=', 'returned').executeTakeFirst();
  if (!current) throw new AppError('invalid_state', '该人员没有被退回修改的认定申请');
  const known = (await categories(deps.db, chinaDate(deps.clock.now()))).map((c) => c.code);
  if (!known.includes(input.category)) throw fieldError('category', '困难人员类别不在代码表中');
  const item = await deps.db
    .selectFrom('workflow_item')
    .select('id')
    .where('workflow_type', '=', difficultyIdentification.type)
    .where('subject_id', '=', String(current.id))
    .where('status', '=', 'returned')
    .executeTakeFirstOrThrow();
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('difficulty_identification').set({ category: input.category, statement: input.statement ?? current.statement, status: 'pending', updated_at: now }).where('id', '=', current.id).execute();
    await resubmitForReview(trx, deps, ctx, item.id);
  });
}

/** Ends an identification in force (on a proposal or on the assistant's finding). */
export async function exitDifficulty(deps: AppDeps, ctx: RequestContext, personId: number, input: { exitedOn: string; reason: string }) {
  const person = await loadPerson(deps.db, ctx, personId);
  if (!personPolicy(ctx.actor, person).register) throw forbidden('您不能为该人员办理退出');
  if (!Object.hasOwn(DIFFICULTY_EXIT_REASONS, input.reason)) throw fieldError('reason', '退出原因不在代码表中');
  const now = deps.clock.now();
  if (input.exitedOn > chinaDate(now)) throw fieldError('exitedOn', '退出日期不能晚于今天');
  await deps.db.transaction().execute(async (trx) => {
    const active = await trx.selectFrom('difficulty_identification').selectAll().where('person_id', '=', personId).where('status', '=', 'active').forUpdate().executeTakeFirst();
    if (!active) throw new AppError('invalid_state', '该人员没有有效的困难人员认定');
    if (active.started_on && input.exitedOn < active.started_on) throw fieldError('exitedOn', '退出日期不能早于认定日期');
    await trx.updateTable('difficulty_identification').set({ status: 'exited', exited_on: input.exitedOn, exit_reason: input.reason, updated_at: now }).where('id', '=', active.id).execute();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'difficulty.exited', entityType: 'difficulty_identification', entityId: active.id, regionCode: person.region_code, before: { status: 'active' }, after: input });
  });
}

export interface DifficultyFilter extends PageQuery {
  status?: string;
  regionCode?: string;
  proposals?: boolean;
}

/**
 * The ledger of people with employment difficulty in scope; with `proposals`, only identifications
 * in force whose holder works again or reached retirement age (exit to be confirmed).
 */
export async function listDifficulty(deps: AppDeps, ctx: RequestContext, f: DifficultyFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('difficulty_identification as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('org_unit as o', 'o.code', 'd.region_code')
    .leftJoin('code_entry as c', (j) => j.onRef('c.code', '=', 'd.category').on('c.type', '=', 'difficulty_category'))
    .where(scopeCondition('d.region_code', ctx.actor));
  if (f.regionCode) q = q.where('d.region_code', 'like', `${f.regionCode}%`);
  if (f.status) q = q.where('d.status', '=', f.status as keyof typeof DIFFICULTY_STATUS);
  if (f.proposals) q = q.where('d.status', '=', 'active');
  // Exit proposals depend on age and status computed here, so they are filtered after the query;
  // other lists page in SQL.
  const total = f.proposals ? 0 : (await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  const paged = f.proposals ? q : q.limit(pageSize).offset(offset);
  const rows = await paged
    .select(
      sql<number>`(SELECT count(*)::int FROM service_record s WHERE s.person_id = d.person_id AND s.refused AND s.served_on > (${today}::date - interval '6 months'))`.as('refusals'),
    )
    .select(['d.id', 'd.person_id', 'p.name', 'p.citizen_id', 'p.birth_date', 'p.sex', 'p.labour_status', 'o.name as region_name', 'd.category', 'c.name as category_name', 'd.status', 'd.applied_on', 'd.started_on', 'd.exited_on', 'd.exit_reason'])
    .orderBy('d.applied_on', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  const rules = await ageRules(deps, ctx.actor.orgCode, today);
  const shaped = rows
    .map((r) => ({
      id: r.id,
      personId: r.person_id,
      name: r.name,
      citizenId: maskCitizenId(r.citizen_id),
      regionName: r.region_name,
      category: r.category,
      categoryName: r.category_name ?? r.category,
      status: r.status,
      statusName: DIFFICULTY_STATUS[r.status],
      appliedOn: r.applied_on,
      startedOn: r.started_on,
      exitedOn: r.exited_on,
      exitReasonName: r.exit_reason ? (DIFFICULTY_EXIT_REASONS[r.exit_reason as keyof typeof DIFFICULTY_EXIT_REASONS] ?? r.exit_reason) : null,
      proposedExit: r.status === 'active' ? exitProposal({ birthDate: r.birth_date, sex: r.sex, labourStatus: r.labour_status }, today, rules, r.refusals) : null,
    }))
    .filter((r) => !f.proposals || r.proposedExit !== null);
  if (!f.proposals) return { items: shaped, total, page, pageSize };
  return { items: shaped.slice(offset, offset + pageSize), total: shaped.length, page, pageSize };
}

/** The identifications of one person, for the person record. */
export async function difficultyOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('difficulty_identification as d')
    .leftJoin('code_entry as c', (j) => j.onRef('c.code', '=', 'd.category').on('c.type', '=', 'difficulty_category'))
    .select(['d.id', 'd.category', 'c.name as category_name', 'd.status', 'd.applied_on', 'd.started_on', 'd.exited_on', 'd.exit_reason', 'd.created_at', 'd.updated_at'])
    .where('d.person_id', '=', personId)
    .orderBy('d.applied_on', 'desc')
    .execute();
}

