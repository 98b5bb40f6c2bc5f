/** explain: every comment, claim, paper and edge of the mined corpus, with its evidence. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counts, explain, formatEvidence } from '../../src/pipeline/explain.ts';
import { mineFolder } from '../support/mine.ts';

const { corpus } = mineFolder('tests/fixtures/blank-lines/seeds');
const text = explain(corpus);

test('evidence on one line: rule, cue, score, terms', () => {
  assert.equal(formatEvidence({ rule: 'shared-topic', score: 0.5, terms: ['cot', 'faithfulness'] }), 'shared-topic score=0.5 terms=[cot, faithfulness]');
  assert.equal(formatEvidence({ rule: 'connective-within-comment', cue: 'However' }), 'connective-within-comment "However"');
});

test('per seed file: comments with their grouping rules, claims by role with their cue, papers with mentions', () => {
  assert.match(text, /━━ jane_doe\.txt — Jane Doe \(janedoe\)/);
  assert.match(text, /\+ paragraph 1 joined: answer-to-quote ">"/);
  // "However, the effect shrinks with scale." limits the author's own claim: a contrast, not an objection.
  assert.match(text, /\[contrast "However"\] "However, the effect shrinks with scale\."/);
  assert.match(text, /objections: 1\n.*\[objection-cue "I'm skeptical"\]/);
  assert.match(text, /lanham-2023 "Lanham et al\. \(2023\)"[^\n]*\n\s+mention "Lanham et al\. \(2023\)"/);
});

test('every edge is printed with its evidence', () => {
  const edges = corpus.claims.reduce((n, c) => n + c.data.rebuts.length + c.data.supports.length + c.data.qualifies.length + c.data.relates.length + c.data.cites.length, 0);
  assert.ok(edges > 0);
  assert.equal(text.match(/─(?:rebuts|supports|qualifies|relates|cites)→/g)!.length, edges);
  assert.equal(text.match(/\n {6}evidence: \S/g)!.length, edges);
});

test('closing counts: claims by role, papers, edges by kind', () => {
  const n = counts(corpus);
  assert.deepEqual(n.roles, { claim: 3, objection: 1, support: 2, question: 0 });
  assert.match(text, /━━ total: claims claim 3, objection 1, support 2, question 0; external targets 4; asides \d+; papers 2; edges rebuts 1, supports 2, qualifies 0, relates 0, cites 2/);
});
