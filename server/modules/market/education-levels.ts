/**
 * GB/T 4658-2006 prints the undergraduate and junior-college levels under one heading, so the code
 * table names both "20" and "30" 大学本科/专科教育 (see codes/standards/education.ts). Filters and
 * facets of the market list levels side by side, where two equal names would be two unreadable
 * choices: there they read as the level their sub-codes hold.
 */
const LEVEL_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  '20': { zh: '大学本科', en: 'Bachelor level' },
  '30': { zh: '大学专科', en: 'Junior college level' },
};

/** The name of an education level in the market's filters and facets. */
export function educationLevelName(code: string, official: string): string {
  return LEVEL_LABELS[code]?.zh ?? official;
}

/** The English name of an education level in the market's filters and facets. */
export function educationLevelNameEn(code: string, official: string | null): string | null {
  return LEVEL_LABELS[code]?.en ?? official;
}
