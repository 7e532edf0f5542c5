import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ageAt,
  ageBand,
  educationBand,
  employerTypeOf,
  hasCell,
  industrySection,
  occupationGroup,
  postingRows,
  sectorOf,
  seekerCategoryRows,
  seekerRows,
  sexOf,
  skillLevelOf,
  TABLES,
} from './sd-classify.js';

describe('supply-demand classifiers', () => {
  test('industry section from a section letter or a 2017 division, else 未分类', () => {
    assert.equal(industrySection('C'), 'C');
    assert.equal(industrySection('30'), 'C');
    assert.equal(industrySection('3071'), 'C');
    assert.equal(industrySection('01'), 'A');
    assert.equal(industrySection('52'), 'F');
    assert.equal(industrySection('97'), 'T');
    assert.equal(industrySection(null), 'unclassified');
    assert.equal(industrySection(''), 'unclassified');
    assert.equal(industrySection('Z'), 'unclassified');
    assert.equal(industrySection('99'), 'unclassified');
  });

  test('sector: A primary, B–E secondary, F–T tertiary', () => {
    assert.equal(sectorOf('05'), 'primary');
    assert.equal(sectorOf('B'), 'secondary');
    assert.equal(sectorOf('48'), 'secondary'); // E 建筑业
    assert.equal(sectorOf('44'), 'secondary'); // D
    assert.equal(sectorOf('F'), 'tertiary');
    assert.equal(sectorOf('62'), 'tertiary'); // H 餐饮
    assert.equal(sectorOf(undefined), 'unclassified');
  });

  test('employer type from unit type and registration type', () => {
    assert.equal(employerTypeOf('10', '110'), 'state');
    assert.equal(employerTypeOf('10', '151'), 'llc');
    assert.equal(employerTypeOf('10', '173'), 'private');
    assert.equal(employerTypeOf('10', '141'), 'associated');
    assert.equal(employerTypeOf('10', '230'), 'hmt');
    assert.equal(employerTypeOf('10', '390'), 'foreign');
    assert.equal(employerTypeOf('10', null), 'other_enterprise');
    assert.equal(employerTypeOf(null, '160'), 'joint_stock');
    assert.equal(employerTypeOf(null, null), 'other');
    assert.equal(employerTypeOf('20', null), 'government');
    assert.equal(employerTypeOf('30', '110'), 'institution');
    assert.equal(employerTypeOf('60', null), 'individual');
    assert.equal(employerTypeOf('40', null), 'other');
    assert.equal(employerTypeOf('50', null), 'other');
  });

  test('occupation major group from 大典 or LB501 codes, else 无要求', () => {
    assert.equal(occupationGroup('6-09'), '6');
    assert.equal(occupationGroup('2-02-01-03'), '2');
    assert.equal(occupationGroup('4990001'), '4');
    assert.equal(occupationGroup('8'), '8');
    assert.equal(occupationGroup(''), 'none');
    assert.equal(occupationGroup(null), 'none');
    assert.equal(occupationGroup('9-01'), 'none');
    assert.equal(occupationGroup('abc'), 'none');
  });

  test('sex: 男, 女, otherwise 无要求', () => {
    assert.equal(sexOf(1), 'male');
    assert.equal(sexOf('2'), 'female');
    assert.equal(sexOf(null), 'none');
    assert.equal(sexOf(9), 'none');
  });

  test('age in completed years and its band', () => {
    assert.equal(ageAt('2000-05-10', '2026-05-09'), 25);
    assert.equal(ageAt('2000-05-10', '2026-05-10'), 26);
    assert.equal(ageAt('2004-02-29', '2025-02-28'), 20);
    assert.equal(ageAt('2004-02-29', '2025-03-01'), 21);
    assert.equal(ageBand(15), '16_24');
    assert.equal(ageBand(16), '16_24');
    assert.equal(ageBand(24), '16_24');
    assert.equal(ageBand(25), '25_34');
    assert.equal(ageBand(34), '25_34');
    assert.equal(ageBand(35), '35_44');
    assert.equal(ageBand(44), '35_44');
    assert.equal(ageBand(45), '45_plus');
    assert.equal(ageBand(63), '45_plus');
    assert.equal(ageBand(null), 'none');
  });

  test('education bands of GB/T 4658-2006 codes', () => {
    assert.equal(educationBand('11'), 'master');
    assert.equal(educationBand('14'), 'master');
    assert.equal(educationBand('10'), 'master');
    assert.equal(educationBand('21'), 'bachelor');
    assert.equal(educationBand('28'), 'bachelor');
    assert.equal(educationBand('31'), 'college');
    assert.equal(educationBand('41'), 'vocational');
    assert.equal(educationBand('44'), 'vocational');
    assert.equal(educationBand('47'), 'vocational');
    assert.equal(educationBand('61'), 'senior');
    assert.equal(educationBand('71'), 'junior');
    assert.equal(educationBand('81'), 'junior');
    assert.equal(educationBand('90'), 'junior');
    assert.equal(educationBand(null), 'none');
    assert.equal(educationBand(''), 'none');
    assert.equal(educationBand('55'), 'none');
  });

  test('skill level: a code of the table, else none', () => {
    assert.equal(skillLevelOf('q3'), 'q3');
    assert.equal(skillLevelOf('t_senior'), 't_senior');
    assert.equal(skillLevelOf(null), 'none');
    assert.equal(skillLevelOf('x'), 'none');
  });

  test('seeker category: first statistical category once; new graduates also in the 其中 row', () => {
    assert.deepEqual(seekerCategoryRows(['new_youth', 'new_graduate']), ['new_youth', 'new_graduate']);
    assert.deepEqual(seekerCategoryRows(['new_graduate']), ['new_youth', 'new_graduate']);
    assert.deepEqual(seekerCategoryRows(['non_local', 'job_loser', 'age_4050']), ['job_loser']);
    assert.deepEqual(seekerCategoryRows(['employed', 'new_youth']), ['new_youth']);
    assert.deepEqual(seekerCategoryRows(['local_rural', 'non_local']), ['local_rural']);
    assert.deepEqual(seekerCategoryRows(['age_4050', 'veteran']), ['unclassified']);
    assert.deepEqual(seekerCategoryRows([]), ['unclassified']);
    assert.deepEqual(seekerCategoryRows(null), ['unclassified']);
  });

  test('every classifier result is a row of its table', () => {
    const rowsOf = (table: string) => new Set(TABLES.find((t) => t.key === table)?.rows.map((r) => r.key));
    const posting = postingRows({ industryCode: '30', unitType: '10', ownershipType: '173', occupationCode: '6-09', education: null, skillLevel: null });
    const seeker = seekerRows({ occupationCode: '2-02', sex: 2, age: 30, education: '21', skillLevel: 'q4', categories: ['new_graduate'] });
    for (const [table, rows] of [...Object.entries(posting), ...Object.entries(seeker)]) {
      for (const row of rows ?? []) assert.ok(rowsOf(table).has(row), `${table}.${row}`);
    }
    assert.deepEqual(posting.sex, ['none']);
    assert.deepEqual(posting.age, ['none']);
    assert.deepEqual(seeker.category, ['new_youth', 'new_graduate']);
    assert.equal(hasCell('occupation', '6', 'supply'), true);
    assert.equal(hasCell('category', 'new_youth', 'demand'), false);
    assert.equal(hasCell('sector', 'nope', 'demand'), false);
  });

  test('the tables follow the official layout', () => {
    assert.deepEqual(
      TABLES.map((t) => t.key),
      ['overall', 'sector', 'industry', 'employerType', 'occupation', 'sex', 'age', 'education', 'skill', 'category'],
    );
    assert.equal(TABLES.find((t) => t.key === 'industry')?.rows.length, 21);
    assert.equal(TABLES.find((t) => t.key === 'occupation')?.rows.length, 9);
    assert.equal(TABLES.find((t) => t.key === 'skill')?.rows.length, 9);
    assert.equal(TABLES.find((t) => t.key === 'category')?.rows.find((r) => r.key === 'new_graduate')?.of, 'new_youth');
  });
});
