import { sql, type RawBuilder } from 'kysely';
import { ageBand, educationBand, employerTypeOf, industrySection, occupationGroup, sectorOf, seekerCategoryRows, sexOf, skillLevelOf, type Side, type TableKey } from './sd-classify.js';

/**
 * How each side's records are read for the analysis: the records valid in a period (DOMAIN.md §3),
 * and the raw columns ("dimensions") the tables classify. SQL groups by the raw values only; the
 * pure classifiers of sd-classify.ts turn each raw value into its rows, so the report, the drill-down
 * (records whose raw value maps to the row) and the check all follow one rule.
 */

/** One raw value a record is grouped by, and the tables it decides. */
export interface Dimension {
  key: string;
  /** SQL over the side's aliases; never NULL (the grouped query tells sets apart by NULLs). */
  expr: string;
  /** The expression reads the side's own table only (no employer or person): its values can be listed without the join. */
  own?: true;
  tables: { table: TableKey; rows: (raw: string) => string[] }[];
}

export interface SideSource {
  /** FROM … JOIN … of the side (aliases p/e for postings, s/p for seekers). */
  from: string;
  /** The side's own table under its alias, without the join. */
  own: string;
  /** The side's own table and the condition of its counted rows (for the longest window). */
  table: string;
  counted: string;
  /** The record's region code column (scope). */
  region: string;
  /** Its validity columns. */
  validFrom: string;
  validTo: string;
  /** Extra condition of a counted record. */
  extra: string;
  /** What a record adds to its cells: vacancies or 1. */
  amount: string;
  dimensions: Dimension[];
  /** Tables whose every record is in one row (overall; a posting's sex and age: 无要求). */
  constant: Partial<Record<TableKey, string>>;
}

export const SOURCES: Record<Side, SideSource> = {
  demand: {
    from: 'job_posting p JOIN employer e ON e.id = p.employer_id',
    own: 'job_posting p',
    table: 'job_posting',
    counted: 'published_at IS NOT NULL',
    region: 'p.region_code',
    validFrom: 'p.valid_from',
    validTo: 'p.valid_to',
    extra: 'p.published_at IS NOT NULL',
    amount: 'p.vacancies',
    constant: { overall: 'total', sex: 'none', age: 'none' },
    dimensions: [
      {
        key: 'ind',
        expr: "coalesce(p.industry_code, e.industry_code, '')",
        tables: [
          { table: 'sector', rows: (raw) => [sectorOf(raw)] },
          { table: 'industry', rows: (raw) => [industrySection(raw)] },
        ],
      },
      { key: 'emp', expr: "coalesce(e.unit_type, '') || '|' || coalesce(e.ownership_type, '')", tables: [{ table: 'employerType', rows: (raw) => [employerTypeOf(...(raw.split('|') as [string, string]))] }] },
      { key: 'occ', own: true, expr: "coalesce(p.occupation_code, '')", tables: [{ table: 'occupation', rows: (raw) => [occupationGroup(raw)] }] },
      { key: 'edu', own: true, expr: "coalesce(p.education, '')", tables: [{ table: 'education', rows: (raw) => [educationBand(raw)] }] },
      { key: 'skill', own: true, expr: "coalesce(p.skill_level, '')", tables: [{ table: 'skill', rows: (raw) => [skillLevelOf(raw)] }] },
    ],
  },
  supply: {
    from: 'job_seeker s JOIN person p ON p.id = s.person_id',
    own: 'job_seeker s',
    table: 'job_seeker',
    counted: 'true',
    region: 's.region_code',
    validFrom: 's.valid_from',
    validTo: 's.valid_to',
    extra: 'true',
    amount: '1',
    constant: { overall: 'total' },
    dimensions: [
      { key: 'occ', own: true, expr: "coalesce(s.desired_occupations[1], '')", tables: [{ table: 'occupation', rows: (raw) => [occupationGroup(raw)] }] },
      { key: 'sex', expr: 'p.sex::text', tables: [{ table: 'sex', rows: (raw) => [sexOf(raw)] }] },
      { key: 'age', expr: "date_part('year', age(s.valid_from::timestamp, p.birth_date::timestamp))::int::text", tables: [{ table: 'age', rows: (raw) => [ageBand(Number(raw))] }] },
      { key: 'edu', expr: "coalesce(s.education, p.education, '')", tables: [{ table: 'education', rows: (raw) => [educationBand(raw)] }] },
      { key: 'skill', own: true, expr: "coalesce(s.skill_level, '')", tables: [{ table: 'skill', rows: (raw) => [skillLevelOf(raw)] }] },
      { key: 'cat', own: true, expr: "array_to_string(s.categories, ',')", tables: [{ table: 'category', rows: (raw) => seekerCategoryRows(raw === '' ? [] : raw.split(',')) }] },
    ],
  },
};

/**
 * A period as the queries read it: [from, to] plus the earliest valid_from a record meeting it can
 * have (from minus the side's longest window), which bounds the index range from below.
 */
export interface Window {
  from: string;
  to: string;
  earliest: string;
}

/**
 * The condition of a side's records counted in the window under a region. Under a district (a code
 * of six or more characters) it also names the district, so the records are read from the district's
 * range of the covering index (migration 20261124120000) instead of the whole city's.
 */
export function validIn(src: SideSource, region: string, w: Window): RawBuilder<unknown> {
  const district = region.length >= 6 ? sql` AND left(${sql.raw(src.region)}, 6) = ${region.slice(0, 6)}` : sql``;
  return sql`${sql.raw(src.extra)} AND ${sql.raw(src.validFrom)} <= ${w.to} AND ${sql.raw(src.validFrom)} >= ${w.earliest} AND ${sql.raw(src.validTo)} >= ${w.from} AND ${sql.raw(src.region)} LIKE ${`${region}%`}${district}`;
}

/** The dimension deciding a table on a side (undefined for constant tables). */
export function dimensionOf(side: Side, table: TableKey): { dim: Dimension; rows: (raw: string) => string[] } | undefined {
  for (const dim of SOURCES[side].dimensions) {
    const t = dim.tables.find((x) => x.table === table);
    if (t) return { dim, rows: t.rows };
  }
  return undefined;
}
