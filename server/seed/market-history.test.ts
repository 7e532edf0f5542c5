import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from './random.js';
import { JOB_KINDS } from './market-texts.js';
import { certificateLevel, postingSkillLevel, seekerSkillLevel, targetRatio } from './market-history.js';

test('certificates: titles give a professional grade, vocational certificates a qualification level, licences none', () => {
  const rng = createRandom('levels');
  assert.equal(certificateLevel(null, rng), 'none');
  assert.equal(certificateLevel('初级会计职称', rng), 't_junior');
  assert.equal(certificateLevel('健康证', rng), 'none');
  assert.equal(certificateLevel('B2驾驶证', rng), 'none');
  for (let i = 0; i < 50; i += 1) {
    assert.match(certificateLevel('陶瓷成型工职业技能等级证书', rng), /^q[1-5]$/);
    assert.match(certificateLevel('中级会计职称', rng), /^t_(middle|senior)$/);
    assert.match(seekerSkillLevel(null, true, rng), /^(none|t_junior)$/);
    assert.equal(seekerSkillLevel(null, false, rng), 'none');
  }
});

test('postings: jobs without certificates ask for no level; skilled trades and professions sometimes do', () => {
  const rng = createRandom('postings');
  const plain = JOB_KINDS.filter((j) => j.certificates.length === 0);
  assert.ok(plain.length > 0);
  for (const job of plain) assert.equal(postingSkillLevel(job, rng), 'none');
  const asked = JOB_KINDS.flatMap((job) => Array.from({ length: 40 }, () => postingSkillLevel(job, rng)));
  const share = asked.filter((l) => l !== 'none').length / asked.length;
  assert.ok(share > 0.1 && share < 0.5, `share ${share}`);
});

test('the target ratio stays within 1.1–1.9 and peaks after the Spring Festival', () => {
  const rng = createRandom('ratio');
  for (let m = 1; m <= 12; m += 1) for (let i = 0; i < 100; i += 1) {
    const r = targetRatio(m, rng);
    assert.ok(r >= 1.1 && r <= 1.9, `${m}: ${r}`);
  }
  const mean = (m: number) => Array.from({ length: 200 }, () => targetRatio(m, rng)).reduce((a, b) => a + b) / 200;
  assert.ok(mean(2) > mean(7));
});
