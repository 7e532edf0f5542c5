import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISCRIMINATORY_CASES, INNOCENT_CASES } from './discrimination-cases.js';
import { preReview, type PostingDraft, type PreReviewCode, type PreReviewContext } from './prereview.js';

const TODAY = '2026-11-20';

function posting(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: '仓库管理员',
    description: '负责仓库货物的收发、盘点和台账登记，配合物流部门完成日常出入库工作。',
    requirements: '高中以上学历，会使用电脑，有叉车证者优先。',
    occupationCode: '4-02-06-01',
    industryCode: 'G',
    vacancies: 3,
    wageMin: 3500,
    wageMax: 5000,
    education: '31',
    regionCode: '360102',
    validFrom: '2026-11-20',
    validTo: '2027-01-19',
    contactName: '王女士',
    contactPhone: '0791-88886666',
    ...overrides,
  };
}

function context(overrides: Partial<PreReviewContext> = {}): PreReviewContext {
  return { today: TODAY, minimumWage: 2000, occupationExists: true, regionIsValid: true, liveDuplicates: [], ...overrides };
}

const codes = (p: PostingDraft, c: PreReviewContext = context()): PreReviewCode[] => preReview(p, c).findings.map((f) => f.code);

test('a clean posting passes with no findings', () => {
  assert.deepEqual(preReview(posting(), context()), { outcome: 'pass', findings: [] });
});

test('discriminatory wording blocks, with the phrase and the ground shown', () => {
  const result = preReview(posting({ title: '仓库管理员（男性优先）' }), context());
  assert.equal(result.outcome, 'blocked');
  assert.deepEqual(result.findings, [{
    code: 'discriminatory_wording', field: 'title', severity: 'block', message: '「男性优先」涉嫌性别歧视，请删除', phrase: '男性优先',
  }]);
});

test('review-only wording (age, height, appearance) sends the posting to a person', () => {
  const result = preReview(posting({ requirements: '年龄35岁以下，形象气质佳。' }), context());
  assert.equal(result.outcome, 'review');
  assert.deepEqual(result.findings.map((f) => [f.field, f.severity, f.phrase, f.message]), [
    ['requirements', 'review', '35岁以下', '「35岁以下」涉嫌年龄歧视，将转人工审核'],
    ['requirements', 'review', '形象气质佳', '「形象气质佳」涉嫌外貌歧视，将转人工审核'],
  ]);
});

test('title, description and requirements are all scanned; a phrase repeated in one field is reported once', () => {
  const result = preReview(posting({
    description: '负责仓库收发货，限本地户口。要求限本地户口，能适应加班。',
    requirements: null,
  }), context());
  assert.deepEqual(result.findings.map((f) => [f.field, f.phrase]), [['description', '限本地户口']]);
  assert.equal(preReview(posting({ requirements: '乙肝携带者勿扰' }), context()).findings[0].field, 'requirements');
});

test('the shared test set: discriminatory sentences fail, innocent ones pass', () => {
  for (const c of DISCRIMINATORY_CASES) {
    const { outcome } = preReview(posting({ description: `负责门店日常工作。${c.text}` }), context());
    assert.ok(c.severity === 'block' ? outcome === 'blocked' : outcome !== 'pass', `${c.text}: ${outcome}`);
  }
  for (const text of INNOCENT_CASES) {
    assert.equal(preReview(posting({ description: text }), context()).outcome, 'pass', text);
  }
});

test('wage below the local minimum wage blocks and names the minimum', () => {
  const result = preReview(posting({ wageMin: 1800, wageMax: 2500 }), context({ minimumWage: 2000 }));
  assert.equal(result.outcome, 'blocked');
  assert.deepEqual(result.findings.map((f) => [f.code, f.field, f.message]), [
    ['wage_below_minimum', 'wageMin', '月工资下限 1800 元低于当地最低工资标准 2000 元'],
  ]);
  assert.equal(preReview(posting({ wageMin: 2000 }), context({ minimumWage: 2000 })).outcome, 'pass', 'equal to the minimum is fine');
});

test('wage range inverted blocks; an implausible wage is reviewed; a missing wage blocks', () => {
  assert.deepEqual(codes(posting({ wageMin: 6000, wageMax: 5000 })), ['wage_range_inverted']);
  const high = preReview(posting({ wageMin: 30000, wageMax: 250000 }), context());
  assert.equal(high.outcome, 'review');
  assert.deepEqual(high.findings.map((f) => f.code), ['wage_implausible']);
  assert.equal(preReview(posting({ wageMax: 200000 }), context()).outcome, 'pass', '200,000 is still plausible');
  assert.deepEqual(codes(posting({ wageMin: Number.NaN })), ['wage_invalid']);
  assert.deepEqual(codes(posting({ wageMax: 0 })), ['wage_invalid']);
});

test('vacancies must be a whole number from 1 to 9999', () => {
  for (const vacancies of [0, -1, 10000, 1.5, Number.NaN]) assert.deepEqual(codes(posting({ vacancies })), ['vacancies_out_of_range'], `${vacancies}`);
  for (const vacancies of [1, 9999]) assert.equal(preReview(posting({ vacancies }), context()).outcome, 'pass');
});

test('missing required fields block, each naming its field', () => {
  const result = preReview(posting({ title: ' 工 ', description: '搬运货物', contactName: '  ', contactPhone: '' }), context());
  assert.equal(result.outcome, 'blocked');
  assert.deepEqual(result.findings.map((f) => [f.code, f.field]), [
    ['required_field_missing', 'title'],
    ['required_field_missing', 'description'],
    ['required_field_missing', 'contactName'],
    ['required_field_missing', 'contactPhone'],
  ]);
  assert.equal(preReview(posting({ title: '电工', description: '负责厂区电气设备维护' }), context()).outcome, 'pass', '2 and 10 characters are enough');
});

test('an implausible contact phone blocks; ordinary formats pass', () => {
  for (const contactPhone of ['12345', '1380013800', 'abc', '23800138000']) {
    assert.deepEqual(codes(posting({ contactPhone })), ['contact_phone_invalid'], contactPhone);
  }
  for (const contactPhone of ['13800138000', '+86 138 0013 8000', '0791-88886666', '(0791)88886666', '88886666', '0791-88886666转123', '400-800-1234']) {
    assert.equal(preReview(posting({ contactPhone }), context()).outcome, 'pass', contactPhone);
  }
});

test('validity: expired or inverted blocks, longer than 180 days is reviewed, bad dates block', () => {
  assert.deepEqual(codes(posting({ validFrom: '2026-10-01', validTo: '2026-11-19' })), ['validity_expired']);
  assert.deepEqual(codes(posting({ validFrom: '2026-12-31', validTo: '2026-12-01' })), ['validity_inverted']);
  assert.deepEqual(codes(posting({ validFrom: '2026-11-20', validTo: '2027-05-20' })), ['validity_too_long'], '181 days');
  assert.equal(preReview(posting({ validFrom: '2026-11-20', validTo: '2027-05-19' }), context()).outcome, 'pass', '180 days');
  assert.equal(preReview(posting({ validFrom: '2026-11-01', validTo: TODAY }), context()).outcome, 'pass', 'ending today is still valid');
  assert.deepEqual(codes(posting({ validTo: '2027-02-30' })), ['validity_invalid']);
  assert.deepEqual(codes(posting({ validFrom: '' })), ['validity_invalid']);
});

test('an occupation outside the table or an invalid work region blocks', () => {
  const result = preReview(posting({ occupationCode: '9-99-99-99', regionCode: '999999' }), context({ occupationExists: false, regionIsValid: false }));
  assert.deepEqual(result.findings.map((f) => [f.code, f.field, f.message]), [
    ['occupation_unknown', 'occupationCode', '职业代码 9-99-99-99 不在职业分类表中'],
    ['region_invalid', 'regionCode', '工作地点 999999 不是有效的行政区划'],
  ]);
  assert.equal(result.outcome, 'blocked');
});

test('a duplicate of a live posting of the same employer blocks, naming the other posting', () => {
  const result = preReview(posting(), context({ liveDuplicates: [{ id: 4711, title: '仓库管理员' }] }));
  assert.equal(result.outcome, 'blocked');
  assert.deepEqual(result.findings.map((f) => [f.code, f.message]), [
    ['duplicate_posting', '与本单位在招岗位「仓库管理员」（编号 4711）重复，请修改原岗位而不是重复发布'],
  ]);
});

test('web code in the text blocks', () => {
  const cases: [keyof PostingDraft, string, string][] = [
    ['description', '负责仓库收发货工作<script>alert(1)</script>', '<script'],
    ['description', '详情请点击 javascript:alert(document.cookie)', 'javascript:'],
    ['requirements', '<img src=x onerror=alert(1)>', '<img src=x onerror='],
    ['title', '仓管员<b>急招</b>', '<b>'],
    ['contactName', '王<svg/onload=alert(1)>', '<svg'],
  ];
  for (const [field, text, phrase] of cases) {
    const result = preReview(posting({ [field]: text }), context());
    const found = result.findings.find((f) => f.code === 'markup_in_text');
    assert.deepEqual(found && [found.field, found.severity, found.message], [field, 'block', '请勿在岗位描述中使用网页代码'], text);
    assert.ok(found?.phrase?.startsWith(phrase.slice(0, 4)), `${text}: ${found?.phrase}`);
  }
  assert.equal(preReview(posting({ requirements: '学历<大专者请勿投递；工作时间8:00-17:00，a/b班轮换。' }), context()).outcome, 'pass');
});

test('outcome is the most severe finding; blocking findings are listed before review findings', () => {
  const result = preReview(posting({ requirements: '年龄35岁以下，女士优先', wageMax: 250000 }), context({ liveDuplicates: [{ id: 1, title: '仓库管理员' }] }));
  assert.equal(result.outcome, 'blocked');
  assert.deepEqual(result.findings.map((f) => [f.severity, f.code]), [
    ['block', 'discriminatory_wording'],
    ['block', 'duplicate_posting'],
    ['review', 'discriminatory_wording'],
    ['review', 'wage_implausible'],
  ]);
  assert.equal(preReview(posting({ wageMax: 250000 }), context()).outcome, 'review');
  assert.equal(preReview(posting(), context()).outcome, 'pass');
});

test('pure: the input is not changed and the same input gives the same result', () => {
  const p = Object.freeze(posting({ requirements: '男性优先' }));
  const c = Object.freeze(context({ liveDuplicates: Object.freeze([{ id: 2, title: '仓库管理员' }]) }));
  assert.deepEqual(preReview(p, c), preReview(p, c));
});
