import { chinaDate } from '../../platform/clock.js';
import { outcomeHooks, registerWorkflow } from '../../platform/workflow/definition.js';
import { ruleValue } from '../rules/service.js';
import { familyDeadlines } from './zero-family-rules.js';

/** 零就业家庭认定: accepted at the community, reviewed by the street, confirmed by the district. */
export const zeroFamilyIdentification = registerWorkflow({
  type: 'zero_employment_family',
  name: '零就业家庭认定',
  subjectType: 'zero_employment_family',
  steps: [
    { key: 'street_review', name: '街道初审', level: 4, roles: ['reviewer'], deadline: { workingDays: 3 } },
    { key: 'district_review', name: '区县终审', level: 3, roles: ['reviewer'], deadline: { workingDays: 3 } },
  ],
  hooks: {
    // Rejected, returned, withdrawn: mirrored as they are; approval also starts the clock.
    ...outcomeHooks(async (trx, item, outcome, at) => {
      await trx.updateTable('zero_employment_family').set({ status: outcome === 'approved' ? 'active' : outcome, updated_at: at }).where('id', '=', Number(item.subject_id)).execute();
    }),
    async onApproved(trx, item, at) {
      const family = await trx.selectFrom('zero_employment_family').select(['id', 'region_code', 'double_employment']).where('id', '=', Number(item.subject_id)).executeTakeFirstOrThrow();
      const identifiedOn = chinaDate(at);
      const rules = { db: trx, clock: { now: () => at } };
      const due = familyDeadlines(identifiedOn, family.double_employment, {
        firstDays: await ruleValue(rules, 'zero_family.first_member_days', family.region_code, identifiedOn),
        secondDays: await ruleValue(rules, 'zero_family.double_employment_days', family.region_code, identifiedOn),
      });
      await trx
        .updateTable('zero_employment_family')
        .set({ status: 'active', identified_on: identifiedOn, first_due_on: due.firstDueOn, second_due_on: due.secondDueOn, updated_at: at })
        .where('id', '=', family.id)
        .execute();
    },
  },
});
