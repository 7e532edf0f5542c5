import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { chinaDate } from '../../platform/clock.js';
import { scopeCondition } from '../../platform/scope.js';
import { ruleValue } from '../rules/service.js';
import { ageRules } from './age-rules.js';
import type { ImportLookups } from './import-rules.js';

/** Short names communities write for the GB/T 4658 education codes. */
const EDUCATION_ALIASES: Record<string, string> = {
  博士: '11',
  博士研究生: '11',
  硕士: '14',
  硕士研究生: '14',
  研究生: '14',
  本科: '21',
  大学本科: '21',
  大专: '31',
  专科: '31',
  大学专科: '31',
  中专: '41',
  职高: '44',
  技校: '47',
  高中: '61',
  初中: '71',
  小学: '81',
};

/** Code → code and name → code of a code table's edition in force on `date`. */
async function codeMap(db: Db, type: string, date: string, aliases: Record<string, string> = {}): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('code_entry as e')
    .innerJoin('code_table as t', (j) => j.onRef('t.type', '=', 'e.type').onRef('t.edition', '=', 'e.edition'))
    .select(['e.code', 'e.name'])
    .where('e.type', '=', type)
    .where('t.effective_from', '<=', date)
    .where((eb) => eb.or([eb('t.effective_to', 'is', null), eb('t.effective_to', '>', date)]))
    .execute();
  const map = new Map<string, string>(Object.entries(aliases));
  for (const r of rows) {
    map.set(r.code, r.code);
    if (!map.has(r.name)) map.set(r.name, r.code);
    // 汉族 may be written 汉.
    if (type === 'ethnicity' && r.name.endsWith('族') && r.name.length > 2) map.set(r.name.slice(0, -1), r.code);
  }
  return map;
}

/**
 * The communities (level 5) in the importer's scope by code and by name; a name shared by two
 * communities is left out, so such rows must give the code.
 */
async function communityMap(db: Db, ctx: RequestContext): Promise<Map<string, string>> {
  const rows = await db.selectFrom('org_unit').select(['code', 'name']).where('level', '=', 5).where(scopeCondition('code', ctx.actor)).execute();
  const map = new Map<string, string>();
  const nameCount = new Map<string, number>();
  for (const r of rows) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  for (const r of rows) {
    map.set(r.code, r.code);
    if (nameCount.get(r.name) === 1) map.set(r.name, r.code);
  }
  return map;
}

/** Everything a file's rows are checked against, loaded once per upload. */
export async function loadImportLookups(deps: AppDeps, ctx: RequestContext): Promise<ImportLookups> {
  const now = deps.clock.now();
  const today = chinaDate(now);
  const region = ctx.actor.orgCode;
  return {
    now,
    today,
    ethnicity: await codeMap(deps.db, 'ethnicity', today),
    education: await codeMap(deps.db, 'education', today, EDUCATION_ALIASES),
    communities: await communityMap(deps.db, ctx),
    rules: { ...(await ageRules(deps, region, today)), nonLocalMonths: await ruleValue(deps, 'unemployment.non_local_months', region, today) },
  };
}
