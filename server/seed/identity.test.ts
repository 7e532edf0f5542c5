import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCitizenId } from '../platform/validators/citizen-id.js';
import { validateCreditCode } from '../platform/validators/credit-code.js';
import { chineseName, citizenId, companyName, creditCode, mobilePhone } from './identity.js';
import { createRandom } from './random.js';

const REGIONS = ['360203', '360222', '360281', '110105', '440305', '510107'] as const;
const NAME_PATTERN = /^[\u4e00-\u9fff]{2,4}$/;

test('random: same seed gives the same sequence, different seeds differ', () => {
  const a = createRandom('demo');
  const b = createRandom('demo');
  const c = createRandom('demo2');
  const seqA = Array.from({ length: 20 }, () => a.next());
  const seqB = Array.from({ length: 20 }, () => b.next());
  const seqC = Array.from({ length: 20 }, () => c.next());
  assert.deepEqual(seqA, seqB);
  assert.notDeepEqual(seqA, seqC);
  assert.ok(seqA.every((x) => x >= 0 && x < 1));
  assert.deepEqual(createRandom(42).int(0, 1000), createRandom('42').int(0, 1000));
});

test('random: helpers stay within their ranges', () => {
  const rng = createRandom(7);
  const seen = new Set<number>();
  for (let i = 0; i < 2000; i++) {
    const n = rng.int(3, 6);
    assert.ok(Number.isInteger(n) && n >= 3 && n <= 6);
    seen.add(n);
    const d = rng.date('2024-02-27', '2024-03-02');
    assert.ok(d >= '2024-02-27' && d <= '2024-03-02', d);
  }
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6]);
  assert.equal(rng.date('2020-01-01', '2020-01-01'), '2020-01-01');
  assert.equal(rng.weighted([{ value: 'a', weight: 0 }, { value: 'b', weight: 1 }]), 'b');
  assert.equal(rng.chance(0), false);
  assert.equal(rng.chance(1), true);
  assert.deepEqual(rng.shuffle([1, 2, 3, 4]).sort(), [1, 2, 3, 4]);
  assert.throws(() => rng.pick([]), RangeError);
  assert.throws(() => rng.int(5, 1), RangeError);
  assert.throws(() => rng.date('2020-02-30', '2020-03-01'), RangeError);
  assert.deepEqual(rng.fork('x').next(), createRandom(7).fork('x').next());
});

/** Produces a batch of identities from a seed, for determinism checks. */
function batch(seed: string): string[] {
  const rng = createRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < 50; i++) {
    const sex = rng.chance(0.5) ? 1 : 2;
    out.push(
      chineseName(rng, sex),
      citizenId(rng, { regionCode6: '360203', birthDate: '1990-05-17', sex }),
      creditCode(rng, { divisionCode6: '360200' }),
      mobilePhone(rng),
      companyName(rng, '景德镇市'),
    );
  }
  return out;
}

test('identity: same seed gives the same output', () => {
  assert.deepEqual(batch('seed-a'), batch('seed-a'));
  assert.notDeepEqual(batch('seed-a'), batch('seed-b'));
});

test('identity: 1,000 citizen ids are valid and carry region, birth date and sex', () => {
  const rng = createRandom('citizen-ids');
  const today = new Date(2025, 0, 1);
  const ids = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    const regionCode6 = rng.pick(REGIONS);
    const birthDate = rng.date('1950-01-01', '2007-12-31');
    const sex = rng.chance(0.5) ? 1 : 2;
    const id = citizenId(rng, { regionCode6, birthDate, sex });
    const r = validateCitizenId(id, today);
    assert.ok(r.ok, `${id}: ${r.ok ? '' : r.message}`);
    assert.equal(r.id, id);
    assert.equal(r.regionCode, regionCode6);
    assert.equal(r.birthDate, birthDate);
    assert.equal(r.sex, sex);
    ids.add(id);
  }
  assert.ok(ids.size > 990, 'ids should be mostly distinct');
});

test('identity: citizenId covers leap days and rejects bad input', () => {
  const rng = createRandom('leap');
  const id = citizenId(rng, { regionCode6: '360203', birthDate: '2000-02-29', sex: 2 });
  const r = validateCitizenId(id);
  assert.ok(r.ok && r.birthDate === '2000-02-29' && r.sex === 2);
  assert.throws(() => citizenId(rng, { regionCode6: '360203', birthDate: '2001-02-29', sex: 1 }));
  assert.throws(() => citizenId(rng, { regionCode6: '36020', birthDate: '2000-01-01', sex: 1 }));
});

test('identity: 1,000 credit codes are valid and carry the division code', () => {
  const rng = createRandom('credit-codes');
  const codes = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    const divisionCode6 = rng.pick(REGIONS);
    const code = creditCode(rng, { divisionCode6 });
    const r = validateCreditCode(code);
    assert.ok(r.ok, `${code}: ${r.ok ? '' : r.message}`);
    assert.equal(r.code, code);
    assert.equal(r.divisionCode, divisionCode6);
    assert.equal(r.authority, '工商');
    assert.ok(code.startsWith(`91${divisionCode6}MA`));
    codes.add(code);
  }
  assert.equal(codes.size, 1000);
  assert.throws(() => creditCode(rng, { divisionCode6: '3602' }));
});

test('identity: names are 2–4 Chinese characters', () => {
  const rng = createRandom('names');
  let compound = 0;
  for (let i = 0; i < 5000; i++) {
    const name = chineseName(rng, i % 2 === 0 ? 1 : 2);
    assert.match(name, NAME_PATTERN);
    if (/^(欧阳|司马|上官|诸葛)/.test(name)) compound++;
  }
  assert.ok(compound < 25, `compound surnames should be rare, got ${compound}`);
});

test('identity: mobile phones and company names look plausible', () => {
  const rng = createRandom('misc');
  for (let i = 0; i < 500; i++) {
    assert.match(mobilePhone(rng), /^1(3\d|5[0-35-9]|8\d|9[1-35689])\d{8}$/);
    const name = companyName(rng, '景德镇市');
    assert.match(name, /^景德镇(市)?[\u4e00-\u9fff]+(有限公司|有限责任公司|股份有限公司)$/);
  }
  assert.match(companyName(rng, '景德镇市', '陶瓷'), /^景德镇(市)?[\u4e00-\u9fff]{2}陶瓷/);
  assert.match(companyName(rng, '景德镇市', 'G'), /(物流|运输|仓储服务)(有限|股份)/);
  assert.match(companyName(rng, '景德镇市', '住宿和餐饮业'), /(餐饮管理|酒店管理)/);
});
