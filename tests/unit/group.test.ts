import { test } from 'node:test';
import assert from 'node:assert/strict';
import { group } from '../../src/pipeline/group.ts';
import type { RawParagraph } from '../../src/pipeline/ingest.ts';

let line = 0;
const para = (text: string, kind: RawParagraph['kind'] = 'text'): RawParagraph => {
  line++;
  return { kind, text, raw: text, inlines: [{ text }], lines: { start: line, end: line } };
};
const shape = (texts: RawParagraph[]) => group(texts).map((g) => ({ texts: g.paragraphs.map((p) => p.text.slice(0, 12)), rules: g.joins.map((j) => j.rule) }));

test('a line ending in ":" or "," takes the next one', () => {
  assert.deepEqual(shape([para('My setup is:'), para('A then B.'), para('Unrelated.')]), [
    { texts: ['My setup is:', 'A then B.'], rules: ['ends-with-colon'] },
    { texts: ['Unrelated.'], rules: [] },
  ]);
  assert.deepEqual(shape([para('they use a prompt,'), para('where A maps to B.')]).map((g) => g.rules), [['ends-with-comma']]);
});

test('"Regarding" takes the quoted fragment and the answer after it', () => {
  const g = shape([para('Not sure I follow. Regarding'), para('finetuned on the 7 datasets'), para('The reason is X.'), para('New comment.')]);
  assert.deepEqual(g.map((x) => x.rules), [['regarding-fragment', 'answer-to-fragment'], []]);
});

test('a > quote is followed by its answer', () => {
  assert.deepEqual(shape([para('Is it faithful?', 'quote'), para('I doubt it.'), para('Other.')]).map((g) => g.rules), [['answer-to-quote'], []]);
});

test('bullets and "Case N" enumerations stay together', () => {
  const g = shape([para('I agree, but I add:'), para("- I don't think so."), para('- Between the results.'), para('Next comment.')]);
  assert.deepEqual(g.map((x) => x.rules), [['ends-with-colon', 'list-continues'], []]);
  const c = shape([para('Case 1: a brain.'), para('Case 2: a baby.'), para('Case 3: physics.')]);
  assert.deepEqual(c.map((x) => x.rules), [['enumeration-continues', 'enumeration-continues']]);
});

test('"Similarly," and "Part of the" continue; a plain new sentence does not', () => {
  const g = shape([para('They use names.'), para('Similarly, for RL they do.'), para('Part of the confusion is X.'), para('This issue is real.')]);
  assert.deepEqual(g.map((x) => x.rules), [['continuation-cue', 'continuation-cue'], []]);
});

test('a paragraph that stops mid-sentence goes on in the next', () => {
  assert.deepEqual(shape([para('something observationally similar to'), para('Case 1: a brain.')]).map((g) => g.rules), [['unfinished-sentence']]);
  assert.deepEqual(shape([para('An agenda based on debate.'), para('the point was X.')]).map((g) => g.rules), [[], []]);
});
