/**
 * Rules of the portal's information publishing (信息发布) as pure functions: which actions an
 * article's status allows, the text limits, and the public list's keyset cursor.
 */

export const ARTICLE_KINDS = ['policy', 'guide', 'notice'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export type ArticleStatus = 'draft' | 'published' | 'withdrawn';

export const KIND_NAMES: Record<ArticleKind, string> = { policy: '政策法规', guide: '办事指南', notice: '通知公告' };
export const STATUS_NAMES: Record<ArticleStatus, string> = { draft: '草稿', published: '已发布', withdrawn: '已撤回' };

export const TITLE_MAX = 100;
export const BODY_MAX = 20_000;
export const SUMMARY_LENGTH = 120;

export type ArticleAction = 'update' | 'publish' | 'withdraw';

/**
 * What a status allows. A published page can be corrected in place (the change is audited with
 * the text before and after); withdrawing takes it off the portal, publishing puts it back.
 */
export function articleActions(status: ArticleStatus): Record<ArticleAction, boolean> {
  return { update: true, publish: status !== 'published', withdraw: status === 'published' };
}

/** The status an action leads to. */
export const NEXT_STATUS: Record<Exclude<ArticleAction, 'update'>, ArticleStatus> = { publish: 'published', withdraw: 'withdrawn' };

/** Field problems of a title and body after trimming (the schema caps the raw length). */
export function checkArticleText(input: { title?: string; body?: string }): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (input.title !== undefined) {
    const title = input.title.trim();
    if (title.length < 2) problems.push({ field: 'title', message: '标题不能少于 2 个字' });
    else if (/[\r\n]/.test(title)) problems.push({ field: 'title', message: '标题不能换行' });
  }
  if (input.body !== undefined && input.body.trim().length < 10) problems.push({ field: 'body', message: '正文不能少于 10 个字' });
  return problems;
}

/** The first characters of a body, whitespace collapsed, for lists ("…" when cut). */
export function summaryOf(body: string, length = SUMMARY_LENGTH): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= length ? flat : `${chars.slice(0, length).join('')}…`;
}

/**
 * Whether a published article applies to a place on the portal: articles of the place's own
 * units above it (a city's policy applies in its districts) and of the units below it.
 */
export function appliesTo(articleRegion: string, place: string): boolean {
  return place.startsWith(articleRegion) || articleRegion.startsWith(place);
}

/** The ancestors of a division code, itself included (2/4/6/9/12 digits). */
export function regionChain(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

export interface ArticleCursor {
  publishedAt: string;
  id: number;
}

/** Encodes the keyset position after the last item of a page (newest first). */
export function encodeCursor(c: ArticleCursor): string {
  return Buffer.from(JSON.stringify([c.publishedAt, c.id])).toString('base64url');
}

/** Decodes a cursor; anything malformed yields null (the caller answers with a field error). */
export function decodeCursor(raw: string): ArticleCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [publishedAt, id] = value as unknown[];
    if (typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt)) || !Number.isInteger(id) || (id as number) < 1) return null;
    return { publishedAt, id: id as number };
  } catch {
    return null;
  }
}
