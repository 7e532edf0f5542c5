import type { AppDeps, RequestContext } from '../../platform/context.js';
import { AppError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { inScope } from '../../platform/scope.js';
import { rolesAllow } from '../../platform/roles.js';
import { LABOUR_STATUS, ZERO_FAMILY_STATUS } from './codes.js';
import { who } from './people-service.js';
import { ageOn } from './rules.js';

/** Registers a household (户) in a community; members join it through their person record. */
export async function createHousehold(deps: AppDeps, ctx: RequestContext, input: { regionCode: string; address?: string; householdType: 'urban' | 'rural' }) {
  const unit = await deps.db.selectFrom('org_unit').select('level').where('code', '=', input.regionCode).executeTakeFirst();
  if (!unit || unit.level !== 5) throw fieldError('regionCode', '家庭户须登记在社区（村）');
  if (!inScope(ctx.actor, input.regionCode)) throw fieldError('regionCode', '社区不在您的管辖范围内');
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('household')
      .values({ region_code: input.regionCode, address: input.address ?? null, household_type: input.householdType, created_by: ctx.actor.id, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'household.created', entityType: 'household', entityId: row.id, regionCode: input.regionCode, after: input });
    return row.id;
  });
  return getHousehold(deps, ctx, id);
}

/** A household with its members and their labour status. */
export async function getHousehold(deps: AppDeps, ctx: RequestContext, id: number) {
  const household = await deps.db
    .selectFrom('household as h')
    .innerJoin('org_unit as o', 'o.code', 'h.region_code')
    .select(['h.id', 'h.region_code', 'o.name as region_name', 'h.address', 'h.household_type'])
    .where('h.id', '=', id)
    .executeTakeFirst();
  if (!household || !inScope(ctx.actor, household.region_code) || !rolesAllow(ctx.actor.roles, 'person.view')) throw notFound('家庭户');
  const today = chinaDate(deps.clock.now());
  const members = await deps.db
    .selectFrom('person')
    .select(['id', 'name', 'sex', 'birth_date', 'household_relation', 'labour_status', 'able_to_work', 'wants_work'])
    .where('household_id', '=', id)
    .orderBy('birth_date')
    .execute();
  // The latest zero-employment family identification of the household, if any.
  const family = await deps.db
    .selectFrom('zero_employment_family')
    .select(['id', 'status', 'applied_on', 'identified_on', 'first_due_on', 'cleared_on'])
    .where('household_id', '=', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    id: household.id,
    regionCode: household.region_code,
    regionName: household.region_name,
    address: household.address,
    householdType: household.household_type,
    zeroFamily: family
      ? {
          id: family.id,
          status: family.status,
          statusName: ZERO_FAMILY_STATUS[family.status],
          appliedOn: family.applied_on,
          identifiedOn: family.identified_on,
          firstDueOn: family.first_due_on,
          clearedOn: family.cleared_on,
          open: family.status === 'pending' || family.status === 'returned' || family.status === 'active',
        }
      : null,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      sex: m.sex,
      age: ageOn(m.birth_date, today),
      relation: m.household_relation,
      labourStatus: m.labour_status,
      labourStatusName: LABOUR_STATUS[m.labour_status],
      ableToWork: m.able_to_work,
      wantsWork: m.wants_work,
    })),
  };
}

/** Moves a person into a household of the same community (or out of it with null). */
export async function setHousehold(deps: AppDeps, ctx: RequestContext, personId: number, input: { householdId: number | null; relation?: string }) {
  if (!rolesAllow(ctx.actor.roles, 'person.manage')) throw forbidden();
  const person = await deps.db.selectFrom('person').select(['region_code', 'household_id']).where('id', '=', personId).executeTakeFirst();
  if (!person || !inScope(ctx.actor, person.region_code)) throw notFound('人员');
  if (input.householdId !== null) {
    const household = await deps.db.selectFrom('household').select('region_code').where('id', '=', input.householdId).executeTakeFirst();
    if (!household || !inScope(ctx.actor, household.region_code)) throw fieldError('householdId', '家庭户不存在或不在您的管辖范围内');
    if (household.region_code !== person.region_code) throw new AppError('invalid_state', '家庭成员的居住社区须与家庭户一致', [{ field: 'householdId', message: '家庭成员的居住社区须与家庭户一致' }]);
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('person').set({ household_id: input.householdId, household_relation: input.relation ?? null, updated_at: now }).where('id', '=', personId).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'person.updated',
      entityType: 'person',
      entityId: personId,
      regionCode: person.region_code,
      before: { householdId: person.household_id },
      after: { householdId: input.householdId, relation: input.relation ?? null },
    });
  });
}
