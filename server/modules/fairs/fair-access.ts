import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import type { FairTable } from '../../platform/db/schema-fairs.js';
import { AppError, notFound } from '../../platform/errors.js';
import { inScope } from '../../platform/scope.js';

export type FairRow = Selectable<FairTable>;

/**
 * Who sees a fair: staff whose unit organises it or lies above the organiser (the organiser is in
 * their subtree), and staff below the organiser (a street sees the district's and the city's fairs
 * in its calendar). Managing a fair — booths, check-in, intentions — needs the organiser in scope.
 */
export function maySeeFair(actor: Pick<Actor, 'orgCode'>, fair: Pick<FairRow, 'region_code'>): boolean {
  return inScope(actor, fair.region_code) || actor.orgCode.startsWith(fair.region_code);
}

/** Whether the actor's unit organises the fair or lies above its organiser. */
export function mayManageFair(actor: Pick<Actor, 'orgCode'>, fair: Pick<FairRow, 'region_code'>): boolean {
  return inScope(actor, fair.region_code);
}

/** Loads a fair the actor may see; anything else is not found. */
export async function loadVisibleFair(db: Kysely<DB>, actor: Actor, id: number): Promise<FairRow> {
  const fair = await db.selectFrom('fair').selectAll().where('id', '=', id).executeTakeFirst();
  if (!fair || (actor.kind === 'staff' && !maySeeFair(actor, fair))) throw notFound('招聘会');
  if (actor.kind === 'external' && fair.status !== 'published' && fair.status !== 'closed') throw notFound('招聘会');
  return fair;
}

/** Loads a fair the actor may manage (staff of the organiser's subtree); others get not found or forbidden. */
export async function loadManagedFair(db: Kysely<DB>, actor: Actor, id: number): Promise<FairRow> {
  const fair = await loadVisibleFair(db, actor, id);
  if (actor.kind !== 'staff' || !mayManageFair(actor, fair)) throw new AppError('forbidden', '只有主办单位及其上级的工作人员可以管理这场招聘会');
  return fair;
}

/** Refuses changes to a fair whose numbers are final or that will not take place. */
export function assertFairOpen(fair: Pick<FairRow, 'status'>): void {
  if (fair.status === 'closed') throw new AppError('invalid_state', '招聘会已结束，记录不能再修改');
  if (fair.status === 'cancelled') throw new AppError('invalid_state', '招聘会已取消');
}
