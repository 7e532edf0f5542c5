import type { Actor, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';
import { SLOT_OUTCOMES } from './codes.js';
import { mayManageFair, maySeeFair, type FairRow } from './fair-access.js';
import type { SlotView } from './slot-schema.js';

/** Slots with the booth's employer, the fair's organiser and the booked person's name and residence. */
export function selectSlots(db: Db) {
  return db
    .selectFrom('fair_slot as s')
    .innerJoin('fair as f', 'f.id', 's.fair_id')
    .innerJoin('fair_participation as fp', 'fp.id', 's.participation_id')
    .innerJoin('employer as e', 'e.id', 'fp.employer_id')
    .leftJoin('person as p', 'p.id', 's.person_id')
    .select(['s.id', 's.fair_id', 's.participation_id', 's.starts_at', 's.minutes', 's.person_id', 's.outcome', 's.intention_id', 'fp.employer_id', 'fp.status as participation_status', 'e.name as employer_name', 'f.region_code as fair_region', 'p.name as person_name', 'p.region_code as person_region']);
}
export type SlotRow = Awaited<ReturnType<ReturnType<typeof selectSlots>['executeTakeFirstOrThrow']>>;

/** Who is looking: staff, the booth's employer, or a citizen (with the person the account stands for). */
export interface Viewer {
  actor: Actor;
  personId: number | null;
}

/**
 * Staff see who booked when they manage the fair or the person lives in their scope (as with the
 * fair's check-ins and intentions); staff of a unit below the organiser see others' bookings only as booked.
 */
function staffSeesPerson(actor: Actor, r: SlotRow): boolean {
  return mayManageFair(actor, { region_code: r.fair_region }) || (r.person_region !== null && inScope(actor, r.person_region));
}

export function presentSlot(v: Viewer, r: SlotRow): SlotView {
  const own = v.actor.kind === 'staff' ? false : v.actor.employerId !== null ? v.actor.employerId === r.employer_id : r.person_id !== null && r.person_id === v.personId;
  const showName = v.actor.kind === 'staff' ? staffSeesPerson(v.actor, r) : own;
  return {
    id: r.id,
    fairId: r.fair_id,
    participationId: r.participation_id,
    employerName: r.employer_name,
    startsAt: r.starts_at.toISOString(),
    minutes: r.minutes,
    booked: r.person_id !== null,
    mine: own,
    personName: showName ? r.person_name : null,
    outcome: r.outcome,
    outcomeName: r.outcome ? SLOT_OUTCOMES[r.outcome] : null,
  };
}

/**
 * Who may set up a booth's slots or record their outcomes: staff with fair.manage who manage the
 * fair, or the booth's own employer with fair.apply. Anyone else: not found (or forbidden for staff who see the fair).
 */
export function assertBoothKeeper(actor: Actor, fair: FairRow, employerId: number): void {
  if (actor.kind === 'staff') {
    if (!maySeeFair(actor, fair)) throw notFound('招聘会');
    if (!rolesAllow(actor.roles, 'fair.manage') || !mayManageFair(actor, fair)) throw forbidden('只有主办单位及其上级的工作人员或参展单位本身可以管理面试时段');
    return;
  }
  if (!rolesAllow(actor.roles, 'fair.apply') || actor.employerId !== employerId) throw notFound('展位');
}

/** The person a citizen account stands for. */
export async function ownPerson(db: Db, ctx: RequestContext): Promise<number> {
  if (ctx.actor.kind !== 'external' || !rolesAllow(ctx.actor.roles, 'fair.book')) throw forbidden();
  const row = await db.selectFrom('app_user').select('person_id').where('id', '=', ctx.actor.id).executeTakeFirst();
  if (!row?.person_id) throw forbidden('该账号未关联实名登记人员');
  return row.person_id;
}

export function assertOnline(fair: FairRow): void {
  if (fair.kind !== 'online') throw new AppError('invalid_state', '只有网络招聘会可以预约面试时段');
}
