/** mine: a sentence's role and the cue that decided it; spans; labels. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, label } from '../../src/pipeline/mine.ts';
import { LEXICON_VERSION } from '../../src/pipeline/lexicon.ts';

const role = (s: string, wholeParagraph = false) => classify(s, { wholeParagraph }).role;

test('the lexicon is versioned', () => {
  assert.equal(LEXICON_VERSION, 2);
});

test('objections, with the cue that decided them', () => {
  assert.deepEqual(classify("I’m skeptical of the claim that the model was more aligned."), { role: 'objection', rule: 'objection-cue', cue: "I'm skeptical" });
  assert.equal(role('However, there is still some visibility in the form of system cards.'), 'objection');
  assert.equal(role("I don't think our results clearly show that faithfulness goes down."), 'objection');
  assert.equal(role('Another critique is that the evidence looks weak.'), 'objection');
  assert.equal(role('It is not obvious that a PhD is the ideal way.'), 'objection');
  assert.equal(role('I do not agree with the framing of the post.'), 'objection');
});

test('"Possible confound:" is an objection even when phrased as a question', () => {
  assert.deepEqual(classify('Possible confound: Is it plausible that the vector is just adjusting the context?'), { role: 'objection', rule: 'objection-cue', cue: 'Possible confound' });
});

test('sentences that must not be objections', () => {
  assert.notEqual(role('Not sure that I understand the second part of the comment.'), 'objection');
  assert.notEqual(role('Thanks for having a read!'), 'objection');
  assert.notEqual(role('Models above 1B start recognizing stuff by shape rather than texture.'), 'objection');
  assert.notEqual(role("It's a shame that OpenAI won't let researchers access it (although the results would be somewhat confounded)."), 'objection');
  assert.notEqual(role("I don't think I see why that would be."), 'objection');
  assert.notEqual(role("I agree, though I'll also add:"), 'objection');
});

test('requests for clarification are questions', () => {
  assert.deepEqual(classify('Not sure that I understand the second part of the comment.'), { role: 'question', rule: 'clarification-cue', cue: 'Not sure that I understand' });
  assert.equal(role('Can you say more?'), 'question');
  assert.equal(role('Do you expect abductive reasoning to differ from deductive reasoning?'), 'question');
});

test('asides: thanks, donations, deadlines, acknowledgements, titles', () => {
  for (const s of ['Thanks for having a read!', 'Sent a tenner, keep up the excellent work!', 'Have donated $100 more.', 'Ah, I see what you mean.', 'Do applications close on November 3rd EoD?', 'Yep, that sounds right!', "I mostly agree, but it's messy.", "I agree, though I'll also add:"]) {
    assert.equal(role(s), 'aside', s);
  }
  assert.equal(classify('Exploring belief states in LLM chains of thought', { wholeParagraph: true }).rule, 'title');
  assert.equal(classify('An AI alignment research agenda based on asymmetric debate and monitoring.', { wholeParagraph: true }).rule, 'title');
  // The same words inside a paragraph, or a real sentence alone on its line, are not titles.
  assert.notEqual(classify('Scaling laws break down beyond a billion parameters.', { wholeParagraph: true }).rule, 'title');
});

test('an agreement that names its target is a support, not an aside', () => {
  assert.deepEqual(classify('I agree with your point about distinguishing between HHH and alignment.'), { role: 'support', rule: 'explicit-target-cue', cue: 'agree with your point about …' });
});

test('supports and plain claims', () => {
  assert.equal(role('Similarly, for the RL experiments they use chatbot names as triggers.'), 'support');
  assert.equal(role('For example evolution incentivized the human brain to live long.'), 'support');
  assert.deepEqual(classify('A LLM will use the knowledge it gained via pre-training to minimize the loss.'), { role: 'claim', rule: 'assertion' });
  assert.equal(classify('My setup is:').role, 'aside');
});

test('labels cut at a word boundary near 90 characters', () => {
  const text = 'The simplest reason I can think of for why CoT improves performance yet does not allow predictability is extra computation.';
  const l = label(text);
  assert.ok(l.length <= 91 && l.endsWith('…'), l);
  assert.ok(text.startsWith(l.slice(0, -1)));
  assert.equal(label('Short claim.'), 'Short claim.');
});
