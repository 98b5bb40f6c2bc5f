import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neighbourhood, visible, relationPhrase, RINGS, adjacency } from '../../src/lib/neighbourhood.ts';
import type { Graph, GraphNode } from '../../src/schemas/graph.ts';
import type { Relation } from '../../src/schemas/evidence.ts';

const claim = (id: string, role: GraphNode['role'] = 'claim'): GraphNode => ({ id: `claim:${id}`, kind: 'claim', role, label: id.toUpperCase(), url: `/claims/${id}/`, author: 'ann' });
const edge = (source: string, target: string, kind: Relation) => ({ source: `claim:${source}`, target: kind === 'cites' ? `paper:${target}` : `claim:${target}`, kind, evidence: { rule: 'override' as const } });
// a ◀rebuts─ b ◀rebuts─ c;  d ─supports▶ a;  a ─relates─ e;  a ─cites▶ p;  c ─rebuts▶ f (depth 3 from a)
const graph: Pick<Graph, 'nodes' | 'edges'> = {
  nodes: [claim('a'), claim('b', 'objection'), claim('c', 'objection'), claim('d', 'support'), claim('e'), claim('f'), { id: 'paper:p', kind: 'paper', label: 'P', url: '/papers/p/' }, { id: 'author:ann', kind: 'author', label: 'Ann', url: '/authors/ann/' }],
  edges: [edge('b', 'a', 'rebuts'), edge('c', 'b', 'rebuts'), edge('d', 'a', 'supports'), edge('a', 'e', 'relates'), edge('a', 'p', 'cites'), edge('f', 'c', 'rebuts')],
};
const ids = (n: { nodes: { id: string }[] }) => n.nodes.map((x) => x.id);

test('depth 1: the centre and its direct neighbours, rebuttals first, both directions', () => {
  const n = neighbourhood(graph, 'claim:a', { depth: 1 });
  assert.deepEqual(ids(n), ['claim:a', 'claim:b', 'claim:d', 'claim:e', 'paper:p']);
  assert.deepEqual(n.nodes.map((x) => x.depth), [0, 1, 1, 1, 1]);
  const b = n.nodes[1]!;
  assert.deepEqual([b.parent, b.relation, b.direction], ['claim:a', 'rebuts', 'in']);
  assert.equal(relationPhrase(b.relation!, b.direction!), 'rebutted by');
  assert.equal(relationPhrase('cites', 'out'), 'cites');
  // Only edges among the nodes; c–b is outside.
  assert.deepEqual(n.edges.map((e) => `${e.source}>${e.target}`).sort(), ['claim:a>claim:e', 'claim:a>paper:p', 'claim:b>claim:a', 'claim:d>claim:a']);
});

test('depth 2 reaches counter-rebuttals, not further', () => {
  const n = neighbourhood(graph, 'claim:a', { depth: 2 });
  assert.deepEqual(ids(n), ['claim:a', 'claim:b', 'claim:d', 'claim:e', 'paper:p', 'claim:c']);
  assert.equal(n.nodes.find((x) => x.id === 'claim:c')!.parent, 'claim:b');
  assert.ok(!ids(n).includes('claim:f'));
});

test('relations filter the walk', () => {
  const n = neighbourhood(graph, 'claim:a', { depth: 2, relations: ['rebuts'] });
  assert.deepEqual(ids(n), ['claim:a', 'claim:b', 'claim:c']);
  assert.ok(n.edges.every((e) => e.kind === 'rebuts'));
});

test('a cap per depth keeps hub pages small and counts what it left out', () => {
  const hub: Pick<Graph, 'nodes' | 'edges'> = { nodes: [claim('h')], edges: [] };
  for (let i = 0; i < 30; i++) {
    hub.nodes.push(claim(`r${String(i).padStart(2, '0')}`, 'objection'));
    hub.edges.push(edge(`r${String(i).padStart(2, '0')}`, 'h', 'rebuts'));
  }
  const n = neighbourhood(hub, 'claim:h', { depth: 1, maxPerDepth: 10 });
  assert.equal(n.nodes.length, 11);
  assert.deepEqual(n.omitted, [0, 20]);
  assert.equal(n.nodes[1]!.id, 'claim:r00');
});

test('radial layout: rings by depth, and depth 2 does not move depth 1', () => {
  const one = neighbourhood(graph, 'claim:a', { depth: 1 });
  const two = neighbourhood(graph, 'claim:a', { depth: 2 });
  const pos = (n: typeof one) => new Map(n.nodes.map((x) => [x.id, [x.x, x.y]]));
  for (const [id, p] of pos(one)) assert.deepEqual(pos(two).get(id), p, id);
  for (const x of two.nodes) assert.ok(Math.abs(Math.hypot(x.x, x.y) - RINGS[x.depth]!) < 0.2, `${x.id} on ring ${x.depth}`);
  // The first neighbour sits straight above the centre.
  assert.deepEqual(pos(one).get('claim:b'), [0, -100]);
  // Same input, same output.
  assert.deepEqual(neighbourhood(graph, 'claim:a', { depth: 2 }), two);
});

test('visible: what the browser draws for a depth and a set of relations, positions kept', () => {
  const n = neighbourhood(graph, 'claim:a', { depth: 2 });
  assert.deepEqual(ids(visible(n, { depth: 1, relations: ['rebuts', 'supports', 'relates', 'cites'] })), ['claim:a', 'claim:b', 'claim:d', 'claim:e', 'paper:p']);
  const rebuts = visible(n, { depth: 2, relations: ['rebuts'] });
  assert.deepEqual(ids(rebuts), ['claim:a', 'claim:b', 'claim:c']);
  assert.deepEqual(rebuts.edges.map((e) => e.kind), ['rebuts', 'rebuts']);
  assert.equal(rebuts.nodes[2]!.x, n.nodes.find((x) => x.id === 'claim:c')!.x);
  // A node reachable only through a hidden relation is hidden.
  assert.deepEqual(ids(visible(n, { depth: 2, relations: ['supports'] })), ['claim:a', 'claim:d']);
});

test('an unknown centre is an error, not an empty graph', () => {
  assert.throws(() => neighbourhood(graph, 'claim:zz', { depth: 1 }), /no node "claim:zz"/);
  assert.equal(adjacency([]).size, 0);
});
