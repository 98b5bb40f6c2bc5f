/** mine: a sentence's role and the cue that decided it; spans; labels. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, label } from '../../src/pipeline/mine.ts';
import { LEXICON_VERSION } from '../../src/pipeline/lexicon.ts';
import { FORMULA_MISSING, markHoles } from '../../src/lib/display.ts';

const role = (s: string, wholeParagraph = false) => classify(s, { wholeParagraph }).role;

test('the lexicon is versioned', () => {
  assert.equal(LEXICON_VERSION, 8);
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

const rule = (s: string, wholeParagraph = false) => classify(s, { wholeParagraph }).rule;

test('denials are objections whatever their first word', () => {
  for (const s of [
    'This framing seems false to me.', 'But I somewhat dispute that.', "That's bookkeeping, not science.", 'I just disagree that this changes anything.',
    "This paragraph doesn't seem like a fair summary to me.", "That's not true at all for most people.", 'Then your argument does not hold up here.',
    "The studies they cite just don't add up to a consensus.", 'This confuses weather with climate.', "I think you're overindexing on one word.",
    "There's no such thing as a neutral prior.", 'Worth noticing that this is a much weaker claim.', 'Your survey has a sampling flaw.',
    'FYI this is not a linear function.', 'They are not refutations of the theory, they are simply open questions.',
    "It may not be that bad a plan, but to me it seems worse than waiting.", 'That does not follow.', "That's a non sequitur.", 'The data say otherwise.',
    'Citation needed.',
  ]) assert.deepEqual([s, classify(s).role, classify(s).rule], [s, 'objection', 'denial']);
});

test('look-alikes of denials are not objections', () => {
  for (const s of ['If they are wrong, we lose little by waiting.', 'Ask the people who are wrong and need to learn more.', "I still think I'm missing some cases.",
    "This isn't shocking!", 'Nobody has ever accused me of strawmanning them.', "I'm going in the opposite direction now.", "Here is the debate you're missing out on.", "I agree that governments aren't coming anywhere close to it."]) assert.notEqual(role(s), 'objection', s);
});

test('questions that object are apart from questions that ask', () => {
  assert.deepEqual(classify('How does that conclusion follow?'), { role: 'objection', rule: 'challenge-question', cue: 'How does that conclusion follow' });
  assert.equal(rule("Surely you wouldn't say this of working chemists?"), 'challenge-question');
  assert.equal(rule("Isn't that the opposite of what the data show?"), 'challenge-question');
  assert.equal(rule('Why is this special to the first plan, vs the second?'), 'challenge-question');
  assert.deepEqual(classify('What do you mean by alignment here?'), { role: 'question', rule: 'clarification-cue', cue: 'What do you mean' });
  assert.equal(rule("I'm not getting your 10% to 1% reference?"), 'clarification-cue');
  assert.equal(rule("Not disagreeing, but, I'm not sure what you are responding to?"), 'clarification-cue');
  assert.equal(rule('Do you have a source for the second figure?'), 'question-mark');
});

test('a leading "But" alone is a contrast; with a push-back it is an objection', () => {
  assert.deepEqual(classify('But the fun part is the second experiment.'), { role: 'claim', rule: 'contrast', cue: 'But' });
  assert.deepEqual(classify('However, it is more limited than full fine-tuning.'), { role: 'objection', rule: 'objection-cue', cue: 'However' });
  assert.equal(role("But that wouldn't survive a second look."), 'objection');
});

test('caveats qualify, concessions support, disclaimers are claims', () => {
  assert.deepEqual(classify("But the teams have moved on to other work, so I can't promise much."), { role: 'claim', rule: 'caveat', cue: "I can't promise" });
  assert.equal(rule('I could be wrong, but the second option looks cheaper.'), 'caveat');
  assert.equal(rule("But I'm not sure."), 'caveat');
  assert.equal(rule('Not sure, though.'), 'caveat');
  assert.equal(rule('The second run is cheaper (though I am not fully sure of the figures).'), 'caveat');
  // A hedged or conceding objection is still an objection.
  assert.equal(role("I doubt it helps, but I could be wrong."), 'objection');
  assert.equal(role("You're right that it is cheaper, but I don't think that settles it."), 'objection');
  assert.equal(rule('Good catch, I fixed the typo.'), 'concession');
  assert.equal(role('Yeah, that seems right to me.'), 'aside');
  assert.deepEqual(classify('I do think it is a correct criticism of my essay.'), { role: 'support', rule: 'concession', cue: 'a correct criticism' });
  assert.equal(rule("But you're right that there are other ceremonies."), 'concession');
  assert.equal(rule('But I do like the rest of this section.'), 'concession');
  assert.notEqual(rule('This has nothing to do with whether you are correct.'), 'concession');
  assert.deepEqual(classify('This is not to disagree with the hypothesis.'), { role: 'claim', rule: 'disclaimer', cue: 'is not to disagree' });
  assert.equal(rule("I should say I'm not questioning the figures."), 'disclaimer');
});

test('a line of bare arithmetic answering a figure corrects it', () => {
  assert.deepEqual(classify('10^30 x 100 = 10^32', { wholeParagraph: true }), { role: 'objection', rule: 'correction', cue: '=' });
  assert.equal(classify('10^30 x 100 = 10^32').rule, 'fragment');
});

test('the negated stance reaches past fillers', () => {
  assert.equal(rule("I do just, like, don't think that's a great plan."), 'negated-stance');
  // The cue starts at the subject, not at the words before it.
  assert.equal(classify("Looking at the reply, I basically don't see him changing his mind.").cue, "I basically don't see");
});

test('stray Markdown at the start does not hide the cue', () => {
  assert.equal(rule('---But I somewhat dispute that.'), 'denial');
});

test('labels drop stray Markdown and mark holes where a formula was stripped; the text is left alone', () => {
  assert.equal(label('---More interestingly, the bigger model wins.'), 'More interestingly, the bigger model wins.');
  assert.equal(label('## Results are mixed'), 'Results are mixed');
  assert.equal(markHoles('where corresponds much more strongly to than .'), `where ${FORMULA_MISSING} corresponds much more strongly to ${FORMULA_MISSING} than ${FORMULA_MISSING}.`);
  assert.equal(markHoles('We go up to and including the last step, and it is more than is needed.'), 'We go up to and including the last step, and it is more than is needed.');
  assert.equal(markHoles('the As are names and s are behaviours'), `the As are names and ${FORMULA_MISSING}s are behaviours`);
  assert.equal(label('What about -1?'), 'What about -1?');
});
