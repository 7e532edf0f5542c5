import { outcomeHooks, registerWorkflow } from '../../platform/workflow/definition.js';

/**
 * Employer verification (用人单位资格审核): the street's labour office checks the documents,
 * the district employment bureau confirms. Only verified employers may publish postings.
 */
export const employerVerification = registerWorkflow({
  type: 'employer_verification',
  name: '用人单位审核',
  subjectType: 'employer',
  steps: [
    { key: 'street_review', name: '街道初审', level: 4, roles: ['reviewer'], deadline: { workingDays: 5 } },
    { key: 'district_review', name: '区县终审', level: 3, roles: ['reviewer'], deadline: { workingDays: 5 } },
  ],
  hooks: outcomeHooks(async (trx, item, outcome, at) => {
    const status = { approved: 'verified', rejected: 'rejected', returned: 'returned', withdrawn: 'draft' } as const;
    await trx
      .updateTable('employer')
      .set({ status: status[outcome], ...(outcome === 'approved' && { verified_at: at }), updated_at: at })
      .where('id', '=', Number(item.subject_id))
      .execute();
  }),
});
