import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { educationFactor, matchScore, occupationFactor, regionFactor, skillsFactor, validityFactor, wageFactor, type MatchPosting } from './match-score.js';
import { seekerMatchInput } from './match-service.js';
import { matchTokens } from './match-tokens.js';
import { queryWords, searchDocument } from './text-search.js';

const TODAY = '2026-11-20';
const HOME = '360203001002';

const posting = (p: Partial<MatchPosting> = {}): MatchPosting => ({
  occupationCode: '6-31',
  regionCode: '360203001',
  wageMin: 4500,
  wageMax: 6500,
  education: null,
  textTokens: matchTokens('电工', '负责厂区供配电设备的巡检、维护和故障处理。', '持低压电工作业证。'),
  validTo: '2026-12-20',
  ...p,
});

/** A registration row as the repository returns it, with the person's protected attributes beside it. */
const seekerRow = (extra: Record<string, unknown> = {}) => ({
  desired_occupations: ['6-31'],
  desired_regions: [] as string[],
  region_code: HOME,
  wage_expected: 5000,
  education: '41',
  skills: '低压电工',
  certificates: '低压电工作业证',
  valid_to: '2027-02-18',
  sex: 1 as const,
  birth_date: '1980-01-01',
  ethnicity: '01',
  hukou_type: 'urban',
  difficulty: false,
  ...extra,
});

describe('matching: factors', () => {
  test('occupation closeness: same medium group > same major group > none; a wished major group covers its medium groups', () => {
    assert.equal(occupationFactor(['6-31'], '6-31').points, 35);
    assert.equal(occupationFactor(['6-09'], '6-31').points, 15);
    assert.equal(occupationFactor(['4-03'], '6-31').points, 0);
    assert.equal(occupationFactor(['6'], '6-31').points, 35);
    assert.match(occupationFactor(['6-09'], '6-31').text, /同一大类/);
  });

  test('region tree distance: community > street > district > city > elsewhere; a desired region counts as near', () => {
    const s = { homeRegion: HOME, desiredRegions: [] as string[] };
    assert.deepEqual(
      ['360203001002', '360203001', '360203002', '360202001', '360101001'].map((r) => regionFactor(s, r).points),
      [20, 15, 10, 5, 0],
    );
    assert.equal(regionFactor({ homeRegion: HOME, desiredRegions: ['360202'] }, '360202001').points, 20);
  });

  test('wage fit against the expectation, education by the GB/T 4658 order, validity by days left', () => {
    assert.deepEqual([wageFactor(4000, 4500, 6000).points, wageFactor(5000, 4500, 6000).points, wageFactor(6500, 4000, 6000).points, wageFactor(7000, 4000, 6000).points, wageFactor(9000, 4000, 6000).points], [15, 12, 8, 4, 0]);
    assert.equal(wageFactor(null, 3000, 3500).points, 15);
    assert.deepEqual([educationFactor('21', '31').points, educationFactor('31', '21').points, educationFactor('61', '21').points, educationFactor(null, null).points], [10, 5, 0, 10]);
    assert.equal(educationFactor('41', '61').points, 10, '中职 and 高中 are one level');
    assert.deepEqual([validityFactor('2026-12-20', '2027-01-01', TODAY).points, validityFactor('2026-11-28', '2027-01-01', TODAY).points, validityFactor('2026-11-22', '2027-01-01', TODAY).points], [10, 6, 3]);
  });

  test('skills: the seeker\'s words found in the posting, named in the reason', () => {
    const r = skillsFactor(matchTokens('低压电工作业证'), posting().textTokens);
    assert.ok(r.points > 0);
    assert.match(r.text, /电工/);
    assert.equal(skillsFactor([], posting().textTokens).points, 0);
  });

  test('skills words are cut like the search cuts them (the trade dictionary of text-search.ts)', () => {
    const tokens = matchTokens('高压电工作业证');
    assert.ok(tokens.includes('高压电工') && tokens.includes('电工'), tokens.join(' '));
    const indexed = new Set(searchDocument(['高压电工作业证']).split(' '));
    assert.ok(tokens.every((w) => indexed.has(w)), 'every skills word is a word the search indexes');
    assert.ok(queryWords('高压电工').every((w) => tokens.includes(w)), 'what a search for 高压电工 looks for, the skills factor sees');
    assert.ok(skillsFactor(matchTokens('高压电工'), matchTokens('招聘高压电工作业人员')).points > 0);
  });
});

describe('matching: the score', () => {
  test('the total is the sum of six explained factors, 0–100', () => {
    const { score, reasons } = matchScore(seekerMatchInput(seekerRow()), posting(), TODAY);
    assert.deepEqual(reasons.map((r) => r.factor), ['occupation', 'region', 'wage', 'education', 'skills', 'validity']);
    assert.equal(score, reasons.reduce((s, r) => s + r.points, 0));
    assert.equal(reasons.reduce((s, r) => s + r.max, 0), 100);
    assert.ok(score > 80 && score <= 100, String(score));
    assert.ok(reasons.every((r) => r.text.length > 0 && r.points <= r.max && r.points >= 0));
  });

  test('a closer occupation and a nearer place rank higher', () => {
    const s = seekerMatchInput(seekerRow());
    const exact = matchScore(s, posting(), TODAY).score;
    assert.ok(exact > matchScore(s, posting({ occupationCode: '6-09' }), TODAY).score);
    assert.ok(exact > matchScore(s, posting({ regionCode: '360202001' }), TODAY).score);
  });

  test('protected attributes never change the score: two seekers differing only in sex, age, ethnicity, household type, health and difficulty score the same', () => {
    const a = seekerRow();
    const b = seekerRow({ sex: 2, birth_date: '1999-06-30', ethnicity: '03', hukou_type: 'rural', health: 'disabled', religion: '佛教', difficulty: true });
    for (const p of [posting(), posting({ occupationCode: '4-03', regionCode: '360202001', education: '21' })]) {
      assert.deepEqual(matchScore(seekerMatchInput(b), p, TODAY), matchScore(seekerMatchInput(a), p, TODAY));
    }
    assert.deepEqual(Object.keys(seekerMatchInput(b)).sort(), ['desiredOccupations', 'desiredRegions', 'education', 'homeRegion', 'skillTokens', 'validTo', 'wageExpected']);
  });
});
