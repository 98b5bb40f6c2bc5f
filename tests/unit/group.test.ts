/** group: which paragraphs belong to one comment, and the rule that says so. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { group } from '../../src/pipeline/group.ts';
import type { RawParagraph } from '../../src/pipeline/ingest.ts';

const para = (text: string, line: number, kind: RawParagraph['kind'] = 'text'): RawParagraph => ({ kind, lines: { start: line, end: line }, text, inlines: [{ text }], raw: text });
const groups = (...texts: (string | [string, RawParagraph['kind']])[]) =>
  group(texts.map((t, i) => (typeof t === 'string' ? para(t, i + 1) : para(t[0], i + 1, t[1])))).map((g) => ({ lines: g.paragraphs.map((p) => p.lines.start), rules: g.joins.map((j) => j.rule) }));

test('a line ending in ":" or "," goes on in the next', () => {
  assert.deepEqual(groups('My setup is:', 'The key difference is X.'), [{ lines: [1, 2], rules: ['ends-with-colon'] }]);
  assert.deepEqual(groups('They use a trigger for their experiments,', 'where A corresponds to B.'), [{ lines: [1, 2], rules: ['ends-with-comma'] }]);
});

test('"Regarding" + the quoted fragment + its answer', () => {
  assert.deepEqual(groups('Not sure I follow. Regarding', 'finetuned on the 7 datasets', 'The reason I finetuned is X.'), [{ lines: [1, 2, 3], rules: ['regarding-fragment', 'answer-to-fragment'] }]);
});

test('a quote and its answer; a quoted question and its answer', () => {
  assert.deepEqual(groups(['Is it post hoc?', 'quote'], 'I doubt it.'), [{ lines: [1, 2], rules: ['answer-to-quote'] }]);
  assert.deepEqual(groups('"Does the CoT matter?"', 'It does.'), [{ lines: [1, 2], rules: ['answer-to-quoted-question'] }]);
});

test('lists and enumerations continue, even with a line between that refers to them', () => {
  assert.deepEqual(groups('I agree, though I will add:', ['One point.', 'item'], ['Another point.', 'item']), [{ lines: [1, 2, 3], rules: ['ends-with-colon', 'list-continues'] }]);
  assert.deepEqual(groups('Case 1: either A: a brain, vs B: a person.', 'When you say X, in case B it would be more.', 'Case 2: your experience.'), [
    { lines: [1, 2, 3], rules: ['refers-to-case', 'enumeration-continues'] },
  ]);
  assert.deepEqual(groups('Maybe 3) could be a subset of 2).', 'Maybe 5) is not likely.'), [{ lines: [1, 2], rules: ['enumeration-continues'] }]);
});

test('continuations: "Similarly,", "Part of the", "also", "This …"', () => {
  assert.deepEqual(groups('Claim one.', 'Similarly, claim two.'), [{ lines: [1, 2], rules: ['continuation-cue'] }]);
  assert.deepEqual(groups('Claim one.', 'Part of the confusion is X.'), [{ lines: [1, 2], rules: ['continuation-cue'] }]);
  assert.deepEqual(groups('Claim one.', 'We could also run experiments.'), [{ lines: [1, 2], rules: ['also-continues'] }]);
  assert.deepEqual(groups('Stories are not compelling.', "This doesn't provide evidence, though."), [{ lines: [1, 2], rules: ['demonstrative-opening'] }]);
});

test('a new reply is not a continuation, even after a colon', () => {
  assert.deepEqual(groups('Another cross-post has been collecting some comments:', "I mostly agree, but it's messy."), [
    { lines: [1], rules: [] },
    { lines: [2], rules: [] },
  ]);
  assert.deepEqual(groups('Possible confound: is it X?', 'That makes sense, though what is at stake?'), [
    { lines: [1], rules: [] },
    { lines: [2], rules: [] },
  ]);
  assert.deepEqual(groups('Nice idea.', 'This post is great.'), [
    { lines: [1], rules: [] },
    { lines: [2], rules: [] },
  ]);
});

test('"Some thoughts." introduces what follows', () => {
  assert.deepEqual(groups('Some thoughts.', 'Parts that were an update for me:', 'X.'), [{ lines: [1, 2, 3], rules: ['short-intro', 'ends-with-colon'] }]);
});
