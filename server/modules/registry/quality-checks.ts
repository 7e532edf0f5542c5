import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../../platform/context.js';
import { scopeCondition } from '../../platform/scope.js';
import { addCalendarDays } from '../calendar/workdays.js';
import { EMPLOYED_GRACE_DAYS, bornOnOrBefore, monthsBefore, type QualityKind, type RegionalValue } from './quality-rules.js';

/**
 * The data-quality checks as set-based SQL. Each check is one SELECT yielding rows of the same
 * shape: the kind and check it failed, the person, the region it counts under, a relevant date and
 * a short detail for the reason. Every SELECT starts from the region prefix of the chosen unit
 * (served by the `text_pattern_ops` indexes) and is limited to the actor's scope.
 */

/** One failed check, as every check's SELECT returns it. */
export interface IssueRow {
  kind: QualityKind;
  check_code: string;
  person_id: number;
  region_code: string;
  on_date: string | null;
  detail: string | null;
  /** The record that failed (person, registration, family, visit): with the check, unique. */
  ref_id: number;
}

export interface CheckParams {
  actor: Pick<Actor, 'orgCode'>;
  /** The chosen unit, already narrowed to the actor's scope. */
  unit: string;
  today: string;
  retirementAge: { male: RegionalValue[]; female: RegionalValue[] };
  noContactMonths: RegionalValue[];
  commitmentDays: RegionalValue[];
  /** Start date → due date of the recommendation commitment, per working-day count. */
  commitmentDue: { startedOn: string; workingDays: number; dueOn: string }[];
}

/**
 * `column` limited to the unit's subtree. The unit lies in the actor's scope (narrowRegion), so its
 * prefix is the scope condition; a second LIKE on the same column would only make the planner
 * underestimate the rows (and pick nested loops).
 */
function inUnit(column: string, p: CheckParams): Expression<SqlBool> {
  if (!p.unit.startsWith(p.actor.orgCode)) throw new RangeError(`unit ${p.unit} is outside the scope ${p.actor.orgCode}`);
  return scopeCondition(column, { orgCode: p.unit });
}

/** A per-region rule value as SQL: a CASE on the region prefix, most specific first. */
function regional(column: string, values: readonly RegionalValue[], as: (value: number) => RawBuilder<unknown>): RawBuilder<unknown> {
  const fallback = values[values.length - 1];
  if (values.length === 1) return as(fallback.value);
  const branches = values.slice(0, -1).map((v) => sql`WHEN ${sql.ref(column)} LIKE ${v.prefix + '%'} THEN ${as(v.value)}`);
  return sql`CASE ${sql.join(branches, sql` `)} ELSE ${as(fallback.value)} END`;
}

const asDate = (value: string) => sql`${value}::date`;
const STATUS_OF_KIND = (column: string) => sql`CASE ${sql.ref(column)} WHEN 'employer' THEN 'employed' ELSE ${sql.ref(column)} END`;

/** People in scope sharing name and birth date with someone else in the actor's scope (ID numbers are unique); detail: the name. */
function duplicates(p: CheckParams) {
  return sql<IssueRow>`SELECT 'duplicate_suspect' AS kind, 'duplicate' AS check_code, p.id AS person_id, p.region_code, p.birth_date AS on_date, p.name AS detail, p.id AS ref_id
    FROM person p
    WHERE ${inUnit('p.region_code', p)}
      AND EXISTS (SELECT 1 FROM person q WHERE q.name = p.name AND q.birth_date = p.birth_date AND q.id <> p.id AND ${scopeCondition('q.region_code', p.actor)})`;
}

/**
 * The checks of one person row, in one scan of the unit's people: stored labour status against the
 * open registrations (labourStatusOf: the full-time job first, else the first open job); open
 * unemployment at or beyond the retirement age of the person's sex; sex (digit 17 odd = male) or
 * birth date (digits 7–14) that the ID number contradicts; a household in another community.
 * The flags are computed once per person (OFFSET 0 keeps the subquery whole); only people who
 * failed one are expanded into a row per failed check.
 */
function personChecks(p: CheckParams) {
  const cutoff = (values: RegionalValue[]) => regional('p.region_code', values, (age) => asDate(bornOnOrBefore(p.today, age)));
  const age = (values: RegionalValue[]) => regional('p.region_code', values, (v) => sql`${String(v)}::text`);
  return sql<IssueRow>`SELECT 'inconsistent' AS kind, c.check_code, t.id AS person_id, t.region_code, c.on_date, c.detail, c.ref_id
    FROM (
      SELECT p.id, p.region_code, p.birth_date, u.id AS u_id, u.registered_on, ef.started_on AS ef_started_on, h.region_code AS h_region, x.expected,
        p.labour_status <> x.expected AS f_status,
        u.id IS NOT NULL AND p.birth_date <= CASE WHEN p.sex = 1 THEN ${cutoff(p.retirementAge.male)} ELSE ${cutoff(p.retirementAge.female)} END AS f_retired,
        substr(p.citizen_id, 7, 8) <> to_char(p.birth_date, 'YYYYMMDD') OR p.sex <> CASE WHEN substr(p.citizen_id, 17, 1) IN ('1', '3', '5', '7', '9') THEN 1 ELSE 2 END AS f_id,
        h.region_code <> p.region_code AS f_household,
        CASE WHEN p.sex = 1 THEN ${age(p.retirementAge.male)} ELSE ${age(p.retirementAge.female)} END AS retirement_age
      FROM person p
      LEFT JOIN employment_registration ef ON ef.person_id = p.id AND ef.ended_on IS NULL AND ef.full_time
      LEFT JOIN employment_registration ep ON ep.person_id = p.id AND ep.ended_on IS NULL AND NOT ep.full_time
        AND NOT EXISTS (SELECT 1 FROM employment_registration e2 WHERE e2.person_id = ep.person_id AND e2.ended_on IS NULL AND NOT e2.full_time AND e2.id < ep.id)
      LEFT JOIN unemployment_registration u ON u.person_id = p.id AND u.cancelled_on IS NULL
      LEFT JOIN household h ON h.id = p.household_id
      CROSS JOIN LATERAL (SELECT CASE WHEN ef.id IS NOT NULL THEN ${STATUS_OF_KIND('ef.kind')} WHEN ep.id IS NOT NULL THEN ${STATUS_OF_KIND('ep.kind')}
        WHEN u.id IS NOT NULL THEN 'unemployed' ELSE 'none' END AS expected) x
      WHERE ${inUnit('p.region_code', p)}
      OFFSET 0
    ) t
    CROSS JOIN LATERAL (VALUES
      ('labour_status', t.f_status, coalesce(t.ef_started_on, t.registered_on), t.expected, t.id),
      ('over_retirement', t.f_retired, t.registered_on, t.retirement_age, t.u_id),
      ('id_mismatch', t.f_id, t.birth_date, NULL, t.id),
      ('household_region', t.f_household, NULL, CASE WHEN t.f_household THEN (SELECT o.name FROM org_unit o WHERE o.code = t.h_region) END, t.id)
    ) AS c(check_code, failed, on_date, detail, ref_id)
    WHERE (t.f_status OR t.f_retired OR t.f_id OR t.f_household) AND c.failed`;
}

/** An identification in force while the person has held a full-time job for over the grace period. */
function difficultyEmployed(p: CheckParams) {
  const since = addCalendarDays(p.today, -EMPLOYED_GRACE_DAYS);
  return sql<IssueRow>`SELECT 'inconsistent' AS kind, 'difficulty_employed' AS check_code, p.id AS person_id, p.region_code, e.started_on AS on_date,
      coalesce(e.employer_name, CASE e.kind WHEN 'self_employed' THEN '自主创业' WHEN 'flexible' THEN '灵活就业' WHEN 'public_welfare' THEN '公益性岗位' ELSE '单位就业' END) AS detail, d.id AS ref_id
    FROM person p
    JOIN difficulty_identification d ON d.person_id = p.id AND d.status = 'active'
    JOIN employment_registration e ON e.person_id = p.id AND e.ended_on IS NULL AND e.full_time
    WHERE ${inUnit('p.region_code', p)} AND e.started_on < ${asDate(since)}`;
}

/** Registered unemployed or people with employment difficulty not contacted for the configured months. */
function notContacted(p: CheckParams) {
  const cutoff = regional('p.region_code', p.noContactMonths, (months) => asDate(monthsBefore(p.today, months)));
  return sql<IssueRow>`SELECT 'not_contacted' AS kind, 'not_contacted' AS check_code, p.id AS person_id, p.region_code, p.last_contact_on AS on_date,
      CASE WHEN u.id IS NOT NULL AND d.id IS NOT NULL THEN 'both' WHEN u.id IS NOT NULL THEN 'unemployed' ELSE 'difficulty' END AS detail, p.id AS ref_id
    FROM person p
    LEFT JOIN unemployment_registration u ON u.person_id = p.id AND u.cancelled_on IS NULL
    LEFT JOIN difficulty_identification d ON d.person_id = p.id AND d.status = 'active'
    WHERE ${inUnit('p.region_code', p)}
      AND (u.id IS NOT NULL OR d.id IS NOT NULL)
      AND (p.last_contact_on IS NULL OR p.last_contact_on < ${cutoff})`;
}

/** The 10-working-day commitment (commitmentStatus, listCommitments): no recommendation or placement by the due date, which has passed. */
function commitmentOverdue(p: CheckParams) {
  const days = regional('d.region_code', p.commitmentDays, (n) => sql`${n}::int`);
  return sql<IssueRow>`SELECT 'overdue' AS kind, 'commitment' AS check_code, d.person_id, d.region_code, cal."dueOn" AS on_date, d.started_on::text AS detail, d.id AS ref_id
    FROM difficulty_identification d
    JOIN json_to_recordset(${JSON.stringify(p.commitmentDue)}::json) AS cal("startedOn" date, "workingDays" int, "dueOn" date)
      ON cal."startedOn" = d.started_on AND cal."workingDays" = ${days}
    WHERE ${inUnit('d.region_code', p)} AND d.status = 'active' AND cal."dueOn" < ${asDate(p.today)}
      AND NOT EXISTS (SELECT 1 FROM service_record s WHERE s.person_id = d.person_id AND s.kind IN ('job_recommendation', 'immediate_assistance') AND s.served_on >= d.started_on AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.service_record_id = s.id AND r.status = 'withdrawn') AND s.served_on <= cal."dueOn")`;
}

/** Active zero-employment families past a placement deadline (the `overdue` filter of listZeroFamilies), shown on the head. */
function zeroFamilyOverdue(p: CheckParams) {
  const today = asDate(p.today);
  return sql<IssueRow>`SELECT 'overdue' AS kind, 'zero_family' AS check_code, head.id AS person_id, z.region_code,
      CASE WHEN z.first_employed_on IS NULL AND z.first_due_on < ${today} THEN z.first_due_on ELSE z.second_due_on END AS on_date,
      CASE WHEN z.first_employed_on IS NULL AND z.first_due_on < ${today} THEN 'first' ELSE 'second' END AS detail, z.id AS ref_id
    FROM zero_employment_family z
    CROSS JOIN LATERAL (SELECT m.id FROM person m WHERE m.household_id = z.household_id ORDER BY (m.household_relation = '户主') DESC, m.id LIMIT 1) head
    WHERE ${inUnit('z.region_code', p)} AND z.status = 'active'
      AND ((z.first_employed_on IS NULL AND z.first_due_on < ${today})
        OR (z.double_employment AND z.second_employed_on IS NULL AND z.second_due_on < ${today}))`;
}

/** Follow-up visits after placement still open after their date (listFollowUps' `overdue`). */
function followUpOverdue(p: CheckParams) {
  return sql<IssueRow>`SELECT 'overdue' AS kind, 'follow_up' AS check_code, v.person_id, v.region_code, v.due_on AS on_date, e.employer_name AS detail, v.id AS ref_id
    FROM follow_up_visit v
    LEFT JOIN employment_registration e ON e.id = v.employment_registration_id
    WHERE ${inUnit('v.region_code', p)} AND v.done_on IS NULL AND v.due_on < ${asDate(p.today)}`;
}

const CHECKS: Record<QualityKind, ((p: CheckParams) => RawBuilder<IssueRow>)[]> = {
  duplicate_suspect: [duplicates],
  inconsistent: [personChecks, difficultyEmployed],
  not_contacted: [notContacted],
  overdue: [commitmentOverdue, zeroFamilyOverdue, followUpOverdue],
};

/** The failed checks of the given kinds, one UNION ALL. */
export function issueRows(p: CheckParams, kinds: readonly QualityKind[]): RawBuilder<IssueRow> {
  const selects = kinds.flatMap((k) => CHECKS[k].map((check) => check(p)));
  return sql<IssueRow>`${sql.join(selects, sql` UNION ALL `)}`;
}
