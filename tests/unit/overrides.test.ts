/** Hand corrections: parsed with file:line errors, applied after mining, kept across re-runs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { applyOverrides, parseOverrides } from '../../src/pipeline/overrides.ts';
import { messages, CruxError } from '../../src/pipeline/messages.ts';
import { run } from '../../src/pipeline/run.ts';
import { stages } from '../../src/pipeline/stages.ts';
import type { Corpus } from '../../src/pipeline/corpus.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Paper } from '../../src/schemas/paper.ts';

const throwsMessage = (fn: () => unknown, message: string) => assert.throws(fn, (e: unknown) => e instanceof CruxError && e.message === message);

test('parse: each correction with its line; comments and an empty file are fine', () => {
  const o = parseOverrides('# corrections\n\n- role: { claim: a-b, role: objection }\n- rename-author:\n    author: x\n    name: X Y\n', 'content/overrides.yaml');
  assert.deepEqual(o.entries.map((e) => e.line), [3, 4]);
  assert.deepEqual(parseOverrides('# nothing yet\n', 'f').entries, []);
});

test('parse: invalid YAML, a non-list and an unknown shape name the file and line', () => {
  assert.throws(() => parseOverrides('- a: [\n', 'content/overrides.yaml'), (e: unknown) => e instanceof CruxError && e.message.startsWith('content/overrides.yaml:1: this is not valid YAML'));
  throwsMessage(() => parseOverrides('role: x\n', 'o.yaml'), messages.overridesInvalid('o.yaml', 1, 'the file must be a YAML list of corrections ("- remove-edge: …")'));
  throwsMessage(() => parseOverrides('- role: { claim: a }\n', 'o.yaml'), messages.overridesInvalid('o.yaml', 1, 'role.role: Invalid option: expected one of "claim"|"objection"|"support"|"question"|"aside"'));
  throwsMessage(() => parseOverrides('- role: { claim: a, role: claim }\n- delete: b\n', 'o.yaml'), messages.overridesInvalid('o.yaml', 2, '"delete" is not a correction; use one of remove-edge, add-edge, merge-papers, role, rename-author'));
});

const claim = (id: string, extra: Partial<Claim> = {}): { id: string; data: Claim; body: string } => ({
  id,
  body: '',
  data: {
    role: 'claim', roleEvidence: { rule: 'assertion' }, label: id, text: id, external: false, author: 'ann', comment: 'c1',
    offsets: { start: 0, end: 2 }, source: { file: 'a.txt', lines: { start: 1, end: 1 } }, rebuts: [], supports: [], qualifies: [], relates: [], cites: [], ...extra,
  },
});
const paper = (id: string, alias: string): { id: string; data: Paper; body: string } => ({
  id, body: '', data: { key: id, title: alias, kind: 'paper', aliases: [alias], mentions: [{ text: alias, comment: 'c1', author: 'ann', sentence: alias, offsets: { start: 0, end: 1 } }] },
});
const corpus = (): Corpus => ({
  authors: [{ id: 'ann', body: '', data: { name: 'Commenter 1', nameSource: 'file-name', file: 'a.txt', skipped: [], commentCount: 1 } }],
  comments: [{ id: 'c1', body: '', data: { author: 'ann', file: 'a.txt', order: 0, lines: { start: 1, end: 1 }, text: 'xy', paragraphs: [{ kind: 'text', lines: { start: 1, end: 1 }, offsets: { start: 0, end: 2 }, inlines: [{ text: 'xy' }] }], grouping: [], sentences: [{ offsets: { start: 0, end: 2 }, role: 'objection', claim: 'b' }] } }],
  claims: [
    claim('a'),
    claim('b', { role: 'objection', rebuts: [{ target: 'a', evidence: { rule: 'connective-within-comment' } }], cites: [{ target: 'p2', evidence: { rule: 'citation' } }] }),
    claim('z'),
  ],
  papers: [paper('p1', 'the Turpin paper'), paper('p2', 'Turpin et al. (2023)')],
});
const apply = (yaml: string, c = corpus()) => applyOverrides(c, parseOverrides(yaml, 'o.yaml'));
const get = (c: Corpus, id: string) => c.claims.find((x) => x.id === id)!.data;

test('remove and add an edge; the added one carries the note as evidence', () => {
  const c = apply('- remove-edge: { source: b, kind: rebuts, target: a }\n- add-edge: { source: z, kind: supports, target: a, note: obvious }\n');
  assert.deepEqual(get(c, 'b').rebuts, []);
  assert.deepEqual(get(c, 'z').supports, [{ target: 'a', evidence: { rule: 'override', cue: 'obvious' } }]);
});

test('merge two papers: aliases, mentions and cites move to the one that stays', () => {
  const c = apply('- merge-papers: { into: p1, from: [p2] }\n');
  assert.deepEqual(c.papers.map((p) => p.id), ['p1']);
  assert.deepEqual(c.papers[0]!.data.aliases, ['the Turpin paper', 'Turpin et al. (2023)']);
  assert.equal(c.papers[0]!.data.mentions.length, 2);
  assert.deepEqual(get(c, 'b').cites.map((l) => l.target), ['p1']);
});

test('change a role; "aside" takes the claim and the edges to it off the map', () => {
  const c = apply('- role: { claim: a, role: question, note: it asks }\n');
  assert.deepEqual([get(c, 'a').role, get(c, 'a').roleEvidence], ['question', { rule: 'override', cue: 'it asks' }]);
  const d = apply('- role: { claim: b, role: aside }\n');
  assert.ok(!d.claims.some((x) => x.id === 'b'));
  assert.deepEqual(d.comments[0]!.data.sentences[0], { offsets: { start: 0, end: 2 }, role: 'aside' });
});

test('rename an author; the id stays', () => {
  const c = apply('- rename-author: { author: ann, name: Ann Example }\n');
  assert.deepEqual([c.authors[0]!.id, c.authors[0]!.data.name, c.authors[0]!.data.nameSource], ['ann', 'Ann Example', 'override']);
});

test('a correction that names something that no longer exists stops with file:line', () => {
  throwsMessage(() => apply('# x\n- remove-edge: { source: gone, kind: rebuts, target: a }\n'), messages.overridesUnknown('o.yaml', 2, 'claim', 'gone'));
  throwsMessage(() => apply('- remove-edge: { source: z, kind: rebuts, target: a }\n'), messages.overridesUnknown('o.yaml', 1, 'edge', 'z rebuts a'));
  throwsMessage(() => apply('- add-edge: { source: z, kind: cites, target: p9 }\n'), messages.overridesUnknown('o.yaml', 1, 'paper', 'p9'));
  throwsMessage(() => apply('- merge-papers: { into: p1, from: [p7] }\n'), messages.overridesUnknown('o.yaml', 1, 'paper', 'p7'));
  throwsMessage(() => apply('- rename-author: { author: bob, name: B }\n'), messages.overridesUnknown('o.yaml', 1, 'author', 'bob'));
});

test('the input corpus is not changed', () => {
  const c = corpus();
  apply('- remove-edge: { source: b, kind: rebuts, target: a }\n', c);
  assert.equal(c.claims[1]!.data.rebuts.length, 1);
});

test('a hand correction survives re-mining (twice through the real runner)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cruxmap-overrides-'));
  try {
    cpSync('tests/fixtures/excerpt/seeds', join(dir, 'seeds'), { recursive: true });
    cpSync('tests/fixtures/excerpt/content/overrides.yaml', join(dir, 'content/overrides.yaml'));
    const opts = { seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), stages };
    run(opts);
    const file = join(dir, 'content/claims/emanuelr-on-the-other-side-the-e98533.md');
    const first = readFileSync(file, 'utf8');
    assert.match(first, /rule: override/);
    assert.doesNotMatch(first, /qualifies:\n {2}- target: emanuelr-thus/);
    run(opts);
    assert.equal(readFileSync(file, 'utf8'), first, 'the same after a second run');
    assert.equal(readFileSync(join(dir, 'content/overrides.yaml'), 'utf8'), readFileSync('tests/fixtures/excerpt/content/overrides.yaml', 'utf8'), 'the run keeps the overrides file');
    // A correction whose claim is gone stops the run and leaves content/ as it was.
    writeFileSync(join(dir, 'content/overrides.yaml'), '- role: { claim: no-such-claim, role: aside }\n');
    throwsMessage(() => run(opts), messages.overridesUnknown(relative(process.cwd(), join(dir, 'content/overrides.yaml')), 1, 'claim', 'no-such-claim'));
    assert.equal(readFileSync(file, 'utf8'), first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
