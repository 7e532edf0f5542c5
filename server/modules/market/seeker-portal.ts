import type { AppDeps, RequestContext } from '../../platform/context.js';
import { AppError, fieldError, forbidden, notFound, type FieldError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { validateCitizenId } from '../../platform/validators/citizen-id.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { insertPersonRow } from '../registry/people-service.js';
import { ruleValue } from '../rules/service.js';
import { changeSeeker, insertSeeker, loadSeeker, ownPersonId, present, updateSeeker } from './seeker-service.js';
import { checkSeekerFields, refuse } from './seeker-rules.js';
import { checkIdentity, identityFieldProblems, IDENTITY_NOT_VERIFIED, mobileOf, NO_PHONE_ON_RECORD } from './seeker-portal-rules.js';
import type { PortalSeekerInput, SeekerPatch, SeekerView } from './seeker-schema.js';

const USERNAME_TAKEN = '用户名已被使用';
const HAS_ACCOUNT = '该身份证号码已注册账号，请直接登录';

/** Every problem with the form that does not depend on the registry (the same answer for any ID number). */
async function formProblems(deps: AppDeps, input: PortalSeekerInput, now: Date, day: string) {
  const errors: FieldError[] = [];
  const problem = passwordProblem(input.password, input.username);
  if (problem) errors.push({ field: 'password', message: problem });
  const checked = validateCitizenId(input.citizenId.trim(), now);
  if (!checked.ok) errors.push({ field: 'citizenId', message: checked.message });
  errors.push(...identityFieldProblems(input));
  const unit = await deps.db.selectFrom('org_unit').select('level').where('code', '=', input.regionCode).executeTakeFirst();
  if (!unit || unit.level !== 5) errors.push({ field: 'regionCode', message: '请选择居住的社区（村）' });
  if (await deps.db.selectFrom('app_user').select('id').where('username', '=', input.username).executeTakeFirst()) errors.push({ field: 'username', message: USERNAME_TAKEN });
  errors.push(...(await checkSeekerFields(deps.db, input, day)));
  refuse(errors);
  if (!checked.ok) throw fieldError('citizenId', checked.message);
  const mobile = mobileOf(input.phone);
  if (!mobile) throw fieldError('phone', '请填写 11 位手机号');
  return { citizenId: checked.id, sex: checked.sex, birthDate: checked.birthDate, mobile };
}

/**
 * The registry person the account is for, if the ID number is registered: only when the name and
 * the mobile number on record both match (one message for either mismatch, so that the answer
 * does not say which was wrong), and only once per person.
 */
async function verifiedPerson(deps: AppDeps, citizenId: string, name: string, mobile: string, who: { username: string; ip: string }) {
  const existing = await deps.db.selectFrom('person').select(['id', 'name', 'phone', 'region_code']).where('citizen_id', '=', citizenId).executeTakeFirst();
  if (!existing) return undefined;
  const check = checkIdentity(existing, { name, mobile });
  if (check !== 'verified') {
    // A failed match against a registered person is a probe of someone's record: keep a trace of it.
    await writeAudit(deps.db, deps.clock, { actorId: null, actorName: who.username, ip: who.ip }, { event: 'seeker.identity_check_failed', entityType: 'person', entityId: existing.id, regionCode: existing.region_code, detail: { check } });
  }
  if (check === 'mismatch') throw new AppError('validation_failed', IDENTITY_NOT_VERIFIED);
  if (check === 'no_phone_on_record') throw new AppError('validation_failed', NO_PHONE_ON_RECORD);
  if (await deps.db.selectFrom('app_user').select('id').where('person_id', '=', existing.id).executeTakeFirst()) throw fieldError('citizenId', HAS_ACCOUNT);
  return existing;
}

/**
 * A citizen registers on the portal: an external account (role job_seeker, unit = their
 * community) linked to their person in the registry — the existing record when the ID number, name
 * and the mobile number on record all match, a new record in that community when the ID number is
 * not registered — and an active seeker registration (source portal), all in one transaction.
 * Nobody is logged in by it. A registered person whose record holds no mobile number opens the
 * account at the service window instead.
 *
 * The person is inserted with the registry's `insertPersonRow` inside this transaction (registry
 * `createPerson` runs its own transaction for a staff actor); the ID checksum and the community of
 * residence are checked by the same rules.
 */
export async function registerSeekerOnPortal(deps: AppDeps, input: PortalSeekerInput, ip: string) {
  const now = deps.clock.now();
  const day = chinaDate(now);
  const checked = await formProblems(deps, input, now, day);
  const name = input.name.trim();
  const phone = checked.mobile;
  const existing = await verifiedPerson(deps, checked.citizenId, name, phone, { username: input.username, ip });
  const active = existing ? await deps.db.selectFrom('job_seeker').select('id').where('person_id', '=', existing.id).where('status', '=', 'active').executeTakeFirst() : undefined;
  const regionCode = existing?.region_code ?? input.regionCode;
  const validDays = await ruleValue(deps, 'seeker.validity_days', regionCode, day);
  const passwordHash = await hashPassword(input.password);

  try {
    return await deps.db.transaction().execute(async (trx) => {
      const user = await trx
        .insertInto('app_user')
        .values({ username: input.username, display_name: name, password_hash: passwordHash, org_code: regionCode, kind: 'external', phone, must_change_password: false, password_changed_at: now, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('user_role').values({ user_id: user.id, role: 'job_seeker', created_at: now }).execute();
      const self = { ip, actor: { id: user.id, username: input.username, displayName: name, kind: 'external' as const, orgCode: regionCode, orgLevel: 5, roles: ['job_seeker' as const], employerId: null, sessionId: '' } };
      const who = { actorId: user.id, actorName: input.username, ip };
      let personId = existing?.id;
      if (!personId) {
        const values = { citizen_id: checked.citizenId, name, sex: checked.sex, birth_date: checked.birthDate, education: input.education ?? null, hukou_type: input.hukouType, region_code: regionCode, phone, skills: input.skills ?? null, created_by: user.id };
        personId = await insertPersonRow(trx, deps.clock, who, values, { citizenId: checked.citizenId, name, regionCode, phone, source: 'portal' });
      }
      await trx.updateTable('app_user').set({ person_id: personId }).where('id', '=', user.id).execute();
      await writeAudit(trx, deps.clock, who, { event: 'user.created', entityType: 'user', entityId: user.id, regionCode, after: { username: input.username, kind: 'external', roles: ['job_seeker'], personId, source: 'portal' } });
      const seekerId = active?.id ?? (await insertSeeker(deps, self, { personId, name, regionCode, fields: input, validDays, source: 'portal', event: 'seeker.self_registered' }, trx));
      return { userId: user.id, username: input.username, seekerId, linkedExistingPerson: Boolean(existing) };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'app_user_username_key')) throw fieldError('username', USERNAME_TAKEN);
    if (isUniqueViolation(error, 'app_user_person_key')) throw fieldError('citizenId', HAS_ACCOUNT);
    if (isUniqueViolation(error, 'person_citizen_id_key')) throw new AppError('conflict', '该身份证号码刚刚被登记，请重新提交');
    throw error;
  }
}

/** The citizen's own registration: the active one, else the latest. */
async function ownSeekerId(deps: AppDeps, ctx: RequestContext): Promise<{ id: number; person: number }> {
  const person = await ownPersonId(deps.db, ctx);
  if (person === null) throw forbidden('该账号未关联实名登记人员');
  const row = await deps.db.selectFrom('job_seeker').select('id').where('person_id', '=', person).orderBy('status', 'asc').orderBy('id', 'desc').executeTakeFirst();
  if (!row) throw notFound('求职登记');
  return { id: row.id, person };
}

export async function mySeeker(deps: AppDeps, ctx: RequestContext): Promise<SeekerView> {
  const own = await ownSeekerId(deps, ctx);
  return present(deps, ctx, await loadSeeker(deps.db, ctx, own.id, own.person), own.person);
}

export async function updateMySeeker(deps: AppDeps, ctx: RequestContext, patch: SeekerPatch): Promise<SeekerView> {
  const own = await ownSeekerId(deps, ctx);
  return updateSeeker(deps, ctx, own.id, patch, own.person);
}

export async function renewMySeeker(deps: AppDeps, ctx: RequestContext): Promise<SeekerView> {
  const own = await ownSeekerId(deps, ctx);
  return changeSeeker(deps, ctx, own.id, 'renew', {}, own.person);
}
