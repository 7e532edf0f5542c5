import { segmenter } from './text-search.js';

/** Words that say nothing about a skill or a job. */
const STOP = new Set(['负责', '工作', '能够', '具有', '以上', '以下', '优先', '熟悉', '相关', '经验', '要求', '进行', '完成', '一定', '良好', '能力', '岗位', '证书', '证']);

/**
 * The distinct words of a text for the skills factor: Chinese segmented in search mode by the
 * search's jieba (text-search.ts, with its trade dictionary, so 高压电工作业证 yields 高压电工 and
 * 电工 as the posting search cuts it), latin words lower-cased; single characters and filler
 * words dropped.
 */
export function matchTokens(...parts: (string | null | undefined)[]): string[] {
  const text = parts.filter(Boolean).join(' ').normalize('NFKC').toLowerCase();
  if (!text.trim()) return [];
  const words = segmenter().cutForSearch(text, true).map((w) => w.trim());
  return [...new Set(words.filter((w) => w.length >= 2 && !STOP.has(w) && !/^[\p{P}\p{S}\d\s]+$/u.test(w)))];
}
