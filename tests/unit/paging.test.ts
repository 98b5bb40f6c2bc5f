import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunk, runs, pagePath } from '../../src/lib/paging.ts';

test('chunk cuts into pages of a size, the last shorter; nothing gives one empty page', () => {
  assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(chunk([1, 2], 5), [[1, 2]]);
  assert.deepEqual(chunk([], 5), [[]]);
  assert.throws(() => chunk([1], 0), /at least 1/);
});

test('runs group consecutive items by key, in order', () => {
  const r = runs(['a1', 'a2', 'b1', 'a3'], (s) => s[0]);
  assert.deepEqual(r, [{ key: 'a', items: ['a1', 'a2'] }, { key: 'b', items: ['b1'] }, { key: 'a', items: ['a3'] }]);
  assert.deepEqual(runs([], (x) => x), []);
});

test('page paths: the first page is the list itself', () => {
  assert.equal(pagePath('claims/', 1), 'claims/');
  assert.equal(pagePath('claims', 3), 'claims/page/3/');
});
