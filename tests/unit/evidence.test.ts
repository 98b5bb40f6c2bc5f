import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLink, describeRole, describeSpan, scoreWords } from '../../src/lib/evidence.ts';
import { evidenceSchema, linkRuleSchema, RELATIONS } from '../../src/schemas/evidence.ts';

test('an explicit target is explained by the words that name it', () => {
  assert.equal(describeLink('rebuts', { rule: 'explicit-target', cue: 'skeptical of the claim that' }), 'The words “skeptical of the claim that” name the claim it answers.');
});

test('answers within a comment say where the target is and which words tied them', () => {
  assert.equal(describeLink('supports', { rule: 'connective-within-comment', cue: 'For example' }), 'It opens with “For example”, backing the claim just before it in the same comment.');
  assert.equal(describeLink('qualifies', { rule: 'own-contrast', cue: 'However' }), "It opens with “However” right after the author's own claim: the author qualifies it rather than rebutting themselves.");
  assert.equal(describeLink('rebuts', { rule: 'answers-attributed', cue: 'But' }), 'It opens with “But”, answering the claim before it, which the comment attributes to someone else.');
  assert.equal(describeLink('rebuts', { rule: 'after-concession', cue: 'But' }), 'After conceding a point, the author turns with “But” against the comment they reply to, not against their own concession.');
  assert.equal(describeLink('rebuts', { rule: 'another-critique', cue: 'Another critique' }), "It opens with “Another critique”, so it argues against what the comment's first critique answered.");
  assert.equal(describeLink('rebuts', { rule: 'explicit-target-in-paragraph', cue: 'disagrees with' }), 'A sentence of the same paragraph names what it answers, after the words “disagrees with”.');
});

test('similarity links give the shared terms and the score in plain words', () => {
  assert.equal(describeLink('relates', { rule: 'shared-topic', score: 0.278, terms: ['faithfulness', 'cot'] }), 'Same topic: the shared terms “faithfulness” and “cot” (similarity 0.28 out of 1).');
  assert.equal(describeLink('relates', { rule: 'shared-topic', score: 0.3, terms: ['cot'] }), 'Same topic: the shared term “cot” (similarity 0.30 out of 1).');
  assert.equal(describeLink('rebuts', { rule: 'similar-claim', cue: 'I disagree', score: 0.41, terms: ['a', 'b', 'c'] }), 'A rebuttal from another comment, found by the cue “I disagree” and the shared terms “a”, “b” and “c” (similarity 0.41 out of 1).');
  assert.equal(describeLink('supports', { rule: 'similar-claim' }), 'A support from another comment, found by similar wording.');
});

test('every link rule has its own sentence, for every relation', () => {
  for (const rule of linkRuleSchema.options) {
    for (const kind of RELATIONS) {
      const words = describeLink(kind, { rule });
      assert.ok(words.length > 10 && !words.includes('undefined'), `${rule} ${kind}: ${words}`);
    }
  }
  // A rule outside the enum is refused by the schema, so it never reaches a page.
  assert.equal(evidenceSchema.safeParse({ rule: 'new-rule' }).success, false);
});

test('citations and hand edits say something', () => {
  assert.equal(describeLink('cites', { rule: 'citation', cue: 'Berglund et. al. (2023)' }), 'Names the work as “Berglund et. al. (2023)”.');
  assert.equal(describeLink('rebuts', { rule: 'override' }), 'This rebuttal was added by hand.');
  assert.equal(describeLink('cites', { rule: 'override', cue: 'same paper' }), 'This citation was added by hand: “same paper”.');
  assert.equal(describeLink('rebuts', { rule: 'answers-quote' }), 'It follows a quote of this claim in its comment: a rebuttal of the quoted words.');
  assert.equal(describeLink('supports', { rule: 'reply-main-claim' }), "A support in a reply to this claim's comment; no claim of it is more alike, so it answers its main claim.");
  assert.equal(describeLink('qualifies', { rule: 'caveat' }), "A caveat the author puts on their own claim: it qualifies it, it doesn't argue against it.");
  assert.equal(scoreWords(1), 'similarity 1.00 out of 1');
});

test('why a claim got its role', () => {
  assert.equal(describeRole('objection', { rule: 'objection-cue', cue: 'I’m skeptical' }), 'An objection: it says “I’m skeptical”.');
  assert.equal(describeRole('objection', { rule: 'negated-stance', cue: "I don't think" }), 'An objection: it takes a negated stance, “I don\'t think”.');
  assert.equal(describeRole('question', { rule: 'question-mark', cue: '?' }), 'A question: it ends with a question mark.');
  assert.equal(describeRole('claim', { rule: 'assertion' }), 'A claim: a statement with no cue of objection, support or question.');
  assert.match(describeRole('claim', { rule: 'named-target', cue: 'the model was …' }, true), /^Not a sentence of the corpus/);
  assert.match(describeRole('claim', { rule: 'quoted' }, true), /words a comment quotes from outside it/);
  assert.equal(describeRole('support', { rule: 'mystery' }), 'A support, by the rule “mystery”.');
  assert.equal(describeRole('objection', { rule: 'explicit-target-cue', cue: 'disagrees with …' }), 'An objection: it names what it answers, “disagrees with …”.');
  assert.equal(describeRole('question', { rule: 'clarification-cue', cue: 'Can you say more' }), 'A question: it asks for clarification, “Can you say more”.');
  assert.equal(describeRole('claim', { rule: 'override', cue: 'a claim, not a question' }), 'A claim, set by hand: “a claim, not a question”.');
});

test('why several sentences are one claim', () => {
  assert.equal(describeSpan({ rule: 'restatement', sentences: 2 }), 'One claim of 2 sentences: a sentence restates the one before it (“i.e.”, “e.g.”).');
  assert.equal(describeSpan({ rule: 'new', sentences: 3 }), 'One claim of 3 sentences: kept together by the rule “new”.');
});

test('a reply\'s aim names the terms the reply shares with the claim, not the sentence itself', () => {
  // link.ts gives a claim with nothing alike in its own words ("I don't think that is the issue at all")
  // the aim of another claim of its reply: "the shared terms" would say the sentence holds words it does not.
  assert.equal(
    describeLink('rebuts', { rule: 'reply-similar', score: 0.3, terms: ['cache', 'latency'] }),
    "A rebuttal in a reply to this claim's comment, aimed at this claim by the terms “cache” and “latency”, which the reply shares with it (similarity 0.30 out of 1).",
  );
  assert.equal(
    describeLink('rebuts', { rule: 'reply-stance', cue: 'No,', terms: ['latency'] }),
    "It opens a reply to this claim's comment with “No,”, so it is a rebuttal of it, aimed at this claim by the term “latency”, which the reply shares with it.",
  );
  assert.match(describeLink('rebuts', { rule: 'reply-unmarked', score: 0.2 }), /aimed at this claim by the reply's wording \(similarity 0\.20 out of 1\)\.$/);
});

test('reply-topic, a relates link, reads true from either end: it never says which claim is "this claim"', () => {
  // Relates links are listed on both claims' pages with the same evidence (relations.ts, incomingLinks):
  // "A reply takes up this claim of the comment it answers" was false on the reply's own page.
  const words = describeLink('relates', { rule: 'reply-topic', score: 0.29, terms: ['analytical', 'emotional'] });
  assert.equal(words, 'A reply and the comment it answers take up one point: the shared terms “analytical” and “emotional” (similarity 0.29 out of 1).');
  assert.doesNotMatch(describeLink('relates', { rule: 'reply-topic' }), /this claim/);
});
