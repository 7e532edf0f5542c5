import type { AppDeps } from '../../platform/context.js';
import { ruleValue } from '../rules/service.js';
import type { AgeRules } from './rules.js';

/** Working-age rules in force for a region on a date. */
export async function ageRules(deps: Pick<AppDeps, 'db' | 'clock'>, region: string, date: string): Promise<AgeRules> {
  return {
    minAge: await ruleValue(deps, 'working_age.min', region, date),
    retirementAge: { 1: await ruleValue(deps, 'retirement_age.male', region, date), 2: await ruleValue(deps, 'retirement_age.female', region, date) },
  };
}
