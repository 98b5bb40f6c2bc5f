/** The pipeline against what a careful reader finds in seeds/ (tests/fixtures/seeds-expectations.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mineFolder } from '../support/mine.ts';
import * as x from '../fixtures/seeds-expectations.ts';
import { normalise } from '../../src/pipeline/nlp.ts';

const { corpus } = mineFolder('seeds');
const n = (s: string) => normalise(s).replace(/\s+/g, ' ');
const claims = corpus.claims.filter((c) => !c.data.external);
const claimStarting = (prefix: string) => {
  const found = claims.filter((c) => n(c.data.text).startsWith(n(prefix)));
  assert.equal(found.length, 1, `one claim starts with ${JSON.stringify(prefix)} (found ${found.length})`);
  return found[0]!;
};
/** The role of the sentence that starts with `prefix`, wherever it is. */
const sentenceRole = (prefix: string) => {
  for (const c of corpus.comments) {
    for (const s of c.data.sentences) if (n(c.data.text.slice(s.offsets.start, s.offsets.end)).startsWith(n(prefix))) return s.role;
  }
  assert.fail(`no sentence starts with ${JSON.stringify(prefix)}`);
};

test('every cited work is one paper with all its aliases', () => {
  for (const p of x.papers) {
    const paper = corpus.papers.find((q) => q.id === p.id);
    assert.ok(paper, `paper ${p.id} (papers: ${corpus.papers.map((q) => q.id).join(', ')})`);
    assert.deepEqual([...paper.data.aliases].sort(), [...p.aliases].sort(), `aliases of ${p.id}`);
    if (p.kind) assert.equal(paper.data.kind, p.kind);
    if (p.title) assert.equal(paper.data.title, p.title);
  }
  assert.equal(corpus.papers.length, x.papers.length, `no other papers: ${corpus.papers.map((q) => q.id).join(', ')}`);
});

test('people, models, own figures, dates and organisations are not papers', () => {
  const named = corpus.papers.flatMap((p) => [p.data.title, ...p.data.aliases]).join(' | ');
  for (const word of x.notPapers) assert.ok(!named.includes(word), `${word} is not cited (${named})`);
});

test('objections are objections', () => {
  for (const o of x.objections) assert.equal(claimStarting(o).data.role, 'objection', o);
});

test('contrasts, concessions, requests and thanks are not objections', () => {
  for (const o of x.notObjections) assert.notEqual(sentenceRole(o), 'objection', o);
});

test('asides stay on their comment page but are not map nodes', () => {
  for (const a of x.asides) {
    assert.equal(sentenceRole(a), 'aside', a);
    assert.ok(!claims.some((c) => n(c.data.text).startsWith(n(a))), `${a} is not a claim`);
  }
});

test('questions, with or without a question mark', () => {
  for (const q of x.questions) assert.equal(sentenceRole(q), 'question', q);
});

test("within a comment, only what the text ties: contrasts qualify it; examples of the author's own claim link nothing", () => {
  for (const e of x.withinComment) {
    const source = claimStarting(e.source);
    const target = claimStarting(e.target);
    const link = source.data[e.kind].find((l) => l.target === target.id);
    assert.ok(link, `${e.source} ${e.kind} ${e.target} (has ${JSON.stringify(source.data[e.kind])})`);
    assert.ok(link.evidence.cue, 'with the words that tie them');
    assert.ok(!source.data.rebuts.some((l) => l.target === target.id), 'an author does not rebut their own claim');
  }
  for (const e of x.notLinkedWithinComment) {
    const source = claimStarting(e.source);
    const target = claimStarting(e.target);
    for (const kind of ['rebuts', 'supports', 'qualifies'] as const) assert.ok(!source.data[kind].some((l) => l.target === target.id), `${e.source} ${kind} ${e.target}`);
  }
});

test('explicitly named targets become target nodes labelled from the text', () => {
  for (const e of x.explicitTargets) {
    const source = claimStarting(e.source);
    const targets = source.data[e.kind].map((l) => corpus.claims.find((c) => c.id === l.target)!);
    assert.ok(targets.some((t) => t.data.external && n(t.data.text) === n(e.target)), `${e.source} ${e.kind} "${e.target}" (got ${targets.map((t) => t.data.text).join(' | ')})`);
  }
});

test('topics shared across authors are linked by relates, with the shared term as evidence', () => {
  const byId = new Map(corpus.claims.map((c) => [c.id, c]));
  for (const topic of x.sharedTopics) {
    const links = claims.flatMap((c) => c.data.relates.map((l) => ({ a: c, b: byId.get(l.target)!, terms: l.evidence.terms ?? [] })));
    const hit = links.filter((l) => l.terms.includes(topic.term) && topic.files.includes(l.a.data.source.file) && topic.files.includes(l.b.data.source.file) && l.a.data.source.file !== l.b.data.source.file);
    assert.ok(hit.length >= 2, `${topic.term} links ${topic.files.join(' and ')} (${hit.length})`);
  }
});

test('every relates edge joins two authors on a shared specific term', () => {
  const byId = new Map(corpus.claims.map((c) => [c.id, c]));
  const files = new Set<string>();
  for (const c of claims) {
    for (const l of c.data.relates) {
      const other = byId.get(l.target)!;
      assert.notEqual(c.data.author, other.data.author);
      assert.ok((l.evidence.terms ?? []).length > 0 && (l.evidence.score ?? 0) > 0);
      files.add(`${[c.data.source.file, other.data.source.file].sort().join(' ')}`);
    }
  }
  assert.ok(files.size >= 2, `relates link at least two pairs of authors, so the map is one debate: ${[...files].join('; ')}`);
});

test('paragraphs are grouped into comments as a reader would', () => {
  for (const e of x.comments) {
    const c = corpus.comments.find((k) => k.data.file === e.file && k.data.lines.start === e.lines[0]);
    assert.ok(c, `a comment starts at ${e.file}:${e.lines[0]}`);
    assert.equal(c.data.lines.end, e.lines[1], `the comment at ${e.file}:${e.lines[0]} ends at line ${e.lines[1]}`);
  }
});

test('every edge has evidence with a rule', () => {
  for (const c of corpus.claims) for (const k of ['rebuts', 'supports', 'relates', 'cites'] as const) for (const l of c.data[k]) assert.ok(l.evidence.rule.length > 0);
});
