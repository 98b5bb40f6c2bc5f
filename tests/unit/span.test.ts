/** span: sentences that cannot be read alone join the unit they need. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesUnit, listReference, spans, type SentenceRecord } from '../../src/pipeline/span.ts';
import { classify } from '../../src/pipeline/mine.ts';
import type { Entry } from '../../src/pipeline/corpus.ts';
import type { Comment } from '../../src/schemas/comment.ts';

/** One comment of one paragraph per string, its sentences classified. */
function records(...paragraphs: string[][]): SentenceRecord[] {
  const text = paragraphs.map((p) => p.join(' ')).join('\n\n');
  const comment = { id: 'c', data: { text, paragraphs: [] as { offsets: { start: number; end: number } }[] } } as unknown as Entry<Comment>;
  const out: SentenceRecord[] = [];
  let at = 0;
  paragraphs.forEach((p, k) => {
    const start = at;
    for (const s of p) {
      out.push({ comment, offsets: { start: at, end: at + s.length }, text: s, paragraph: k, decision: classify(s), words: s.split(/\s+/).length });
      at += s.length + 1;
    }
    (comment.data.paragraphs as { offsets: { start: number; end: number } }[]).push({ offsets: { start, end: at - 1 } });
    at += 1;
  });
  return out;
}

test('a reference to list items joins the sentence that introduced them', () => {
  const units = spans(records(['I think the first three options are the most likely.', 'Maybe 3) could be a special case of 2), since both change the same weights.']));
  assert.equal(units.length, 1);
  assert.equal(units[0]!.span, 'list-reference');
  assert.ok(listReference('Maybe 3) could be a subset of 2).'));
  assert.ok(!listReference('The effect is large (see figure 3).'));
});

test('a short "This/It/So …" that stands for what was just said joins it', () => {
  const units = spans(records(['Cold is the absence of heat.', "That's why the temperature scale has an absolute zero but no top."]));
  assert.equal(units.length, 1);
  assert.equal(units[0]!.span, 'dangling-opening');
});

test('a demonstrative that names its own subject, an objection, or a new paragraph stands alone', () => {
  assert.equal(spans(records(['The first run used the small model.', 'This paper shows that the second run was slower.'])).length, 2);
  assert.equal(spans(records(['The first run used the small model.', 'This framing seems false to me.'])).length, 2);
  assert.equal(spans(records(['The first run used the small model.'], ['Thanks for reading!'], ["That's why the second run used the larger model."])).length, 2);
  const [u] = spans(records(['The first run used the small model on purpose.']));
  assert.equal(continuesUnit(u!, records(['x'], ['y'], ['This is why it matters so much here.'])[2]!), null);
});

test('a dangling opening at the start of a paragraph joins the paragraph just before', () => {
  const units = spans(records(['The first run used the small model.'], ["That's why the second run used the larger model."]));
  assert.equal(units.length, 1);
  assert.equal(units[0]!.span, 'dangling-opening');
});
