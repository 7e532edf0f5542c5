import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { ImportBatchTable } from '../../platform/db/schema.js';
import { AppError, fieldError, notFound } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { inScope } from '../../platform/scope.js';
import { pageWindow, type PageQuery } from '../../platform/http/schemas.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { HEADER_OF } from './import-columns.js';
import { loadImportLookups } from './import-lookups.js';
import { readImportSheet } from './import-reader.js';
import { columnHeader, duplicateProblem, validateRow, type ImportPerson, type RowProblem } from './import-rules.js';
import { nameInitials, who } from './people-service.js';
import type { ImportBatchView, ImportError } from './import-schema.js';

/**
 * The two-step import: `stageImport` reads and checks every row of the file and stages the valid
 * ones (nothing reaches the registry); `confirmImport` loads all staged rows in one transaction,
 * or none when the registry changed under them. A file is never half loaded.
 */

const CHUNK = 1_000;
const REPORT_ERRORS = 200;
const STATUS_NAMES = { validated: '已校验，待确认', confirmed: '已导入', discarded: '已放弃' } as const;

interface StagedRow {
  row: number;
  person: ImportPerson;
}

interface ErrorLine {
  row: number;
  column: string;
  value: string;
  message: string;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Registered people among the given ID numbers, with whether the importer may see them. */
async function existingPeople(db: Db, ctx: RequestContext, ids: readonly string[]) {
  const found = new Map<string, { name: string; regionName: string; visible: boolean }>();
  for (const part of chunks(ids, 5_000)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom('person as p').innerJoin('org_unit as o', 'o.code', 'p.region_code').select(['p.citizen_id', 'p.name', 'p.region_code', 'o.name as region_name']).where('p.citizen_id', 'in', part).execute();
    for (const r of rows) found.set(r.citizen_id, { name: r.name, regionName: r.region_name, visible: inScope(ctx.actor, r.region_code) });
  }
  return found;
}

/** Reads the file and checks every row: per row, across rows (repeated ID numbers) and against the registry. */
async function checkFile(deps: AppDeps, ctx: RequestContext, file: Buffer) {
  const lookups = await loadImportLookups(deps, ctx);
  const candidates: StagedRow[] = [];
  const errors: ErrorLine[] = [];
  const rejected = new Set<number>();
  const firstRowOf = new Map<string, number>();
  let total = 0;
  const reject = (row: number, raw: Record<string, string>, problems: readonly RowProblem[]) => {
    rejected.add(row);
    for (const p of problems) errors.push({ row, column: columnHeader(p.column), value: p.column === '' ? '' : (raw[p.column] ?? ''), message: p.message });
  };
  for await (const { row, raw, problems } of readImportSheet(file)) {
    total += 1;
    const result = validateRow(raw, lookups, nameInitials);
    const all = [...problems, ...(result.ok ? [] : result.problems)];
    if (result.ok && !firstRowOf.has(result.person.citizenId)) firstRowOf.set(result.person.citizenId, row);
    if (all.length > 0 || !result.ok) reject(row, raw, all);
    else candidates.push({ row, person: result.person });
  }
  if (total === 0) throw fieldError('file', '文件中没有数据行');
  const existing = await existingPeople(deps.db, ctx, [...firstRowOf.keys()]);
  const staged: StagedRow[] = [];
  for (const c of candidates) {
    const dup = duplicateProblem(c.person.citizenId, firstRowOf.get(c.person.citizenId) ?? c.row, c.row, existing.get(c.person.citizenId));
    if (dup) reject(c.row, { citizenId: c.person.citizenId }, [dup]);
    else staged.push(c);
  }
  errors.sort((a, b) => a.row - b.row);
  return { total, staged, errors, rejectedRows: rejected.size };
}

/** Step 1: upload. Validates the whole file and stages its valid rows; the registry is untouched. */
export async function stageImport(deps: AppDeps, ctx: RequestContext, file: Buffer, fileName: string): Promise<ImportBatchView> {
  const { total, staged, errors, rejectedRows } = await checkFile(deps, ctx, file);
  const now = deps.clock.now();
  const batchId = await deps.db.transaction().execute(async (trx) => {
    const batch = await trx
      .insertInto('import_batch')
      .values({
        file_name: fileName,
        region_code: ctx.actor.orgCode,
        status: 'validated',
        total_rows: total,
        valid_rows: staged.length,
        rejected_rows: rejectedRows,
        employment_rows: staged.filter((s) => s.person.employment).length,
        unemployment_rows: staged.filter((s) => s.person.unemployment).length,
        created_by: ctx.actor.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const part of chunks(staged)) {
      await trx
        .insertInto('import_row')
        .values(part.map((s) => ({ batch_id: batch.id, row_number: s.row, citizen_id: s.person.citizenId, data: JSON.stringify(s.person) })))
        .execute();
    }
    for (const [i, part] of chunks(errors).entries()) {
      await trx
        .insertInto('import_error')
        .values(part.map((e, j) => ({ batch_id: batch.id, seq: i * CHUNK + j + 1, row_number: e.row, column_name: e.column, value: e.value.slice(0, 200), message: e.message })))
        .execute();
    }
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'import.validated',
      entityType: 'import_batch',
      entityId: batch.id,
      regionCode: ctx.actor.orgCode,
      detail: { fileName, totalRows: total, validRows: staged.length, rejectedRows },
    });
    return batch.id;
  });
  return importView(deps, ctx, batchId);
}

type BatchRow = Pick<ImportBatchTable, 'file_name' | 'region_code' | 'status' | 'total_rows' | 'valid_rows' | 'rejected_rows' | 'employment_rows' | 'unemployment_rows' | 'loaded_people' | 'created_by' | 'confirmed_at'> & {
  id: number;
  created_at: Date;
  created_by_name: string;
};

function batchQuery(db: Db) {
  return db
    .selectFrom('import_batch as b')
    .innerJoin('app_user as u', 'u.id', 'b.created_by')
    .select(['b.id', 'b.file_name', 'b.region_code', 'b.status', 'b.total_rows', 'b.valid_rows', 'b.rejected_rows', 'b.employment_rows', 'b.unemployment_rows', 'b.loaded_people', 'b.created_by', 'b.created_at', 'b.confirmed_at', 'u.display_name as created_by_name']);
}

/** A batch the actor may see: their own unit's imports and those of the units below. */
async function loadBatch(db: Db, ctx: RequestContext, id: number): Promise<BatchRow> {
  const row = await batchQuery(db).where('b.id', '=', id).executeTakeFirst();
  if (!row || !inScope(ctx.actor, row.region_code)) throw notFound('导入批次');
  return row;
}

/** The uploader sees the cells as typed; anyone else sees ID numbers masked. */
function presentError(ctx: RequestContext, batch: BatchRow, e: { row_number: number; column_name: string; value: string; message: string }): ImportError {
  const masked = batch.created_by !== ctx.actor.id && e.column_name === HEADER_OF.citizenId;
  return { row: e.row_number, column: e.column_name, value: masked ? maskCitizenId(e.value) : e.value, message: e.message };
}

function present(ctx: RequestContext, b: BatchRow, errors: ImportError[]): ImportBatchView {
  const open = b.status === 'validated' && b.created_by === ctx.actor.id;
  return {
    id: b.id,
    fileName: b.file_name,
    status: b.status,
    statusName: STATUS_NAMES[b.status],
    regionCode: b.region_code,
    totalRows: b.total_rows,
    validRows: b.valid_rows,
    rejectedRows: b.rejected_rows,
    employmentRows: b.employment_rows,
    unemploymentRows: b.unemployment_rows,
    loadedPeople: b.loaded_people,
    createdByName: b.created_by_name,
    createdAt: b.created_at.toISOString(),
    confirmedAt: b.confirmed_at ? b.confirmed_at.toISOString() : null,
    errors,
    can: { confirm: open && b.valid_rows > 0, discard: open },
  };
}

export async function importView(deps: AppDeps, ctx: RequestContext, id: number): Promise<ImportBatchView> {
  const batch = await loadBatch(deps.db, ctx, id);
  const errors = await deps.db.selectFrom('import_error').select(['row_number', 'column_name', 'value', 'message']).where('batch_id', '=', id).orderBy('seq').limit(REPORT_ERRORS).execute();
  return present(ctx, batch, errors.map((e) => presentError(ctx, batch, e)));
}

export async function listImports(deps: AppDeps, ctx: RequestContext, q: PageQuery) {
  const { page, pageSize, offset } = pageWindow(q);
  const scoped = deps.db.selectFrom('import_batch').where('region_code', 'like', `${ctx.actor.orgCode}%`);
  const { n } = await scoped.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await batchQuery(deps.db).where('b.region_code', 'like', `${ctx.actor.orgCode}%`).orderBy('b.created_at', 'desc').orderBy('b.id', 'desc').limit(pageSize).offset(offset).execute();
  return { items: rows.map((b) => present(ctx, b, [])), total: n, page, pageSize };
}

/** Every rejected row of a batch, paged (`pageSize` up to the export limit for the Excel report). */
export async function importErrors(deps: AppDeps, ctx: RequestContext, id: number, q: PageQuery) {
  const batch = await loadBatch(deps.db, ctx, id);
  const { page, pageSize, offset } = pageWindow(q);
  const rows = await deps.db.selectFrom('import_error').select(['row_number', 'column_name', 'value', 'message']).where('batch_id', '=', id).orderBy('seq').limit(pageSize).offset(offset).execute();
  const { n } = await deps.db.selectFrom('import_error').select(sql<number>`count(*)::int`.as('n')).where('batch_id', '=', id).executeTakeFirstOrThrow();
  return { items: rows.map((e) => presentError(ctx, batch, e)), total: n, page, pageSize };
}

/** Locks a batch that is still waiting for its uploader's decision. */
async function lockOpenBatch(trx: Db, ctx: RequestContext, id: number) {
  const batch = await trx.selectFrom('import_batch').select(['id', 'status', 'created_by', 'region_code', 'valid_rows', 'file_name']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!batch || !inScope(ctx.actor, batch.region_code)) throw notFound('导入批次');
  if (batch.created_by !== ctx.actor.id) throw new AppError('forbidden', '只有上传该文件的人员可以确认或放弃导入');
  if (batch.status !== 'validated') throw new AppError('invalid_state', `该批次${STATUS_NAMES[batch.status]}，不能再次操作`);
  return batch;
}

/**
 * Step 2: confirm. Loads every staged row in one transaction with set-based SQL: the people, their
 * registrations, and the link from each import row to the person it created. If anyone in the
 * file was registered since the upload, nothing is loaded and the user is asked to upload again.
 */
export async function confirmImport(deps: AppDeps, ctx: RequestContext, id: number): Promise<ImportBatchView> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const batch = await lockOpenBatch(trx, ctx, id);
    if (batch.valid_rows === 0) throw new AppError('invalid_state', '该文件没有可导入的有效行');
    const clash = await trx
      .selectFrom('import_row as r')
      .innerJoin('person as p', 'p.citizen_id', 'r.citizen_id')
      .select([sql<number>`count(*)::int`.as('n'), sql<number>`min(r.row_number)::int`.as('first')])
      .where('r.batch_id', '=', id)
      .executeTakeFirstOrThrow();
    if (clash.n > 0) throw new AppError('invalid_state', `上传校验后，文件中有 ${clash.n} 人已被登记（如第 ${clash.first} 行），本次未导入任何数据，请重新上传文件`);
    const today = sql`(${now}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date`;
    await sql`
      INSERT INTO person (citizen_id, name, name_initials, sex, birth_date, ethnicity, education, hukou_type, region_code, address, phone,
                          able_to_work, wants_work, labour_status, last_contact_on, created_by, created_at, updated_at)
      SELECT r.citizen_id, d->>'name', d->>'nameInitials', (d->>'sex')::smallint, (d->>'birthDate')::date, d->>'ethnicity', d->>'education',
             d->>'hukouType', d->>'regionCode', d->>'address', d->>'phone', (d->>'ableToWork')::boolean, (d->>'wantsWork')::boolean,
             d->>'labourStatus', ${today}, ${ctx.actor.id}, ${now}, ${now}
      FROM import_row r CROSS JOIN LATERAL (SELECT r.data AS d) x
      WHERE r.batch_id = ${id}
      ORDER BY r.row_number`.execute(trx);
    await sql`UPDATE import_row r SET person_id = p.id FROM person p WHERE r.batch_id = ${id} AND p.citizen_id = r.citizen_id`.execute(trx);
    await sql`
      INSERT INTO employment_registration (person_id, region_code, kind, employer_name, full_time, started_on, registered_on, created_by, created_at, updated_at)
      SELECT r.person_id, r.data->>'regionCode', e->>'kind', e->>'employerName', (e->>'fullTime')::boolean, (e->>'startedOn')::date, ${today}, ${ctx.actor.id}, ${now}, ${now}
      FROM import_row r CROSS JOIN LATERAL (SELECT r.data->'employment' AS e) x
      WHERE r.batch_id = ${id} AND jsonb_typeof(e) = 'object'`.execute(trx);
    await sql`
      INSERT INTO unemployment_registration (person_id, region_code, registered_on, reason, counts_in_rate, created_by, created_at, updated_at)
      SELECT r.person_id, r.data->>'regionCode', (u->>'registeredOn')::date, u->>'reason', (u->>'countsInRate')::boolean, ${ctx.actor.id}, ${now}, ${now}
      FROM import_row r CROSS JOIN LATERAL (SELECT r.data->'unemployment' AS u) x
      WHERE r.batch_id = ${id} AND jsonb_typeof(u) = 'object'`.execute(trx);
    await trx.updateTable('import_batch').set({ status: 'confirmed', loaded_people: batch.valid_rows, confirmed_at: now, updated_at: now }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'import.confirmed',
      entityType: 'import_batch',
      entityId: id,
      regionCode: batch.region_code,
      detail: { fileName: batch.file_name, loadedPeople: batch.valid_rows },
    });
  });
  return importView(deps, ctx, id);
}

/** Gives up a staged file: its rows (personal data) are deleted, the report's counts stay. */
export async function discardImport(deps: AppDeps, ctx: RequestContext, id: number): Promise<ImportBatchView> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const batch = await lockOpenBatch(trx, ctx, id);
    await trx.deleteFrom('import_row').where('batch_id', '=', id).execute();
    await trx.updateTable('import_batch').set({ status: 'discarded', updated_at: now }).where('id', '=', id).execute();
    await writeAudit(trx, deps.clock, who(ctx), { event: 'import.discarded', entityType: 'import_batch', entityId: id, regionCode: batch.region_code, detail: { fileName: batch.file_name } });
  });
  return importView(deps, ctx, id);
}
