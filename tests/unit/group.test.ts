/** group: which paragraphs belong to one comment, and the rule that says so. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOUNDARY_FEATURES, BOUNDARY_MODEL, cut, fileOdds, footnoteJoins, gaps, group, MAX_AGE, newCommentOdds, priorShift, sharedParagraphs } from '../../src/pipeline/group.ts';
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

test('a quote and its answer', () => {
  assert.deepEqual(groups(['Is it post hoc?', 'quote'], 'I doubt it.'), [{ lines: [1, 2], rules: ['answer-to-quote'] }]);
  assert.deepEqual(groups(['Is it post hoc?', 'quote'], ['And is it faithful?', 'quote'], 'Neither.'), [{ lines: [1, 2, 3], rules: ['quote-continues', 'answer-to-quote'] }]);
});

test('lists and enumerations continue, even with a line between that refers to them', () => {
  assert.deepEqual(groups('I agree, though I will add:', ['One point.', 'item'], ['Another point.', 'item']), [{ lines: [1, 2, 3], rules: ['ends-with-colon', 'list-continues'] }]);
  assert.deepEqual(groups('Case 1: either A: a brain, vs B: a person.', 'When you say X, in case B it would be more.', 'Case 2: your experience.'), [
    { lines: [1, 2, 3], rules: ['refers-to-case', 'enumeration-continues'] },
  ]);
  assert.deepEqual(groups('Maybe 3) could be a subset of 2).', 'Maybe 5) is not likely.'), [{ lines: [1, 2], rules: ['enumeration-continues'] }]);
  assert.deepEqual(groups('It depends on what you count.', 'Step 1 is to stare at your index finger.'), [{ lines: [1, 2], rules: ['enumeration-starts'] }]);
});

test('continuations: "Similarly,", "Part of the", "However,"', () => {
  assert.deepEqual(groups('Claim one.', 'Similarly, claim two.'), [{ lines: [1, 2], rules: ['continuation-cue'] }]);
  assert.deepEqual(groups('Claim one.', 'Part of the confusion is X.'), [{ lines: [1, 2], rules: ['continuation-cue'] }]);
  assert.deepEqual(groups('Claim one.', 'However, claim two.'), [{ lines: [1, 2], rules: ['continuation-cue'] }]);
});

test('a paragraph that shares its words with the comment so far reads on; one that shares none and opens a reply starts a comment', () => {
  const texts = [
    'Sparse autoencoders trained on residual streams recover interpretable features of chess positions.',
    'The features of chess positions that the sparse autoencoders recover include pins and forks.',
    'Thanks for writing this up! Did you consider the bakery example from the earlier thread?',
  ];
  const g = group(texts.map((t, i) => para(t, i + 1)));
  assert.deepEqual(g.map((x) => x.paragraphs.map((p) => p.lines.start)), [[1, 2], [3]]);
  assert.equal(g[0]!.joins[0]!.rule, 'reads-on');
  assert.match(g[0]!.joins[0]!.cue!, /^odds of a new comment 0\.\d\d$/, 'the join shows its odds');
});

test('the odds weigh shared words, openings and endings the way the weights say', () => {
  const ps = ['Rivers flood in spring when the snow melts upstream.', 'Snow melts upstream and rivers flood.', 'Yeah, I think you are right about taxes.'].map((t, i) => para(t, i + 1));
  const g = gaps(ps);
  const shared = newCommentOdds(g.features[1]![0]!);
  const reply = newCommentOdds(g.features[2]![1]!);
  assert.ok(shared < 0.5, `shared words: odds ${shared}`);
  assert.ok(reply > shared, `a reply opening and no shared word: odds ${reply} against ${shared}`);
  assert.equal(g.features[2]!.length, 2, 'one feature row per possible age of the comment before');
  assert.equal(g.features[2]![0]!.length, BOUNDARY_FEATURES.length);
  assert.ok(g.features.every((byAge) => byAge.length <= MAX_AGE));
});

test('the cut is decided jointly: the split bias sets how many comments, the cohesion keeps one vocabulary together', () => {
  const texts = [
    'Sparse autoencoders trained on residual streams recover interpretable chess features.',
    'The chess features that sparse autoencoders recover include pins and forks.',
    'Bakeries in Lisbon sell custard tarts from ovens heated with olive wood.',
    'Custard tarts from the Lisbon bakeries cool on racks beside the olive wood ovens.',
  ].map((t, i) => para(t, i + 1));
  const g = gaps(texts);
  assert.deepEqual(cut(g), [0, 2], 'two topics, two comments');
  assert.deepEqual(cut(g, { ...BOUNDARY_MODEL, splitBias: -20 }), [0], 'a high price per comment: one');
  assert.deepEqual(cut(g, { ...BOUNDARY_MODEL, splitBias: 20 }), [0, 1, 2, 3], 'cuts for free: every paragraph one');
  assert.deepEqual(cut(gaps([])), []);
  // Deterministic: the same paragraphs, the same cut.
  assert.deepEqual(cut(gaps(texts)), cut(g));
});

test('a reply opening that no rule joins starts a comment, whatever the odds', () => {
  const ps = ['Rivers flood in spring when the snow melts upstream.', 'Thanks, rivers flood when the snow melts upstream.'].map((t, i) => para(t, i + 1));
  const g = gaps(ps);
  assert.equal(g.opens[1], true);
  assert.deepEqual(cut(g, { ...BOUNDARY_MODEL, splitBias: -20 }), [0, 1], 'even when cuts are dear');
});

test('a file\'s own share of new comments shifts its split bias, within bounds', () => {
  const terse = gaps(['Thanks! That fixed it.', 'Do you have the link?', 'Nice, agreed on taxes.', 'Interesting. What about rivers?'].map((t, i) => para(t, i + 1)));
  const essay = gaps([
    'Sparse autoencoders recover interpretable features of chess positions from residual streams.',
    'So the features of chess positions that sparse autoencoders recover include pins and forks.',
    'However, the features of chess positions are not always the ones that residual streams use.',
  ].map((t, i) => para(t, i + 1)));
  assert.ok(fileOdds(terse) > fileOdds(essay));
  assert.ok(priorShift(terse) > priorShift(essay));
  assert.equal(priorShift(terse, { ...BOUNDARY_MODEL, shiftGain: 0 }), 0);
  assert.equal(priorShift(terse, { ...BOUNDARY_MODEL, shiftGain: 100 }), 2, 'never more than the bound');
  assert.equal(priorShift(essay, { ...BOUNDARY_MODEL, shiftGain: 100 }), -2);
});

test('footnotes hold a comment together up to their definitions, which close it', () => {
  const ps = ['A claim with a note.[^n1]', 'More of the same argument.', '[^n1]: The note itself.', 'Yeah, totally unrelated reply about cats.'].map((t, i) => para(t, i + 1));
  assert.deepEqual(footnoteJoins(ps), [undefined, '[^n1]', '[^n1]', undefined]);
  assert.deepEqual(groups(...ps.map((p) => p.text)), [
    { lines: [1, 2, 3], rules: ['footnote', 'footnote'] },
    { lines: [4], rules: [] },
  ]);
  assert.equal(gaps(ps).features[3]![0]![BOUNDARY_FEATURES.indexOf('after-footnotes')], 1);
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

test('a paragraph found nearly whole in another commenter\'s dump is quoted words: the answer after it stays in its comment', () => {
  const quoted = 'Something that is fascinating about this story of yours is that I cannot tell what you favour.';
  const reply = [para(quoted, 1), para('Thanks for the fascinating comment.', 2), para('I am a romantic in the sense that symbiosis can pay.', 3)];
  const original = [para('Earlier I wrote about gardens and trees.', 1), para(`Some context first. ${quoted} And more after it.`, 2), para('Gardens again.', 3)];
  const [r, o] = sharedParagraphs([reply, original], [0, 1]);
  assert.deepEqual(r, [true, false, false]);
  // Containment counts one way: the original paragraph holds more than the quote, so it is not "found whole".
  assert.deepEqual(o, [false, false, false]);
  // The same commenter's other file is not another commenter.
  assert.deepEqual(sharedParagraphs([reply, [para(quoted, 1)]], [0, 0]), [[false, false, false], [false]]);
  // Short common phrases are no quote.
  assert.deepEqual(sharedParagraphs([[para('I do not think so at all, no.', 1)], [para('I do not think so at all, no.', 1)]], [0, 1]), [[false], [false]]);
  // Without the flag, "Thanks for …" opens a comment; with it, the answer goes on after the quoted words.
  assert.equal(group(reply)[0]!.paragraphs.length, 1);
  const joined = group(reply, undefined, r);
  assert.equal(joined[0]!.paragraphs.length >= 2, true);
  assert.equal(joined[0]!.joins[0]!.rule, 'after-shared-words');
});
