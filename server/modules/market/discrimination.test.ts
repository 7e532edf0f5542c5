import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISCRIMINATORY_CASES, INNOCENT_CASES } from './discrimination-cases.js';
import { PHRASE_RULES, compileRules, normaliseText, scanText } from './discrimination.js';

test('the test sets are large enough', () => {
  assert.ok(DISCRIMINATORY_CASES.length >= 40, `${DISCRIMINATORY_CASES.length} discriminatory cases`);
  assert.ok(INNOCENT_CASES.length >= 40, `${INNOCENT_CASES.length} innocent cases`);
});

test('every discriminatory sentence is flagged with its ground, severity and phrase', () => {
  const misses: string[] = [];
  for (const c of DISCRIMINATORY_CASES) {
    const findings = scanText(c.text);
    const hit = findings.find((f) => f.category === c.category && f.severity === c.severity && f.phrase === c.phrase);
    if (!hit) misses.push(`${c.text} → ${JSON.stringify(findings.map((f) => [f.category, f.severity, f.phrase]))}`);
    else assert.equal(c.text.slice(hit.index, hit.index + hit.phrase.length), hit.phrase, 'index points at the phrase');
  }
  assert.deepEqual(misses, []);
});

test('no innocent sentence is flagged', () => {
  const flagged = INNOCENT_CASES.map((text) => ({ text, findings: scanText(text) }))
    .filter((r) => r.findings.length > 0)
    .map((r) => `${r.text} → ${r.findings.map((f) => `${f.ruleId}:${f.phrase}`).join(', ')}`);
  assert.deepEqual(flagged, []);
});

test('a finding carries the rule, the Chinese ground and the original phrase', () => {
  assert.deepEqual(scanText('招聘司机，男性优先'), [
    { ruleId: 'sex.preference', category: 'sex', ground: '性别歧视', severity: 'block', phrase: '男性优先', index: 5 },
  ]);
});

test('normalisation: full-width, spaces, zero-width characters and latin case do not hide a phrase', () => {
  assert.equal(normaliseText('ＨＢｓＡｇ　阳 性').text, 'hbsag阳性');
  assert.equal(scanText('限\u200b男\u200b性')[0]?.phrase, '限\u200b男\u200b性');
  assert.equal(scanText('身高：１６５ＣＭ以上')[0]?.phrase, '身高：１６５ＣＭ以上');
  assert.equal(scanText('hbsag 阳性勿扰')[0]?.phrase, 'hbsag 阳性勿扰');
  assert.equal(scanText('年龄18－35岁')[0]?.phrase, '年龄18－35岁');
});

test('an innocent word next to a discriminatory one does not hide it', () => {
  const findings = scanText('招聘男装导购，男性优先');
  assert.deepEqual(findings.map((f) => f.phrase), ['男性优先']);
  assert.deepEqual(scanText('乙肝疫苗接种护士，乙肝携带者勿扰').map((f) => f.phrase), ['乙肝携带者勿扰']);
  assert.deepEqual(scanText('性别不限，女士优先').map((f) => f.phrase), ['女士优先']);
});

test('an exception for work on the disease does not excuse a hiring condition in the same clause', () => {
  assert.deepEqual(scanText('负责乙肝五项检测'), []);
  assert.deepEqual(scanText('完成入职体检（含乙肝检测）').map((f) => f.phrase), ['乙肝']);
  assert.deepEqual(scanText('配合医生完成孕检'), []);
  assert.deepEqual(scanText('入职需配合完成孕检').map((f) => f.phrase), ['孕检']);
  assert.deepEqual(scanText('护理乙肝患者，乙肝患者勿扰').map((f) => f.phrase), ['乙肝患者勿扰'], 'exclusions have no exceptions');
});

test('overlapping matches of one ground merge into the longest; different grounds are all reported', () => {
  assert.deepEqual(scanText('乙肝病毒携带者勿扰').map((f) => f.phrase), ['乙肝病毒携带者勿扰']);
  const mixed = scanText('已婚已育女性优先，35岁以下，身高160cm以上，限本地户口');
  assert.deepEqual(mixed.map((f) => f.category), ['marriage_childbirth', 'sex', 'age', 'appearance', 'household_origin']);
  assert.deepEqual(mixed.map((f) => f.severity), ['block', 'block', 'review', 'review', 'block']);
});

test('every occurrence is reported, in text order', () => {
  const findings = scanText('男性优先。女士优先。');
  assert.deepEqual(findings.map((f) => f.index), [0, 5]);
});

test('the rule list is well formed', () => {
  const ids = PHRASE_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const r of PHRASE_RULES) {
    assert.ok(r.patterns.length > 0, r.id);
    assert.match(r.ground, /歧视/, r.id);
  }
  assert.deepEqual(scanText(''), []);
});

test('fast enough: a 5,000-character posting scans in well under 50 ms', () => {
  const text = (INNOCENT_CASES.join('') + DISCRIMINATORY_CASES.map((c) => c.text).join('')).repeat(3).slice(0, 5000);
  scanText(text);
  const started = performance.now();
  for (let i = 0; i < 20; i += 1) scanText(text);
  const perScan = (performance.now() - started) / 20;
  assert.ok(perScan < 50, `${perScan.toFixed(1)} ms per scan`);
});

test('a caller may scan with its own rule list (e.g. a province adds wording)', () => {
  const rules = compileRules([{ id: 'local.dialect', category: 'household_origin', severity: 'review', ground: '地域歧视', patterns: ['会说本地话'] }]);
  assert.deepEqual(scanText('要求会说 本地话', rules).map((f) => [f.ruleId, f.phrase]), [['local.dialect', '会说 本地话']]);
  assert.deepEqual(scanText('男性优先', rules), []);
});
