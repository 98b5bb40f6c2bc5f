/** nlp: tokens with lemmas, for any English a commenter writes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokens, tokensOfMany } from '../../src/pipeline/nlp.ts';

test('a token wink leaves without a lemma gets its own word as lemma (leogao.txt crashed on this)', () => {
  const sentence = 'humans cannot, but this is fine.';
  const toks = tokens(sentence);
  const cannot = toks.find((t) => t.value === 'cannot');
  assert.ok(cannot, 'wink keeps "cannot" whole before a comma');
  assert.equal(cannot.lemma, 'cannot');
  assert.ok(toks.every((t) => typeof t.lemma === 'string' && typeof t.pos === 'string'));
  assert.deepEqual(tokensOfMany([sentence, 'I cannot go.']).map((ts) => ts.map((t) => t.lemma)), [
    toks.map((t) => t.lemma),
    ['i', 'can', 'not', 'go', '.'],
  ]);
});

test('lemmas are lowercase and placed in the text', () => {
  const toks = tokens('They believed experiments.');
  assert.deepEqual(toks.map((t) => [t.lemma, t.start]), [['they', 0], ['believe', 5], ['experiment', 14], ['.', 25]]);
});
