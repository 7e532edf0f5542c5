import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * The 主要指标 and 数据核对 pages put no Chinese of their own on screen: every word comes from the
 * page dictionaries (an English user saw "至" between the period's dates), and the English one has
 * no Chinese. Download file names (the server names the file) and comments aside.
 */
const PAGES = ['indicators/IndicatorsPage.tsx', 'indicators/IndicatorRecordsPage.tsx', 'indicators/IndicatorTable.tsx', 'consistency/ConsistencyPage.tsx'];
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

const read = (file: string) => readFileSync(new URL(`../../../web/src/pages/stats/${file}`, import.meta.url), 'utf8');

/** The entries of a page dictionary ('key': 'value' lines; read as text, the web has its own module settings). */
function dictionary(file: string): Map<string, string> {
  return new Map([...read(file).matchAll(/^\s*'([^']+)':\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)].map((m) => [m[1], m[2]]));
}

function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/fileName="[^"]*"/g, '')
    .replace(/\\u3000/g, '');
}

test('the indicator and consistency pages take every word from i18n', () => {
  for (const page of PAGES) {
    const lines = code(read(page)).split('\n');
    const chinese = lines.filter((l) => CJK.test(l)).map((l) => l.trim());
    assert.deepEqual(chinese, [], page);
  }
});

test('the English dictionary of the pages has every key and no Chinese', () => {
  const en = dictionary('indicators/i18n-en.ts');
  const zh = dictionary('indicators/i18n-zh.ts');
  assert.ok(zh.size > 30, `${zh.size} entries read`);
  assert.deepEqual([...en.keys()].sort(), [...zh.keys()].sort());
  assert.deepEqual([...en].filter(([, v]) => CJK.test(v)), []);
  assert.equal(en.get('ind.range'), ' ({from} to {to})');
  assert.equal(zh.get('ind.range'), '（{from} 至 {to}）');
});
