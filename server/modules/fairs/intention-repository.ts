import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { INTENTION_STATUSES } from './codes.js';
import type { IntentionView } from './intention-schema.js';

/** Intentions with the fair, the person, the employer and the posting. */
export function selectIntentions(db: Db) {
  return db
    .selectFrom('fair_intention as i')
    .innerJoin('fair as f', 'f.id', 'i.fair_id')
    .innerJoin('person as p', 'p.id', 'i.person_id')
    .innerJoin('fair_participation as fp', 'fp.id', 'i.participation_id')
    .innerJoin('employer as e', 'e.id', 'fp.employer_id')
    .leftJoin('job_posting as jp', 'jp.id', 'i.posting_id')
    .select([
      'i.id', 'i.fair_id', 'i.checkin_id', 'i.participation_id', 'i.posting_id', 'i.person_id', 'i.region_code', 'i.status', 'i.note', 'i.hired_on', 'i.drop_reason',
      'i.employment_registration_id', 'i.created_at', 'f.name as fair_name', 'f.held_on', 'f.region_code as fair_region', 'f.status as fair_status',
      'p.name as person_name', 'p.citizen_id', 'fp.employer_id', 'e.name as employer_name', 'jp.title as posting_title', 'jp.work_type',
    ]);
}
export type IntentionRow = Awaited<ReturnType<ReturnType<typeof selectIntentions>['executeTakeFirstOrThrow']>>;

/** Staff see an intention when the person lives in their scope or their unit (or one above) organised the fair. */
export function intentionVisible(actor: Actor, r: Pick<IntentionRow, 'region_code' | 'fair_region'>): boolean {
  return actor.kind === 'staff' && (inScope(actor, r.region_code) || inScope(actor, r.fair_region));
}

/** The SQL form of intentionVisible. */
export function intentionScope(actor: Pick<Actor, 'orgCode'>) {
  const prefix = `${actor.orgCode}%`;
  return sql<boolean>`(i.region_code LIKE ${prefix} OR f.region_code LIKE ${prefix})`;
}

/**
 * A hire writes the person's employment registration, so only staff of the person's region record
 * it; dropping an open intention is also open to the organiser's staff.
 */
export function intentionPolicy(actor: Actor, r: Pick<IntentionRow, 'region_code' | 'fair_region' | 'status'>) {
  const open = r.status === 'intended' && actor.kind === 'staff' && rolesAllow(actor.roles, 'fair.manage');
  return { hire: open && inScope(actor, r.region_code), drop: open && intentionVisible(actor, r) };
}

export function presentIntention(ctx: RequestContext, r: IntentionRow): IntentionView {
  return {
    id: r.id,
    fairId: r.fair_id,
    fairName: r.fair_name,
    heldOn: r.held_on,
    checkinId: r.checkin_id,
    personId: r.person_id,
    personName: r.person_name,
    citizenIdMasked: maskCitizenId(r.citizen_id),
    participationId: r.participation_id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    postingId: r.posting_id,
    postingTitle: r.posting_title,
    status: r.status,
    statusName: INTENTION_STATUSES[r.status],
    note: r.note,
    hiredOn: r.hired_on,
    dropReason: r.drop_reason,
    employmentRegistrationId: r.employment_registration_id,
    can: intentionPolicy(ctx.actor, r),
  };
}
