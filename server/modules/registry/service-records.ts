import type { Kysely } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { DB, ServiceKind } from '../../platform/db/schema.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { SERVICE_KINDS } from './codes.js';
import { personPolicy } from './policy.js';
import { loadPerson, who } from './people-service.js';
import type { PersonRow } from './people-repository.js';
import { registerEmploymentWith } from './registration-service.js';
import type { ServiceInput } from './schema.js';

/**
 * Employment services given to a person (policy consultation, career guidance, job recommendation,
 * training referral, immediate assistance). Every service is a contact: it refreshes the
 * last-contact date. Immediate assistance (即时援助) places a person with employment difficulty or
 * a member of a zero-employment family in a public-welfare position, registered as employment in
 * the same transaction.
 */

async function insertService(trx: Kysely<DB>, deps: AppDeps, ctx: RequestContext, person: PersonRow, input: ServiceInput, employmentId: number | null) {
  const now = deps.clock.now();
  const row = await trx
    .insertInto('service_record')
    .values({
      person_id: person.id,
      region_code: person.region_code,
      kind: input.kind as ServiceKind,
      served_on: input.servedOn,
      content: input.content,
      refused: input.refused ?? false,
      employment_registration_id: employmentId,
      created_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Read under the row lock the registration took (or takes here), so a newer contact is never overwritten.
  const current = await trx.selectFrom('person').select('last_contact_on').where('id', '=', person.id).forUpdate().executeTakeFirstOrThrow();
  if (input.servedOn > (current.last_contact_on ?? '')) await trx.updateTable('person').set({ last_contact_on: input.servedOn, updated_at: now }).where('id', '=', person.id).execute();
  await writeAudit(trx, deps.clock, who(ctx), { event: 'service.recorded', entityType: 'service_record', entityId: row.id, regionCode: person.region_code, after: { personId: person.id, ...input, employmentId } });
}

/** Who immediate assistance is for: an active difficulty identification or an active zero-employment family. */
async function mayGetImmediateAssistance(deps: AppDeps, person: PersonRow): Promise<boolean> {
  const difficulty = await deps.db.selectFrom('difficulty_identification').select('id').where('person_id', '=', person.id).where('status', '=', 'active').executeTakeFirst();
  if (difficulty) return true;
  if (person.household_id === null) return false;
  const family = await deps.db.selectFrom('zero_employment_family').select('id').where('household_id', '=', person.household_id).where('status', '=', 'active').executeTakeFirst();
  return Boolean(family);
}

export async function recordService(deps: AppDeps, ctx: RequestContext, personId: number, input: ServiceInput) {
  const person = await loadPerson(deps.db, ctx, personId);
  if (!personPolicy(ctx.actor, person).register) throw forbidden('您不能为该人员记录服务');
  if (!Object.hasOwn(SERVICE_KINDS, input.kind)) throw fieldError('kind', '服务类型不在代码表中');
  if (input.servedOn > chinaDate(deps.clock.now())) throw fieldError('servedOn', '服务日期不能晚于今天');
  if (input.kind !== 'immediate_assistance') {
    if (input.placement) throw fieldError('placement', '只有即时援助填写公益性岗位安置');
    await deps.db.transaction().execute((trx) => insertService(trx, deps, ctx, person, input, null));
    return;
  }
  const placement = input.placement;
  if (!placement) throw fieldError('placement.employerName', '即时援助须填写安置的公益性岗位（开发单位、岗位、上岗日期）');
  if (input.refused) throw fieldError('refused', '即时援助是一次安置，不能记为拒绝；拒绝请记录为职业介绍（岗位推荐）');
  if (placement.startedOn < input.servedOn) throw fieldError('placement.startedOn', '上岗日期不能早于援助日期');
  if (!(await mayGetImmediateAssistance(deps, person))) throw fieldError('kind', '即时援助仅适用于认定有效的就业困难人员和零就业家庭成员');
  await registerEmploymentWith(
    deps,
    ctx,
    person,
    { kind: 'public_welfare', employerName: `${placement.employerName.trim()}（${placement.position.trim()}）`, startedOn: placement.startedOn },
    (trx, employmentId) => insertService(trx, deps, ctx, person, input, employmentId),
  );
}
