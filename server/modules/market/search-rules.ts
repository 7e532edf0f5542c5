import type { Keyset } from './search-repository.js';

/** Opaque page cursor: base64url of a short JSON ({s:'r',r,i} or {s:'d',p,i}). */
export function encodeCursor(k: Keyset): string {
  const body = k.sort === 'relevance' ? { s: 'r', r: k.rank, i: k.id } : { s: 'd', p: k.publishedAt, i: k.id };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

/** The keyset a cursor carries, or null when it is not one this search made. */
export function decodeCursor(cursor: string): Keyset | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Record<string, unknown>;
  if (b.s === 'r' && Number.isSafeInteger(b.r) && (b.r as number) >= 0 && isId(b.i)) return { sort: 'relevance', rank: b.r as number, id: b.i };
  if (b.s === 'd' && typeof b.p === 'string' && TIMESTAMP.test(b.p) && !Number.isNaN(Date.parse(b.p)) && isId(b.i)) return { sort: 'date', publishedAt: b.p, id: b.i };
  return null;
}

/** Region code lengths of the five levels: province, city, district, street, community. */
const REGION_LEVELS = [2, 4, 6, 9, 12];

/** The region facet groups on the level below the filter; without a filter, on districts. */
export function regionFacetChars(region: string | undefined): number {
  if (!region) return 6;
  return REGION_LEVELS.find((n) => n > region.length) ?? 12;
}

/** The occupation facet: major groups, or the medium groups ('6-09') once a group is chosen. */
export function occupationFacetChars(occupation: string | undefined): number {
  return occupation ? 4 : 1;
}

const SNIPPET_CHARS = 80;
const BEFORE_MATCH = 16;

/**
 * A plain-text excerpt of the description: around the first query word it contains, else its
 * start; whitespace collapsed, an ellipsis where text was cut. Never markup.
 */
export function snippetOf(text: string, words: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  const start = first > BEFORE_MATCH ? first - BEFORE_MATCH : 0;
  const end = Math.min(flat.length, start + SNIPPET_CHARS);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
