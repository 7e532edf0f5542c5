import { TABLES, type RowDef, type Side, type TableDef, type TableKey } from './sd-classify.js';

/**
 * The arithmetic of the supply-demand analysis: counts per cell of one period (a Tally), and the
 * report's cells built from the tallies of the period, the period before and the same period a year
 * earlier (share of the table's total, change, 求人倍率). Pure.
 */

/** Counts of one side of one period: records and amount per `table.row` key. */
export interface Tally {
  /** Postings (demand) or registrations (supply) in the period. */
  records: number;
  /** Per `table.row`: vacancies (demand) or registrations (supply). */
  cells: Map<string, number>;
  /** Per `table.row`: the records counted in it (postings; equal to cells on the supply side) — a drill-down's total. */
  counts: Map<string, number>;
}

export const cellKey = (table: string, row: string) => `${table}.${row}`;

export function emptyTally(): Tally {
  return { records: 0, cells: new Map(), counts: new Map() };
}

/** Adds `n` (vacancies or registrations of `records` records) to every row they are counted in. */
export function addRows(t: Tally, rows: Partial<Record<TableKey, string[]>>, n: number, records: number): void {
  for (const [table, keys] of Object.entries(rows)) {
    for (const row of keys ?? []) {
      const key = cellKey(table, row);
      t.cells.set(key, (t.cells.get(key) ?? 0) + n);
      t.counts.set(key, (t.counts.get(key) ?? 0) + records);
    }
  }
}

export interface Change {
  previous: number;
  diff: number;
  rate: number | null;
}

export interface Cell {
  count: number;
  share: number | null;
  vsPrevious: Change;
  vsLastYear: Change;
}

export interface RatioCell {
  value: number | null;
  previous: number | null;
  lastYear: number | null;
}

export interface ReportRow {
  key: string;
  label: string;
  /** A 其中 row: part of the row named, not added to the total. */
  of?: string;
  demand?: Cell;
  supply?: Cell;
  ratio?: RatioCell;
}

export interface ReportTable {
  key: TableKey;
  title: string;
  sides: Side[];
  rows: ReportRow[];
  total: ReportRow;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Part ÷ whole, 4 decimals; null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 4);
}

/** The change from `previous` to `now`; the rate (4 decimals) is null when previous is 0. */
export function change(now: number, previous: number): Change {
  return { previous, diff: now - previous, rate: previous === 0 ? null : round((now - previous) / previous, 4) };
}

/** 求人倍率 = demand ÷ supply, 2 decimals; null without supply. */
export function ratio(demand: number, supply: number): number | null {
  return supply === 0 ? null : round(demand / supply, 2);
}

/** The three periods' tallies of both sides. */
export interface Tallies {
  current: Record<Side, Tally>;
  previous: Record<Side, Tally>;
  lastYear: Record<Side, Tally>;
}

const count = (t: Tally, table: string, row: string) => t.cells.get(cellKey(table, row)) ?? 0;

/** Sum of a table's rows that are not 其中 rows. */
function tableTotal(t: Tally, def: TableDef): number {
  return def.rows.filter((r) => !r.of).reduce((sum, r) => sum + count(t, def.key, r.key), 0);
}

function buildRow(def: TableDef, row: RowDef, all: Tallies, counts: (t: Tally) => number): ReportRow {
  const out: ReportRow = { key: row.key, label: row.label, ...(row.of ? { of: row.of } : {}) };
  for (const side of def.sides) {
    const now = counts(all.current[side]);
    out[side] = {
      count: now,
      share: share(now, tableTotal(all.current[side], def)),
      vsPrevious: change(now, counts(all.previous[side])),
      vsLastYear: change(now, counts(all.lastYear[side])),
    };
  }
  if (def.sides.length === 2) {
    const r = (p: keyof Tallies) => ratio(counts(all[p].demand), counts(all[p].supply));
    out.ratio = { value: r('current'), previous: r('previous'), lastYear: r('lastYear') };
  }
  return out;
}

/** Every table of the analysis with its 合计 row. */
export function buildTables(all: Tallies): ReportTable[] {
  return TABLES.map((def) => {
    const rows = def.rows.map((row) => buildRow(def, row, all, (t) => count(t, def.key, row.key)));
    const total = buildRow(def, { key: 'total', label: '合计' }, all, (t) => tableTotal(t, def));
    return { key: def.key, title: def.title, sides: [...def.sides], rows: def.key === 'overall' ? [] : rows, total };
  });
}

/** The postings cell of the overall figures (records on the demand side). */
export function postingsCell(all: Tallies): Cell {
  const now = all.current.demand.records;
  return { count: now, share: null, vsPrevious: change(now, all.previous.demand.records), vsLastYear: change(now, all.lastYear.demand.records) };
}
