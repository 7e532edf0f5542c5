import { chinaDate } from '../../platform/clock.js';
import { outcomeHooks, registerWorkflow } from '../../platform/workflow/definition.js';

/**
 * 就业困难人员认定: accepted at the community (the submission), first review by the street's
 * labour office, final review by the district employment bureau.
 */
export const difficultyIdentification = registerWorkflow({
  type: 'difficulty_identification',
  name: '就业困难人员认定',
  subjectType: 'difficulty_identification',
  steps: [
    { key: 'street_review', name: '街道初审', level: 4, roles: ['reviewer'], deadline: { workingDays: 5 } },
    { key: 'district_review', name: '区县终审', level: 3, roles: ['reviewer'], deadline: { workingDays: 5 } },
  ],
  hooks: outcomeHooks(async (trx, item, outcome, at) => {
    const status = { approved: 'active', rejected: 'rejected', returned: 'returned', withdrawn: 'withdrawn' } as const;
    await trx
      .updateTable('difficulty_identification')
      .set({ status: status[outcome], ...(outcome === 'approved' && { started_on: chinaDate(at) }), updated_at: at })
      .where('id', '=', Number(item.subject_id))
      .execute();
  }),
});
