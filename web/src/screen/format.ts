/** Pure helpers of the market-hall screen: paging, labels readable from afar, query parameters. */

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.floor(size));
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += n) pages.push(items.slice(i, i + n));
  return pages;
}

/** "3800–5500 元", "3800 元起", "面议". */
export function wageText(min: number | null, max: number | null): string {
  if (min && max) return min === max ? `${min} 元` : `${min}–${max} 元`;
  if (min) return `${min} 元起`;
  if (max) return `最高 ${max} 元`;
  return '面议';
}

const EDUCATION_SHORT: Record<string, string> = { '1': '研究生', '2': '本科及以上', '3': '大专及以上', '4': '中专及以上', '6': '高中及以上', '7': '初中及以上', '8': '小学及以上', '9': '不限' };

/** A short education requirement from a GB/T 4658 code ("21" → 本科及以上); none: 不限. */
export function educationShort(code: string | null | undefined): string {
  if (!code) return '不限';
  return EDUCATION_SHORT[code[0]] ?? '不限';
}

/** Short names of the occupation major groups (职业分类大典 2022) for big buttons; 7 军人 is not a market group. */
export const MAJOR_GROUP_SHORT: Record<string, string> = { '1': '单位负责人', '2': '专业技术', '3': '办事人员', '4': '商业服务', '5': '农林牧渔', '6': '生产制造', '8': '其他' };

/** Postings counted under a code: its own facet when the facets list it, else the sum of its children's. */
export function countUnder(code: string, facets: readonly { code: string; count: number }[] | undefined): number | null {
  if (!facets || facets.length === 0) return null;
  const own = facets.find((f) => f.code === code);
  if (own) return own.count;
  const isChild = (c: string) => c.startsWith(code) && c !== code && (c[code.length] === '-' || /^\d+$/.test(code));
  return facets.filter((f) => isChild(f.code)).reduce((sum, f) => sum + f.count, 0);
}

/** An integer query parameter within bounds, or the default. */
export function intParam(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}

/** A division code parameter (2–12 digits), or undefined. */
export function regionParam(raw: string | null): string | undefined {
  return raw && /^[0-9]{2,12}$/.test(raw) ? raw : undefined;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** China time of an instant: "14:05:09" and "2026年11月21日 星期六" (the hall is in China, whatever the browser's zone). */
export function chinaClock(at: Date): { time: string; date: string } {
  const c = new Date(at.getTime() + 8 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    time: `${two(c.getUTCHours())}:${two(c.getUTCMinutes())}:${two(c.getUTCSeconds())}`,
    date: `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日 星期${WEEKDAYS[c.getUTCDay()]}`,
  };
}
