/**
 * The local graph of a node: its k-hop neighbourhood in `/graph.json`'s graph, a filter over it, and
 * a radial layout. Pure graph maths, shared by the build (claim pages compute and embed it, and list it
 * as HTML) and the browser (src/scripts/local-graph.ts only draws what `visible` returns).
 * Types only from the schemas: nothing here pulls zod or Astro into the browser bundle.
 */
import type { Graph, GraphNode } from '../schemas/graph.ts';
import { RELATIONS, type Relation } from '../schemas/relations.ts';

/** Which way an edge runs, seen from the node the walk comes from. */
export type Direction = 'out' | 'in';

/** A node of a neighbourhood: what the drawing and the list need, and how the walk reached it. */
export interface LocalNode {
  /** Node id of the graph (`claim:<id>`, `paper:<id>`). */
  id: string;
  kind: GraphNode['kind'];
  role?: GraphNode['role'];
  external?: boolean;
  label: string;
  /** Author id (claims). */
  author?: string;
  /** The node's page. */
  url: string;
  /** Steps from the centre: 0 for the centre. */
  depth: number;
  /** The node it was reached from (absent for the centre). */
  parent?: string;
  /** The relation of the edge it was reached by. */
  relation?: Relation;
  /** Direction of that edge, from the parent: `out` = parent → node. */
  direction?: Direction;
  /** Position in the radial layout (centre at 0,0). */
  x: number;
  y: number;
}

export interface LocalEdge {
  source: string;
  target: string;
  kind: Relation;
}

export interface Neighbourhood {
  /** Id of the centre node. */
  center: string;
  /** Largest depth walked. */
  depth: number;
  /** Nodes in walk order: the centre, then depth 1, then depth 2 … */
  nodes: LocalNode[];
  /** Every edge of the graph between two nodes of `nodes` (within the relations walked). */
  edges: LocalEdge[];
  /** Nodes left out at each depth because of `maxPerDepth` (index = depth). */
  omitted: number[];
}

export interface NeighbourhoodOptions {
  /** How many steps to walk (1 or 2 on claim pages). */
  depth: number;
  /** Relations to walk along; default all. */
  relations?: readonly Relation[];
  /** Cap per depth, so that a hub's page stays small; default 24. */
  maxPerDepth?: number;
}

export const ALL_RELATIONS: readonly Relation[] = RELATIONS;

/** Order in which neighbours are listed and placed: that of the one list (the argument first, then topic and papers). */
const RELATION_ORDER = Object.fromEntries(RELATIONS.map((k, i) => [k, i])) as Record<Relation, number>;

interface Step {
  other: string;
  kind: Relation;
  direction: Direction;
}

/** Adjacency lists of a graph, both directions, sorted so walks are deterministic. */
export function adjacency(edges: readonly { source: string; target: string; kind: Relation }[]): Map<string, Step[]> {
  const adj = new Map<string, Step[]>();
  const add = (from: string, step: Step) => {
    let list = adj.get(from);
    if (!list) adj.set(from, (list = []));
    list.push(step);
  };
  for (const e of edges) {
    add(e.source, { other: e.target, kind: e.kind, direction: 'out' });
    add(e.target, { other: e.source, kind: e.kind, direction: 'in' });
  }
  for (const list of adj.values()) list.sort(compareSteps);
  return adj;
}

function compareSteps(a: Step, b: Step): number {
  return RELATION_ORDER[a.kind] - RELATION_ORDER[b.kind] || (a.direction === b.direction ? 0 : a.direction === 'in' ? -1 : 1) || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0);
}

/** Breadth-first walk: node id → {depth, parent, step}; the first path found wins (steps are sorted). */
function walk(adj: Map<string, Step[]>, center: string, depth: number, relations: ReadonlySet<Relation>, allowed: (id: string) => boolean, maxPerDepth: number) {
  const seen = new Map<string, { depth: number; parent?: string; step?: Step }>([[center, { depth: 0 }]]);
  const omitted = [0];
  let frontier = [center];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    let dropped = 0;
    for (const id of frontier) {
      for (const step of adj.get(id) ?? []) {
        if (!relations.has(step.kind) || seen.has(step.other) || !allowed(step.other)) continue;
        if (next.length >= maxPerDepth) {
          dropped++;
          seen.set(step.other, { depth: -1 });
          continue;
        }
        seen.set(step.other, { depth: d, parent: id, step });
        next.push(step.other);
      }
    }
    omitted.push(dropped);
    frontier = next;
  }
  for (const [id, v] of seen) if (v.depth < 0) seen.delete(id);
  return { seen, omitted };
}

/** Node index and adjacency of a graph, built once per graph object: a build asks for every claim's neighbourhood. */
const indexes = new WeakMap<object, { byId: Map<string, GraphNode>; adj: Map<string, Step[]> }>();
function indexed(graph: Pick<Graph, 'nodes' | 'edges'>) {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = { byId: new Map(graph.nodes.map((n) => [n.id, n])), adj: adjacency(graph.edges) }));
  return index;
}

/**
 * The k-hop neighbourhood of `center` in `graph`, walking edges both ways, laid out radially.
 * Nodes beyond `maxPerDepth` at a depth are counted in `omitted`, not returned.
 */
export function neighbourhood(graph: Pick<Graph, 'nodes' | 'edges'>, center: string, options: NeighbourhoodOptions): Neighbourhood {
  const relations = new Set(options.relations ?? ALL_RELATIONS);
  const { byId, adj } = indexed(graph);
  if (!byId.has(center)) throw new Error(`neighbourhood: no node "${center}" in the graph`);
  const { seen, omitted } = walk(adj, center, options.depth, relations, (id) => byId.has(id), options.maxPerDepth ?? 24);
  const nodes: LocalNode[] = [];
  for (const [id, v] of seen) {
    const g = byId.get(id)!;
    const n: LocalNode = { id, kind: g.kind, label: g.label, url: g.url, depth: v.depth, x: 0, y: 0 };
    if (g.role) n.role = g.role;
    if (g.external) n.external = true;
    if (g.author) n.author = g.author;
    if (v.parent && v.step) {
      n.parent = v.parent;
      n.relation = v.step.kind;
      n.direction = v.step.direction;
    }
    nodes.push(n);
  }
  // Edges among the nodes, read from the adjacency of each (its outgoing steps), not from every edge of the graph.
  const edges: LocalEdge[] = [];
  for (const id of seen.keys()) {
    for (const step of adj.get(id) ?? []) {
      if (step.direction === 'out' && relations.has(step.kind) && seen.has(step.other)) edges.push({ source: id, target: step.other, kind: step.kind });
    }
  }
  return layoutRadial({ center, depth: options.depth, nodes, edges, omitted });
}

/** Ring radii of the radial layout, in layout units (the drawing's viewBox is sized from them). */
export const RINGS = [0, 100, 190] as const;

/**
 * Radial layout: the centre at 0,0; depth d on a circle of radius RINGS[d]. Depth-1 nodes are spread
 * evenly in walk order (rebuttals first); each node's children share the angular sector of their parent,
 * so showing depth 2 adds the outer ring without moving anything already drawn.
 */
export function layoutRadial(n: Neighbourhood): Neighbourhood {
  const at = new Map<string, { angle: number; span: number }>([[n.center, { angle: -Math.PI / 2, span: 2 * Math.PI }]]);
  const round = (v: number) => Math.round(v * 10) / 10;
  const nodes = n.nodes.map((x) => ({ ...x }));
  for (let d = 1; d <= n.depth; d++) {
    const ring = nodes.filter((x) => x.depth === d);
    const byParent = new Map<string, LocalNode[]>();
    for (const x of ring) {
      const list = byParent.get(x.parent!) ?? [];
      list.push(x);
      byParent.set(x.parent!, list);
    }
    for (const [parent, children] of byParent) {
      const p = at.get(parent)!;
      // The centre's children go all round; deeper children fan out within their parent's sector.
      const span = d === 1 ? 2 * Math.PI : p.span;
      const step = span / children.length;
      children.forEach((c, i) => {
        const angle = d === 1 ? -Math.PI / 2 + i * step : p.angle - span / 2 + (i + 0.5) * step;
        at.set(c.id, { angle, span: step });
        const r = RINGS[Math.min(d, RINGS.length - 1)]! + (d > 2 ? (d - 2) * 80 : 0);
        c.x = round(r * Math.cos(angle));
        c.y = round(r * Math.sin(angle));
      });
    }
  }
  return { ...n, nodes };
}

export interface VisibleOptions {
  /** Show nodes up to this depth. */
  depth: number;
  /** Relations to show; nodes reachable only through hidden relations are hidden too. */
  relations: readonly Relation[];
}

/**
 * What to draw of an embedded neighbourhood: the nodes reachable from the centre within `depth` steps
 * along the chosen relations, and the edges among them. Positions are kept, so nothing moves.
 */
export function visible(n: Neighbourhood, options: VisibleOptions): { nodes: LocalNode[]; edges: LocalEdge[] } {
  const relations = new Set(options.relations);
  const ids = new Set(n.nodes.map((x) => x.id));
  const { seen } = walk(adjacency(n.edges), n.center, options.depth, relations, (id) => ids.has(id), Number.POSITIVE_INFINITY);
  const nodes = n.nodes.filter((x) => seen.has(x.id));
  const shown = new Set(nodes.map((x) => x.id));
  const edges = n.edges.filter((e) => relations.has(e.kind) && shown.has(e.source) && shown.has(e.target));
  return { nodes, edges };
}

const OUT_PHRASE: Record<Relation, string> = { rebuts: 'rebuts', supports: 'supports', qualifies: 'qualifies', relates: 'related to', cites: 'cites' };
const IN_PHRASE: Record<Relation, string> = { rebuts: 'rebutted by', supports: 'supported by', qualifies: 'qualified by', relates: 'related to', cites: 'cited by' };

/** How a neighbour relates to the node it was reached from, in words: "rebutted by", "cites" … */
export function relationPhrase(relation: Relation, direction: Direction): string {
  if (direction === 'out') return OUT_PHRASE[relation];
  return IN_PHRASE[relation];
}
