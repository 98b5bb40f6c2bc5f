import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLink, describeRole, describeSpan, scoreWords } from '../../src/lib/evidence.ts';

test('an explicit target is explained by the words that name it', () => {
  assert.equal(describeLink('rebuts', { rule: 'explicit-target', cue: 'skeptical of the claim that' }), 'The words “skeptical of the claim that” name the claim it answers.');
});

test('answers within a comment say where the target is and which words tied them', () => {
  assert.equal(describeLink('rebuts', { rule: 'connective-within-comment', cue: 'However' }), 'It opens with “However”, answering the claim just before it in the same comment.');
  assert.equal(describeLink('supports', { rule: 'cue-within-paragraph' }), 'It follows the claim it answers in the same paragraph.');
  assert.equal(describeLink('supports', { rule: 'cue-within-paragraph', cue: 'Indeed' }), 'It follows the claim it answers in the same paragraph, with the cue “Indeed”.');
  assert.equal(describeLink('rebuts', { rule: 'another-critique', cue: 'Another critique' }), "It opens with “Another critique”, so it argues against what the comment's first critique answered.");
  assert.equal(describeLink('rebuts', { rule: 'explicit-target-in-paragraph', cue: 'disagrees with' }), 'A sentence of the same paragraph names what it answers, after the words “disagrees with”.');
});

test('similarity links give the shared terms and the score in plain words', () => {
  assert.equal(describeLink('relates', { rule: 'shared-topic', score: 0.278, terms: ['faithfulness', 'cot'] }), 'Same topic: the shared terms “faithfulness” and “cot” (similarity 0.28 out of 1).');
  assert.equal(describeLink('relates', { rule: 'shared-topic', score: 0.3, terms: ['cot'] }), 'Same topic: the shared term “cot” (similarity 0.30 out of 1).');
  assert.equal(describeLink('rebuts', { rule: 'similar-claim', cue: 'I disagree', score: 0.41, terms: ['a', 'b', 'c'] }), 'A rebuttal from another comment, found by the cue “I disagree” and the shared terms “a”, “b” and “c” (similarity 0.41 out of 1).');
  assert.equal(describeLink('supports', { rule: 'similar-claim' }), 'A support from another comment, found by similar wording.');
});

test('citations, hand edits and unknown rules all say something', () => {
  assert.equal(describeLink('cites', { rule: 'citation', cue: 'Berglund et. al. (2023)' }), 'Names the work as “Berglund et. al. (2023)”.');
  assert.equal(describeLink('rebuts', { rule: 'override' }), 'This rebuttal was added by hand.');
  assert.equal(describeLink('cites', { rule: 'override', cue: 'same paper' }), 'This citation was added by hand: “same paper”.');
  assert.equal(describeLink('rebuts', { rule: 'new-rule', cue: 'x', score: 0.5 }), 'Found by rule “new-rule”, cue “x” and similarity 0.50 out of 1.');
  assert.equal(scoreWords(1), 'similarity 1.00 out of 1');
});

test('why a claim got its role', () => {
  assert.equal(describeRole('objection', { rule: 'objection-cue', cue: 'I’m skeptical' }), 'An objection: it says “I’m skeptical”.');
  assert.equal(describeRole('objection', { rule: 'negated-stance', cue: "I don't think" }), 'An objection: it takes a negated stance, “I don\'t think”.');
  assert.equal(describeRole('question', { rule: 'question-mark', cue: '?' }), 'A question: it ends with a question mark.');
  assert.equal(describeRole('claim', { rule: 'assertion' }), 'A claim: a statement with no cue of objection, support or question.');
  assert.match(describeRole('claim', { rule: 'named-target', cue: 'the model was …' }, true), /^Not a sentence of the corpus/);
  assert.equal(describeRole('support', { rule: 'mystery' }), 'A support, by the rule “mystery”.');
  assert.equal(describeRole('objection', { rule: 'explicit-target-cue', cue: 'disagrees with …' }), 'An objection: it names what it answers, “disagrees with …”.');
  assert.equal(describeRole('question', { rule: 'clarification-cue', cue: 'Can you say more' }), 'A question: it asks for clarification, “Can you say more”.');
  assert.equal(describeRole('claim', { rule: 'override', cue: 'a claim, not a question' }), 'A claim, set by hand: “a claim, not a question”.');
});

test('why several sentences are one claim', () => {
  assert.equal(describeSpan({ rule: 'restatement', sentences: 2 }), 'One claim of 2 sentences: a sentence restates the one before it (“i.e.”, “e.g.”).');
  assert.equal(describeSpan({ rule: 'new', sentences: 3 }), 'One claim of 3 sentences: kept together by the rule “new”.');
});
