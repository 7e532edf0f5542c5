import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { writeAudit } from '../../platform/audit.js';
import { chinaDate } from '../../platform/clock.js';
import { notFound } from '../../platform/errors.js';
import { pageWindow, sortColumn } from '../../platform/http/schemas.js';
import { validateCitizenId } from '../../platform/validators/citizen-id.js';
import { validateCreditCode } from '../../platform/validators/credit-code.js';
import { ALL_CODE_TABLES } from './standards/index.js';
import { editionInForce, entriesQuery, listTables, upsertCodeTable } from './repository.js';
import type { EntryQuery } from './schema.js';
import { containsPattern, escapeLike } from '../../platform/db/like.js';

/** Loads every shipped code table edition (start-up and seeding); one transaction. */
export async function loadShippedCodeTables(deps: Pick<AppDeps, 'db' | 'clock'>, ctx: RequestContext | null = null): Promise<number> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    for (const table of ALL_CODE_TABLES) await upsertCodeTable(trx, table, now);
    await writeAudit(trx, deps.clock, ctx ? { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip } : { actorId: null, actorName: 'system', ip: null }, {
      event: 'code.loaded',
      entityType: 'code_table',
      detail: { editions: ALL_CODE_TABLES.map((t) => `${t.type}@${t.edition}`) },
    });
  });
  return ALL_CODE_TABLES.length;
}

export async function tables(deps: AppDeps) {
  const today = chinaDate(deps.clock.now());
  return (await listTables(deps.db)).map((t) => ({
    type: t.type,
    edition: t.edition,
    name: t.name,
    nameEn: t.name_en,
    standard: t.standard,
    effectiveFrom: t.effective_from,
    effectiveTo: t.effective_to,
    entryCount: t.entry_count,
    current: t.effective_from <= today && (t.effective_to === null || t.effective_to > today),
  }));
}

const SORTS = { code: 'e.code', name: 'e.name', sort: 'e.sort' } as const;

/** Entries of one edition (the one in force today unless named), searchable and paged. */
export async function entries(deps: AppDeps, f: EntryQuery) {
  const edition = f.edition ?? (await editionInForce(deps.db, f.type, chinaDate(deps.clock.now())));
  const table = edition && (await deps.db.selectFrom('code_table').select('type').where('type', '=', f.type).where('edition', '=', edition).executeTakeFirst());
  if (!edition || !table) throw notFound('代码表');
  const { page, pageSize, offset } = pageWindow(f);
  let q = entriesQuery(deps.db, f.type, edition);
  if (f.parent !== undefined) q = f.parent === '' ? q.where('e.parent_code', 'is', null) : q.where('e.parent_code', '=', f.parent);
  if (f.level) q = q.where('e.level', '=', f.level);
  if (f.q) {
    const text = f.q.trim();
    q = q.where((eb) => eb.or([eb('e.code', 'like', `${escapeLike(text)}%`), eb('e.name', 'like', containsPattern(text))]));
  }
  const total = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.orderBy(sortColumn(f.sort, SORTS, 'e.sort'), f.order ?? 'asc').limit(pageSize).offset(offset).execute();
  return {
    items: rows.map((r) => ({
      type: r.type,
      edition: r.edition,
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      parentCode: r.parent_code,
      level: r.level,
      childCount: r.child_count ?? 0,
    })),
    total: total.n,
    page,
    pageSize,
  };
}

const SEX = { 1: '男', 2: '女' } as const;

export function checkCitizenId(value: string, today: Date) {
  const r = validateCitizenId(value, today);
  if (!r.ok) return { valid: false, message: r.message };
  return { valid: true, normalized: r.id, message: '身份证号码有效', facts: { birthDate: r.birthDate, sex: SEX[r.sex], regionCode: r.regionCode } };
}

export function checkCreditCode(value: string) {
  const r = validateCreditCode(value);
  if (!r.ok) return { valid: false, message: r.message };
  return { valid: true, normalized: r.code, message: '统一社会信用代码有效', facts: { authority: r.authority, divisionCode: r.divisionCode } };
}
