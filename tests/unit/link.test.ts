/** link: relations between claims, each with the rule and evidence that made it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, explicitTargets, link, linkStem, LINK_PARAMS, replyStance, terms, wordPairs, type LinkInput, type OpeningSentence } from '../../src/pipeline/link.ts';
import { tokens } from '../../src/pipeline/nlp.ts';

let k = 0;
const claim = (text: string, role: LinkInput['role'], comment: string, author: string, paragraph = 0, cue?: string): LinkInput => {
  const c: LinkInput = { id: `c${++k}`, role, text, author, comment, index: k, paragraph };
  if (cue) c.cue = cue;
  return c;
};

test('an objection opening with a contrast after the author\'s own claim qualifies it: the author does not rebut themselves', () => {
  const a = claim('This is already somewhat true of the big labs.', 'claim', 'x', 'ann', 0);
  const b = claim('However, there is still some visibility in system cards.', 'objection', 'x', 'ann', 1, 'However');
  const { edges } = link([a, b]);
  assert.deepEqual(edges, [{ source: b.id, target: { claim: a.id }, kind: 'qualifies', evidence: { rule: 'own-contrast', cue: 'However' } }]);
});

test('inside one comment, an objection that disputes the words before it rebuts them; a bare demonstrative, or a concessive "though", qualifies them', () => {
  const a = claim('Everyone wakes up overnight with a completely novel ability.', 'claim', 'bk', 'ann', 0);
  const b = claim('This framing seems false to me.', 'objection', 'bk', 'ann', 0, 'seems false');
  // The author's own words: "This …" qualifies them (quoted words are answered through the quote instead).
  assert.deepEqual(link([a, b]).edges, [{ source: b.id, target: { claim: a.id }, kind: 'qualifies', evidence: { rule: 'own-contrast', cue: 'This' } }]);
  assert.deepEqual(link([a, { ...b, answers: a.id }]).edges.map((e) => [e.kind, e.evidence.rule]), [['rebuts', 'answers-quote']]);
  const c = claim('Anything that holds the image of an agent becomes one.', 'claim', 'bk2', 'ann', 0);
  const d = claim('But I somewhat dispute that.', 'objection', 'bk2', 'ann', 0, 'dispute');
  assert.deepEqual(link([c, d]).edges.map((e) => [e.kind, e.evidence.cue]), [['rebuts', 'dispute that']]);
  const e = claim('So stories that depend on the string are no longer compelling.', 'claim', 'bk3', 'ann', 0);
  const f = claim("This doesn't provide evidence, though, that the string misleads.", 'objection', 'bk3', 'ann', 0, "doesn't");
  assert.deepEqual(link([e, f]).edges.map((x) => [x.kind, x.evidence.rule]), [['qualifies', 'own-contrast']]);
});

test('after a claim the comment attributes to someone else, the connective objection answers it', () => {
  const a = claim('You say that the benchmark measures reasoning.', 'claim', 'x2', 'ann', 0);
  const b = claim('But it only measures recall of the training set.', 'objection', 'x2', 'ann', 0, 'But');
  assert.deepEqual(link([a, b]).edges, [{ source: b.id, target: { claim: a.id }, kind: 'rebuts', evidence: { rule: 'answers-attributed', cue: 'But' } }]);
});

test('"This is because" backs the claim before it; "For example", "Also" and "So" say nothing of support', () => {
  const a = claim('Models pick up shortcuts from their data.', 'claim', 'x3', 'ann', 0);
  const b = claim("That's because the formatting gives the answer away.", 'support', 'x3', 'ann', 0, "That's because");
  assert.deepEqual(link([a, b]).edges.map((e) => [e.kind, e.evidence.rule, e.evidence.cue]), [['supports', 'connective-within-comment', "That's because"]]);
  const e = claim('Models pick up shortcuts from their data.', 'claim', 'x5', 'ann', 0);
  const f = claim('For example, they read the answer off the formatting.', 'support', 'x5', 'ann', 0, 'For example');
  assert.deepEqual(link([e, f]).edges, [], 'an example restates the same position in detail: no link inside the comment');
  const c = claim('Models pick up shortcuts from their data.', 'claim', 'x4', 'ann', 0);
  const d = claim('Also, this is well documented in the literature.', 'support', 'x4', 'ann', 0, 'Also');
  assert.deepEqual(link([c, d]).edges, []);
});

test('two sentences of one comment are linked only where the text says so; questions never are', () => {
  const q = claim('Can you say more?', 'question', 'y', 'ann', 0);
  const o = claim('I doubt there will be reports.', 'objection', 'y', 'ann', 1, 'I doubt');
  assert.deepEqual(link([q, o]).edges, []);
  const c = claim('There will be reports on methods soon.', 'claim', 'z', 'ann', 0);
  const o2 = claim('I doubt there will be reports on methods.', 'objection', 'z', 'ann', 0, 'I doubt');
  assert.deepEqual(link([c, o2]).edges.filter((e) => e.kind !== 'relates'), []);
});

test('a caveat qualifies the previous claim of its comment, never rebuts it', () => {
  const a = claim('Scaling keeps improving the benchmark.', 'claim', 'cv', 'ann', 0);
  const b: LinkInput = { ...claim('At least on the tasks we tried.', 'claim', 'cv', 'ann', 0), rule: 'caveat' };
  assert.deepEqual(link([a, b]).edges, [{ source: b.id, target: { claim: a.id }, kind: 'qualifies', evidence: { rule: 'caveat' } }]);
});

test('a reply answers the most similar claim of its parent, else the one most like the rest of the reply, else the parent\'s main claim, at most maxPerReply times', () => {
  const p1 = claim('The scheduler starves small jobs under heavy load.', 'claim', 'parent', 'ann', 0);
  const p2 = claim('Caching the embeddings would cut the latency by half.', 'claim', 'parent', 'ann', 1);
  const replies = [
    claim('I doubt caching the embeddings helps the latency much.', 'objection', 'reply', 'bob', 0, 'I doubt'),
    claim("I don't think that is the issue at all.", 'objection', 'reply', 'bob', 1, "I don't think"),
    claim('I disagree with the premise here.', 'objection', 'reply', 'bob', 2, 'I disagree'),
    claim('I am not convinced by any of it.', 'objection', 'reply', 'bob', 3, 'not convinced'),
  ].map((r) => ({ ...r, replyTo: 'parent' }));
  const answers = link([p1, p2, ...replies]).edges.filter((e) => e.kind === 'rebuts');
  assert.equal(answers.length, LINK_PARAMS.maxPerReply);
  assert.deepEqual(answers[0]!.target, { claim: p2.id });
  assert.equal(answers[0]!.evidence.rule, 'reply-similar');
  // "I don't think that is the issue at all" says nothing alike itself: the rest of its reply is about caching.
  assert.deepEqual(answers[1]!.target, { claim: p2.id });
  assert.deepEqual([answers[1]!.evidence.rule, answers[1]!.evidence.terms], ['reply-similar', ['cache', 'embeddings', 'latency']]);
  // A reply with nothing alike anywhere answers the main claim.
  const vague = [
    claim("I don't think that is the issue at all.", 'objection', 'reply3', 'bob', 0, "I don't think"),
    claim('I disagree with the premise here.', 'objection', 'reply3', 'bob', 1, 'I disagree'),
  ].map((r) => ({ ...r, replyTo: 'parent' }));
  assert.deepEqual(link([p1, p2, ...vague]).edges.filter((e) => e.kind === 'rebuts').map((e) => [e.target, e.evidence.rule]), [[{ claim: p1.id }, 'reply-main-claim'], [{ claim: p1.id }, 'reply-main-claim']]);
  // A reply to one's own comment continues it: nothing to answer there.
  const own = { ...claim('I doubt caching the embeddings helps the latency much.', 'objection', 'reply2', 'ann', 0, 'I doubt'), replyTo: 'parent' };
  assert.deepEqual(link([p1, p2, own]).edges.filter((e) => e.kind === 'rebuts'), []);
});

test('after a concession, "But …" argues against the comment replied to, not against the concession', () => {
  const p = claim('The scheduler starves small jobs under heavy load.', 'claim', 'par', 'ann', 0);
  const c = { ...claim('I agree the scheduler is slow.', 'support', 'rep', 'bob', 0, 'I agree'), replyTo: 'par', rule: 'concession' };
  const b = { ...claim('But small jobs are never starved under load.', 'objection', 'rep', 'bob', 0, 'But'), replyTo: 'par' };
  const edges = link([p, c, b]).edges.filter((e) => e.source === b.id);
  assert.deepEqual(edges.map((e) => [e.target, e.evidence.rule, e.evidence.cue]), [[{ claim: p.id }, 'after-concession', 'But']]);
  // With no comment to answer, the "But" links nothing inside its own comment.
  const c2 = claim('Sure, the scheduler is slow.', 'support', 'solo', 'bob', 0);
  const b2 = claim('But small jobs are never starved under load.', 'objection', 'solo', 'bob', 0, 'But');
  assert.deepEqual(link([c2, b2]).edges.filter((e) => e.source === b2.id), []);
});

test('an objection after a quote answers the quoted claim', () => {
  const q = claim('Small jobs are starved under heavy load.', 'claim', 'orig', 'ann', 0);
  const o = { ...claim("That isn't what the traces show.", 'objection', 'quoter', 'bob', 0, "isn't"), answers: q.id };
  assert.deepEqual(link([q, o]).edges.filter((e) => e.kind === 'rebuts'), [{ source: o.id, target: { claim: q.id }, kind: 'rebuts', evidence: { rule: 'answers-quote', cue: "isn't" } }]);
});

test('an explicit target becomes an external node; "Another critique" argues against the same one', () => {
  const a = claim("I'm skeptical of the claim that the model was aligned by gradient hacking, because X.", 'objection', 'w', 'bob', 0);
  const b = claim('Another critique is that the evidence looks circular.', 'objection', 'w', 'bob', 1);
  const { edges, externals } = link([a, b]);
  assert.equal(externals.length, 1);
  assert.equal(externals[0]!.text, 'the model was aligned by gradient hacking');
  assert.deepEqual(edges.map((e) => [e.source, e.kind, e.target, e.evidence.rule]), [
    [a.id, 'rebuts', { external: externals[0]!.key }, 'explicit-target'],
    [b.id, 'rebuts', { external: externals[0]!.key }, 'another-critique'],
  ]);
  assert.equal(edges[0]!.evidence.cue, 'skeptical of the claim that …');
});

test('explicitTargets keeps a closing quote the punctuation cut off', () => {
  const t = explicitTargets(claim('I agree with your point about distinguishing between “HHH” and “alignment.”', 'support', 'v', 'bob'));
  assert.equal(t[0]!.text, 'distinguishing between “HHH” and “alignment.”'.replace(/\.”$/, '.”').replace(/\.”$/, '.”'));
});

test('relates: claims of different authors on one topic, with the shared terms and score', () => {
  const a = claim("I naively expect o1's CoT to be more faithful.", 'claim', 'p', 'ann');
  const b = claim("Though we already know that standard chain of thought isn't reliably faithful.", 'objection', 'q', 'cat');
  const c = claim('The weather was nice on the day of the conference.', 'claim', 'r', 'cat');
  const { edges } = link([a, b, c]);
  const rel = edges.filter((e) => e.kind === 'relates');
  assert.equal(rel.length, 1);
  assert.deepEqual(rel[0]!.evidence.terms!.sort(), ['cot', 'faithfulness']);
  assert.ok(rel[0]!.evidence.score! >= LINK_PARAMS.relatesThreshold);
});

test('relates never links an author to themselves, nor on generic words alone', () => {
  const a = claim("I naively expect o1's CoT to be more faithful.", 'claim', 'p', 'ann');
  const b = claim('CoT faithfulness matters for oversight.', 'claim', 'q', 'ann');
  const c = claim("Can't say conclusively without running more experiments.", 'claim', 'r', 'ann');
  const d = claim('We could also run toy-model experiments.', 'claim', 's', 'cat');
  assert.deepEqual(link([a, b, c, d]).edges.filter((e) => e.kind === 'relates'), []);
});

test('no claim gets more than relatesTopK relates links, or relatesTopKTopic on a topic phrase', () => {
  // Enough other claims that the topic is under the document-frequency cap of the inverted index.
  const filler = Array.from({ length: 60 }, (_, i) => claim(`Note number ${i} is here.`, 'claim', `f${i}`, 'dan'));
  const at = (hub: LinkInput, rel: ReturnType<typeof link>['edges']) => rel.filter((e) => e.kind === 'relates' && (e.source === hub.id || ('claim' in e.target && e.target.claim === hub.id))).length;
  const hub = claim('Alignment faking is the topic.', 'claim', 'h', 'ann');
  const others = Array.from({ length: 6 }, (_, i) => claim(`Claim ${i} about alignment faking in models.`, 'claim', `o${i}`, 'cat'));
  assert.equal(at(hub, link([hub, ...others, ...filler]).edges), LINK_PARAMS.relatesTopKTopic);
  const named = { ...claim('The Matrioshka brain keeps its swarm close.', 'claim', 'h2', 'ann'), post: 'P' };
  const near = Array.from({ length: 3 }, (_, i) => ({ ...claim(`Point ${i}: a Matrioshka brain would expand outward.`, 'claim', `m${i}`, 'cat'), post: 'P' }));
  assert.equal(at(named, link([named, ...near, ...filler]).edges), LINK_PARAMS.relatesTopK);
  assert.ok(LINK_PARAMS.relatesTopK < LINK_PARAMS.relatesTopKTopic);
});

test('terms fold phrases and leave out generic nouns and verbs', () => {
  assert.deepEqual(terms('Chain of thought faithfulness in the alignment faking experiments').sort(), ['phrase_alignment_faking', 'phrase_cot', 'phrase_faithfulness']);
});

const said = (text: string, role: OpeningSentence['role'] = 'claim', rule?: string): OpeningSentence => (rule ? { text, role, rule } : { text, role });

test('replyStance: a reply says how it stands to its parent in its opening words', () => {
  const stance = (...s: OpeningSentence[]) => replyStance(s);
  assert.deepEqual(stance(said('Yeah; simulation seems like it implies a weak theism.')), { kind: 'supports', cue: 'Yeah' });
  assert.deepEqual(stance(said('Yeah, that seems right to me.', 'aside'), said('The rest follows.')), { kind: 'supports', cue: 'Yeah' });
  assert.equal(stance(said('I agree that governments are slow, but they will act.')).kind, 'rebuts');
  assert.equal(stance(said('I agree that governments are slow, but they will act.')).afterAgreement, true);
  assert.equal(stance(said('I mostly agree.', 'aside'), said('However, the timeline is off.')).kind, 'rebuts');
  assert.deepEqual(stance(said("I don't agree with the framing here.")), { kind: 'rebuts', cue: "I don't agree" });
  assert.deepEqual(stance(said('No, the logical inductor is much slower than that.')), { kind: 'rebuts', cue: 'No,' });
  assert.equal(stance(said('I strongly disagree with this.')).kind, 'rebuts');
  assert.equal(stance(said("I don't disagree with any of that.")).kind, 'supports', 'a negated disagreement is no refusal');
  assert.equal(stance(said('But the arguments were published years ago.')).kind, 'rebuts');
  assert.equal(stance(said('This framing seems false to me.', 'objection', 'denial')).kind, 'rebuts');
  // Neither: a clarification, a disclaimer.
  assert.equal(stance(said('are you saying something like: you can\'t do more of everything?', 'question')).kind, null);
  assert.equal(stance(said("Not disagreeing, but, I'm not sure what you are responding to?", 'question')).kind, null);
  assert.equal(stance(said('This is not to disagree with the hypothesis.', 'claim', 'disclaimer')).kind, null);
  // Thanks and a plain question are read past; plain words are unmarked.
  assert.equal(stance(said('Thanks for engaging!', 'aside'), said('I disagree that you need grid search.')).kind, 'rebuts');
  assert.equal(stance(said('Do they shut down or slow down?', 'question'), said('I think my scenario fits all of it.')).kind, 'unmarked');
  assert.equal(stance(said('I think part of the trouble is the term itself.')).kind, 'unmarked');
  assert.equal(stance(said('Rightly or not, the term stuck.')).kind, 'unmarked', 'a word that starts like "right" is no agreement');
  assert.equal(stance(said('Right now very few people are careful enough.')).kind, 'unmarked', '"Right now" is no agreement');
  assert.equal(stance(said('Exactly how would that work?', 'question'), said('The budget is fixed.')).kind, 'unmarked');
});

test('a reply with no objection or support answers its parent with its main point, in the stance of its opening', () => {
  const p = claim('Emotional intelligence is a strong predictor of success.', 'claim', 'par', 'ann', 0);
  const opening = (...s: OpeningSentence[]) => s;
  const reply = (text: string, open: OpeningSentence[], role: LinkInput['role'] = 'claim') => ({ ...claim(text, role, `rep${k}`, 'bob', 0), replyTo: 'par', opening: open });
  const edgesOf = (...cs: LinkInput[]) => link([p, ...cs]).edges.filter((e) => e.kind !== 'relates');
  const agree = reply('Yeah; emotional intelligence predicts it well.', opening(said('Yeah; emotional intelligence predicts it well.')));
  assert.deepEqual(edgesOf(agree).map((e) => [e.source, e.target, e.kind, e.evidence.rule, e.evidence.cue]), [[agree.id, { claim: p.id }, 'supports', 'reply-stance', 'Yeah']]);
  const plain = reply('Analytical people understand most emotions better.', opening(said('Analytical people understand most emotions better.')));
  assert.deepEqual(edgesOf(plain).map((e) => [e.kind, e.evidence.rule]), [[LINK_PARAMS.unmarkedReply, 'reply-unmarked']]);
  const ask = reply('are you saying something like emotions are a skill?', opening(said('are you saying something like emotions are a skill?', 'question')), 'question');
  const askMore = { ...claim('I feel people shift quite a lot.', 'claim', ask.comment, 'bob', 0), replyTo: 'par', opening: ask.opening };
  assert.deepEqual(edgesOf(ask, askMore), [], 'a clarification takes no side');
  // After "I agree X, but": the point after the turn answers, never the agreement.
  const conceded = reply('I agree it predicts some success.', opening(said('I agree it predicts some success, but only a little.')));
  const point = { ...claim('It only predicts a little once you control for IQ.', 'claim', conceded.comment, 'bob', 0), replyTo: 'par', opening: conceded.opening };
  const es = edgesOf(conceded, point).filter((e) => e.evidence.rule === 'reply-stance');
  assert.deepEqual(es.map((e) => [e.source, e.kind]), [[point.id, 'rebuts']]);
  // One's own comment is continued, not answered.
  const own = { ...reply('Yeah; and more.', opening(said('Yeah; and more.'))), author: 'ann' };
  assert.deepEqual(edgesOf(own), []);
});

test('a reply\'s objection answers the claim of the parent it quotes before the most similar one', () => {
  const p1 = claim('Caching the embeddings would cut the latency by half.', 'claim', 'qp', 'ann', 0);
  const p2 = claim('The scheduler starves small jobs under heavy load.', 'claim', 'qp', 'ann', 1);
  // The reply quoted p2, answered it, and goes on objecting: the later objection is more like p1 in its words.
  const first = { ...claim("That isn't what the traces show.", 'objection', 'qr', 'bob', 0, "isn't"), replyTo: 'qp', answers: p2.id, quoted: p2.id };
  const later = { ...claim('Caching the embeddings does not touch the latency at all.', 'objection', 'qr', 'bob', 1, 'not'), replyTo: 'qp', quoted: p2.id };
  const rebuts = link([p1, p2, first, later]).edges.filter((e) => e.kind === 'rebuts');
  assert.deepEqual(rebuts.map((e) => [e.source, e.target, e.evidence.rule]), [[first.id, { claim: p2.id }, 'answers-quote'], [later.id, { claim: p2.id }, 'answers-quote']]);
  // Without the quote the same objection answers the most similar claim.
  const unquoted = { ...later, quoted: undefined };
  assert.deepEqual(link([p1, p2, unquoted]).edges.filter((e) => e.kind === 'rebuts').map((e) => [e.target, e.evidence.rule]), [[{ claim: p1.id }, 'reply-similar']]);
});

test('"So you\'re claiming X, which is not obvious" answers the other side, never qualifies the author\'s own claim', () => {
  const p = claim('The sun could be taken apart within ten thousand years.', 'claim', 'sp', 'ann', 0);
  const own = { ...claim('In some sense the sun is already eating itself by fusion.', 'claim', 'sr', 'bob', 0), replyTo: 'sp' };
  const so = { ...claim("So you're claiming that the sun could be taken apart far faster, which is not obvious to me.", 'objection', 'sr', 'bob', 0, 'not obvious'), replyTo: 'sp' };
  const edges = link([p, own, so]).edges.filter((e) => e.source === so.id && e.kind !== 'relates');
  assert.deepEqual(edges.map((e) => [e.kind, e.target]), [['rebuts', { claim: p.id }]]);
  // Without "you're claiming" the same "So …" qualifies the author's own claim.
  const plain = { ...so, id: 'plain-so', text: 'So the sun could be taken apart far faster, which is not obvious to me.' };
  assert.deepEqual(link([p, own, plain]).edges.filter((e) => e.source === plain.id && e.kind !== 'relates').map((e) => e.kind), ['qualifies']);
});

test('a reply that only concedes a point still answers with its own point', () => {
  const p = claim('Shifting every reward changes what the agent learns.', 'claim', 'cp', 'ann', 0);
  const open = [said('I think the shift still matters because nothing fundamental differs.')];
  const point = { ...claim('I think the shift still matters because nothing fundamental differs.', 'claim', 'cr', 'bob', 0), replyTo: 'cp', opening: open };
  const conceded = { ...claim('I agree that extreme shifts make learning slow.', 'support', 'cr', 'bob', 1, 'I agree'), replyTo: 'cp', rule: 'concession', opening: open };
  const edges = link([p, point, conceded]).edges.filter((e) => e.kind === 'rebuts' || e.kind === 'supports');
  assert.deepEqual(edges.map((e) => [e.source, e.kind]).sort(), [[point.id, LINK_PARAMS.unmarkedReply], [conceded.id, 'supports']].sort());
});

test('relates: under one post a shared rare term is enough; across posts or with no post it takes two, or a topic phrase', () => {
  const filler = Array.from({ length: 60 }, (_, i) => claim(`Note number ${i} is here.`, 'claim', `pf${i}`, 'dan'));
  const a = { ...claim('The takeoff we get will be slow and messy.', 'claim', 'pa', 'ann'), post: 'P1' };
  const b = { ...claim('A globally controlled takeoff needs many governments.', 'claim', 'pb', 'cat'), post: 'P1' };
  const rel = link([a, b, ...filler]).edges.filter((e) => e.kind === 'relates');
  assert.deepEqual(rel.map((e) => [e.evidence.rule, e.evidence.terms]), [['same-post-topic', ['takeoff']]]);
  assert.deepEqual(link([a, { ...b, post: 'P2' }, ...filler]).edges.filter((e) => e.kind === 'relates'), [], 'another post: one shared word is not a subject');
  const { post: _, ...bare } = b;
  assert.deepEqual(link([{ ...a, post: undefined }, bare, ...filler]).edges.filter((e) => e.kind === 'relates'), [], 'a plain dump: no post to share');
});

test('terms keep a capitalised name inside a sentence even where the tagger reads a verb', () => {
  assert.ok(terms('I have had few problems with Said, but this seems reasonable.').includes('said'));
  assert.ok(!terms('He said this seems reasonable.').includes('said'), 'the verb stays out');
  assert.ok(!terms('Said differently, this seems reasonable.').includes('said'), 'a sentence opening is no name');
});

test('with no shared noun, a reply answers the parent claim that shares two content words, not its main claim', () => {
  const main = claim('There is no fundamental difference between positive and negative motivation.', 'claim', 'wp', 'ann', 0);
  const taken = claim('If you shift everything slightly, you still learn at the same speed.', 'claim', 'wp', 'ann', 1);
  const words = (c: LinkInput) => ({ ...c, words: contentWords(tokens(c.text)) });
  const reply = { ...words(claim('Then it does not hold up: shifting it might totally break how you learn.', 'objection', 'wr', 'bob', 0, 'not hold up')), replyTo: 'wp' };
  const rebuts = link([words(main), words(taken), reply]).edges.filter((e) => e.kind === 'rebuts');
  assert.deepEqual(rebuts.map((e) => [e.target, e.evidence.rule, e.evidence.terms]), [[{ claim: taken.id }, 'reply-similar', ['learn', 'shift']]]);
  // One shared word is chance: the main claim.
  const once = { ...words(claim('Then it does not hold up: it might totally break how you learn.', 'objection', 'wr2', 'bob', 0, 'not hold up')), replyTo: 'wp' };
  assert.deepEqual(link([words(main), words(taken), once]).edges.filter((e) => e.kind === 'rebuts').map((e) => [e.target, e.evidence.rule]), [[{ claim: main.id }, 'reply-main-claim']]);
});

test('linkStem folds the forms of one word family, and leaves short words and names whole', () => {
  assert.deepEqual(['competent', 'competently', 'competence'].map(linkStem), ['compet', 'compet', 'compet']);
  assert.deepEqual(['emotional', 'emotionally', 'emotion'].map(linkStem), ['emotion', 'emotion', 'emotion']);
  assert.deepEqual(['argue', 'argument'].map(linkStem), ['argu', 'argu']);
  assert.deepEqual(['parent', 'event', 'agent', 'total'].map(linkStem), ['parent', 'event', 'agent', 'total']);
});

test('a reply matches its parent on stemmed content words, adverbs and adjectives included', () => {
  const words = (c: LinkInput) => ({ ...c, words: contentWords(tokens(c.text)), pairs: wordPairs(tokens(c.text)) });
  const main = words(claim('The document lays out many recommendations on energy.', 'claim', 'cp1', 'ann', 0));
  const fanfic = words(claim('It reads like fiction about a competent state racing ahead.', 'claim', 'cp1', 'ann', 1));
  // "competently" ~ "competent" and "racing" ~ "racing": two shared words, where unstemmed there is one.
  const reply = { ...words(claim('I believe this plan was competently executed, racing nobody.', 'objection', 'cr1', 'bob', 0, 'I believe')), replyTo: 'cp1' };
  const rebuts = link([main, fanfic, reply]).edges.filter((e) => e.kind === 'rebuts');
  assert.deepEqual(rebuts.map((e) => [e.target, e.evidence.rule]), [[{ claim: fanfic.id }, 'reply-similar']]);
  assert.ok(rebuts[0]!.evidence.terms!.includes('competently'), 'the shared word as the reply writes it');
});

test('the answer to a question of its own comment holds the question\'s words: a reply to the question answers it', () => {
  const ask = claim('But is it actually competent policy work, under any agenda?', 'question', 'qa', 'ann', 0);
  const answer = claim("My impression is that no, it's not.", 'claim', 'qa', 'ann', 1);
  const other = claim('The administration contradicts the key recommendations elsewhere.', 'claim', 'qa', 'ann', 2);
  const reply = { ...claim('I believe it is a competently executed plan, whatever the wider policy.', 'objection', 'qr1', 'bob', 0, 'I believe'), replyTo: 'qa' };
  const rebuts = link([ask, answer, other, reply]).edges.filter((e) => e.kind === 'rebuts');
  assert.deepEqual(rebuts.map((e) => [e.target, e.evidence.rule]), [[{ claim: answer.id }, 'reply-similar']]);
});

test('wordPairs: two content words side by side, across a hyphen; a shared pair decides between parent claims', () => {
  assert.deepEqual(wordPairs(tokens('goals as world-models, in short')), ['world model']);
  assert.deepEqual(wordPairs(tokens('the term "emotional intelligence".')), ['emotional intelligence']);
  assert.deepEqual(wordPairs(tokens('unique to world models.')), ['world model']);
  // A dash with space around it ends a clause: the words on each side are no phrase.
  assert.deepEqual(wordPairs(tokens('We need alignment - research comes later.')), []);
  assert.deepEqual(wordPairs(tokens('We need alignment — research comes later.')), []);
  const filler = Array.from({ length: 30 }, (_, i) => claim(`Rewards number ${i} arrive as the world turns.`, 'claim', `wf${i}`, 'dan'));
  const sharp = claim('When goals are world-models, the distinction between them is sharp and clear.', 'claim', 'wm', 'ann', 0);
  const reward = claim('Rewards, always.', 'claim', 'wm', 'ann', 1);
  const reply = { ...claim("I don't think this is unique to world models; rewards too.", 'objection', 'wr3', 'bob', 0, "I don't think"), replyTo: 'wm' };
  const target = (r: LinkInput) => link([sharp, reward, r, ...filler]).edges.filter((e) => e.kind === 'rebuts').map((e) => e.target);
  assert.deepEqual(target(reply), [{ claim: sharp.id }]);
  assert.deepEqual(target({ ...reply, pairs: [] }), [{ claim: reward.id }], 'without the pair the short claim on "rewards" wins');
});

test('quote-point: the claim right after a quote nothing answers rebuts it where it denies it, supports it where it agrees, else says nothing', () => {
  const q = claim('Presumably people would cheat less if we caught them more.', 'claim', 'qo', 'ann', 0);
  const after = (text: string, more: string[] = []) => {
    const c = { ...claim(text, 'claim', `qp${k}`, 'bob', 0), answers: q.id };
    return [c, ...more.map((m) => claim(m, 'claim', c.comment, 'bob', 0))];
  };
  const edgesOf = (cs: LinkInput[]) => link([q, ...cs]).edges.filter((e) => e.kind === 'rebuts' || e.kind === 'supports').map((e) => [e.source, e.target, e.kind, e.evidence.rule, e.evidence.cue]);
  const denies = after("Most cheaters aren't moved by the odds of being caught.");
  assert.deepEqual(edgesOf(denies), [[denies[0]!.id, { claim: q.id }, 'rebuts', 'quote-point', "n't"]]);
  const agrees = after('Yeah; catching them is what deters them.');
  assert.deepEqual(edgesOf(agrees), [[agrees[0]!.id, { claim: q.id }, 'supports', 'quote-point', 'Yeah']]);
  assert.deepEqual(edgesOf(after('I recently touched the handle of a cast iron pot.')), [], 'a plain claim says nothing of stance');
  assert.deepEqual(edgesOf(after('In retrospect we should have said more; we did not do that for lack of space.')), [], 'a negation after the first clause gives a reason, it does not deny');
  assert.deepEqual(edgesOf(after("If you don't have any examples, the theory predicts nothing.")), [], 'a negation in a condition sets a case');
  const answer = after("I haven't for a while, and it has nothing to do with cheating.");
  assert.equal(edgesOf(answer).length, 1);
  assert.deepEqual(edgesOf(answer.map((c) => ({ ...c, answersQuestion: true }))), [], 'an answer to a quoted question neither rebuts nor supports it');
  // An objection that answered the quote already took it.
  const o = { ...claim("That isn't what the traces show.", 'objection', 'qp-o', 'bob', 0, "isn't"), answers: q.id };
  const rest = { ...claim("Cheaters don't read the odds.", 'claim', 'qp-o', 'bob', 1), answers: q.id };
  assert.deepEqual(edgesOf([o, rest]).map((e) => e[0]), [o.id]);
});

test('reply-topic: one relates link per reply, from its claim most like a claim of the parent not linked otherwise', () => {
  const p1 = claim('The scheduler starves small jobs under heavy load.', 'claim', 'tp', 'ann', 0);
  const p2 = claim('Caching the embeddings would cut the latency by half.', 'claim', 'tp', 'ann', 1);
  const r1 = { ...claim('I doubt the scheduler starves anything.', 'objection', 'tr', 'bob', 0, 'I doubt'), replyTo: 'tp' };
  const r2 = { ...claim('The latency barely moved when we tried.', 'claim', 'tr', 'bob', 1), replyTo: 'tp' };
  const r3 = { ...claim('The queue looks fine to me.', 'claim', 'tr', 'bob', 2), replyTo: 'tp' };
  const edges = link([p1, p2, r1, r2, r3]).edges;
  assert.deepEqual(edges.filter((e) => e.kind === 'rebuts').map((e) => [e.source, e.target]), [[r1.id, { claim: p1.id }]]);
  const topic = edges.filter((e) => e.evidence.rule === 'reply-topic');
  assert.equal(topic.length, 1, 'at most one per reply');
  assert.deepEqual([topic[0]!.source, topic[0]!.target, topic[0]!.kind], [r2.id, { claim: p2.id }, 'relates']);
  assert.ok(topic[0]!.evidence.score! >= LINK_PARAMS.replyTopicThreshold && topic[0]!.evidence.terms!.length > 0);
  // Nothing in common: no link.
  const lone = { ...claim('Rain is expected on Tuesday.', 'claim', 'tr2', 'bob', 0), replyTo: 'tp' };
  assert.deepEqual(link([p1, p2, lone]).edges.filter((e) => e.evidence.rule === 'reply-topic'), []);
});

test('a concession that already answered the parent claim is not linked to it a second time by its stance', () => {
  const p = claim('Governments are nowhere close to making this calculation.', 'claim', 'gp', 'ann', 0);
  const open = [said('I agree that governments are nowhere close to making this calculation.', 'support')];
  const c = { ...claim('I agree that governments are nowhere close to making this calculation.', 'support', 'gr', 'bob', 0, 'I agree'), replyTo: 'gp', rule: 'concession', opening: open };
  const edges = link([p, c]).edges.filter((e) => e.kind === 'supports');
  assert.equal(edges.length, 1);
});
