import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexDebate, siblings, type ClaimEntry } from '../../src/lib/debate.ts';
import { rankCruxes, rebuttalMatrix, authorExchanges, selfRebuttals, OUTSIDE, OTHERS } from '../../src/lib/cruxes.ts';
import type { Claim } from '../../src/schemas/claim.ts';

const ev = { rule: 'override' as const };
function claim(id: string, author: string | undefined, comment: string, start: number, links: Partial<Pick<Claim, 'rebuts' | 'supports' | 'qualifies' | 'relates' | 'cites'>> = {}): ClaimEntry {
  const data: Claim = {
    role: 'claim', roleEvidence: ev, label: id, text: id, external: author === undefined, comment,
    offsets: { start, end: start + 5 }, source: { file: 'f.txt', lines: { start: 1, end: 1 } },
    rebuts: [], supports: [], qualifies: [], relates: [], cites: [], ...links,
  };
  if (author) data.author = author;
  return { id, data };
}
const to = (...targets: string[]) => targets.map((target) => ({ target, evidence: ev }));

// x (ann) is rebutted by bob and cat; y (ann) by ann twice; z (bob) by cat once and supported once; ext (outside) by bob.
const claims = [
  claim('x', 'ann', 'c1', 0),
  claim('y', 'ann', 'c1', 10),
  claim('y2', 'ann', 'c1', 20, { rebuts: to('y') }),
  claim('y3', 'ann', 'c1', 30, { rebuts: to('y') }),
  claim('b1', 'bob', 'c2', 0, { rebuts: to('x', 'ext') }),
  claim('z', 'bob', 'c2', 10, { relates: to('x') }),
  claim('c1x', 'cat', 'c3', 0, { rebuts: to('x') }),
  claim('c2z', 'cat', 'c3', 10, { rebuts: to('z'), cites: to('paper-1') }),
  claim('s', 'ann', 'c4', 0, { supports: to('z') }),
  claim('ext', undefined, 'c2', 3),
];

test('the index gives every link from its target’s side, and claims in comment order', () => {
  const index = indexDebate(claims);
  assert.deepEqual(index.rebuttedBy.get('x')!.map((r) => r.source), ['b1', 'c1x']);
  assert.deepEqual(index.supportedBy.get('z')!.map((r) => r.source), ['s']);
  assert.deepEqual(index.citedBy.get('paper-1')!.map((r) => r.source), ['c2z']);
  assert.deepEqual(index.related.get('x')!.map((r) => r.source), ['z']);
  assert.deepEqual(index.related.get('z')!.map((r) => r.source), ['x']);
  // External claims are not part of their comment's sequence.
  assert.deepEqual(index.byComment.get('c2'), ['b1', 'z']);
  assert.deepEqual(siblings(index, 'y2'), { previous: 'y', next: 'y3' });
  assert.deepEqual(siblings(index, 'x'), { next: 'y' });
  assert.deepEqual(siblings(index, 'ext'), {});
});

test('cruxes: other authors first, then rebuttals, then supports, ties by id; an author answering themselves is no crux', () => {
  const ranked = rankCruxes(indexDebate(claims));
  assert.deepEqual(ranked.map((c) => [c.id, c.otherAuthors, c.rebuttals, c.supports]), [
    ['x', 2, 2, 0],
    ['z', 1, 1, 1],
    ['ext', 1, 1, 0],
  ]);
  assert.equal(selfRebuttals(indexDebate(claims)), 2);
  assert.deepEqual(ranked[0]!.authors, ['bob', 'cat']);
  assert.equal(rankCruxes(indexDebate(claims), 2).length, 2);
  // Input order does not matter.
  assert.deepEqual(rankCruxes(indexDebate([...claims].reverse())), ranked);
});

test('who rebuts whom, with a column for claims outside the corpus; the diagonal stays empty', () => {
  const m = rebuttalMatrix(indexDebate(claims), ['ann', 'bob', 'cat']);
  assert.deepEqual(m.columns, ['ann', 'bob', 'cat', OUTSIDE]);
  assert.deepEqual(m.counts, [
    [0, 0, 0, 0],
    [1, 0, 0, 1],
    [1, 1, 0, 0],
  ]);
  assert.equal(m.max, 1);
  // Only self-rebuttals: nothing to show (the page says so).
  const own = rebuttalMatrix(indexDebate([claim('q', 'ann', 'c', 0), claim('r', 'ann', 'c', 10, { rebuts: to('q') })]), ['ann']);
  assert.equal(own.max, 0);
  assert.deepEqual(rankCruxes(indexDebate([claim('q', 'ann', 'c', 0), claim('r', 'ann', 'c', 10, { rebuts: to('q') })])), []);
  const none = rebuttalMatrix(indexDebate([claim('q', 'ann', 'c', 0)]), ['ann']);
  assert.deepEqual(none, { rows: ['ann'], columns: ['ann'], counts: [[0]], max: 0 });
});

test('a matrix over many authors keeps the most involved and sums up the others', () => {
  const index = indexDebate(claims);
  // Involvement (given + received, between different authors): bob 3, ann 2, cat 2 (ann first of the tie).
  const m = rebuttalMatrix(index, ['ann', 'bob', 'cat'], 2);
  assert.deepEqual(m.rows, ['ann', 'bob', OTHERS]);
  assert.deepEqual(m.columns, ['ann', 'bob', OTHERS, OUTSIDE]);
  assert.deepEqual(m.counts, [
    [0, 0, 0, 0],
    [1, 0, 0, 1],
    [1, 1, 0, 0],
  ]);
  // Every rebuttal is still counted once.
  assert.equal(m.counts.flat().reduce((a, b) => a + b, 0), rebuttalMatrix(index, ['ann', 'bob', 'cat']).counts.flat().reduce((a, b) => a + b, 0));
});

test('whom an author rebuts and who rebuts them', () => {
  const index = indexDebate(claims);
  assert.deepEqual(authorExchanges(index, 'bob'), { theyRebut: [['ann', 1], [OUTSIDE, 1]], rebutThem: [['cat', 1]], self: 0 });
  assert.deepEqual(authorExchanges(index, 'ann'), { theyRebut: [], rebutThem: [['bob', 1], ['cat', 1]], self: 2 });
});
