import type { Actor } from '../../platform/context.js';
import type { Employer } from '../../platform/db/schema.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';

/** What an actor may do with one employer record (sent to the UI as `can`). */
export function employerPolicy(actor: Actor, employer: Pick<Employer, 'id' | 'region_code' | 'status'>) {
  const own = actor.kind === 'external' && actor.employerId === employer.id;
  const staff = actor.kind === 'staff' && inScope(actor, employer.region_code);
  const editable = employer.status === 'draft' || employer.status === 'returned' || employer.status === 'rejected';
  const manage = own || (staff && rolesAllow(actor.roles, 'employer.manage'));
  return {
    view: own || (staff && rolesAllow(actor.roles, 'employer.view')),
    update: manage && editable,
    submit: manage && editable,
  };
}
