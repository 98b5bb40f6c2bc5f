/** segment: the repairs over Intl.Segmenter, each on a small string. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { falseBoundary, segment } from '../../src/pipeline/segment.ts';

const split = (text: string) => segment(text).map((o) => text.slice(o.start, o.end));

test('"et. al." does not end a sentence', () => {
  assert.deepEqual(split('Berglund et. al. (2023) utilise a prompt. It works.'), ['Berglund et. al. (2023) utilise a prompt.', 'It works.']);
});

test('"vs." does not end a sentence', () => {
  assert.deepEqual(split('The model had 73% accuracy vs. Gemma3-27B’s 86%, so it might be the model. Next.'), [
    'The model had 73% accuracy vs. Gemma3-27B’s 86%, so it might be the model.',
    'Next.',
  ]);
});

test('"c.f." does not end a sentence', () => {
  assert.deepEqual(split("Test whether it reduces its belief (c.f. 'explaining away'). Next."), ["Test whether it reduces its belief (c.f. 'explaining away').", 'Next.']);
});

test('"(humans?) have": a question mark inside brackets does not end the sentence', () => {
  assert.deepEqual(split('Other intelligent systems (humans?) have converged towards them. Next.'), ['Other intelligent systems (humans?) have converged towards them.', 'Next.']);
});

test('version numbers: "GPT-3.5" and "Qwen-1.7B" stay whole', () => {
  assert.deepEqual(split('Newer models like GPT-4o compared to GPT-3.5-turbo differ. Next.'), ['Newer models like GPT-4o compared to GPT-3.5-turbo differ.', 'Next.']);
  assert.deepEqual(split('I think that on Qwen-1.7B, the probes might be less accurate. Next.'), ['I think that on Qwen-1.7B, the probes might be less accurate.', 'Next.']);
});

test('"place.Another": a missing space after a period is a boundary', () => {
  assert.deepEqual(split('It kept its alignment in the first place.Another critique is that.'), ['It kept its alignment in the first place.', 'Another critique is that.']);
  assert.deepEqual(split('trained on DPO/negative samples.However, I think so.'), ['trained on DPO/negative samples.', 'However, I think so.']);
});

test('a dotted name in a URL is not a boundary', () => {
  assert.deepEqual(split('See https://example.com/a.b.Foo for it. Next.'), ['See https://example.com/a.b.Foo for it.', 'Next.']);
});

test('"eg." and "I.e." do not split their sentence', () => {
  assert.deepEqual(split('This is true of the big labs eg. methods used for o1. I.e. replicating it is dull.'), ['This is true of the big labs eg. methods used for o1.', 'I.e. replicating it is dull.']);
});

test('sentences never cross a paragraph break, and offsets point into the text', () => {
  const text = 'First paragraph ends here\n\nsecond one starts lower case.';
  const parts = segment(text);
  assert.equal(parts.length, 2);
  for (const p of parts) assert.equal(text.slice(p.start, p.end).trim(), text.slice(p.start, p.end));
});

test('falseBoundary: abbreviations and lower-case continuations', () => {
  assert.equal(falseBoundary('Berglund et.', 'al. (2023) show'), true);
  assert.equal(falseBoundary('It ends.', 'Another starts.'), false);
  assert.equal(falseBoundary('systems (humans?)', 'have converged'), true);
});
