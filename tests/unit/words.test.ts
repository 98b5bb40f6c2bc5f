import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, cutAtWord, fold } from '../../src/lib/words.ts';

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

test('cutAtWord drops trailing punctuation before the ellipsis', () => {
  assert.equal(cutAtWord('one two three four', 10), 'one two…');
  assert.equal(cutAtWord('first, second and third', 7), 'first…');
  assert.equal(cutAtWord('Supercalifragilistic', 8), 'Supercal…');
});

test('fold keeps short texts whole and splits long ones at a word, losing nothing', () => {
  assert.deepEqual(fold('  short   text ', 20), { head: 'short text', tail: '' });
  assert.deepEqual(fold('one two three four five', 20), { head: 'one two three four five', tail: '' }, 'a few words over is not worth a fold');
  const long = 'word '.repeat(100).trim();
  const { head, tail } = fold(long, 100);
  assert.ok(head.length <= 100 && head.length > 60, head);
  assert.ok(tail.startsWith(' '), 'the tail starts at the space');
  assert.equal(head + tail, long);
});

test('wrapLabel wraps at words into a few short lines, cutting the last', async () => {
  const { wrapLabel } = await import('../../src/lib/words.ts');
  assert.deepEqual(wrapLabel('the model was primarily more aligned than others', 16, 2), ['the model was', 'primarily more…']);
  assert.deepEqual(wrapLabel('short one', 16, 2), ['short one']);
  assert.deepEqual(wrapLabel('exactly sixteen! and more', 16, 2), ['exactly sixteen!', 'and more']);
  assert.deepEqual(wrapLabel('Supercalifragilisticexpialidocious is long', 10, 2), ['Supercalif', 'is long']);
  assert.deepEqual(wrapLabel('', 10, 2), []);
  for (const l of wrapLabel('I’m skeptical of the claim that the model was primarily more aligned', 16, 3)) assert.ok(l.length <= 17, l);
});

test('the map says how many contested claims it could label, and where the others are', async () => {
  const { labelNote } = await import('../../src/scripts/map/words.ts');
  assert.equal(labelNote(5, 0), '');
  assert.match(labelNote(170, 102), /^68 of the 170 cruxes and rebutted claims in view carry a label, the most contested first/);
  assert.match(labelNote(170, 102), /list below the map/);
});

test('a map label is the first whole words that fit, never a piece of a word', async () => {
  const { firstWords } = await import('../../src/lib/words.ts');
  assert.equal(firstWords("So you're claiming that AI could eat the sun", 16), "So you're…");
  assert.equal(firstWords('short', 16), 'short');
  assert.equal(firstWords('Incomprehensibilities abound', 10), 'Incomprehe…', 'a first word too long is cut');
  assert.equal(firstWords('one, two, three', 9), 'one, two…');
});

test('the note names the exchanges bar only when the map offers it', async () => {
  const { labelNote } = await import('../../src/scripts/map/words.ts');
  assert.doesNotMatch(labelNote(170, 102), /exchanges/);
  assert.match(labelNote(170, 102, true), /a few exchanges at a time/);
});
