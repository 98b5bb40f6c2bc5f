import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from '../../src/schemas/graph.ts';
import {
  applyFilters,
  byImportance,
  claimTree,
  CRUX_MIN_REBUTTALS,
  cruxThreshold,
  fullView,
  indexGraph,
  MAX_TREE_DEPTH,
  DEFAULT_FILTERS,
  exchanges,
  mustLabel,
  neighbourhood,
  nodeInDirection,
  nodeRadius,
  shownNeighbours,
  type TreeItem,
} from '../../src/lib/graph-view.ts';

const claim = (id: string, role: GraphNode['role'] = 'claim', author = 'ann', extra: Partial<GraphNode> = {}): GraphNode => ({
  id: `claim:${id}`,
  kind: 'claim',
  role,
  label: `Label ${id}`,
  author,
  url: `/claims/${id}/`,
  ...extra,
});
const paper = (id: string): GraphNode => ({ id: `paper:${id}`, kind: 'paper', label: `Paper ${id}`, url: `/papers/${id}/` });
const edge = (source: string, target: string, kind: GraphEdge['kind']): GraphEdge => ({ source, target, kind, evidence: { rule: 'override' } });

/**
 *   a (claim, ann) ◀─rebuts── b (objection, bob) ◀─rebuts── c (objection, ann)
 *   a ◀─rebuts── d (objection, cat)      a ◀─supports── e (support, ann)
 *   b ──cites──▶ P          f (claim, cat) ──relates── a          g (question, bob) alone
 *   x (external) ◀─rebuts── d
 */
function sample(): Graph {
  return {
    version: GRAPH_VERSION,
    nodes: [
      claim('a'),
      claim('b', 'objection', 'bob'),
      claim('c', 'objection', 'ann'),
      claim('d', 'objection', 'cat'),
      claim('e', 'support', 'ann'),
      claim('f', 'claim', 'cat'),
      claim('g', 'question', 'bob'),
      claim('x', 'claim', undefined, { external: true, author: undefined }),
      paper('P'),
      { id: 'author:ann', kind: 'author', label: 'Ann', url: '/authors/ann/' },
    ],
    edges: [
      edge('claim:b', 'claim:a', 'rebuts'),
      edge('claim:c', 'claim:b', 'rebuts'),
      edge('claim:d', 'claim:a', 'rebuts'),
      edge('claim:e', 'claim:a', 'supports'),
      edge('claim:b', 'paper:P', 'cites'),
      edge('claim:f', 'claim:a', 'relates'),
      edge('claim:d', 'claim:x', 'rebuts'),
      edge('claim:d', 'claim:nowhere', 'rebuts'),
      edge('claim:b', 'claim:a', 'rebuts'),
    ],
  };
}
/** Every node, the unlinked ones too: most tests below look at one filter at a time. */
const ALL = { ...DEFAULT_FILTERS, unlinked: true };
const ids = (graph: Graph, flags: Uint8Array) => graph.nodes.filter((_, i) => flags[i]).map((n) => n.id.split(':')[1]);

test('the index drops dangling edges and counts distinct rebutters, supporters and citers', () => {
  const g = sample();
  const ix = indexGraph(g);
  assert.equal(ix.edges.length, 8, 'the edge to a missing node is dropped');
  const a = ix.byId.get('claim:a')!;
  assert.equal(ix.rebuttedBy[a], 2, 'b twice and d once: two distinct rebutters');
  assert.equal(ix.supportedBy[a], 1);
  assert.equal(ix.citedBy[ix.byId.get('paper:P')!], 1);
  assert.deepEqual(ix.styles, ['claim', 'objection', 'objection', 'objection', 'support', 'claim', 'question', 'external', 'paper', 'author']);
  assert.equal(CRUX_MIN_REBUTTALS, 2);
  assert.deepEqual(ids(g, Uint8Array.from(ix.crux, Number)), ['a'], 'only a is rebutted by two claims');
});

test('cruxes stay few: at least two rebuttals, and the top 2% in a big graph', () => {
  assert.equal(cruxThreshold([0, 1, 0]), 2);
  assert.equal(cruxThreshold([]), 2);
  const many = Array.from({ length: 1000 }, (_, i) => (i < 10 ? 9 : i < 100 ? 3 : 0));
  // The 20th highest count is 3: claims rebutted 3 times or more are cruxes (100 of 1000 here).
  assert.equal(cruxThreshold(many), 3);
  assert.equal(cruxThreshold([...Array(980).fill(2), ...Array(10).fill(5), ...Array(10).fill(7)]), 5);
});

test('size grows with how contested or cited a node is, and is capped', () => {
  const ix = indexGraph(sample());
  const a = ix.byId.get('claim:a')!;
  const g = ix.byId.get('claim:g')!;
  assert.equal(ix.weight[a], 2 + 0.5 * 1);
  assert.equal(ix.radius[g], nodeRadius(0));
  assert.ok(ix.radius[a]! > ix.radius[g]!);
  assert.equal(nodeRadius(10_000), 28);
  // Authors weigh a quarter of their claims (ann wrote a, c, e).
  assert.equal(ix.weight[ix.byId.get('author:ann')!], 3 / 4);
});

test('importance: heaviest first, ties by id', () => {
  const g = sample();
  const ix = indexGraph(g);
  const order = byImportance(ix, g.nodes.keys()).map((i) => g.nodes[i]!.id);
  // a 2.5, P 1, author ann 0.75, b 1 (rebutted once) … then the weightless ones by id.
  assert.deepEqual(order, ['claim:a', 'claim:b', 'claim:x', 'paper:P', 'author:ann', 'claim:c', 'claim:d', 'claim:e', 'claim:f', 'claim:g']);
});

test('with unlinked claims on and no other filter, everything is shown', () => {
  const ix = indexGraph(sample());
  const view = applyFilters(ix, ALL);
  assert.deepEqual(view, fullView(ix));
});

test('by default the map shows the argument: linked claims and papers, and authors of linked claims', () => {
  const g: Graph = {
    ...sample(),
    nodes: [...sample().nodes, claim('h', 'claim', 'dan'), { id: 'author:dan', kind: 'author', label: 'Dan', url: '/authors/dan/' }],
  };
  const ix = indexGraph(g);
  assert.equal(ix.unlinkedClaims, 2, 'g and h have no link');
  assert.deepEqual(ids(g, Uint8Array.from(ix.inArgument, Number)), ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'P', 'ann']);
  const view = applyFilters(ix, DEFAULT_FILTERS);
  assert.deepEqual(ids(g, view.nodes), ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'P', 'ann'], 'dan wrote only an unlinked claim');
  assert.equal(view.edgeCount, 8);
  assert.equal(applyFilters(ix, ALL).nodeCount, g.nodes.length, 'one switch shows them all');
  // An unlinked claim can still be focused on (found by name, say).
  assert.deepEqual(ids(g, applyFilters(ix, { ...DEFAULT_FILTERS, focus: 'claim:h' }).nodes), ['h']);
});

test('hiding papers hides them and their citations, nothing else', () => {
  const g = sample();
  const ix = indexGraph(g);
  const view = applyFilters(ix, { ...ALL, hiddenKinds: ['paper'] });
  assert.deepEqual(ids(g, view.nodes), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x', 'ann']);
  assert.equal(view.edgeCount, 7);
  assert.ok(ix.edges.every((e, k) => (e.kind === 'cites' ? !view.edges[k] : view.edges[k])));
});

test('hiding a relation hides its edges but keeps the nodes', () => {
  const ix = indexGraph(sample());
  const view = applyFilters(ix, { ...ALL, hiddenRelations: ['rebuts', 'relates'] });
  assert.equal(view.nodeCount, 10);
  assert.deepEqual(ix.edges.filter((_, k) => view.edges[k]).map((e) => e.kind), ['supports', 'cites']);
});

test('an author: their claims, their own node, and the papers and outside claims they link to', () => {
  const g = sample();
  const ix = indexGraph(g);
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, author: 'bob' }).nodes), ['b', 'g', 'P']);
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, author: 'cat' }).nodes), ['d', 'f', 'x']);
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, author: 'ann' }).nodes), ['a', 'c', 'e', 'ann']);
  // Hidden papers stay hidden.
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, author: 'bob', hiddenKinds: ['paper'] }).nodes), ['b', 'g']);
});

test('a paper: the paper, the claims citing it and the claims answering those', () => {
  const g = sample();
  const ix = indexGraph(g);
  const view = applyFilters(ix, { ...ALL, paper: 'paper:P' });
  assert.deepEqual(ids(g, view.nodes), ['b', 'c', 'P']);
  assert.equal(view.edgeCount, 2);
  assert.equal(applyFilters(ix, { ...ALL, paper: 'paper:nope' }).nodeCount, 0);
});

test('focus: the node and its k-hop neighbourhood over shown edges', () => {
  const g = sample();
  const ix = indexGraph(g);
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, focus: 'claim:c', hops: 1 }).nodes), ['b', 'c']);
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, focus: 'claim:c', hops: 2 }).nodes), ['a', 'b', 'c', 'P']);
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, focus: 'claim:c', hops: 2, hiddenKinds: ['paper'] }).nodes), ['a', 'b', 'c']);
  // The focus node is shown even when its kind is hidden.
  assert.deepEqual(ids(g, applyFilters(ix, { ...ALL, focus: 'claim:g', hiddenKinds: ['question'] }).nodes), ['g']);
  // Unknown focus ids are ignored.
  assert.equal(applyFilters(ix, { ...ALL, focus: 'claim:zzz' }).nodeCount, 10);
});

test('neighbourhoods follow edges both ways, breadth first', () => {
  const ix = indexGraph(sample());
  const a = ix.byId.get('claim:a')!;
  assert.deepEqual(neighbourhood(ix, a, 0), [a]);
  assert.deepEqual(new Set(neighbourhood(ix, a, 1).map((i) => ix.nodes[i]!.id)), new Set(['claim:a', 'claim:b', 'claim:d', 'claim:e', 'claim:f']));
  const view = applyFilters(ix, { ...ALL, hiddenRelations: ['supports'] });
  assert.ok(!shownNeighbours(ix, view, a).includes(ix.byId.get('claim:e')!));
});

test('the list: claims, then what rebuts them, then what supports them; repeats and loops end', () => {
  const g = sample();
  g.edges.push(edge('claim:a', 'claim:c', 'rebuts')); // a loop: a ← b ← c ← a
  const ix = indexGraph(g);
  const tree = claimTree(ix, fullView(ix));
  const show = (t: TreeItem): unknown => [`${t.relation ?? ''}${ix.nodes[t.node]!.id.split(':')[1]}${t.repeat ? '*' : ''}`, ...t.children.map(show)];
  // Heaviest first: x (rebutted once) before f and g; a sits in a loop, so it comes last.
  assert.deepEqual(tree.roots.map(show), [
    ['x', ['rebutsd']],
    ['f'],
    ['g'],
    ['a', ['rebutsb', ['rebutsc', ['rebutsa*']]], ['rebutsd*'], ['supportse']],
  ]);
  assert.deepEqual(tree.papers.map((i) => ix.nodes[i]!.id), ['paper:P']);
});

test('the list follows the filters', () => {
  const g = sample();
  const ix = indexGraph(g);
  const tree = claimTree(ix, applyFilters(ix, { ...ALL, hiddenKinds: ['objection', 'paper'] }));
  // Weights do not change with filters: x stays heavier than f and g though d is hidden.
  assert.deepEqual(tree.roots.map((t) => ix.nodes[t.node]!.id), ['claim:a', 'claim:x', 'claim:f', 'claim:g']);
  assert.deepEqual(tree.roots[0]!.children.map((t) => [ix.nodes[t.node]!.id, t.relation]), [['claim:e', 'supports']]);
  assert.deepEqual(tree.papers, []);
});

test('arrow keys move to the nearest node in that direction', () => {
  //      1
  //  3   0   2        4 far right, slightly down
  const xs = [0, 0, 10, -10, 40];
  const ys = [0, -10, 1, 0, 5];
  const shown = [1, 1, 1, 1, 1];
  assert.equal(nodeInDirection(xs, ys, shown, 0, 'right'), 2);
  assert.equal(nodeInDirection(xs, ys, shown, 0, 'left'), 3);
  assert.equal(nodeInDirection(xs, ys, shown, 0, 'up'), 1);
  assert.equal(nodeInDirection(xs, ys, shown, 0, 'down'), null);
  assert.equal(nodeInDirection(xs, ys, shown, 2, 'right'), 4);
  assert.equal(nodeInDirection(xs, ys, [1, 1, 0, 1, 1], 0, 'right'), 4, 'hidden nodes are skipped');
});

test('the list nests threads at most MAX_TREE_DEPTH deep and continues them below', () => {
  // A chain c0 ← c1 ← … ← c9: each claim rebuts the one before.
  const nodes = Array.from({ length: 10 }, (_, i) => claim(`c${i}`, i ? 'objection' : 'claim'));
  const edges = nodes.slice(1).map((_, i) => edge(`claim:c${i + 1}`, `claim:c${i}`, 'rebuts'));
  const ix = indexGraph({ version: GRAPH_VERSION, nodes, edges });
  const tree = claimTree(ix, fullView(ix));
  const depth = (t: TreeItem): number => 1 + Math.max(0, ...t.children.map(depth));
  assert.equal(MAX_TREE_DEPTH, 4);
  assert.ok(tree.roots.every((t) => depth(t) <= MAX_TREE_DEPTH + 1));
  const full = (t: TreeItem): string[] => [...(t.repeat ? [] : [ix.nodes[t.node]!.id]), ...t.children.flatMap(full)];
  const listed = tree.roots.flatMap(full);
  assert.equal(listed.length, 10, 'every claim listed in full once');
  assert.equal(new Set(listed).size, 10);
  const first = tree.roots[0]!;
  let deepest = first;
  while (deepest.children.length) deepest = deepest.children[0]!;
  assert.equal(deepest.continues, true);
  assert.equal(tree.roots[1]!.node, deepest.node, 'the thread goes on as the next entry');
});

test('exchanges: the groups that rebuts, supports and qualifies links join, with a node to label, most contested first', () => {
  const g = sample();
  // A second, smaller exchange: y rebuts z (ann's), and a relates link that joins nothing.
  g.nodes.push(claim('y', 'objection', 'bob'), claim('z'));
  g.edges.push(edge('claim:y', 'claim:z', 'rebuts'), edge('claim:z', 'claim:g', 'relates'));
  const ix = indexGraph(g);
  const name = (i: number) => ix.nodes[i]!.id;
  const found = exchanges(ix).map((group) => group.map(name).sort());
  assert.deepEqual(found, [
    ['claim:a', 'claim:b', 'claim:c', 'claim:d', 'claim:e', 'claim:x'],
    ['claim:y', 'claim:z'],
  ]);
  assert.equal(exchanges(ix), exchanges(ix), 'computed once per index');
  assert.ok(mustLabel(ix, ix.byId.get('claim:z')!));
  assert.ok(!mustLabel(ix, ix.byId.get('claim:y')!));
  // Page 2 of 1 each: the second exchange, its claims' authors (where the graph has them) and nothing else.
  const view = applyFilters(ix, { ...DEFAULT_FILTERS, exchanges: { from: 2, to: 2 } });
  const shown = ix.nodes.filter((_, i) => view.nodes[i]).map((n) => n.id).sort();
  assert.deepEqual(shown, ['author:ann', 'claim:y', 'claim:z']);
  // Page 1: the big exchange, with the paper b cites; f (relates only) and g are left out.
  const first = applyFilters(ix, { ...DEFAULT_FILTERS, exchanges: { from: 1, to: 1 } });
  const firstShown = ix.nodes.filter((_, i) => first.nodes[i]).map((n) => n.id);
  assert.ok(firstShown.includes('paper:P') && !firstShown.includes('claim:f') && !firstShown.includes('claim:y'));
  // A focus, an author or a paper is its own part of the map: the exchanges give way.
  const focused = applyFilters(ix, { ...DEFAULT_FILTERS, exchanges: { from: 2, to: 2 }, focus: 'claim:a' });
  assert.equal(focused.nodes[ix.byId.get('claim:f')!], 1);
});
