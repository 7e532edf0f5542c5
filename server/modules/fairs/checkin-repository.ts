import { sql } from 'kysely';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { ageOn } from '../registry/rules.js';
import { checkinGroups, type CheckinSnapshot } from './checkin-rules.js';
import type { CheckinView } from './checkin-schema.js';

export const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });

/** Check-ins with the person, the fair day and the count of live intentions. */
export function selectCheckins(db: Db) {
  return db
    .selectFrom('fair_checkin as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .innerJoin('fair as f', 'f.id', 'c.fair_id')
    .innerJoin('org_unit as o', 'o.code', 'c.region_code')
    .select([
      'c.id', 'c.fair_id', 'c.person_id', 'c.seeker_id', 'c.region_code', 'c.via', 'c.registered_on_spot', 'c.unemployed', 'c.groups', 'c.checked_in_at',
      'p.name', 'p.citizen_id', 'p.sex', 'p.birth_date', 'f.held_on', 'o.name as region_name',
    ])
    .select(sql<number>`(SELECT count(*)::int FROM fair_intention i WHERE i.checkin_id = c.id AND i.status <> 'dropped')`.as('intentions'));
}
export type CheckinRow = Awaited<ReturnType<ReturnType<typeof selectCheckins>['executeTakeFirstOrThrow']>>;

export function presentCheckin(r: CheckinRow): CheckinView {
  return {
    id: r.id,
    fairId: r.fair_id,
    personId: r.person_id,
    name: r.name,
    citizenIdMasked: maskCitizenId(r.citizen_id),
    sex: r.sex,
    age: ageOn(r.birth_date, r.held_on),
    regionName: r.region_name,
    via: r.via,
    registeredOnSpot: r.registered_on_spot,
    unemployed: r.unemployed,
    groups: r.groups,
    seekerId: r.seeker_id,
    checkedInAt: r.checked_in_at.toISOString(),
    intentions: r.intentions,
  };
}

/** The registry facts a check-in snapshot is made of, for a person on the fair day. */
export async function personFacts(db: Db, personId: number) {
  const person = await db
    .selectFrom('person')
    .select(['id', 'name', 'sex', 'birth_date', 'labour_status', 'region_code', 'citizen_id'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const seeker = await db.selectFrom('job_seeker').select(['id', 'categories']).where('person_id', '=', personId).where('status', '=', 'active').executeTakeFirst();
  const difficulty = await db.selectFrom('difficulty_identification').select('id').where('person_id', '=', personId).where('status', '=', 'active').executeTakeFirst();
  return { person, seeker: seeker ?? null, difficulty: Boolean(difficulty) };
}
export type PersonFacts = Awaited<ReturnType<typeof personFacts>>;

/** The snapshot of what the person counted as on the fair day. */
export function snapshotOf(facts: PersonFacts, heldOn: string): CheckinSnapshot {
  return checkinGroups({
    sex: facts.person.sex,
    birthDate: facts.person.birth_date,
    heldOn,
    labourStatus: facts.person.labour_status,
    categories: facts.seeker?.categories ?? [],
    difficulty: facts.difficulty,
  });
}
