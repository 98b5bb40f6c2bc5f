import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toAif, aifProblems } from '../../src/lib/aif.ts';
import { toArgdown, escapeArgdown } from '../../src/lib/argdown.ts';
import { aifSchema, type Aif } from '../../src/schemas/aif.ts';
import { GRAPH_VERSION, type Graph } from '../../src/schemas/graph.ts';
import { parseArgdown } from '../support/argdown.ts';

const ev = { rule: 'override' as const };
const graph: Graph = {
  version: GRAPH_VERSION,
  nodes: [
    { id: 'author:ann', kind: 'author', label: 'Ann Lee Smith', url: '/authors/ann/' },
    { id: 'author:bo', kind: 'author', label: 'Bo', url: '/authors/bo/' },
    { id: 'claim:a', kind: 'claim', role: 'claim', label: 'A', text: 'CoT is faithful.', author: 'ann', url: '/claims/a/', source: { file: 'ann.txt', line: 3, id: 'aaaaaaaaaaaaaaaaa', postedAt: '2025-01-08T18:18:36.032Z' } },
    { id: 'claim:b', kind: 'claim', role: 'objection', label: 'B', text: 'No: see #tags, [refs], <args>, @[x] and // comments.', author: 'bo', url: '/claims/b/' },
    { id: 'claim:c', kind: 'claim', role: 'support', label: 'C', text: 'Bigger models agree.', author: 'ann', url: '/claims/c/' },
    { id: 'claim:x', kind: 'claim', role: 'claim', label: 'X', text: "The post's claim", external: true, url: '/claims/x/' },
    { id: 'paper:t', kind: 'paper', label: 'Turpin et al. (2023)', text: 'Turpin et al. (2023)', url: '/papers/t/' },
  ],
  edges: [
    { source: 'claim:b', target: 'claim:a', kind: 'rebuts', evidence: ev },
    { source: 'claim:c', target: 'claim:a', kind: 'supports', evidence: ev },
    { source: 'claim:a', target: 'paper:t', kind: 'cites', evidence: ev },
    { source: 'claim:c', target: 'claim:x', kind: 'relates', evidence: ev },
  ],
};

test('AIF: I-nodes for claims and papers, CA for a rebuttal, RA for a support, L/YA/locution per authored claim', () => {
  const aif = aifSchema.parse(toAif(graph));
  assert.deepEqual(aifProblems(aif), []);
  const text = (id: string) => aif.nodes.find((n) => n.nodeID === id)!.text;
  const of = (type: string) => aif.nodes.filter((n) => n.type === type);
  assert.deepEqual(of('I').map((n) => n.text), ['CoT is faithful.', graph.nodes[3]!.text, 'Bigger models agree.', "The post's claim", 'Turpin et al. (2023)']);
  const through = (type: string) =>
    of(type).map((s) => `${aif.edges.filter((e) => e.toID === s.nodeID).map((e) => text(e.fromID)).join('+')} → ${text(aif.edges.find((e) => e.fromID === s.nodeID)!.toID)}`);
  assert.deepEqual(through('CA'), [`${graph.nodes[3]!.text} → CoT is faithful.`]);
  assert.deepEqual(through('RA'), ['Bigger models agree. → CoT is faithful.']);
  assert.deepEqual(of('L').map((n) => n.text), ['Ann Lee Smith: CoT is faithful.', `Bo: ${graph.nodes[3]!.text}`, 'Ann Lee Smith: Bigger models agree.']);
  assert.equal(of('YA').length, 3, 'the external claim is said by nobody');
  assert.deepEqual(aif.participants, [
    { participantID: '1', firstname: 'Ann', surname: 'Lee Smith' },
    { participantID: '2', firstname: 'Bo', surname: '' },
  ]);
  assert.deepEqual(aif.locutions.map((l) => [text(l.nodeID).split(':')[0], l.personID]), [['Ann Lee Smith', '1'], ['Bo', '2'], ['Ann Lee Smith', '1']]);
  assert.deepEqual(aif.locutions.map((l) => l.timestamp), ['2025-01-08 18:18:36', undefined, undefined], 'a locution is dated where its comment is');
});

test('AIF well-formedness check finds what breaks a graph', () => {
  const good = toAif(graph);
  const broken: Aif = structuredClone(good);
  const ca = broken.nodes.find((n) => n.type === 'CA')!;
  broken.edges = broken.edges.filter((e) => e.fromID !== ca.nodeID);
  broken.edges.push({ edgeID: '900', fromID: '1', toID: '999', formEdgeID: null }, { edgeID: '901', fromID: '1', toID: '2', formEdgeID: null });
  broken.locutions[0]!.personID = '77';
  broken.nodes.push({ nodeID: '1', text: 'again', type: 'I' });
  const problems = aifProblems(broken);
  for (const p of ['node 1 is defined twice', 'edge 900 joins 1 → 999, and 999 is no node', 'edge 901 joins two I-nodes (1 → 2) without a scheme node', 'is said by participant 77, who does not exist', `CA node ${ca.nodeID} needs exactly one conclusion I-node`]) {
    assert.ok(problems.some((q) => q.includes(p)), `reports "${p}" in ${JSON.stringify(problems)}`);
  }
});

test('Argdown: @argdown/core reads back every statement, word for word, and the same relations as AIF', () => {
  const parsed = parseArgdown(toArgdown(graph, 'Test map'));
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual([...parsed.statements.keys()].sort(), ['claim:a', 'claim:b', 'claim:c', 'claim:x', 'paper:t']);
  assert.equal(parsed.statements.get('claim:b')!.text, `${graph.nodes[3]!.text} #objection`);
  assert.equal(parsed.statements.get('claim:x')!.text, "The post's claim #claim #external");
  assert.equal(parsed.statements.get('paper:t')!.text, 'Turpin et al. (2023) #paper');
  assert.deepEqual(parsed.relations, ['claim:b attack claim:a', 'claim:c support claim:a']);
  assert.deepEqual(parsed.statements.get('claim:a')!.data, { author: 'Ann Lee Smith', url: '/claims/a/', source: 'ann.txt:3', cites: ['paper:t'] });
  assert.deepEqual(parsed.statements.get('claim:c')!.data.relates, ['claim:x']);
});

test('Argdown escaping keeps hostile text literal', () => {
  const texts = [
    'Tags #x, #(y z), mentions @[A] @<B>, refs [C] <D>, links [e](http://f.org), data {g: 1}',
    '*bold* _it_ **b** __u__ // comment /* block */ <!-- html --> \\ backslash',
    'Shortcodes :smile: .v. .+1. and e.g. GPT-3.5: ok',
    '-> not a relation, +> neither, (1) nor a number, 1. nor a list, # nor a heading',
    '<script>alert(1)</script> <img src=x onerror=alert(1)> ${x} {{ y }} ---',
    'RTL שלום مرحبا \u202Eevil\u202C and emoji 👩‍👩‍👧 ✅',
    'Line\nbreaks\r\nof\rall\u2028kinds',
  ];
  const g: Graph = { version: GRAPH_VERSION, nodes: texts.map((t, i) => ({ id: `claim:t${i}`, kind: 'claim', role: 'claim', label: 'x', text: t, url: '/' })), edges: [] };
  const parsed = parseArgdown(toArgdown(g, 'Hostile: #title {x}'));
  assert.deepEqual(parsed.errors, []);
  texts.forEach((t, i) => assert.equal(parsed.statements.get(`claim:t${i}`)?.text, `${t.replace(/[\r\n\u2028]+/g, ' ')} #claim`, t));
  assert.equal(escapeArgdown('a.b: c. d'), 'a\\.b: c. d');
});
