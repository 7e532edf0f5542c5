import { Type, type Static } from '@sinclair/typebox';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { loadVisibleFair } from './fair-access.js';
import { mayManage } from './fair-service.js';
import { staffEmployerArea } from './participation-service.js';

export const EmployerPostingsQuery = Type.Object({ employerId: Type.Integer({ minimum: 1 }) });

export const EmployerPosting = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  vacancies: Type.Integer(),
  wageMin: Type.Integer(),
  wageMax: Type.Integer(),
  validFrom: Type.String(),
  validTo: Type.String(),
  /** Published and valid on the fair day: the only postings an application may bring. */
  validOnFairDay: Type.Boolean(),
});
export const EmployerPostingList = Type.Object({ items: Type.Array(EmployerPosting) });
export type EmployerPostingList = Static<typeof EmployerPostingList>;

/**
 * The published postings of an employer staff may enter for this fair (添加参会单位), wherever the
 * postings are located: the staff posting list only shows postings inside the user's own unit.
 */
export async function employerPostingsForFair(deps: AppDeps, ctx: RequestContext, fairId: number, employerId: number): Promise<EmployerPostingList> {
  const fair = await loadVisibleFair(deps.db, ctx.actor, fairId);
  if (!mayManage(ctx, fair)) throw forbidden('只有主办单位及其上级的工作人员可以管理这场招聘会');
  const employer = await deps.db.selectFrom('employer').select(['region_code']).where('id', '=', employerId).executeTakeFirst();
  if (!employer || !employer.region_code.startsWith(staffEmployerArea(ctx))) throw fieldError('employerId', '用人单位不存在或不在本区县');
  const rows = await deps.db
    .selectFrom('job_posting')
    .select(['id', 'title', 'vacancies', 'wage_min', 'wage_max', 'valid_from', 'valid_to'])
    .where('employer_id', '=', employerId)
    .where('status', '=', 'published')
    .orderBy('valid_to', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((p) => ({
      id: p.id,
      title: p.title,
      vacancies: p.vacancies,
      wageMin: p.wage_min,
      wageMax: p.wage_max,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      validOnFairDay: p.valid_from <= fair.held_on && fair.held_on <= p.valid_to,
    })),
  };
}
