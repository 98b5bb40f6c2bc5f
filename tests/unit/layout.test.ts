import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forceManyBody, forceSimulation } from 'd3-force';
import { clearLayoutCache, defaultTicks, layoutGraph } from '../../src/lib/layout.ts';
import { forceRepel } from '../../src/lib/force-repel.ts';
import { mulberry32 } from '../../src/lib/prng.ts';
import { generateGraph } from '../../bench/gen-graph.ts';
import { GRAPH_VERSION, type Graph } from '../../src/schemas/graph.ts';

const positions = (g: Graph) => new Map(g.nodes.map((n) => [n.id, [n.x, n.y]]));

function shuffled<T>(list: T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('the same graph always gets the same positions, whatever the order of its nodes and edges', () => {
  const g = generateGraph({ nodes: 300, edges: 600, seed: 7 });
  const a = layoutGraph(g);
  clearLayoutCache();
  assert.deepEqual(layoutGraph(g), a);
  clearLayoutCache();
  const b = layoutGraph({ ...g, nodes: shuffled(g.nodes, 1), edges: shuffled(g.edges, 2) });
  assert.deepEqual(positions(b), positions(a));
  assert.deepEqual(a.nodes.map((n) => n.id), g.nodes.map((n) => n.id), 'node order and fields are kept');
  assert.deepEqual(a.edges, g.edges);
});

test('every node gets finite positions rounded to 0.1; another tick count moves them', () => {
  const g = generateGraph({ nodes: 200, edges: 300, seed: 3 });
  const a = layoutGraph(g);
  for (const n of a.nodes) {
    assert.ok(Number.isFinite(n.x) && Number.isFinite(n.y), n.id);
    assert.equal(Math.round(n.x! * 10) / 10, n.x);
  }
  assert.notDeepEqual(positions(layoutGraph(g, { ticks: 50 })), positions(a));
});

test('linked nodes end up closer than unlinked ones', () => {
  const g = layoutGraph(generateGraph({ nodes: 400, edges: 800, seed: 5 }));
  const at = positions(g);
  const dist = (a: string, b: string) => Math.hypot(at.get(a)![0]! - at.get(b)![0]!, at.get(a)![1]! - at.get(b)![1]!);
  const linked = g.edges.map((e) => dist(e.source, e.target));
  const rand = mulberry32(9);
  const random = Array.from({ length: 800 }, () => dist(g.nodes[Math.floor(rand() * 400)]!.id, g.nodes[Math.floor(rand() * 400)]!.id));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(mean(linked) * 3 < mean(random), `linked ${mean(linked).toFixed(0)} vs random ${mean(random).toFixed(0)}`);
});

test("claims without links gather round their author's node", () => {
  const nodes: Graph['nodes'] = [];
  for (const a of ['ann', 'bob', 'cat']) {
    nodes.push({ id: `author:${a}`, kind: 'author', label: a, url: `/authors/${a}/` });
    for (let i = 0; i < 20; i++) nodes.push({ id: `claim:${a}-${i}`, kind: 'claim', role: 'claim', label: `${a} ${i}`, author: a, url: `/c/${a}-${i}/` });
  }
  const g = layoutGraph({ version: GRAPH_VERSION, nodes, edges: [] });
  const at = positions(g);
  for (const n of g.nodes.filter((n) => n.kind === 'claim')) {
    const d = (a: string) => Math.hypot(n.x! - at.get(`author:${a}`)![0]!, n.y! - at.get(`author:${a}`)![1]!);
    const own = d(n.author!);
    for (const other of ['ann', 'bob', 'cat'].filter((a) => a !== n.author)) assert.ok(own < d(other), `${n.id} sits nearer its author`);
  }
});

test('ticks: 300 for small graphs, fewer for big ones', () => {
  assert.equal(defaultTicks(10), 300);
  assert.equal(defaultTicks(1500), 300);
  assert.equal(defaultTicks(5000), 164);
  assert.equal(defaultTicks(1e6), 120);
});

test("the flat Barnes–Hut repulsion matches exact forces as closely as d3's own", () => {
  const rand = mulberry32(11);
  const make = () => Array.from({ length: 1500 }, (_, i) => ({ i, x: rand() * 1000, y: rand() * 1000 * (i % 3 ? 1 : 0.2), vx: 0, vy: 0 }));
  const exact = make();
  const ours = exact.map((d) => ({ ...d }));
  const d3s = exact.map((d) => ({ ...d }));
  const strength = (i: number) => -10 - (i % 5);
  for (const a of exact) {
    for (const b of exact) {
      if (a === b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const l = dx * dx + dy * dy;
      a.vx += (dx * strength(b.i)) / l;
      a.vy += (dy * strength(b.i)) / l;
    }
  }
  const repel = forceRepel<(typeof ours)[number]>().strength((d) => strength(d.i)).theta(0.9);
  repel.initialize(ours, mulberry32(1));
  repel(1);
  const manyBody = forceManyBody<(typeof d3s)[number]>().strength((d) => strength(d.i)).theta(0.9);
  forceSimulation(d3s).stop().force('charge', manyBody);
  manyBody(1);
  const error = (got: typeof exact) => got.reduce((s, d, i) => s + Math.hypot(d.vx - exact[i]!.vx, d.vy - exact[i]!.vy), 0) / exact.reduce((s, d) => s + Math.hypot(d.vx, d.vy), 0);
  assert.ok(error(ours) < 0.02, `relative error ${error(ours)}`);
  assert.ok(error(ours) < error(d3s) * 2, `ours ${error(ours)}, d3 ${error(d3s)}`);
});

test('the repulsion separates coincident points instead of dividing by zero', () => {
  const nodes = Array.from({ length: 20 }, (_, i) => ({ i, x: 5, y: 5, vx: 0, vy: 0 }));
  const repel = forceRepel<(typeof nodes)[number]>().strength(() => -30);
  repel.initialize(nodes, mulberry32(1));
  repel(1);
  assert.ok(nodes.every((d) => Number.isFinite(d.vx) && Number.isFinite(d.vy)));
  assert.ok(new Set(nodes.map((d) => `${d.vx} ${d.vy}`)).size > 1);
});

test('a graph laid out again comes from the cache, and any change that matters is laid out anew', () => {
  const g = generateGraph({ nodes: 1500, edges: 3000, seed: 4 });
  const t0 = performance.now();
  const a = layoutGraph(g);
  const first = performance.now() - t0;
  const t1 = performance.now();
  const b = layoutGraph({ ...g, nodes: g.nodes.map((n) => ({ ...n, label: `${n.label}!` })) });
  const again = performance.now() - t1;
  assert.deepEqual(positions(b), positions(a), 'labels do not move nodes');
  assert.ok(again < first / 4, `cached: ${again.toFixed(0)} ms, first run ${first.toFixed(0)} ms`);
  const c = layoutGraph({ ...g, edges: g.edges.slice(1) });
  assert.notDeepEqual(positions(c), positions(a), 'an edge less is a new layout');
});

test('the build lays out large graphs in a worker thread, with the very positions layoutGraph gives', async () => {
  const { startLayout, WORKER_FROM } = await import('../../src/lib/layout-async.ts');
  const g = generateGraph({ nodes: WORKER_FROM + 200, edges: 2 * WORKER_FROM, seed: 11 });
  clearLayoutCache();
  const fromWorker = await startLayout(g);
  clearLayoutCache();
  const here = layoutGraph(g);
  assert.deepEqual(fromWorker, here);
  assert.ok(fromWorker.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)));
});
