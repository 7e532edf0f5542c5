import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, lockoutAfterFailure, passwordProblem, verifyPassword } from './password.js';

test('password rules', () => {
  assert.equal(passwordProblem('Ab1!', 'u'), '密码长度至少 8 位');
  assert.match(passwordProblem('abcdefgh1', 'u') ?? '', /至少三类/);
  assert.equal(passwordProblem('Abcdefg1', 'u'), null);
  assert.equal(passwordProblem('Zhang#2026', 'zhang'), '密码不能包含用户名');
  assert.equal(passwordProblem('x'.repeat(65), 'u'), '密码长度不能超过 64 位');
});

test('argon2id hashes verify only the right password', async () => {
  const hash = await hashPassword('Right#2026');
  assert.match(hash, /^\$argon2id\$/);
  assert.equal(await verifyPassword(hash, 'Right#2026'), true);
  assert.equal(await verifyPassword(hash, 'Wrong#2026'), false);
  assert.equal(await verifyPassword('not a hash', 'x'), false);
});

test('lockout after the threshold', () => {
  const now = new Date('2026-11-20T02:00:00Z');
  const rule = { threshold: 5, minutes: 15 };
  assert.deepEqual(lockoutAfterFailure(0, now, rule), { failedLogins: 1, lockedUntil: null });
  assert.deepEqual(lockoutAfterFailure(4, now, rule), { failedLogins: 0, lockedUntil: new Date('2026-11-20T02:15:00Z') });
});
