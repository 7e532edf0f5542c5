import { sql, type Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope, scopeCondition } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { pageWindow, type PageQuery } from '../../platform/http/schemas.js';
import { submitForReview } from '../../platform/workflow/service.js';
import { ageRules } from './age-rules.js';
import { isWorkingAge } from './rules.js';
import { ZERO_FAMILY_STATUS } from './codes.js';
import { overdueDeadline, recordMemberEmployed } from './zero-family-rules.js';
import { zeroFamilyIdentification } from './zero-family-workflow.js';
import { who } from './people-service.js';

const STATUS_NAMES = ZERO_FAMILY_STATUS;

/**
 * Applies for identification of a household as a zero-employment family: every working-age member
 * able and willing to work must be registered unemployed (and there must be at least one).
 */
export async function applyZeroFamily(deps: AppDeps, ctx: RequestContext, householdId: number, input: { doubleEmployment?: boolean }) {
  if (!rolesAllow(ctx.actor.roles, 'person.manage')) throw forbidden();
  const household = await deps.db.selectFrom('household').selectAll().where('id', '=', householdId).executeTakeFirst();
  if (!household || !inScope(ctx.actor, household.region_code)) throw notFound('家庭户');
  const now = deps.clock.now();
  const today = chinaDate(now);
  if (household.household_type !== 'urban') throw new AppError('invalid_state', '零就业家庭认定限城镇家庭户', [{ field: 'householdId', message: '零就业家庭认定限城镇家庭户' }]);
  // The head of household first: the review item is named after them.
  const members = await deps.db
    .selectFrom('person')
    .select(['birth_date', 'sex', 'able_to_work', 'wants_work', 'labour_status', 'name'])
    .where('household_id', '=', householdId)
    .orderBy(sql`coalesce(household_relation = '户主', false)`, 'desc')
    .orderBy('id')
    .execute();
  const rules = await ageRules(deps, household.region_code, today);
  const seeking = members.filter((m) => m.able_to_work && m.wants_work && isWorkingAge({ birthDate: m.birth_date, sex: m.sex }, today, rules));
  if (seeking.length === 0) throw new AppError('invalid_state', '该家庭没有有劳动能力和就业意愿的劳动年龄成员', [{ field: 'householdId', message: '家庭成员不符合条件' }]);
  const working = seeking.filter((m) => m.labour_status !== 'unemployed');
  if (working.length > 0) {
    const names = working.map((m) => m.name).join('、');
    throw new AppError('invalid_state', `家庭成员 ${names} 不是登记失业状态，不属于零就业家庭`, [{ field: 'householdId', message: '家庭中有成员已就业或未登记失业' }]);
  }
  try {
    await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('zero_employment_family')
        .values({
          household_id: householdId,
          region_code: household.region_code,
          status: 'pending',
          double_employment: input.doubleEmployment ?? false,
          applied_on: today,
          responsible_user_id: ctx.actor.id,
          created_by: ctx.actor.id,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const head = members[0]?.name ?? '';
      await submitForReview(trx, deps, ctx, { type: zeroFamilyIdentification.type, subjectId: row.id, subjectLabel: `${head}家（零就业家庭认定）`, regionCode: household.region_code });
      await writeAudit(trx, deps.clock, who(ctx), { event: 'zero_family.applied', entityType: 'zero_employment_family', entityId: row.id, regionCode: household.region_code, after: { householdId, ...input } });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'zero_family_one_open')) throw new AppError('invalid_state', '该家庭已有审核中或援助中的零就业家庭认定');
    throw error;
  }
}

/**
 * Called inside an employment registration's transaction: a member of an active zero-employment
 * family found work, so the family's clock moves and, once the goal is met, the family is cleared.
 */
export async function noteMemberEmployed(trx: Kysely<DB>, clock: Clock, ctx: RequestContext, personId: number, on: string): Promise<void> {
  const family = await trx
    .selectFrom('zero_employment_family as z')
    .innerJoin('person as p', 'p.household_id', 'z.household_id')
    .selectAll('z')
    .where('p.id', '=', personId)
    .where('z.status', '=', 'active')
    .forUpdate()
    .executeTakeFirst();
  if (!family) return;
  const next = recordMemberEmployed({ doubleEmployment: family.double_employment, firstEmployedOn: family.first_employed_on, secondEmployedOn: family.second_employed_on }, on);
  await trx
    .updateTable('zero_employment_family')
    .set({
      first_employed_on: next.firstEmployedOn,
      second_employed_on: next.secondEmployedOn,
      ...(next.cleared && { status: 'cleared' as const, cleared_on: on }),
      updated_at: clock.now(),
    })
    .where('id', '=', family.id)
    .execute();
  await writeAudit(trx, clock, who(ctx), {
    event: 'zero_family.progress',
    entityType: 'zero_employment_family',
    entityId: family.id,
    regionCode: family.region_code,
    after: { personId, employedOn: on, cleared: next.cleared },
  });
}

export interface ZeroFamilyFilter extends PageQuery {
  status?: string;
  regionCode?: string;
  overdue?: boolean;
}

/** Zero-employment families in scope, with their clock; `overdue` lists those past a deadline. */
export async function listZeroFamilies(deps: AppDeps, ctx: RequestContext, f: ZeroFamilyFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('zero_employment_family as z')
    .innerJoin('org_unit as c', 'c.code', 'z.region_code')
    .innerJoin('org_unit as s', (j) => j.on(sql`s.code`, '=', sql`substr(z.region_code, 1, 9)`))
    .leftJoin('app_user as u', 'u.id', 'z.responsible_user_id')
    .where(scopeCondition('z.region_code', ctx.actor));
  if (f.regionCode) q = q.where('z.region_code', 'like', `${f.regionCode}%`);
  if (f.status) q = q.where('z.status', '=', f.status as keyof typeof STATUS_NAMES);
  if (f.overdue) {
    q = q.where('z.status', '=', 'active').where((eb) =>
      eb.or([
        eb.and([eb('z.first_employed_on', 'is', null), eb('z.first_due_on', '<', today)]),
        eb.and([eb('z.double_employment', '=', true), eb('z.second_employed_on', 'is', null), eb('z.second_due_on', '<', today)]),
      ]),
    );
  }
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('z')
    .select([
      'c.name as community_name',
      's.name as street_name',
      'u.display_name as responsible_name',
      sql<string>`(SELECT string_agg(p.name, '、' ORDER BY p.birth_date) FROM person p WHERE p.household_id = z.household_id)`.as('member_names'),
    ])
    .orderBy('z.first_due_on', 'asc')
    .orderBy('z.id')
    .limit(pageSize)
    .offset(offset)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      householdId: r.household_id,
      members: r.member_names ?? '',
      communityName: r.community_name,
      streetName: r.street_name,
      status: r.status,
      statusName: STATUS_NAMES[r.status],
      doubleEmployment: r.double_employment,
      appliedOn: r.applied_on,
      identifiedOn: r.identified_on,
      firstDueOn: r.first_due_on,
      secondDueOn: r.second_due_on,
      firstEmployedOn: r.first_employed_on,
      secondEmployedOn: r.second_employed_on,
      clearedOn: r.cleared_on,
      responsible: r.responsible_name,
      overdue:
        r.status === 'active'
          ? overdueDeadline({ doubleEmployment: r.double_employment, firstEmployedOn: r.first_employed_on, secondEmployedOn: r.second_employed_on, firstDueOn: r.first_due_on, secondDueOn: r.second_due_on }, today)
          : null,
    })),
    total: total.n,
    page,
    pageSize,
  };
}
