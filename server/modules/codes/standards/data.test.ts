import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ALL_CODE_TABLES,
  EDUCATION_GB_T_4658_2006,
  ETHNICITY_GB_3304_1991,
  INDUSTRY_GB_T_4754_2002,
  INDUSTRY_GB_T_4754_2011,
  INDUSTRY_GB_T_4754_2017,
  OCCUPATION_2015,
  OCCUPATION_2022,
  PES_OCCUPATION_LB501_2002,
  SEX_GB_T_2261_1_2003,
  dadianToPesOccupationCode,
  isPesOccupationCode,
  pesOccupationAncestors,
  pesOccupationLevel,
  pesOccupationParent,
  pesOccupationSegments,
} from './index.js';
import type { CodeTableSeed } from './index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const label = (t: CodeTableSeed): string => `${t.type} ${t.edition}`;
const atLevel = (t: CodeTableSeed, level: number) => t.entries.filter((e) => e.level === level);
const codes = (t: CodeTableSeed, level: number): string[] => atLevel(t, level).map((e) => e.code);
const perMajorCounts = (t: CodeTableSeed): number[] =>
  ['1', '2', '3', '4', '5', '6', '7', '8'].map((m) => atLevel(t, 2).filter((e) => e.parentCode === m).length);

test('(type, edition) is unique and table metadata is well-formed', () => {
  const seen = new Set<string>();
  for (const t of ALL_CODE_TABLES) {
    const key = `${t.type}\u0000${t.edition}`;
    assert.ok(!seen.has(key), `duplicate edition ${label(t)}`);
    seen.add(key);
    assert.match(t.type, /^[a-z][a-z0-9_]*$/, label(t));
    for (const s of [t.edition, t.standard, t.name, t.nameEn]) assert.ok(s.trim().length > 0, label(t));
    assert.match(t.effectiveFrom, ISO_DATE, label(t));
    assert.ok(!Number.isNaN(Date.parse(t.effectiveFrom)), label(t));
    if (t.effectiveTo !== undefined) {
      assert.match(t.effectiveTo, ISO_DATE, label(t));
      assert.ok(t.effectiveTo > t.effectiveFrom, `${label(t)}: effectiveTo must follow effectiveFrom`);
    }
    assert.ok(t.entries.length > 0, `${label(t)} has no entries`);
  }
});

test('editions of the same type do not overlap in time', () => {
  const byType = new Map<string, CodeTableSeed[]>();
  for (const t of ALL_CODE_TABLES) byType.set(t.type, [...(byType.get(t.type) ?? []), t]);
  for (const [type, eds] of byType) {
    const sorted = [...eds].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 0; i < sorted.length - 1; i++) {
      const cur = sorted[i];
      const next = sorted[i + 1];
      if (cur === undefined || next === undefined) throw new Error('unreachable');
      if (cur.effectiveTo === undefined) throw new Error(`${type}: superseded edition ${cur.edition} needs effectiveTo`);
      assert.ok(cur.effectiveTo <= next.effectiveFrom, `${type}: ${cur.edition} overlaps ${next.edition}`);
    }
  }
});

test('codes are unique within an edition and names are clean', () => {
  for (const t of ALL_CODE_TABLES) {
    const seen = new Set<string>();
    for (const e of t.entries) {
      assert.ok(!seen.has(e.code), `${label(t)}: duplicate code ${e.code}`);
      seen.add(e.code);
      assert.ok(e.code.length > 0 && e.code === e.code.trim(), `${label(t)}: bad code "${e.code}"`);
      assert.ok(e.name.length > 0 && e.name === e.name.trim(), `${label(t)} ${e.code}: bad name`);
      assert.ok(Number.isInteger(e.level) && e.level >= 1, `${label(t)} ${e.code}: bad level`);
    }
  }
});

test('every parentCode exists in the same edition, one level up; top level has no parent', () => {
  for (const t of ALL_CODE_TABLES) {
    const byCode = new Map(t.entries.map((e) => [e.code, e]));
    for (const e of t.entries) {
      if (e.level === 1) {
        assert.equal(e.parentCode, undefined, `${label(t)} ${e.code}: level 1 must not have a parent`);
        assert.ok(e.nameEn !== undefined && e.nameEn.length > 0, `${label(t)} ${e.code}: top level needs nameEn`);
        continue;
      }
      if (e.parentCode === undefined) throw new Error(`${label(t)} ${e.code}: level ${e.level} needs a parent`);
      const parent = byCode.get(e.parentCode);
      if (parent === undefined) throw new Error(`${label(t)} ${e.code}: parent ${e.parentCode} missing`);
      assert.equal(parent.level, e.level - 1, `${label(t)} ${e.code}: parent level mismatch`);
    }
  }
});

test('GB/T 4754-2017: 20 sections A–T and 97 divisions 01–97', () => {
  const t = INDUSTRY_GB_T_4754_2017;
  assert.deepEqual(codes(t, 1), 'ABCDEFGHIJKLMNOPQRST'.split(''));
  assert.deepEqual(codes(t, 2), Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')));
  assert.equal(t.entries.length, 117);
  const perSection: Record<string, number> = {};
  for (const e of atLevel(t, 2)) perSection[e.parentCode ?? ''] = (perSection[e.parentCode ?? ''] ?? 0) + 1;
  assert.deepEqual(perSection, {
    A: 5, B: 7, C: 31, D: 3, E: 4, F: 2, G: 8, H: 2, I: 3, J: 4,
    K: 1, L: 2, M: 3, N: 4, O: 3, P: 1, Q: 2, R: 5, S: 6, T: 1,
  });
  const byCode = new Map(t.entries.map((e) => [e.code, e.name]));
  assert.equal(byCode.get('C'), '制造业');
  assert.equal(byCode.get('65'), '软件和信息技术服务业');
  assert.equal(byCode.get('97'), '国际组织');
  assert.equal(t.effectiveFrom, '2017-10-01');
  assert.equal(t.effectiveTo, undefined);
});

test('GB/T 4754-2011 and -2002 ship 20 sections each', () => {
  for (const t of [INDUSTRY_GB_T_4754_2011, INDUSTRY_GB_T_4754_2002]) {
    assert.deepEqual(codes(t, 1), 'ABCDEFGHIJKLMNOPQRST'.split(''), label(t));
    assert.equal(t.entries.length, 20, label(t));
  }
  assert.equal(INDUSTRY_GB_T_4754_2002.effectiveTo, '2011-11-01');
  assert.equal(INDUSTRY_GB_T_4754_2011.effectiveTo, '2017-10-01');
  const g2002 = INDUSTRY_GB_T_4754_2002.entries.find((e) => e.code === 'G');
  assert.equal(g2002?.name, '信息传输、计算机服务和软件业');
});

test('职业分类大典 2015: 8 major + 75 medium groups', () => {
  const t = OCCUPATION_2015;
  assert.deepEqual(codes(t, 1), ['1', '2', '3', '4', '5', '6', '7', '8']);
  assert.equal(atLevel(t, 2).length, 75);
  assert.equal(t.entries.length, 83);
  assert.equal(t.effectiveFrom, '2015-07-29');
  assert.equal(t.effectiveTo, '2022-09-28');
  const perMajor = perMajorCounts(t);
  assert.deepEqual(perMajor, [6, 11, 3, 15, 6, 32, 1, 1]);
});

test('职业分类大典 2022: 8 major + 79 medium groups', () => {
  const t = OCCUPATION_2022;
  assert.deepEqual(codes(t, 1), ['1', '2', '3', '4', '5', '6', '7', '8']);
  assert.equal(atLevel(t, 2).length, 79);
  assert.equal(t.entries.length, 87);
  assert.equal(t.effectiveFrom, '2022-09-28');
  assert.equal(t.effectiveTo, undefined);
  const perMajor = perMajorCounts(t);
  assert.deepEqual(perMajor, [6, 11, 4, 15, 6, 32, 4, 1]);
  assert.equal(t.entries.find((e) => e.code === '7')?.name, '军队人员');
});

test('occupation medium codes are "<major>-NN" under their major group and map to PES codes', () => {
  for (const t of [OCCUPATION_2015, OCCUPATION_2022]) {
    for (const e of atLevel(t, 2)) {
      assert.match(e.code, /^[1-8]-\d{2}$/, `${label(t)} ${e.code}`);
      assert.equal(e.parentCode, e.code[0], `${label(t)} ${e.code}`);
    }
    for (const e of t.entries) {
      const pes = dadianToPesOccupationCode(e.code);
      if (pes === null) throw new Error(`${label(t)} ${e.code}: no PES form`);
      assert.ok(isPesOccupationCode(pes), `${label(t)} ${e.code} → ${pes}`);
      // "7-00" / "8-00" are placeholder medium groups: in 7-digit form they coincide with the major group.
      const expected = e.code.endsWith('-00') ? 1 : e.level;
      assert.equal(pesOccupationLevel(pes), expected, `${label(t)} ${e.code}`);
    }
  }
});

test('GB 3304: all 56 ethnic groups 01–56 plus 97 and 98', () => {
  const t = ETHNICITY_GB_3304_1991;
  const c = t.entries.map((e) => e.code);
  for (let i = 1; i <= 56; i++) assert.ok(c.includes(String(i).padStart(2, '0')), `missing ${i}`);
  assert.equal(c.filter((x) => Number(x) >= 1 && Number(x) <= 56).length, 56);
  assert.ok(c.includes('97') && c.includes('98'));
  assert.equal(t.entries.length, 58);
  assert.equal(new Set(t.entries.map((e) => e.name)).size, 58, 'ethnicity names must be unique');
  const byCode = new Map(t.entries.map((e) => [e.code, e.name]));
  assert.equal(byCode.get('01'), '汉族');
  assert.equal(byCode.get('56'), '基诺族');
  for (const e of t.entries.slice(0, 56)) assert.ok(e.name.endsWith('族'), e.name);
});

test('GB/T 2261.1 sex codes and GB/T 4658-2006 education codes', () => {
  assert.deepEqual(SEX_GB_T_2261_1_2003.entries.map((e) => e.code), ['0', '1', '2', '5', '6', '9']);
  const edu = EDUCATION_GB_T_4658_2006;
  assert.deepEqual(codes(edu, 1), ['10', '20', '30', '40', '60', '70', '80', '90']);
  for (const e of atLevel(edu, 2)) {
    assert.equal(e.parentCode, `${e.code[0]}0`, `education ${e.code} parent must be its decade`);
  }
  const c = edu.entries.map((e) => e.code);
  for (const absent of ['50', '72', '82']) assert.ok(!c.includes(absent), `education must not define ${absent}`);
});

test('isPesOccupationCode: accepts well-formed codes of every level', () => {
  for (const ok of ['1000000', '2020000', '2020100', '2020103', '4990001', '9999999', '8000000']) {
    assert.equal(isPesOccupationCode(ok), true, ok);
  }
});

test('isPesOccupationCode: rejects malformed input', () => {
  const bad = [
    '', '0', '1', '100000', '10000000', '0000000', '0100000', // length / zero major
    '1000100', '1000001', '1000101', // medium "00" followed by non-zero digits
    '1-01-01-01', '101010a', ' 1010101', '1010101 ', '１０１０１０１', // separators, letters, spaces, full-width
    'X000000', '1e+6000', '-101010',
  ];
  for (const b of bad) assert.equal(isPesOccupationCode(b), false, JSON.stringify(b));
});

test('pesOccupationParent / level / ancestors / segments', () => {
  assert.equal(pesOccupationParent('2020103'), '2020100');
  assert.equal(pesOccupationParent('2020100'), '2020000');
  assert.equal(pesOccupationParent('2020000'), '2000000');
  assert.equal(pesOccupationParent('2000000'), null);
  assert.equal(pesOccupationParent('4990001'), '4990000'); // detail directly under a medium group
  assert.equal(pesOccupationParent('1000100'), null);
  assert.equal(pesOccupationParent('abc'), null);

  assert.equal(pesOccupationLevel('2000000'), 1);
  assert.equal(pesOccupationLevel('2020000'), 2);
  assert.equal(pesOccupationLevel('2020100'), 3);
  assert.equal(pesOccupationLevel('2020103'), 4);
  assert.equal(pesOccupationLevel('4990001'), 4);
  assert.equal(pesOccupationLevel('0000000'), null);

  assert.deepEqual(pesOccupationAncestors('2020103'), ['2020100', '2020000', '2000000']);
  assert.deepEqual(pesOccupationAncestors('4990001'), ['4990000', '4000000']);
  assert.deepEqual(pesOccupationAncestors('2000000'), []);
  assert.deepEqual(pesOccupationAncestors('bogus'), []);

  assert.deepEqual(pesOccupationSegments('2020103'), { major: '2', medium: '02', minor: '01', detail: '03' });
  assert.equal(pesOccupationSegments('202010'), null);

  // every parent of a valid code is itself valid and one level up
  for (const code of ['2020103', '2020100', '2020000', '4990001', '6309901']) {
    const p = pesOccupationParent(code);
    if (p === null) throw new Error(`${code}: no parent`);
    assert.ok(isPesOccupationCode(p), code);
    const expected = code === '4990001' ? 2 : (pesOccupationLevel(code) ?? 0) - 1; // "00" minor is skipped
    assert.equal(pesOccupationLevel(p), expected, code);
  }
});

test('dadianToPesOccupationCode', () => {
  assert.equal(dadianToPesOccupationCode('4'), '4000000');
  assert.equal(dadianToPesOccupationCode('2-02'), '2020000');
  assert.equal(dadianToPesOccupationCode('2-02-10'), '2021000');
  assert.equal(dadianToPesOccupationCode('2-02-10-03'), '2021003');
  assert.equal(dadianToPesOccupationCode('4-99-00-01'), '4990001');
  assert.equal(dadianToPesOccupationCode('8-00'), '8000000');
  for (const bad of ['', '0', '2-2', '2-02-1', '2-02-10-03-01', '2020000', '1-00-01', 'A-01']) {
    assert.equal(dadianToPesOccupationCode(bad), null, bad);
  }
});

test('PES seed entries are valid 7-digit major groups', () => {
  for (const e of PES_OCCUPATION_LB501_2002.entries) {
    assert.equal(isPesOccupationCode(e.code), true, e.code);
    assert.equal(pesOccupationLevel(e.code), e.level, e.code);
    assert.equal(pesOccupationParent(e.code) ?? undefined, e.parentCode, e.code);
  }
});
