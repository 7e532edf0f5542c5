import { pinyin } from 'pinyin-pro';
import type { AppDeps } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { editionInForce } from '../codes/repository.js';

/** One entry of a code table in force, with the initials of its pinyin for the typeahead. */
export interface CodeName {
  code: string;
  name: string;
  parentCode: string | null;
  initials: string;
}

/** The code tables the search names things with: occupation, education and industry in force. */
export interface SearchCodes {
  occupation: Map<string, CodeName>;
  education: Map<string, CodeName>;
  industry: Map<string, CodeName>;
}

/** Code tables change when an administrator loads an edition; five minutes late is fine for names. */
const TTL_MS = 5 * 60_000;
const cache = new WeakMap<AppDeps, { at: number; codes: Promise<SearchCodes> }>();

async function loadTable(deps: AppDeps, type: string, day: string): Promise<Map<string, CodeName>> {
  const edition = await editionInForce(deps.db, type, day);
  if (!edition) return new Map();
  const rows = await deps.db
    .selectFrom('code_entry')
    .select(['code', 'name', 'parent_code'])
    .where('type', '=', type)
    .where('edition', '=', edition)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return new Map(
    rows.map((r) => [r.code, { code: r.code, name: r.name, parentCode: r.parent_code, initials: type === 'occupation' ? pinyin(r.name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase() : '' }]),
  );
}

/** The code tables in force, loaded once and kept for a few minutes per app. */
export function searchCodes(deps: AppDeps): Promise<SearchCodes> {
  const hit = cache.get(deps);
  const now = Date.now();
  if (hit && now - hit.at < TTL_MS) return hit.codes;
  const day = chinaDate(deps.clock.now());
  const codes = Promise.all([loadTable(deps, 'occupation', day), loadTable(deps, 'education', day), loadTable(deps, 'industry', day)]).then(([occupation, education, industry]) => ({ occupation, education, industry }));
  cache.set(deps, { at: now, codes });
  codes.catch(() => cache.delete(deps));
  return codes;
}

/** The industry section (letter) of a division code, or the code itself when it is a section. */
export function industrySection(codes: SearchCodes, code: string): string | undefined {
  if (/^[A-T]$/.test(code)) return code;
  return codes.industry.get(code.slice(0, 2))?.parentCode ?? undefined;
}

/** Occupations whose name contains the text or whose pinyin initials start with or contain it. */
export function suggestOccupations(codes: SearchCodes, q: string, limit: number): CodeName[] {
  const text = q.trim().toLowerCase();
  if (!text) return [];
  const byName: CodeName[] = [];
  const byInitials: CodeName[] = [];
  for (const entry of codes.occupation.values()) {
    if (entry.name.includes(text)) byName.push(entry);
    else if (/^[a-z]+$/.test(text) && entry.initials.includes(text)) byInitials.push(entry);
  }
  // Names first; within initials, those starting with the letters first.
  byInitials.sort((a, b) => Number(!a.initials.startsWith(text)) - Number(!b.initials.startsWith(text)));
  return [...byName, ...byInitials].slice(0, limit);
}
