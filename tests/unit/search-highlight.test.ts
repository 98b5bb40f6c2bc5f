import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlight, wordRanges, type Segment } from '../../src/lib/search.ts';

const marks = (text: string, ranges: [number, number][]) => wordRanges(text, ranges).map(([s, e]) => text.slice(s, e));
const show = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
const at = (text: string, word: string, from = 0): [number, number] => {
  const s = text.indexOf(word, from);
  return [s, s + word.length];
};

test('scattered letters of a fuzzy match become the whole word', () => {
  const text = 'Berglund et al. (2023)';
  // A typo match ("Berglnd") can mark scattered letters: "Bergl" and "nd".
  assert.deepEqual(marks(text, [[0, 5], [6, 8]]), ['Berglund']);
});

test('words of a phrase apart by spaces become one mark; other gaps keep marks apart', () => {
  const text = 'the gradient hacking behaviour, then gradient descent';
  assert.deepEqual(marks(text, [at(text, 'gradient'), at(text, 'hacking'), at(text, 'gradient', 20)]), ['gradient hacking', 'gradient']);
  assert.deepEqual(marks('faking/gradient', [[0, 6], [7, 15]]), ['faking', 'gradient']);
});

test('quotes and spaces at the ends of a range are not marked; apostrophes and hyphens inside words are', () => {
  const text = "in the 'Say What They Think' paper, don't CoT-related";
  assert.deepEqual(marks(text, [[7, 29]]), ['Say What They Think']);
  assert.deepEqual(marks(text, [at(text, 'don')]), ["don't"]);
  assert.deepEqual(marks(text, [at(text, 'CoT')]), ['CoT-related']);
  assert.deepEqual(marks('faithful by', [[0, 9]]), ['faithful']);
});

test('ranges out of bounds, empty or only punctuation are dropped; overlapping ones merge', () => {
  const text = 'alignment faking';
  assert.deepEqual(marks(text, [[-5, 3], [100, 120], [4, 4], [9, 10]]), ['alignment']);
  assert.deepEqual(marks(text, [[0, 12], [10, 16]]), ['alignment faking']);
  assert.deepEqual(marks('a, b', [[1, 3]]), []);
});

test('highlight: the whole text with marks when it fits', () => {
  assert.equal(show(highlight('I expect CoT to be faithful.', [[9, 12]])), 'I expect [CoT] to be faithful.');
  assert.equal(show(highlight('No match here.', [])), 'No match here.');
  assert.equal(show(highlight('', [[0, 3]])), '');
});

test('highlight: long texts are cut around the first mark, at word boundaries, with ellipses', () => {
  const text = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen faithfulness fifteen sixteen seventeen eighteen nineteen twenty.';
  const out = highlight(text, [at(text, 'faithfulness')], 60);
  const s = show(out);
  assert.match(s, /^…\w.*\[faithfulness\].*\w…$/);
  const visible = out.map((x) => x.text).join('').replace(/…/g, '');
  assert.ok(text.includes(visible.trim()), 'the shown text is a piece of the original');
  assert.ok(visible.length <= 60, `at most 60 characters, got ${visible.length}`);
  // A mark near the start keeps the start; no mark shows the start.
  assert.match(show(highlight(text, [[4, 7]], 30)), /^One \[two\] three .*…$/);
  assert.match(show(highlight(text, [], 30)), /^One two three four five six…$/);
});

test('highlight: a mark cut by the end of the window is cut with it, never left open', () => {
  const text = 'aaa bbb ccc ddd eee fff ggg hhh';
  const out = highlight(text, [[0, 3], [28, 31]], 12);
  assert.equal(show(out), '[aaa] bbb ccc…');
});
