import type { Actor } from '../../platform/context.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';

/** What an actor may do with one person's record (sent to the UI as `can`). */
export function personPolicy(actor: Actor, person: { region_code: string }) {
  const staff = actor.kind === 'staff' && inScope(actor, person.region_code);
  const operator = staff && rolesAllow(actor.roles, 'person.manage');
  return {
    view: staff && rolesAllow(actor.roles, 'person.view'),
    /** Full ID and phone numbers: the staff who serve the person, not read-only leaders. */
    seeIdentifiers: staff && (actor.roles.includes('operator') || actor.roles.includes('reviewer')),
    update: operator,
    register: operator,
  };
}
