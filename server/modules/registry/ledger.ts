import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import type { LabourStatus } from '../../platform/db/schema.js';
import { scopeCondition } from '../../platform/scope.js';
import { pageWindow, sortColumn, type PageQuery } from '../../platform/http/schemas.js';
import { maskCitizenId, maskPhone } from '../../platform/validators/citizen-id.js';
import { EMPLOYMENT_KINDS, LABOUR_STATUS, UNEMPLOYMENT_REASONS } from './codes.js';
import { ageOn } from './rules.js';

/**
 * The two community ledgers (台账) a full-employment community keeps: residents and their
 * employment, and the follow-up file of the registered unemployed. Identifiers are masked: a
 * ledger is a list; the person page shows the full record.
 */

export interface LedgerFilter extends PageQuery {
  regionCode?: string;
  labourStatus?: string;
}

const RESIDENT_SORTS = { name: 'p.name', regionCode: 'p.region_code', birthDate: 'p.birth_date' } as const;

export async function residentsLedger(deps: AppDeps, ctx: RequestContext, f: LedgerFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  let people = deps.db.selectFrom('person as p').where(scopeCondition('p.region_code', ctx.actor));
  if (f.regionCode) people = people.where('p.region_code', 'like', `${f.regionCode}%`);
  if (f.labourStatus) people = people.where('p.labour_status', '=', f.labourStatus as LabourStatus);
  // The joins add no rows (one unit per person, at most one open full-time job), so count people only.
  const total = await people.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await people
    .innerJoin('org_unit as o', 'o.code', 'p.region_code')
    .leftJoin('employment_registration as e', (j) => j.onRef('e.person_id', '=', 'p.id').on('e.ended_on', 'is', null).on('e.full_time', '=', true))
    .select(['p.id', 'p.name', 'p.sex', 'p.birth_date', 'p.citizen_id', 'p.hukou_type', 'p.phone', 'p.labour_status', 'o.name as region_name', 'e.kind', 'e.employer_name', 'e.started_on'])
    .orderBy(sortColumn(f.sort, RESIDENT_SORTS, 'p.region_code'), f.order ?? 'asc')
    .orderBy('p.id')
    .limit(pageSize)
    .offset(offset)
    .execute();
  const today = chinaDate(deps.clock.now());
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      sex: r.sex === 1 ? '男' : '女',
      age: ageOn(r.birth_date, today),
      citizenId: maskCitizenId(r.citizen_id),
      phone: r.phone ? maskPhone(r.phone) : null,
      regionName: r.region_name,
      labourStatusName: LABOUR_STATUS[r.labour_status],
      employmentKind: r.kind ? EMPLOYMENT_KINDS[r.kind] : null,
      employerName: r.employer_name,
      employedSince: r.started_on,
    })),
    total: total.n,
    page,
    pageSize,
  };
}

const UNEMPLOYED_SORTS = { registeredOn: 'u.registered_on', name: 'p.name', lastContactOn: 'p.last_contact_on' } as const;

export async function unemployedLedger(deps: AppDeps, ctx: RequestContext, f: LedgerFilter) {
  const { page, pageSize, offset } = pageWindow(f);
  let q = deps.db
    .selectFrom('unemployment_registration as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('org_unit as o', 'o.code', 'p.region_code')
    .leftJoin('employment_card as c', 'c.person_id', 'p.id')
    .where('u.cancelled_on', 'is', null)
    .where(scopeCondition('p.region_code', ctx.actor));
  if (f.regionCode) q = q.where('p.region_code', 'like', `${f.regionCode}%`);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['p.id', 'p.name', 'p.sex', 'p.birth_date', 'p.citizen_id', 'p.phone', 'p.last_contact_on', 'o.name as region_name', 'u.registered_on', 'u.reason', 'u.counts_in_rate', 'c.card_number'])
    .orderBy(sortColumn(f.sort, UNEMPLOYED_SORTS, 'u.registered_on'), f.order ?? 'asc')
    .orderBy('p.id')
    .limit(pageSize)
    .offset(offset)
    .execute();
  const today = chinaDate(deps.clock.now());
  const days = (from: string) => Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      sex: r.sex === 1 ? '男' : '女',
      age: ageOn(r.birth_date, today),
      citizenId: maskCitizenId(r.citizen_id),
      phone: r.phone ? maskPhone(r.phone) : null,
      regionName: r.region_name,
      registeredOn: r.registered_on,
      daysUnemployed: days(r.registered_on),
      reasonName: UNEMPLOYMENT_REASONS[r.reason as keyof typeof UNEMPLOYMENT_REASONS] ?? r.reason,
      countsInRate: r.counts_in_rate,
      cardNumber: r.card_number,
      lastContactOn: r.last_contact_on,
      daysSinceContact: r.last_contact_on ? days(r.last_contact_on) : null,
    })),
    total: total.n,
    page,
    pageSize,
  };
}
