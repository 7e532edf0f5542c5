import { pinyin } from 'pinyin-pro';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, fieldError, forbidden, notFound, type FieldError } from '../../platform/errors.js';
import type { Insertable } from 'kysely';
import type { PersonTable } from '../../platform/db/schema.js';
import { writeAudit, type AuditActor } from '../../platform/audit.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import { inScope } from '../../platform/scope.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { maskCitizenId, maskPhone, validateCitizenId } from '../../platform/validators/citizen-id.js';
import { LABOUR_STATUS } from './codes.js';
import { personPolicy } from './policy.js';
import { ageOn } from './rules.js';
import { codeExists, findPeople, findPersonByCitizenId, findPersonById, type PersonFilter, type PersonRow } from './people-repository.js';
import type { PersonInput, PersonPatch, PersonView } from './schema.js';

export const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

/** Pinyin initials of a name for search: 张三 → "zs". */
export function nameInitials(name: string): string {
  // surname: 'head' reads the first character as a surname: 曾 → zēng, 单 → shàn, 解 → xiè.
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase().replace(/[^a-z]/g, '');
}

/** The columns a caller gives for a new person; the name is trimmed and the rest filled in here. */
export type NewPersonRow = Omit<Insertable<PersonTable>, 'name_initials' | 'last_contact_on' | 'created_at' | 'updated_at'>;

/**
 * Inserts a person inside the caller's transaction with the pinyin initials, today as the last
 * contact and the `person.created` audit row — for staff registration, the portal and the fair
 * counter alike. The caller has checked the ID number and the residence.
 */
export async function insertPersonRow(trx: Db, clock: Clock, actor: AuditActor, values: NewPersonRow, after: Record<string, unknown>): Promise<number> {
  const now = clock.now();
  const name = values.name.trim();
  const row = await trx
    .insertInto('person')
    .values({ ...values, name, name_initials: nameInitials(name), last_contact_on: chinaDate(now), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, clock, actor, { event: 'person.created', entityType: 'person', entityId: row.id, regionCode: values.region_code, after });
  return row.id;
}

/** A person as sent out: ID and phone masked unless `full` and the viewer may see them. */
export function presentPerson(ctx: RequestContext, row: PersonRow, today: string, full: boolean): PersonView {
  const can = personPolicy(ctx.actor, row);
  const clear = full && can.seeIdentifiers;
  return {
    id: row.id,
    citizenId: clear ? row.citizen_id : maskCitizenId(row.citizen_id),
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, today),
    ethnicity: row.ethnicity,
    education: row.education,
    hukouType: row.hukou_type,
    regionCode: row.region_code,
    regionName: row.region_name,
    address: row.address,
    phone: row.phone && !clear ? maskPhone(row.phone) : row.phone,
    householdId: row.household_id,
    householdRelation: row.household_relation,
    ableToWork: row.able_to_work,
    wantsWork: row.wants_work,
    skills: row.skills,
    labourStatus: row.labour_status,
    labourStatusName: LABOUR_STATUS[row.labour_status],
    lastContactOn: row.last_contact_on,
    cardNumber: row.card_number,
    can: { update: can.update, register: can.register },
  };
}

export async function listPeople(deps: AppDeps, ctx: RequestContext, f: PersonFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  const { rows, total } = await findPeople(deps.db, ctx.actor, f, pageSize, offset);
  const today = chinaDate(deps.clock.now());
  return { items: rows.map((r) => presentPerson(ctx, r, today, false)), total, page, pageSize };
}

/** One person the actor may see, or not_found. */
export async function loadPerson(db: Db, ctx: RequestContext, id: number): Promise<PersonRow> {
  const row = await findPersonById(db, id);
  if (!row || !personPolicy(ctx.actor, row).view) throw notFound('人员');
  return row;
}

async function checkCodes(db: Db, input: Partial<PersonInput>, today: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.ethnicity && !(await codeExists(db, 'ethnicity', input.ethnicity, today))) errors.push({ field: 'ethnicity', message: '民族代码不在代码表中' });
  if (input.education && !(await codeExists(db, 'education', input.education, today))) errors.push({ field: 'education', message: '学历代码不在代码表中' });
  return errors;
}

/** Where a person may live as registered by the actor: a community (村) in the actor's scope, and the household's community. */
export async function checkResidence(db: Db, ctx: RequestContext, regionCode: string, householdId?: number, field = 'regionCode'): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const unit = await db.selectFrom('org_unit').select('level').where('code', '=', regionCode).executeTakeFirst();
  if (!unit || unit.level !== 5) errors.push({ field, message: '居住地须为社区（村）' });
  else if (!inScope(ctx.actor, regionCode)) errors.push({ field, message: '居住地不在您的管辖范围内' });
  if (householdId !== undefined) {
    const household = await db.selectFrom('household').select('region_code').where('id', '=', householdId).executeTakeFirst();
    if (!household || !inScope(ctx.actor, household.region_code)) errors.push({ field: 'householdId', message: '家庭户不存在或不在您的管辖范围内' });
    else if (household.region_code !== regionCode) errors.push({ field: 'householdId', message: '家庭成员的居住社区须与家庭户一致' });
  }
  return errors;
}

function refuse(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('validation_failed', errors[0].message, errors);
}

/**
 * Registers a person. The ID number is the key: a second registration of the same number finds
 * the existing record (409 with its id when the actor may see it) and writes nothing.
 */
export async function createPerson(deps: AppDeps, ctx: RequestContext, input: PersonInput) {
  const now = deps.clock.now();
  const today = chinaDate(now);
  const id = validateCitizenId(input.citizenId, now);
  if (!id.ok) throw fieldError('citizenId', id.message);
  const existing = await findPersonByCitizenId(deps.db, id.id);
  if (existing) throw duplicatePerson(ctx, existing);
  refuse([...(await checkResidence(deps.db, ctx, input.regionCode, input.householdId)), ...(await checkCodes(deps.db, input, today))]);
  try {
    const personId = await deps.db.transaction().execute((trx) =>
      insertPersonRow(
        trx,
        deps.clock,
        who(ctx),
        {
          citizen_id: id.id,
          name: input.name,
          sex: id.sex,
          birth_date: id.birthDate,
          ethnicity: input.ethnicity ?? null,
          education: input.education ?? null,
          hukou_type: input.hukouType,
          region_code: input.regionCode,
          address: input.address ?? null,
          phone: input.phone ?? null,
          household_id: input.householdId ?? null,
          household_relation: input.householdRelation ?? null,
          able_to_work: input.ableToWork ?? true,
          wants_work: input.wantsWork ?? true,
          skills: input.skills ?? null,
          created_by: ctx.actor.id,
        },
        { ...input, citizenId: id.id },
      ),
    );
    return presentPerson(ctx, await loadPerson(deps.db, ctx, personId), today, true);
  } catch (error) {
    if (isUniqueViolation(error, 'person_citizen_id_key')) {
      const again = await findPersonByCitizenId(deps.db, id.id);
      if (again) throw duplicatePerson(ctx, again);
    }
    throw error;
  }
}

function duplicatePerson(ctx: RequestContext, existing: { id: number; region_code: string; name: string }): AppError {
  const visible = inScope(ctx.actor, existing.region_code);
  return new AppError(
    'duplicate',
    visible ? `该身份证号码已登记（${existing.name}），请直接打开已有档案` : '该身份证号码已在其他地区登记，请联系其所在社区办理迁入',
    [{ field: 'citizenId', message: '该身份证号码已登记' }],
  );
}

/** One person's record, audited as a view of a person's full record. */
export async function viewPerson(deps: AppDeps, ctx: RequestContext, id: number) {
  const row = await loadPerson(deps.db, ctx, id);
  await writeAudit(deps.db, deps.clock, who(ctx), { event: 'person.viewed', entityType: 'person', entityId: id, regionCode: row.region_code });
  return row;
}

/** Edits a person's details (not the ID number: a wrong number means a new record). */
export async function updatePerson(deps: AppDeps, ctx: RequestContext, id: number, patch: PersonPatch) {
  const current = await loadPerson(deps.db, ctx, id);
  if (!personPolicy(ctx.actor, current).update) throw forbidden('您不能修改该人员信息');
  const now = deps.clock.now();
  const today = chinaDate(now);
  refuse([
    ...(patch.regionCode || patch.householdId !== undefined ? await checkResidence(deps.db, ctx, patch.regionCode ?? current.region_code, patch.householdId) : []),
    ...(await checkCodes(deps.db, patch, today)),
  ]);
  const set = {
    ...(patch.name !== undefined && { name: patch.name.trim(), name_initials: nameInitials(patch.name.trim()) }),
    ...(patch.ethnicity !== undefined && { ethnicity: patch.ethnicity }),
    ...(patch.education !== undefined && { education: patch.education }),
    ...(patch.hukouType !== undefined && { hukou_type: patch.hukouType }),
    ...(patch.regionCode !== undefined && { region_code: patch.regionCode }),
    ...(patch.address !== undefined && { address: patch.address }),
    ...(patch.phone !== undefined && { phone: patch.phone }),
    ...(patch.householdId !== undefined && { household_id: patch.householdId }),
    ...(patch.householdRelation !== undefined && { household_relation: patch.householdRelation }),
    ...(patch.ableToWork !== undefined && { able_to_work: patch.ableToWork }),
    ...(patch.wantsWork !== undefined && { wants_work: patch.wantsWork }),
    ...(patch.skills !== undefined && { skills: patch.skills }),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('person').set({ ...set, last_contact_on: today, updated_at: now }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'person.updated',
      entityType: 'person',
      entityId: id,
      regionCode: patch.regionCode ?? current.region_code,
      before: Object.fromEntries(Object.keys(set).map((k) => [k, (current as Record<string, unknown>)[k]])),
      after: set,
    });
  });
  return presentPerson(ctx, await loadPerson(deps.db, ctx, id), today, true);
}
