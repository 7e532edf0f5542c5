import { chinaDate } from '../../platform/clock.js';
import { registerWorkflow } from '../../platform/workflow/definition.js';

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
  hooks: {
    async onApproved(trx, item, at) {
      await trx
        .updateTable('difficulty_identification')
        .set({ status: 'active', started_on: chinaDate(at), updated_at: at })
        .where('id', '=', Number(item.subject_id))
        .execute();
    },
    async onRejected(trx, item, at) {
      await trx.updateTable('difficulty_identification').set({ status: 'rejected', updated_at: at }).where('id', '=', Number(item.subject_id)).execute();
    },
    async onReturned(trx, item, at) {
      await trx.updateTable('difficulty_identification').set({ status: 'returned', updated_at: at }).where('id', '=', Number(item.subject_id)).execute();
    },
    async onWithdrawn(trx, item, at) {
      await trx.updateTable('difficulty_identification').set({ status: 'withdrawn', updated_at: at }).where('id', '=', Number(item.subject_id)).execute();
    },
  },
});
