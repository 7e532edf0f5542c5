import { addCalendarDays } from '../calendar/workdays.js';

/**
 * The zero-employment family clock (Fushun): once identified, one member employed within
 * `firstDays` calendar days; a family asking for "double employment" gets a second member
 * employed within `secondDays`. Both windows are configurable business rules.
 */
export function familyDeadlines(identifiedOn: string, doubleEmployment: boolean, windows: { firstDays: number; secondDays: number }) {
  return {
    firstDueOn: addCalendarDays(identifiedOn, windows.firstDays),
    secondDueOn: doubleEmployment ? addCalendarDays(identifiedOn, windows.secondDays) : null,
  };
}

export interface FamilyProgress {
  doubleEmployment: boolean;
  firstEmployedOn: string | null;
  secondEmployedOn: string | null;
}

/** Records a member's employment; the family is cleared once the goal is reached. */
export function recordMemberEmployed(f: FamilyProgress, on: string): FamilyProgress & { cleared: boolean } {
  const next = { ...f };
  if (!next.firstEmployedOn) next.firstEmployedOn = on;
  else if (next.doubleEmployment && !next.secondEmployedOn) next.secondEmployedOn = on;
  const cleared = next.doubleEmployment ? Boolean(next.secondEmployedOn) : Boolean(next.firstEmployedOn);
  return { ...next, cleared };
}

/** Which deadline of an active family has passed unmet on `today`, if any. */
export function overdueDeadline(
  f: FamilyProgress & { firstDueOn: string | null; secondDueOn: string | null },
  today: string,
): 'first' | 'second' | null {
  if (!f.firstEmployedOn && f.firstDueOn && today > f.firstDueOn) return 'first';
  if (f.doubleEmployment && !f.secondEmployedOn && f.secondDueOn && today > f.secondDueOn) return 'second';
  return null;
}
