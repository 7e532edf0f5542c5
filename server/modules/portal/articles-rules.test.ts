import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appliesTo, articleActions, checkArticleText, decodeCursor, encodeCursor, regionChain, summaryOf } from './articles-rules.js';

describe('portal article rules', () => {
  test('a status allows publish, withdraw and edits', () => {
    assert.deepEqual(articleActions('draft'), { update: true, publish: true, withdraw: false });
    assert.deepEqual(articleActions('published'), { update: true, publish: false, withdraw: true });
    assert.deepEqual(articleActions('withdrawn'), { update: true, publish: true, withdraw: false });
  });

  test('titles and bodies are checked after trimming', () => {
    assert.deepEqual(checkArticleText({ title: '失业登记办事指南', body: '请携带身份证到社区办理失业登记。' }), []);
    assert.deepEqual(checkArticleText({ title: ' 通 ' }).map((p) => p.field), ['title']);
    assert.deepEqual(checkArticleText({ title: '两行\n标题' }).map((p) => p.field), ['title']);
    assert.deepEqual(checkArticleText({ body: '  太短  ' }).map((p) => p.field), ['body']);
    assert.deepEqual(checkArticleText({}), [], 'a patch without text changes nothing');
  });

  test('a summary collapses whitespace and cuts on characters, not UTF-16 units', () => {
    assert.equal(summaryOf('第一段\n\n  第二段'), '第一段 第二段');
    assert.equal(summaryOf('一二三四五', 3), '一二三…');
    assert.equal(summaryOf('𠀀𠀁𠀂𠀃', 2), '𠀀𠀁…');
  });

  test('an article applies to the places below its unit and its unit’s ancestors’ pages apply there', () => {
    assert.deepEqual(regionChain('360203001002'), ['36', '3602', '360203', '360203001', '360203001002']);
    assert.ok(appliesTo('3602', '360203001'), 'a city policy applies in a street');
    assert.ok(appliesTo('360203001', '3602'), 'a street notice shows on the city page');
    assert.ok(!appliesTo('360202', '360203001'), 'another district does not');
  });

  test('cursors round-trip; anything else is refused', () => {
    const c = { publishedAt: '2026-11-20T02:00:00.000Z', id: 42 };
    assert.deepEqual(decodeCursor(encodeCursor(c)), c);
    for (const bad of ['', 'xyz', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["2026-11-20",0]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      assert.equal(decodeCursor(bad), null, bad);
    }
  });
});
