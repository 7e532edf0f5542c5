import { outcomeHooks, registerWorkflow } from '../../platform/workflow/definition.js';

/**
 * 周预报 / 月报审核报送: the district operator submits the generated report, the district's reviewer
 * checks it (approval = the district reports it to the city), and the city's reviewer receives it.
 * A return at either step sends it back to the district operator; a withdrawal makes it a draft again.
 */
export const marketReportReview = registerWorkflow({
  type: 'market_report',
  name: '市场月报/周预报报送',
  subjectType: 'market_report',
  steps: [
    { key: 'district_review', name: '区县审核', level: 3, roles: ['reviewer'], deadline: { workingDays: 2 } },
    { key: 'city_receive', name: '市级接收', level: 2, roles: ['reviewer'], deadline: { workingDays: 3 } },
  ],
  hooks: {
    ...outcomeHooks(async (trx, item, outcome, at) => {
      // A report the city does not accept goes back to the district like a return: it is fixed and sent again.
      // A report back with the district is no longer reported to the city: its submission and receipt times go.
      const status = { approved: 'accepted', rejected: 'returned', returned: 'returned', withdrawn: 'draft' } as const;
      const times = outcome === 'approved' ? { accepted_at: at } : { submitted_at: null, accepted_at: null };
      await trx
        .updateTable('market_report')
        .set((eb) => ({ status: status[outcome], ...times, version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', Number(item.subject_id))
        .execute();
    }),
    onAdvanced: async (trx, item, at) => {
      await trx
        .updateTable('market_report')
        .set((eb) => ({ status: 'submitted', submitted_at: at, version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', Number(item.subject_id))
        .execute();
    },
  },
});
