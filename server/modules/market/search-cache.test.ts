import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TtlCache } from './search-cache.js';

test('entries expire after the time to live', () => {
  let now = 0;
  const cache = new TtlCache<string>(1000, 10, () => now);
  cache.set('a', 'x');
  now = 999;
  assert.equal(cache.get('a'), 'x');
  now = 1000;
  assert.equal(cache.get('a'), undefined);
  assert.equal(cache.size, 0);
});

test('the least recently used entry goes first when the entry bound is passed', () => {
  const cache = new TtlCache<string>(1000, 2);
  cache.set('a', 'x');
  cache.set('b', 'y');
  cache.get('a');
  cache.set('c', 'z');
  assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], ['x', undefined, 'z']);
});

test('a size budget evicts the least recently used entries until the sizes fit', () => {
  const cache = new TtlCache<Buffer>(1000, 100, undefined, (b) => b.length, 10);
  cache.set('a', Buffer.alloc(4));
  cache.set('b', Buffer.alloc(4));
  assert.equal(cache.totalSize, 8);
  cache.set('c', Buffer.alloc(4));
  assert.deepEqual([cache.get('a'), cache.size, cache.totalSize], [undefined, 2, 8]);
  // Replacing an entry counts its new size only.
  cache.set('b', Buffer.alloc(6));
  assert.deepEqual([cache.size, cache.totalSize], [2, 10]);
  cache.clear();
  assert.deepEqual([cache.size, cache.totalSize], [0, 0]);
});
