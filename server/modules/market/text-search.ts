/**
 * Chinese full-text search without a Chinese parser in PostgreSQL: the application segments text
 * with jieba and stores the words as a `simple` tsvector; queries are segmented the same way and
 * turned into a tsquery of plain words, so nothing the user types reaches tsquery syntax.
 *
 * Matching is word-based: 会计 finds 招聘会计 and 财务会计师 (jieba's search mode also emits the
 * dictionary words inside a longer word) but not 社会计划 (社会/计划). Changing the dictionary
 * below changes how documents are cut: re-index (`indexPostings(db, { all: true })`) after editing it.
 */
import { sql, type RawBuilder } from 'kysely';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Trade words of the local labour market that jieba's general dictionary cuts badly
 * (高压电工作业 → 高压电/工作/业 loses 电工). With them in the dictionary the search mode emits
 * both the trade and its parts (高压电工 → 高压, 电工, 高压电工).
 */
export const TRADE_WORDS = [
  '高压电工', '低压电工', '维修电工', '电焊工', '焊工证', '电工证',
  '陶瓷彩绘', '彩绘师', '拉坯', '拉坯工', '修坯', '修坯工', '注浆工', '成型工', '烧成工', '施釉工', '窑炉工',
  '普工', '操作工', '叉车工', '装卸工', '仓管员', '质检员', '跟单员', '理货员', '收银员', '营业员',
  '网店客服', '电商客服', '家政服务员', '育婴员', '养老护理员', '月嫂',
];

let jieba: Jieba | undefined;

/**
 * The one jieba of the market (general dictionary plus TRADE_WORDS), shared by the search and the
 * matching so that both cut 高压电工 the same way.
 */
export function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(new TextEncoder().encode(TRADE_WORDS.map((w) => `${w} 3000 n`).join('\n')));
  }
  return jieba;
}

/** Single characters that carry no meaning on their own (particles, conjunctions, prepositions). */
const STOP_CHARS = new Set([...'的了和与及或等在是为以从对把被将并而且也都就之其各每有按由向于']);
const CJK = /\p{Script=Han}/u;
/** Letters and digits of any script; everything else (punctuation, symbols, tsquery operators) splits words. */
const WORD_PIECES = /[\p{L}\p{N}]+/gu;

/** The words of one segmented piece: lower-case, punctuation removed, split where jieba left symbols inside. */
function clean(word: string): string[] {
  return (word.toLowerCase().match(WORD_PIECES) ?? []).filter((w) => !(w.length === 1 && STOP_CHARS.has(w)));
}

function isSingleHan(w: string): boolean {
  return w.length === 1 && CJK.test(w);
}

/**
 * The text to index for a record: its parts segmented in search mode (words and the dictionary
 * words inside them), lower-cased, punctuation and one-character particles dropped, space-joined.
 * Store it as `to_tsvector('simple', doc)`; see `postingSearchVector`.
 */
export function searchDocument(parts: readonly (string | null | undefined)[]): string {
  const words: string[] = [];
  for (const part of parts) {
    if (!part?.trim()) continue;
    for (const piece of segmenter().cutForSearch(part.normalize('NFKC'), true)) words.push(...clean(piece));
  }
  return words.join(' ');
}

/** Longest query the search accepts (characters). */
export const MAX_QUERY_LENGTH = 100;
/** At most this many words are ANDed; more add cost without narrowing a job search further. */
const MAX_QUERY_WORDS = 12;

/**
 * The words of a user's query: each space-separated term cut in precise mode, so 高压电工 gives
 * 高压 + 电工 and 会计 stays 会计. Single Chinese characters are dropped when the term has longer
 * words (陶瓷彩绘师 → 陶瓷 + 彩绘 also finds 陶瓷彩绘技师) and kept when they are all there is.
 */
export function queryWords(q: string): string[] {
  const out: string[] = [];
  for (const term of q.slice(0, MAX_QUERY_LENGTH).split(/\s+/)) {
    const words = segmenter().cut(term.normalize('NFKC'), true).flatMap(clean);
    const longer = words.filter((w) => !isSingleHan(w));
    for (const w of longer.length > 0 ? longer : words) if (!out.includes(w)) out.push(w);
  }
  return out.slice(0, MAX_QUERY_WORDS);
}

/**
 * A `to_tsquery('simple', …)` string ANDing the query's words, or null when nothing searchable
 * is left. Words contain only letters and digits, so quotes, &, |, !, :, * and parentheses in the
 * input can never become operators; each word is quoted as a tsquery literal all the same.
 *
 * Words are ANDed rather than joined with `<->`: a phrase match depends on jieba cutting the
 * document's context exactly like the query (高压电工作业 vs 电工作业), while AND never misses
 * and `ts_rank` (search-repository.ts rankOf) still ranks the title and near occurrences first.
 */
export function searchQuery(q: string): string | null {
  return tsqueryOf(queryWords(q));
}

/** The tsquery of words already cut by `queryWords` (see searchQuery), or null for none. */
export function tsqueryOf(words: readonly string[]): string | null {
  return words.length === 0 ? null : words.map((w) => `'${w}'`).join(' & ');
}

/** The stored vector of a document given as parts: `to_tsvector('simple', searchDocument(parts))`. */
export function searchVector(parts: readonly (string | null | undefined)[]): RawBuilder<string> {
  return sql<string>`to_tsvector('simple', ${searchDocument(parts)})`;
}

/**
 * The `search_vector` value every writer of job_posting sets (insert and every update of the text):
 * the title weighted A so that `ts_rank` puts a 电工 posting above one that mentions 电工 in its
 * requirements; description and requirements unweighted. Bulk loaders that cannot call this use
 * the same SQL: `setweight(to_tsvector('simple', $title), 'A') || to_tsvector('simple', $body)` with
 * `$title = searchDocument([title])`, `$body = searchDocument([description, requirements])`.
 */
export function postingSearchVector(row: { title: string; description: string; requirements?: string | null }): RawBuilder<string> {
  return sql<string>`setweight(to_tsvector('simple', ${searchDocument([row.title])}), 'A') || to_tsvector('simple', ${searchDocument([row.description, row.requirements])})`;
}

/** The `search_vector` value of a job seeker: skills, certificates and introduction. */
export function seekerSearchVector(row: { skills?: string | null; certificates?: string | null; introduction?: string | null }): RawBuilder<string> {
  return searchVector([row.skills, row.certificates, row.introduction]);
}
