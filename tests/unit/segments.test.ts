import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aroundSpan, hasLink, highlight, segmentParagraph } from '../../src/lib/segments.ts';
import type { Paragraph } from '../../src/schemas/comment.ts';

// "See the paper. It is *good* here." at offset 10 of its comment.
const para: Paragraph = {
  kind: 'text',
  lines: { start: 1, end: 1 },
  offsets: { start: 10, end: 41 },
  inlines: [{ text: 'See the ' }, { text: 'paper', href: 'https://example.org' }, { text: '. It is ' }, { text: 'good', em: true }, { text: ' here.' }],
};
const joined = (segs: ReturnType<typeof segmentParagraph>) => segs.flatMap((s) => s.runs.map((r) => r.text)).join('');

test('runs are cut at range edges and grouped by range, text unchanged', () => {
  const segs = segmentParagraph(para, [{ start: 10, end: 24 }, { start: 25, end: 41 }]);
  assert.equal(joined(segs), 'See the paper. It is good here.');
  assert.deepEqual(segs.map((s) => [s.range, s.runs.map((r) => r.text).join('')]), [
    [0, 'See the paper.'],
    [undefined, ' '],
    [1, 'It is good here.'],
  ]);
  // Formatting and links survive the cut.
  assert.equal(segs[0]!.runs[1]!.href, 'https://example.org');
  assert.equal(segs[2]!.runs.find((r) => r.text === 'good')!.em, true);
  assert.equal(hasLink(segs[0]!), true);
  assert.equal(hasLink(segs[2]!), false);
});

test('a range inside one run splits it; ranges outside the paragraph are ignored', () => {
  const segs = segmentParagraph(para, [{ start: 0, end: 5 }, { start: 12, end: 14 }, { start: 99, end: 120 }]);
  assert.deepEqual(segs.map((s) => [s.range, s.runs.map((r) => r.text).join('')]), [
    [undefined, 'Se'],
    [1, 'e '],
    [undefined, 'the paper. It is good here.'],
  ]);
  assert.deepEqual(segmentParagraph(para, []).map((s) => s.range), [undefined]);
});

test('a range across paragraphs marks only its part in each', () => {
  const segs = segmentParagraph(para, [{ start: 37, end: 80 }]);
  assert.deepEqual(segs.map((s) => [s.range, s.runs.map((r) => r.text).join('')]), [
    [undefined, 'See the paper. It is good h'],
    [0, 'ere.'],
  ]);
});

test('highlight marks the first occurrence, exact or ignoring case', () => {
  assert.deepEqual(highlight('as (Berglund, 2023) shows', '(Berglund, 2023)'), [
    { text: 'as ', mark: false },
    { text: '(Berglund, 2023)', mark: true },
    { text: ' shows', mark: false },
  ]);
  assert.deepEqual(highlight('The Turpin paper', 'the turpin paper'), [{ text: 'The Turpin paper', mark: true }]);
  assert.deepEqual(highlight('nothing here', 'Lanham'), [{ text: 'nothing here', mark: false }]);
});


test('a claim in a long comment is shown with the paragraphs around it, and says how many are left out', () => {
  // Ten paragraphs of 10 characters, 2 apart: paragraph k spans [12k, 12k + 10).
  const ps = Array.from({ length: 10 }, (_, k) => ({ offsets: { start: 12 * k, end: 12 * k + 10 } }));
  const r = aroundSpan(ps, { start: 12 * 6 + 2, end: 12 * 6 + 8 });
  assert.deepEqual([r.shown.map((p) => ps.indexOf(p)), r.before, r.after], [[5, 6, 7], 5, 2]);
  const across = aroundSpan(ps, { start: 12 * 0 + 5, end: 12 * 1 + 3 });
  assert.deepEqual([across.shown.map((p) => ps.indexOf(p)), across.before, across.after], [[0, 1, 2], 0, 7], 'a span over two paragraphs shows both');
  const last = aroundSpan(ps, { start: 12 * 9, end: 12 * 9 + 10 });
  assert.deepEqual([last.shown.map((p) => ps.indexOf(p)), last.before, last.after], [[8, 9], 8, 0]);
  assert.equal(aroundSpan(ps.slice(0, 5), { start: 0, end: 3 }).shown.length, 5, 'a short comment shows whole');
  assert.equal(aroundSpan(ps, { start: 500, end: 510 }).shown.length, 10, 'a span outside every paragraph: the whole comment, nothing lost');
});
