import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, cutAtWord } from '../../src/lib/words.ts';

test('counted nouns', () => {
  assert.equal(count(0, 'comment'), '0 comments');
  assert.equal(count(1, 'comment'), '1 comment');
  assert.equal(count(2, 'reply', 'replies'), '2 replies');
});

test('cut at a word boundary, never mid-word', () => {
  assert.equal(cutAtWord('short text'), 'short text');
  assert.equal(cutAtWord('one two three four five six', 14), 'one two three…');
  assert.equal(cutAtWord('a'.repeat(30), 10), `${'a'.repeat(10)}…`, 'one long word is cut where it must be');
});
