/** quote: words of one comment that are someone else's, and what the mining makes of them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, QUOTE_PARAMS, type QuoteText } from '../../src/pipeline/quote.ts';
import { mine } from '../../src/pipeline/mining.ts';
import { mineSteps } from '../../src/pipeline/stages.ts';
import { quietContext } from '../../src/pipeline/stage.ts';
import type { Corpus, Entry } from '../../src/pipeline/corpus.ts';
import type { Comment, Paragraph } from '../../src/schemas/comment.ts';

const text = (author: string, paragraphs: string[], quoted: number[] = []): QuoteText => {
  let t = '';
  const ps = paragraphs.map((p, i) => {
    if (i) t += '\n\n';
    const start = t.length;
    t += p;
    return { start, end: t.length, quote: quoted.includes(i) };
  });
  return { author, text: t, paragraphs: ps };
};

const ORIGINAL = 'The scheduler starves small jobs whenever the cluster runs under heavy load. We saw it twice last week.';
const QUOTED = 'The scheduler starves small jobs whenever the cluster runs under heavy load.';

test('words standing in another comment: the comment holding them as a paragraph of their own quotes the other', () => {
  const a = text('ann', [ORIGINAL]);
  const b = text('bob', [QUOTED, "That isn't what the traces show."]);
  const quotes = findQuotes([a, b]);
  assert.equal(quotes.length, 1);
  const q = quotes[0]!;
  assert.equal(q.comment, 1);
  assert.equal(q.rule, 'same-words');
  assert.equal(b.text.slice(q.start, q.end), QUOTED.replace(/\.$/, ''));
  assert.equal(q.source!.comment, 0);
  assert.equal(a.text.slice(q.source!.start, q.source!.end), QUOTED.replace(/\.$/, ''));
  // Either order of the comments gives the same answer.
  assert.equal(findQuotes([b, a])[0]!.comment, 0);
});

test('shared phrases shorter than minChars are not quotes, nor stock phrases many comments use', () => {
  assert.ok('I think this is a good point'.length < QUOTE_PARAMS.minChars);
  assert.deepEqual(findQuotes([text('ann', ['I think this is a good point, honestly.']), text('bob', ['I think this is a good point', 'More words here.'])]), []);
  const stock = 'Thanks for writing this up, it was a really useful read for me';
  const many = Array.from({ length: QUOTE_PARAMS.maxPostings + 2 }, (_, i) => text(`u${i}`, [`${stock} number ${i}.`, 'Other words.']));
  assert.deepEqual(findQuotes(many).filter((q) => q.rule === 'same-words'), []);
});

test('a marked quote of words the corpus does not hold is a quote with no source', () => {
  const b = text('bob', ['The post says that small jobs starve.', 'They do not.'], [0]);
  assert.deepEqual(findQuotes([b]), [{ comment: 0, start: 0, end: b.paragraphs[0]!.end, rule: 'marked-quote' }]);
});

test('a marked quote stays a quote even where only part of it is found in another comment, which comes first', () => {
  const a = text('ann', [ORIGINAL]);
  const b = text('bob', [`${QUOTED} And the post adds more words of its own here.`, 'They do not.'], [0]);
  const quotes = findQuotes([a, b]);
  assert.deepEqual(quotes.map((q) => [q.comment, q.rule, q.source?.comment]), [[1, 'same-words', 0], [1, 'marked-quote', undefined]]);
});

test('in one profile dump (newest first), the comment above quotes the one below', () => {
  const later = { ...text('ann', [QUOTED, 'Still true.']), file: 'ann.txt', order: 0 };
  const earlier = { ...text('ann', [QUOTED, 'We saw it twice.']), file: 'ann.txt', order: 5 };
  assert.equal(findQuotes([earlier, later])[0]!.comment, 1);
});

// --- through the mining steps: a quote never becomes the quoter's claim

function comment(id: string, author: string, paragraphs: [Paragraph['kind'], string][], extra: Partial<Comment> = {}): Entry<Comment> {
  let t = '';
  const ps: Paragraph[] = paragraphs.map(([kind, p], i) => {
    if (i) t += '\n\n';
    const start = t.length;
    t += p;
    return { kind, lines: { start: i + 1, end: i + 1 }, offsets: { start, end: t.length }, inlines: [{ text: p }] };
  });
  return { id, body: t, data: { author, file: `${author}.txt`, order: 0, lines: { start: 1, end: ps.length }, text: t, paragraphs: ps, grouping: [], sentences: [], ...extra } };
}
const run = (comments: Entry<Comment>[]) => mine({ authors: [], comments, claims: [], papers: [] } satisfies Corpus, mineSteps, quietContext);

test('a quote of a corpus claim points at that claim: no second node, and the objection after it answers it', () => {
  const a = comment('ann-1', 'ann', [['text', ORIGINAL]]);
  const b = comment('bob-1', 'bob', [['text', QUOTED], ['text', "I don't think that is what the traces show."]]);
  const out = run([a, b]);
  const annClaim = out.claims.find((c) => c.data.author === 'ann' && c.data.text.startsWith('The scheduler'))!;
  assert.ok(annClaim);
  assert.ok(!out.claims.some((c) => c.data.author === 'bob' && c.data.text.startsWith('The scheduler')), 'the quote is not a claim of bob');
  const bob = out.comments.find((c) => c.id === 'bob-1')!;
  assert.deepEqual(bob.data.sentences[0], { offsets: bob.data.sentences[0]!.offsets, role: annClaim.data.role, claim: annClaim.id, quote: true });
  assert.deepEqual(annClaim.data.quotedIn, [{ comment: 'bob-1', offsets: bob.data.sentences[0]!.offsets }]);
  const answer = out.claims.find((c) => c.data.author === 'bob')!;
  assert.equal(answer.data.role, 'objection');
  assert.deepEqual(answer.data.rebuts.map((l) => [l.target, l.evidence.rule]), [[annClaim.id, 'answers-quote']]);
});

test('a marked quote of outside words becomes an outside claim, shown as quoted; the reply answers it', () => {
  const b = comment('bob-2', 'bob', [['quote', 'The post claims that small jobs starve under load.'], ['text', "I don't think small jobs starve at all."]]);
  const out = run([b]);
  const outside = out.claims.find((c) => c.data.external)!;
  assert.equal(outside.data.roleEvidence.rule, 'quoted');
  assert.equal(outside.data.author, undefined);
  assert.equal(outside.data.text, 'The post claims that small jobs starve under load.');
  const s = out.comments[0]!.data.sentences[0]!;
  assert.equal(s.claim, outside.id);
  assert.equal(s.quote, true);
  const answer = out.claims.find((c) => c.data.author === 'bob')!;
  assert.deepEqual(answer.data.rebuts.map((l) => l.target), [outside.id]);
});

test('a reply from the export answers its parent comment', () => {
  const p = comment('ann-3', 'ann', [['text', 'Caching the embeddings would cut the latency by half.']], { forum: { id: 'f1' } });
  const r = comment('bob-3', 'bob', [['text', "I don't think caching the embeddings changes the latency."]], { forum: { id: 'f2', parentId: 'f1' }, replyTo: 'ann-3' });
  const out = run([p, r]);
  const target = out.claims.find((c) => c.data.author === 'ann')!;
  const answer = out.claims.find((c) => c.data.author === 'bob')!;
  assert.deepEqual(answer.data.rebuts.map((l) => [l.target, l.evidence.rule]), [[target.id, 'reply-similar']]);
});

test('plain dump: a paragraph the next one opens by rebutting with a pointer back is quoted words whose marks were lost', () => {
  const b = comment('bob-4', 'bob', [['text', 'Everyone will obviously wake up overnight with the same new goal.'], ['text', 'This framing seems false to me.']]);
  const out = run([b]);
  const outside = out.claims.find((c) => c.data.external)!;
  assert.ok(outside, 'the first paragraph is an outside claim, not bob\'s');
  assert.ok(!out.claims.some((c) => c.data.author === 'bob' && c.data.text.startsWith('Everyone')));
  const answer = out.claims.find((c) => c.data.author === 'bob')!;
  assert.deepEqual(answer.data.rebuts.map((l) => [l.target, l.evidence.rule]), [[outside.id, 'answers-quote']]);
  // Within one paragraph, or with "That said", the author goes on with their own point: nothing is quoted.
  const own = run([comment('bob-5', 'bob', [['text', 'Everyone will obviously wake up overnight with the same new goal. This framing seems false to me.']])]);
  assert.ok(!own.claims.some((c) => c.data.external));
  const said = run([comment('bob-6', 'bob', [['text', 'Everyone will obviously wake up overnight with the same new goal.'], ['text', "That said, I don't think it matters much here."]])]);
  assert.ok(!said.claims.some((c) => c.data.external));
  // "This doesn't show X, though": a limit the author puts on their own point; "So, …" goes on from it.
  const limit = run([comment('bob-8', 'bob', [['text', 'Everyone will obviously wake up overnight with the same new goal.'], ['text', "This doesn't provide evidence, though, that they will act on it."]])]);
  assert.ok(!limit.claims.some((c) => c.data.external));
  const goesOn = run([comment('bob-9', 'bob', [['text', 'So, everyone will obviously wake up overnight with the same new goal.'], ['text', 'This framing seems false to me.']])]);
  assert.ok(!goesOn.claims.some((c) => c.data.external));
  // An export keeps its own marks: nothing is guessed.
  const exported = run([comment('bob-7', 'bob', [['text', 'Everyone will obviously wake up overnight with the same new goal.'], ['text', 'This framing seems false to me.']], { forum: { id: 'f7' } })]);
  assert.ok(!exported.claims.some((c) => c.data.external));
});

test('plain dump: a comment made only of another comment\'s words hands its reply to the next comment of its author', () => {
  const a = comment('ann-10', 'ann', [['text', `I doubt it matters. ${QUOTED} We saw it twice last week.`]]);
  const quoteOnly = { ...comment('bob-10', 'bob', [['text', QUOTED]]), data: { ...comment('bob-10', 'bob', [['text', QUOTED]]).data, order: 3 } };
  const answer = comment('bob-11', 'bob', [['text', 'Small jobs get their own queue in our setup.']]);
  answer.data.order = 4;
  const out = run([a, quoteOnly, answer]);
  const annClaim = out.claims.find((c) => c.data.author === 'ann' && c.data.text.startsWith('The scheduler'))!;
  const point = out.claims.find((c) => c.data.author === 'bob' && c.data.text.startsWith('Small jobs'))!;
  assert.ok(annClaim && point);
  const edges = [...point.data.rebuts, ...point.data.supports];
  assert.deepEqual(edges.map((l) => [l.target, l.evidence.rule]), [[annClaim.id, 'reply-unmarked']], 'the answer after the cut-off quote answers the quoted claim');
  // Not across authors, nor past a gap in the dump.
  answer.data.order = 5;
  const gap = run([a, quoteOnly, answer]).claims.find((c) => c.data.author === 'bob' && c.data.text.startsWith('Small jobs'))!;
  assert.deepEqual([...gap.data.rebuts, ...gap.data.supports], []);
});

test('plain dump: "FYI this is not …", "you wouldn\'t say this of …?" and "a … statement here" point back at quoted words too', () => {
  const cases = [
    ['Votes cost quadratic points: a vote of strength 4 costs 10 points.', 'FYI this is not a quadratic function.'],
    ["The simpler explanation is that the author doesn't understand the theory", 'Presumably you wouldn\'t say this of actual physicists who hold it?'],
    ['Sufficiently different versions of yourself are uncorrelated with you.', 'Seems odd to make an absolute statement here.'],
    // After a short aside that opens the paragraph.
    ['Anything that holds the image of an agent becomes an agent.', 'Nice framing! But I somewhat dispute that.'],
  ];
  for (const [said, answer] of cases) {
    const out = run([comment('bob-20', 'bob', [['text', said!], ['text', answer!]])]);
    const outside = out.claims.find((c) => c.data.external);
    assert.ok(outside, `"${said}" is quoted words`);
    const reply = out.claims.find((c) => c.data.author === 'bob')!;
    assert.deepEqual(reply.data.rebuts.map((l) => [l.target, l.evidence.rule]), [[outside!.id, 'answers-quote']], answer);
  }
  // "You think that X" restates, it does not point back at the paragraph: nothing is quoted.
  const restates = run([comment('bob-21', 'bob', [['text', 'Sufficiently different versions of yourself are uncorrelated with you.'], ['text', "You think that correlation vanishes, but it doesn't vanish."]])]);
  assert.ok(!restates.claims.some((c) => c.data.external));
});

test('a quoted passage of several sentences is answered through its first claim; later objections of a reply answer it too', () => {
  const a = comment('ann-30', 'ann', [['text', 'Given all of that, I expect covert government projects to continue after a treaty. Which I do find quite possible, since scary demos will happen anyway.']], { forum: { id: 'A30' } });
  const b = comment('bob-30', 'bob', [
    ['quote', 'Given all of that, I expect covert government projects to continue after a treaty. Which I do find quite possible, since scary demos will happen anyway.'],
    ['text', "I don't think that is special to a treaty at all."],
    ['text', 'I doubt that defection is unique to treaties.'],
  ], { forum: { id: 'B30', parentId: 'A30' }, replyTo: 'ann-30' });
  const out = run([a, b]);
  const head = out.claims.find((c) => c.data.author === 'ann' && c.data.text.startsWith('Given all'))!;
  assert.ok(head);
  const bob = out.claims.filter((c) => c.data.author === 'bob' && c.data.role === 'objection');
  assert.equal(bob.length, 2);
  for (const o of bob) assert.deepEqual(o.data.rebuts.map((l) => [l.target, l.evidence.rule]), [[head.id, 'answers-quote']], o.data.text);
});

test('a plain dump\'s comment that holds its own words again far below: the upper words quote the lower claim, no second node', () => {
  const REPEATED = "I don't find this convincing, because verifying honesty in such systems seems extraordinarily difficult.";
  const paras: [Paragraph['kind'], string][] = [['text', REPEATED], ['text', 'One more point about the agenda.'], ['text', 'Another unrelated remark here.'], ['text', 'Yet another paragraph of prose.'], ['text', REPEATED]];
  const out = run([comment('rob-1', 'rob', paras)]);
  const claimsOf = out.claims.filter((c) => c.data.text === REPEATED);
  assert.equal(claimsOf.length, 1, 'one node for the words said twice');
  assert.deepEqual(claimsOf[0]!.data.quotedIn?.map((q) => q.comment), ['rob-1']);
  const s0 = out.comments[0]!.data.sentences[0]!;
  assert.deepEqual([s0.quote, s0.claim], [true, claimsOf[0]!.id]);
  assert.ok(!out.claims.some((c) => c.data.external), 'not an outside claim');
  // Close together it is the author restating a point: both stay claims. In an export, never.
  const near = run([comment('rob-2', 'rob', [['text', REPEATED], ['text', 'One more point.'], ['text', REPEATED]])]);
  assert.equal(near.comments[0]!.data.sentences.filter((s) => s.quote).length, 0);
  const exported = run([comment('rob-3', 'rob', paras, { forum: { id: 'R3' } })]);
  assert.equal(exported.comments[0]!.data.sentences.filter((s) => s.quote).length, 0);
});
