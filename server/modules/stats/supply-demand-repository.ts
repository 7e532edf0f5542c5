import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Side, TableKey } from './sd-classify.js';
import { addRows, emptyTally, type Tally } from './sd-figures.js';
import { SOURCES, dimensionOf, validIn, type Window } from './sd-dimensions.js';

/** One row of the grouped query: one raw value of one dimension (or the grand total). */
interface GroupRow {
  records: number | string;
  amount: number | string | null;
  [dimension: string]: number | string | null;
}

/** The window of [from, to] on a side: from minus the longest validity window of its records. */
export async function windowOf(db: Db, side: Side, from: string, to: string): Promise<Window> {
  const src = SOURCES[side];
  const r = await sql<{ span: number | string | null }>`SELECT max(valid_to - valid_from) AS span FROM ${sql.raw(src.table)} WHERE ${sql.raw(src.counted)}`.execute(db);
  const span = Number(r.rows[0]?.span ?? 0);
  const earliest = new Date(Date.parse(`${from}T00:00:00Z`) - span * 86_400_000).toISOString().slice(0, 10);
  return { from, to, earliest };
}

/**
 * One side's counts for one period under a region: a single query grouping the valid records by
 * every dimension at once (GROUPING SETS), folded into rows by the classifiers.
 */
export async function tallySide(db: Db, side: Side, region: string, from: string, to: string): Promise<Tally> {
  const src = SOURCES[side];
  const w = await windowOf(db, side, from, to);
  const dims = src.dimensions;
  const select = sql.join(dims.map((d) => sql`${sql.raw(d.expr)} AS ${sql.ref(d.key)}`));
  const sets = sql.raw([...dims.map((d) => `(${d.key})`), '()'].join(', '));
  const result = await sql<GroupRow>`
    SELECT ${sql.join(dims.map((d) => sql.ref(d.key)))}, count(*) AS records, sum(amount) AS amount
    FROM (SELECT ${select}, ${sql.raw(src.amount)} AS amount FROM ${sql.raw(src.from)} WHERE ${validIn(src, region, w)}) x
    GROUP BY GROUPING SETS (${sets})`.execute(db);
  const tally = emptyTally();
  for (const r of result.rows) {
    const amount = Number(r.amount ?? 0);
    const records = Number(r.records);
    const dim = dims.find((d) => r[d.key] !== null);
    if (!dim) {
      tally.records = Number(r.records);
      for (const [table, row] of Object.entries(src.constant)) addRows(tally, { [table]: [row] }, amount, records);
      continue;
    }
    const raw = String(r[dim.key]);
    for (const t of dim.tables) addRows(tally, { [t.table]: t.rows(raw) }, amount, records);
  }
  return tally;
}

/**
 * The raw values of a table's dimension whose records fall in `row` (over the records valid in the
 * period), or null when every record falls in it (a constant table's row or a table's total), or
 * [] when none can.
 */
export async function rawValuesOf(db: Db, side: Side, table: TableKey, row: string, region: string, w: Window): Promise<string[] | null> {
  const src = SOURCES[side];
  const constant = src.constant[table];
  if (row === 'total') return null;
  if (constant !== undefined) return constant === row ? null : [];
  const found = dimensionOf(side, table);
  if (!found) return [];
  // Both joins are on NOT NULL foreign keys: a dimension of the side's own columns lists the same values without them.
  const from = found.dim.own ? src.own : src.from;
  const values = await sql<{ v: string }>`SELECT DISTINCT ${sql.raw(found.dim.expr)} AS v FROM ${sql.raw(from)} WHERE ${validIn(src, region, w)}`.execute(db);
  return values.rows.map((r) => r.v).filter((v) => found.rows(v).includes(row));
}

export interface RecordPage<T> {
  rows: T[];
  total: number;
  figure: number;
}

export interface PostingRow {
  id: number | string;
  title: string;
  employer_name: string;
  occupation_code: string;
  occupation_name: string | null;
  vacancies: number;
  valid_from: string;
  valid_to: string;
  status: string;
  region_code: string;
  region_name: string | null;
}

export interface SeekerRow {
  id: number | string;
  name: string;
  citizen_id: string;
  sex: number;
  birth_date: string;
  valid_from: string;
  valid_to: string;
  status: string;
  education_name: string | null;
  categories: string[];
  region_code: string;
  region_name: string | null;
}

const POSTING_SORT: Record<string, string> = { validFrom: 'p.valid_from', validTo: 'p.valid_to', vacancies: 'p.vacancies', title: 'p.title', employerName: 'e.name', regionCode: 'p.region_code' };
const SEEKER_SORT: Record<string, string> = { validFrom: 's.valid_from', validTo: 's.valid_to', name: 'p.name', age: 'p.birth_date', regionCode: 's.region_code' };

export interface RecordFilter {
  side: Side;
  region: string;
  window: Window;
  /** Raw values of the dimension expression, or null for all records. */
  dimension: { expr: string; values: string[] } | null;
  /** The viewer's scope (an org code) for the people listed; the unit viewed when not given. */
  scope?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
  /**
   * How many records there are and their figure when already known (the cell of a kept tally): the
   * page is then read alone, which in validity order stops after the page instead of counting every
   * record behind the cell.
   */
  known?: { total: number; figure: number };
}

function filterSql(f: RecordFilter) {
  const src = SOURCES[f.side];
  const dim = f.dimension ? sql`AND ${sql.raw(f.dimension.expr)} = ANY(${sql.val(f.dimension.values)}::text[])` : sql``;
  return sql`${validIn(src, f.region, f.window)} ${dim}`;
}

function orderSql(f: RecordFilter, columns: Record<string, string>, id: string) {
  const column = f.sort !== undefined && Object.hasOwn(columns, f.sort) ? columns[f.sort] : columns.validFrom;
  // Age sorts by birth date the other way round.
  const flip = f.sort === 'age';
  const dir = (f.order === 'asc') !== flip ? 'ASC' : 'DESC';
  return sql.raw(`${column} ${dir}, ${id} ${dir}`);
}

/**
 * One page of a side's records behind a cell and, in the same pass, how many there are and their
 * figure: the page's ids are picked over the narrow (index) columns, the details joined for those only.
 */
async function page<T>(db: Db, f: RecordFilter, details: (ids: RawBuilder<unknown>) => RawBuilder<T>): Promise<RecordPage<T>> {
  const src = SOURCES[f.side];
  const id = f.side === 'demand' ? 'p.id' : 's.id';
  const order = orderSql(f, f.side === 'demand' ? POSTING_SORT : SEEKER_SORT, id);
  const counted = f.known
    ? sql`${f.known.total}::bigint AS total, ${f.known.figure}::bigint AS figure`
    : sql`count(*) OVER () AS total, sum(${sql.raw(src.amount)}) OVER () AS figure`;
  const hits = sql`SELECT ${sql.raw(id)} AS id, row_number() OVER (ORDER BY ${order}) AS ord, ${counted}
    FROM ${sql.raw(src.from)} WHERE ${filterSql(f)} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}`;
  if (f.known) {
    const rows = (await details(hits).execute(db)).rows;
    return { rows, total: f.known.total, figure: f.known.figure };
  }
  const rows = (await details(hits).execute(db)).rows as (T & { total: number | string; figure: number | string | null })[];
  if (rows.length > 0) return { rows, total: Number(rows[0].total), figure: Number(rows[0].figure ?? 0) };
  // A page past the end: the count on its own.
  const sum = await sql<{ n: number | string; v: number | string | null }>`SELECT count(*) AS n, sum(${sql.raw(src.amount)}) AS v FROM ${sql.raw(src.from)} WHERE ${filterSql(f)}`.execute(db);
  return { rows: [], total: Number(sum.rows[0]?.n ?? 0), figure: Number(sum.rows[0]?.v ?? 0) };
}

/** The postings behind a demand cell: a page, how many, and their vacancies (the cell). */
export function postingRecords(db: Db, f: RecordFilter): Promise<RecordPage<PostingRow>> {
  return page(
    db,
    f,
    (hits) => sql<PostingRow>`
      SELECT p.id, p.title, e.name AS employer_name, p.occupation_code,
        (SELECT c.name FROM code_entry c WHERE c.type = 'occupation' AND c.code = p.occupation_code ORDER BY c.edition DESC LIMIT 1) AS occupation_name,
        p.vacancies, p.valid_from, p.valid_to, p.status, p.region_code, u.name AS region_name, h.total, h.figure
      FROM (${hits}) h JOIN job_posting p ON p.id = h.id JOIN employer e ON e.id = p.employer_id LEFT JOIN org_unit u ON u.code = p.region_code
      ORDER BY h.ord`,
  );
}

/**
 * The seeker registrations behind a supply cell: a page and how many (the cell). A registration keeps
 * its region when the person moves away; a person now living outside the viewer's scope is still
 * counted but listed by a masked name (张**) and no ID number.
 */
export function seekerRecords(db: Db, f: RecordFilter): Promise<RecordPage<SeekerRow>> {
  const here = sql`p.region_code LIKE ${`${f.scope ?? f.region}%`}`;
  return page(
    db,
    f,
    (hits) => sql<SeekerRow>`
      SELECT s.id, CASE WHEN ${here} THEN p.name ELSE left(p.name, 1) || '**' END AS name, CASE WHEN ${here} THEN p.citizen_id ELSE '' END AS citizen_id, p.sex, p.birth_date, s.valid_from, s.valid_to, s.status, s.categories, s.region_code, u.name AS region_name,
        (SELECT c.name FROM code_entry c WHERE c.type = 'education' AND c.code = coalesce(s.education, p.education) ORDER BY c.edition DESC LIMIT 1) AS education_name,
        h.total, h.figure
      FROM (${hits}) h JOIN job_seeker s ON s.id = h.id JOIN person p ON p.id = s.person_id LEFT JOIN org_unit u ON u.code = s.region_code
      ORDER BY h.ord`,
  );
}
