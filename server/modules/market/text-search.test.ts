import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryWords, searchDocument, searchQuery } from './text-search.js';

/** What a tsquery of ANDed plain words matches in a document: every word is one of its tokens. */
function matches(doc: string, q: string): boolean {
  const tokens = new Set(searchDocument([doc]).split(' '));
  const words = queryWords(q);
  return words.length > 0 && words.every((w) => tokens.has(w));
}

test('two-character trade words match postings that contain them', () => {
  assert.ok(matches('招聘电工，负责厂区供配电设备的巡检', '电工'));
  assert.ok(matches('持低压电工作业证', '电工'));
  assert.ok(matches('有高压电工证者优先', '电工'));
  assert.ok(matches('招聘会计一名', '会计'));
  assert.ok(matches('财务会计师', '会计'));
  assert.ok(matches('会计工作经验三年以上', '会计'));
});

test('four-character phrases match', () => {
  assert.ok(matches('高压电工', '高压电工'));
  assert.ok(matches('从事高压电工作业，持证上岗', '高压电工'), 'the trade dictionary keeps 高压电工 whole before 作业');
  assert.ok(matches('从事高压电工作业，持证上岗', '电工'));
  assert.ok(matches('陶瓷彩绘师', '陶瓷彩绘'));
  assert.ok(matches('负责陶瓷彩绘，青花、粉彩均可', '陶瓷彩绘'));
  assert.ok(matches('软件开发工程师', '软件开发'));
  assert.ok(matches('软件开发工程师', '工程师'));
});

test('innocent substrings do not match where jieba separates the words', () => {
  assert.ok(!matches('我们正在推进社会计划', '会计'));
  assert.ok(!matches('社会计划生育服务', '会计'));
  assert.ok(!matches('陶瓷成型工，负责拉坯和修坯', '彩绘'));
  assert.ok(!matches('招聘电商客服', '电工'));
});

test('the document is lower-cased words without punctuation or particles', () => {
  const doc = searchDocument(['熟悉Java或TypeScript，本科及以上学历。', null, undefined, '  ']);
  assert.deepEqual(doc.split(' ').slice(0, 3), ['熟悉', 'java', 'typescript']);
  assert.ok(!/[，。、]/.test(doc));
  assert.ok(!doc.split(' ').includes('或'), 'particles are dropped');
  assert.ok(doc.includes('学历'));
  assert.equal(searchDocument([]), '');
  // Full-width letters and digits fold to ASCII.
  assert.ok(searchDocument(['持Ｂ２驾照']).split(' ').includes('b2'));
});

test('a query is its words ANDed, single characters dropped beside longer words', () => {
  assert.equal(searchQuery('会计'), "'会计'");
  assert.equal(searchQuery('高压电工'), "'高压电工'");
  assert.equal(searchQuery('陶瓷彩绘师'), "'陶瓷彩绘'");
  assert.ok(matches('陶瓷彩绘技师', '陶瓷彩绘师'));
  assert.equal(searchQuery('电工  景德镇'), "'电工' & '景德镇'");
  assert.equal(searchQuery('Java 开发'), "'java' & '开发'");
  assert.equal(searchQuery('工'), "'工'", 'a lone single character is still searched');
  assert.equal(searchQuery(''), null);
  assert.equal(searchQuery('   '), null);
  assert.equal(searchQuery('，。！'), null);
});

test('tsquery syntax in the input never becomes an operator', () => {
  for (const q of ["电工' | '会计", '电工 & !会计', '(电工|会计)', '电工:*', "'); DROP TABLE job_posting; --", '电工 <-> 会计', '"电工"', '\\电工']) {
    const ts = searchQuery(q);
    assert.ok(ts, q);
    // Every operand is a quoted word of letters and digits; the only operator is &.
    for (const operand of ts.split(' & ')) assert.match(operand, /^'[\p{L}\p{N}]+'$/u, `${q} → ${ts}`);
  }
  assert.equal(searchQuery('!!! ::: ***'), null);
});

test('a long query is cut to its first words', () => {
  const q = '电工 '.repeat(30) + '会计 '.repeat(30);
  assert.ok((searchQuery(q) ?? '').split(' & ').length <= 12);
});
