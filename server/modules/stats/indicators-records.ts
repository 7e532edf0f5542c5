import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { writeAudit } from '../../platform/audit.js';
import { inScope } from '../../platform/scope.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { maskCitizenId, maskPhone } from '../../platform/validators/citizen-id.js';
import { EMPLOYMENT_KINDS, UNEMPLOYMENT_REASONS } from '../registry/codes.js';
import { FIGURE_LABELS, spanOf, statsUnit } from './indicators-service.js';
import { population, type RecordRow } from './indicators-queries.js';
import type { Drillable } from './indicators-metrics.js';
import type { IndicatorRecords, IndicatorRecordsQuery } from './indicators-schema.js';

/**
 * Drill-down: the records behind one figure (people, registrations or families), paged and sortable.
 * The rows are the figure's own population (indicators-queries), so the total is the figure; scope is
 * the unit's subtree, itself narrowed to the viewer's. ID and phone are masked as in every list, and
 * read-only leaders see no phone at all. Each page shown is audited with the people on it.
 *
 * Rows follow the registration's region, which stays when a person moves away; a person (or a
 * family's household) now living outside the viewer's scope is still counted but shown by a masked
 * name only — no ID, phone or person/household id to open (the registry would answer not found).
 */

type Columns = IndicatorRecords['columns'];
const COLUMNS: Record<'unemployment' | 'employment' | 'span' | 'difficulty' | 'family', Columns> = {
  unemployment: { date1: '失业登记日期', date2: '注销日期', detail: '失业原因' },
  employment: { date1: '就业日期', date2: '终止日期', detail: '就业形式' },
  span: { date1: '失业登记日期', date2: '注销日期', detail: '失业原因' },
  difficulty: { date1: '认定日期', date2: '退出日期', detail: '困难类别' },
  family: { date1: '认定日期', date2: '清零日期', detail: '状态' },
};

function columnsOf(i: Drillable): keyof typeof COLUMNS {
  if (i === 'unemployed') return 'unemployment';
  if (i === 'reemploymentBase' || i === 'reemployed') return 'span';
  if (i === 'difficultyBase' || i === 'difficultyEmployed') return 'difficulty';
  if (i.startsWith('zero')) return 'family';
  return 'employment';
}

const FAMILY_STATUS: Record<string, string> = { active: '帮扶中', cleared: '已清零' };

function detailLabel(kind: keyof typeof COLUMNS, detail: string | null, categories: ReadonlyMap<string, string>): string | null {
  if (detail === null) return null;
  if (kind === 'employment') return EMPLOYMENT_KINDS[detail as keyof typeof EMPLOYMENT_KINDS] ?? detail;
  if (kind === 'unemployment' || kind === 'span') return UNEMPLOYMENT_REASONS[detail as keyof typeof UNEMPLOYMENT_REASONS] ?? detail;
  if (kind === 'difficulty') return categories.get(detail) ?? detail;
  return FAMILY_STATUS[detail] ?? detail;
}

const SORTS = { name: 'name', regionCode: 'region_code', date1: 'date1', date2: 'date2', id: 'rec_id' } as const;

/** The people and households behind a page, masked rows included (for the audit). */
export interface ShownRecords {
  list: IndicatorRecords;
  personIds: number[];
  householdIds: number[];
}

/** GET /api/stats/indicators/records: a page, audited with the people on it. */
export async function indicatorRecords(deps: AppDeps, ctx: RequestContext, q: IndicatorRecordsQuery): Promise<IndicatorRecords> {
  const shown = await recordsShown(deps, ctx, q);
  const { list } = shown;
  await writeAudit(deps.db, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
    event: 'stats.records_viewed',
    entityType: 'indicator',
    entityId: q.indicator,
    regionCode: list.regionCode,
    detail: { period: list.period.label, page: list.page, total: list.total, personIds: shown.personIds, householdIds: shown.householdIds },
  });
  return list;
}

/** The records of a drill-down: a page, or with `limit` that many rows from the first (the export, which audits itself). */
export async function recordsShown(deps: AppDeps, ctx: RequestContext, q: IndicatorRecordsQuery, limit?: number): Promise<ShownRecords> {
  const unit = await statsUnit(deps, ctx, q);
  const span = spanOf(unit.period, unit.today);
  const { page, pageSize, offset } = limit === undefined ? pageWindow(q) : { page: 1, pageSize: limit, offset: 0 };
  const rows = population(q.indicator, unit.code, span);
  const sortKey = q.sort !== undefined && Object.hasOwn(SORTS, q.sort) ? SORTS[q.sort as keyof typeof SORTS] : 'region_code';
  const direction = q.order === 'desc' ? sql`DESC NULLS LAST` : sql`ASC NULLS LAST`;
  const order = sql`${sql.ref(sortKey)} ${direction}, rec_id`;
  // The page is picked over the figure's own rows before the people are joined, unless it is sorted
  // by name (which needs them): a district's figure can hold tens of thousands of rows.
  const byName = sortKey === 'name';
  const picked = byName ? rows : sql`SELECT * FROM (${rows}) r0 ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`;
  // A family is shown by its head of household (or its first member).
  const listed = sql`
    SELECT r.*, coalesce(p.name, h.name) AS name, coalesce(p.citizen_id, h.citizen_id) AS citizen_id, coalesce(p.phone, h.phone) AS phone, o.name AS region_name,
      coalesce(p.region_code, hh.region_code) AS lives_in
    FROM (${picked}) r
    LEFT JOIN person p ON p.id = r.person_id
    LEFT JOIN household hh ON hh.id = r.household_id
    LEFT JOIN LATERAL (SELECT m.name, m.citizen_id, m.phone FROM person m WHERE m.household_id = r.household_id ORDER BY (m.household_relation = '户主') DESC, m.id LIMIT 1) h ON r.household_id IS NOT NULL
    JOIN org_unit o ON o.code = r.region_code`;
  const total = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${rows}) r`.execute(deps.db)).rows[0].n);
  const found = await sql<RecordRow & { name: string | null; citizen_id: string | null; phone: string | null; region_name: string; lives_in: string | null }>`
    SELECT * FROM (${listed}) l ORDER BY ${order} ${byName ? sql`LIMIT ${pageSize} OFFSET ${offset}` : sql``}`.execute(deps.db);
  const kind = columnsOf(q.indicator);
  const categories = new Map<string, string>();
  if (kind === 'difficulty') for (const c of await deps.db.selectFrom('code_entry').select(['code', 'name']).where('type', '=', 'difficulty_category').execute()) categories.set(c.code, c.name);
  const leader = !ctx.actor.roles.some((r) => r === 'operator' || r === 'reviewer');
  const items = found.rows.map((r) => {
    const away = r.lives_in !== null && !inScope(ctx.actor, r.lives_in);
    return {
      id: Number(r.rec_id),
      personId: r.person_id === null || away ? null : Number(r.person_id),
      householdId: r.household_id === null || away ? null : Number(r.household_id),
      name: away ? maskedName(r.name) : r.name,
      citizenId: r.citizen_id && !away ? maskCitizenId(r.citizen_id) : null,
      phone: r.phone && !leader && !away ? maskPhone(r.phone) : null,
      regionCode: r.region_code,
      regionName: r.region_name,
      date1: r.date1 === null ? null : String(r.date1).slice(0, 10),
      date2: r.date2 === null ? null : String(r.date2).slice(0, 10),
      detail: detailLabel(kind, r.detail, categories),
    };
  });
  const ids = (column: 'person_id' | 'household_id') => [...new Set(found.rows.map((r) => r[column]).filter((id) => id !== null).map(Number))];
  const list: IndicatorRecords = {
    items,
    total,
    page,
    pageSize,
    indicator: q.indicator,
    label: FIGURE_LABELS[q.indicator] ?? q.indicator,
    columns: COLUMNS[kind],
    period: unit.period,
    regionCode: unit.code,
    regionName: unit.name,
    asOf: span.asOf,
  };
  return { list, personIds: ids('person_id'), householdIds: ids('household_id') };
}

/** A name shown to a viewer whose scope the person has left: its first character only (张**). */
export const maskedName = (name: string | null): string | null => (name === null ? null : `${name.slice(0, 1)}**`);
