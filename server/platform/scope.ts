import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './context.js';

/**
 * Region scope: every business row carries a region code (a GB/T 2260 / statistical division code),
 * and a child's code always starts with its parent's code. An actor sees exactly the rows whose
 * region code starts with the actor's org code. This file is the one place that rule lives.
 */

/** Whether a region code lies in the actor's subtree. */
export function inScope(actor: Pick<Actor, 'orgCode'>, regionCode: string): boolean {
  return regionCode.startsWith(actor.orgCode);
}

/**
 * A WHERE condition limiting `column` to the actor's subtree, served by the
 * `text_pattern_ops` index every scoped table has on its region column.
 * Org codes are digits only (a CHECK constraint), so the LIKE pattern needs no escaping.
 */
export function scopeCondition(column: string, actor: Pick<Actor, 'orgCode'>): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} LIKE ${actor.orgCode + '%'}`;
}

/** Narrows a region filter chosen in the UI to the actor's scope; a unit outside it yields null. */
export function narrowRegion(actor: Pick<Actor, 'orgCode'>, requested: string | undefined): string | null {
  if (!requested) return actor.orgCode;
  if (requested.startsWith(actor.orgCode)) return requested;
  return null;
}
