import { outcomeHooks, registerWorkflow } from '../../platform/workflow/definition.js';
import { publicPostingsChanged } from './search-cache.js';

/**
 * Job posting review (岗位信息审核): after the automatic pre-review, the district's market office
 * checks the posting before it is published. Returned postings go back to the employer to fix.
 */
export const postingReview = registerWorkflow({
  type: 'job_posting_review',
  name: '岗位信息审核',
  subjectType: 'job_posting',
  steps: [{ key: 'district_review', name: '区县人力资源市场审核', level: 3, roles: ['reviewer'], deadline: { workingDays: 2 } }],
  hooks: outcomeHooks(async (trx, item, outcome, at) => {
    const status = { approved: 'published', rejected: 'rejected', returned: 'returned', withdrawn: 'draft' } as const;
    await trx
      .updateTable('job_posting')
      .set({ status: status[outcome], ...(outcome === 'approved' && { published_at: at }), updated_at: at })
      .where('id', '=', Number(item.subject_id))
      .execute();
    // Inside the decision's transaction: a search in the instant before it commits may cache the old
    // results again, for at most the cache's time to live.
    if (outcome === 'approved') publicPostingsChanged();
  }),
});
