import { segmenter } from './text-search.js';

/** Words that say nothing about a skill or a job. */
const STOP = new Set(['负责', '工作', '能够', '具有', '以上', '以下', '优先', '熟悉', '相关', '经验', '要求', '进行', '完成', '一定', '良好', '能力', '岗位', '证书', '证']);

/**
 * Words of texts already cut: a pure function of the text, so keeping it can never be stale.
 * Matching cuts the text of every posting (or seeker) of a pool, 200–400 per request, and the same
 * postings come back in the pools of the next seekers; jieba is the largest part of a request's
 * own CPU time. At most MAX_KEPT texts, least recently used first out.
 */
const kept = new Map<string, readonly string[]>();
const MAX_KEPT = 50_000;

/**
 * The distinct words of a text for the skills factor: Chinese segmented in search mode by the
 * search's jieba (text-search.ts, with its trade dictionary, so 高压电工作业证 yields 高压电工 and
 * 电工 as the posting search cuts it), latin words lower-cased; single characters and filler
 * words dropped.
 */
export function matchTokens(...parts: (string | null | undefined)[]): string[] {
  const text = parts.filter(Boolean).join(' ').normalize('NFKC').toLowerCase();
  if (!text.trim()) return [];
  const known = kept.get(text);
  if (known) {
    kept.delete(text);
    kept.set(text, known);
    return [...known];
  }
  const words = segmenter().cutForSearch(text, true).map((w) => w.trim());
  const tokens = [...new Set(words.filter((w) => w.length >= 2 && !STOP.has(w) && !/^[\p{P}\p{S}\d\s]+$/u.test(w)))];
  kept.set(text, tokens);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  return [...tokens];
}
