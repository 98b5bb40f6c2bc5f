/** link: relations between claims, each with the rule and evidence that made it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicitTargets, link, LINK_PARAMS, terms, type LinkInput } from '../../src/pipeline/link.ts';

let k = 0;
const claim = (text: string, role: LinkInput['role'], comment: string, author: string, paragraph = 0, cue?: string): LinkInput => {
  const c: LinkInput = { id: `c${++k}`, role, text, author, comment, index: k, paragraph };
  if (cue) c.cue = cue;
  return c;
};

test('an objection opening with a connective answers the claim just before it in its comment', () => {
  const a = claim('This is already somewhat true of the big labs.', 'claim', 'x', 'ann', 0);
  const b = claim('However, there is still some visibility in system cards.', 'objection', 'x', 'ann', 1, 'However');
  const { edges } = link([a, b]);
  assert.deepEqual(edges, [{ source: b.id, target: a.id, kind: 'rebuts', evidence: { rule: 'connective-within-comment', cue: 'However' } }]);
});

test('without a connective, only a claim in the same paragraph is answered; questions never are', () => {
  const q = claim('Can you say more?', 'question', 'y', 'ann', 0);
  const o = claim('I doubt there will be reports.', 'objection', 'y', 'ann', 1, 'I doubt');
  assert.deepEqual(link([q, o]).edges, []);
  const c = claim('There will be reports on methods soon.', 'claim', 'z', 'ann', 0);
  const o2 = claim('I doubt there will be reports on methods.', 'objection', 'z', 'ann', 0, 'I doubt');
  assert.equal(link([c, o2]).edges[0]!.evidence.rule, 'cue-within-paragraph');
});

test('an explicit target becomes an external node; "Another critique" argues against the same one', () => {
  const a = claim("I'm skeptical of the claim that the model was aligned by gradient hacking, because X.", 'objection', 'w', 'bob', 0);
  const b = claim('Another critique is that the evidence looks circular.', 'objection', 'w', 'bob', 1);
  const { edges, externals } = link([a, b]);
  assert.equal(externals.length, 1);
  assert.equal(externals[0]!.text, 'the model was aligned by gradient hacking');
  assert.deepEqual(edges.map((e) => [e.source, e.kind, e.target, e.evidence.rule]), [
    [a.id, 'rebuts', `external:${externals[0]!.key}`, 'explicit-target'],
    [b.id, 'rebuts', `external:${externals[0]!.key}`, 'another-critique'],
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

test('no claim gets more than relatesTopK relates links', () => {
  const hub = claim('Alignment faking is the topic.', 'claim', 'h', 'ann');
  const others = Array.from({ length: 6 }, (_, i) => claim(`Claim ${i} about alignment faking in models.`, 'claim', `o${i}`, 'cat'));
  // Enough other claims that the topic is under the document-frequency cap of the inverted index.
  const filler = Array.from({ length: 60 }, (_, i) => claim(`Note number ${i} is here.`, 'claim', `f${i}`, 'dan'));
  const rel = link([hub, ...others, ...filler]).edges.filter((e) => e.kind === 'relates');
  assert.equal(rel.filter((e) => e.source === hub.id || e.target === hub.id).length, LINK_PARAMS.relatesTopK);
});

test('terms fold phrases and leave out generic nouns and verbs', () => {
  assert.deepEqual(terms('Chain of thought faithfulness in the alignment faking experiments').sort(), ['phrase_alignment_faking', 'phrase_cot', 'phrase_faithfulness']);
});
