import type { AppDeps, Actor, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, notFound, type FieldError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { validateCreditCode } from '../../platform/validators/credit-code.js';
import { submitForReview } from '../../platform/workflow/service.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { isPhone } from '../market/prereview.js';
import { codeProblems } from './employer-checks.js';
import { employerVerification } from './workflow.js';
import { getEmployerQuiet, submitEmployer, updateEmployer } from './service.js';
import type { EmployerPatch } from './schema.js';
import type { PortalRegistrationInput } from './portal-schema.js';

const STREET_LEVEL = 4;
const COMMUNITY_LEVEL = 5;

const invalid = (problems: FieldError[]) => new AppError('validation_failed', problems[0].message, problems);

const chars = (s: string) => [...s.trim()].length;

/** Text fields checked on what will be stored (trimmed): the schema's lengths count the spaces too. */
function trimmedProblems(input: PortalRegistrationInput): FieldError[] {
  const problems: FieldError[] = [];
  const name = chars(input.name);
  if (name === 0) problems.push({ field: 'name', message: '请填写单位名称' });
  else if (name < 2) problems.push({ field: 'name', message: '单位名称至少 2 个字' });
  const address = chars(input.address);
  if (address === 0) problems.push({ field: 'address', message: '请填写单位地址' });
  else if (address < 2) problems.push({ field: 'address', message: '单位地址至少 2 个字' });
  if (chars(input.contactName) === 0) problems.push({ field: 'contactName', message: '请填写联系人' });
  return problems;
}

/** Everything wrong with the form that does not depend on what others registered; also the normalised code and the unit. */
async function formProblems(db: Db, input: PortalRegistrationInput) {
  const problems: FieldError[] = [];
  const code = validateCreditCode(input.creditCode);
  if (!code.ok) problems.push({ field: 'creditCode', message: code.message });
  const unit = await db.selectFrom('org_unit').select(['code', 'level']).where('code', '=', input.regionCode).executeTakeFirst();
  if (!unit) problems.push({ field: 'regionCode', message: '所在地区不存在，请选择所在街道（乡镇）或社区（村）' });
  else if (unit.level !== STREET_LEVEL && unit.level !== COMMUNITY_LEVEL) problems.push({ field: 'regionCode', message: '所在地区须具体到街道（乡镇）或社区（村）' });
  problems.push(...(await codeProblems(db, input)));
  if (!isPhone(input.contactPhone)) problems.push({ field: 'contactPhone', message: '联系电话格式不正确，请填写手机号或带区号的固定电话' });
  problems.push(...trimmedProblems(input));
  const weak = passwordProblem(input.password, input.username);
  if (weak) problems.push({ field: 'password', message: weak });
  return { problems, creditCode: code.ok ? code.code : '', level: unit?.level ?? 0 };
}

const CODE_TAKEN = '该统一社会信用代码已注册，如需找回账号请联系所在街道人社服务机构';
const NAME_TAKEN = '该用户名已被使用，请换一个';

/** Credit code and username already taken (checked again inside the transaction; the unique keys decide races). */
async function takenProblems(db: Db, creditCode: string, username: string): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (await db.selectFrom('employer').select('id').where('credit_code', '=', creditCode).executeTakeFirst()) problems.push({ field: 'creditCode', message: CODE_TAKEN });
  if (await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst()) problems.push({ field: 'username', message: NAME_TAKEN });
  return problems;
}

const duplicate = (problems: FieldError[]) => new AppError('duplicate', problems[0].message, problems);

/**
 * An employer registers itself on the public portal: the employer (source portal), its external
 * account (role employer, unit = the employer's street or community) and the submission to the
 * employer verification (street first review, district final review), in one transaction. The
 * account may log in at once; it can publish postings only once the employer is verified.
 */
export async function registerEmployerOnPortal(deps: AppDeps, ip: string, input: PortalRegistrationInput) {
  const { problems, creditCode, level } = await formProblems(deps.db, input);
  if (problems.length > 0) throw invalid(problems);
  const taken = await takenProblems(deps.db, creditCode, input.username);
  if (taken.length > 0) throw duplicate(taken);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const again = await takenProblems(trx, creditCode, input.username);
      if (again.length > 0) throw duplicate(again);
      const employer = await trx
        .insertInto('employer')
        .values({
          credit_code: creditCode,
          name: input.name.trim(),
          region_code: input.regionCode,
          address: input.address.trim(),
          contact_name: input.contactName.trim(),
          contact_phone: input.contactPhone.trim(),
          unit_type: input.unitType,
          industry_code: input.industryCode,
          ownership_type: input.ownershipType,
          size_band: input.sizeBand,
          introduction: input.introduction?.trim() || null,
          source: 'portal',
          status: 'pending',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('app_user')
        .values({
          username: input.username,
          display_name: input.name.trim(),
          password_hash: passwordHash,
          org_code: input.regionCode,
          kind: 'external',
          phone: input.contactPhone.trim(),
          employer_id: employer.id,
          must_change_password: false,
          password_changed_at: now,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('user_role').values({ user_id: user.id, role: 'employer', created_at: now }).execute();
      await trx.updateTable('employer').set({ created_by: user.id }).where('id', '=', employer.id).execute();
      // The new account is the submitter: it may fix and resubmit a returned registration, and never review it.
      const actor: Actor = { id: user.id, username: input.username, displayName: input.name.trim(), kind: 'external', orgCode: input.regionCode, orgLevel: level, roles: ['employer'], employerId: employer.id, sessionId: '' };
      const ctx: RequestContext = { actor, ip };
      const item = await submitForReview(trx, deps, ctx, { type: employerVerification.type, subjectId: employer.id, subjectLabel: input.name.trim(), regionCode: input.regionCode });
      const who = { actorId: user.id, actorName: input.username, ip };
      await writeAudit(trx, deps.clock, who, {
        event: 'user.created',
        entityType: 'user',
        entityId: user.id,
        regionCode: input.regionCode,
        after: { username: input.username, displayName: input.name.trim(), orgCode: input.regionCode, kind: 'external', roles: ['employer'], via: 'portal' },
      });
      const { password: _password, ...registered } = input;
      await writeAudit(trx, deps.clock, who, { event: 'employer.registered', entityType: 'employer', entityId: employer.id, regionCode: input.regionCode, after: { ...registered, creditCode } });
      return { employerId: employer.id, userId: user.id, username: input.username, status: 'pending', workflowItemId: item.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'employer_credit_code_key')) throw duplicate([{ field: 'creditCode', message: CODE_TAKEN }]);
    if (isUniqueViolation(error, 'app_user_username_key')) throw duplicate([{ field: 'username', message: NAME_TAKEN }]);
    throw error;
  }
}

function ownEmployerId(ctx: RequestContext): number {
  if (ctx.actor.kind !== 'external' || ctx.actor.employerId === null) throw notFound('本单位信息');
  return ctx.actor.employerId;
}

/** The employer account's own record: status, the reviewers' last decision and reason, credit summary. */
export function getMyEmployer(deps: AppDeps, ctx: RequestContext) {
  return getEmployerQuiet(deps, ctx, ownEmployerId(ctx));
}

/** The employer fixes its own record (draft, returned or rejected), as staff would. */
export function updateMyEmployer(deps: AppDeps, ctx: RequestContext, patch: EmployerPatch) {
  return updateEmployer(deps, ctx, ownEmployerId(ctx), patch);
}

/** The employer sends its record back into verification after a return (or anew after a rejection). */
export function resubmitMyEmployer(deps: AppDeps, ctx: RequestContext) {
  return submitEmployer(deps, ctx, ownEmployerId(ctx));
}
