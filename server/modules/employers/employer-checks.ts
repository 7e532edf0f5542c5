import type { Db } from '../../platform/db/database.js';
import type { FieldError } from '../../platform/errors.js';

/** The code table behind each coded employer field. */
const CODED_FIELDS = { unitType: 'unit_type', industryCode: 'industry', ownershipType: 'ownership_type' } as const;
const FIELD_NAMES = { unitType: '单位类型', industryCode: '所属行业', ownershipType: '登记注册类型' } as const;

export type CodedFields = Partial<Record<keyof typeof CODED_FIELDS, string | null | undefined>>;

/** Field errors for codes not found in their code table (any edition); empty values are not checked. */
export async function codeProblems(db: Db, input: CodedFields): Promise<FieldError[]> {
  const out: FieldError[] = [];
  for (const field of Object.keys(CODED_FIELDS) as (keyof typeof CODED_FIELDS)[]) {
    const code = input[field];
    if (!code) continue;
    const found = await db.selectFrom('code_entry').select('code').where('type', '=', CODED_FIELDS[field]).where('code', '=', code).executeTakeFirst();
    if (!found) out.push({ field, message: `${FIELD_NAMES[field]}代码不存在` });
  }
  return out;
}

/** The name of a code in the newest edition that has it. */
export async function codeName(db: Db, type: string, code: string | null): Promise<string | null> {
  if (!code) return null;
  const row = await db.selectFrom('code_entry').select('name').where('type', '=', type).where('code', '=', code).orderBy('edition', 'desc').executeTakeFirst();
  return row?.name ?? null;
}
