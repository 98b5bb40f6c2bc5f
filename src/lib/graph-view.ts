/**
 * Data shaping for the map, shared by the build (layout, the list alternative) and the browser
 * (the renderer only draws what these functions decide): an index of the graph, node sizes,
 * filters, neighbourhoods, the claims → rebuttals tree and keyboard moves. Pure, no DOM.
 */
import type { Graph, GraphEdge, GraphNode } from '../schemas/graph.ts';
import { nodeStyleKey, type NodeStyleKey, type RelationKey } from './visual.ts';

/** An edge whose endpoints are node positions in `GraphIndex.nodes`. */
export interface IndexedEdge {
  /** Source node position. */
  s: number;
  /** Target node position. */
  t: number;
  /** The relation. */
  kind: RelationKey;
  /** The edge as it is in the graph (for its evidence). */
  edge: GraphEdge;
}

export interface GraphIndex {
  /** The nodes, in the graph's order. */
  nodes: GraphNode[];
  /** Node id → position. */
  byId: Map<string, number>;
  /** Style key of each node (kind, role, external). */
  styles: NodeStyleKey[];
  /** Edges whose endpoints both exist (others are dropped), in the graph's order. */
  edges: IndexedEdge[];
  /** Edge positions leaving each node. */
  out: number[][];
  /** Edge positions arriving at each node. */
  in: number[][];
  /** How many distinct nodes rebut each node. */
  rebuttedBy: number[];
  /** How many distinct nodes support each node. */
  supportedBy: number[];
  /** How many distinct claims cite each node (papers). */
  citedBy: number[];
  /** How contested or cited each node is (see `nodeWeight`); for authors, a quarter of their claim count. */
  weight: number[];
  /** Map radius of each node (see `nodeRadius`). */
  radius: number[];
  /** Whether each node is a crux (see `cruxThreshold`). */
  crux: boolean[];
  /**
   * Whether each node takes part in an argument: a claim or paper with at least one link, an author
   * with at least one such claim. The map shows these by default (see `MapFilters.unlinked`).
   */
  inArgument: boolean[];
  /** How many claims have no link at all (shown only with `MapFilters.unlinked`). */
  unlinkedClaims: number;
}

/**
 * Cruxes are the most contested claims: rebutted by at least CRUX_MIN_REBUTTALS distinct claims
 * and, in a big graph, among the top CRUX_SHARE of claims by rebuttals, so that they stay few
 * enough to stand out.
 */
export const CRUX_MIN_REBUTTALS = 2;
export const CRUX_SHARE = 0.02;

/** The number of rebuttals that makes a claim a crux, given every claim's count. */
export function cruxThreshold(rebuttals: number[]): number {
  const sorted = [...rebuttals].sort((a, b) => b - a);
  const top = sorted[Math.max(0, Math.ceil(sorted.length * CRUX_SHARE) - 1)] ?? 0;
  return Math.max(CRUX_MIN_REBUTTALS, top);
}

/**
 * How contested or cited a node is: rebuttals count fully, supports half, citations fully.
 * Relates links do not count: they say two claims share a topic, not that anyone argues.
 */
export function nodeWeight(rebuttedBy: number, supportedBy: number, citedBy: number): number {
  return rebuttedBy + 0.5 * supportedBy + citedBy;
}

/** Radius in map units: area grows with the weight, capped so hubs do not swallow their cluster. */
export function nodeRadius(weight: number): number {
  return Math.min(28, 4 + 3.2 * Math.sqrt(weight));
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodes = graph.nodes;
  const n = nodes.length;
  const byId = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!byId.has(node.id)) byId.set(node.id, i);
  });
  const out: number[][] = Array.from({ length: n }, () => []);
  const inn: number[][] = Array.from({ length: n }, () => []);
  const edges: IndexedEdge[] = [];
  for (const edge of graph.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    out[s]!.push(edges.length);
    inn[t]!.push(edges.length);
    edges.push({ s, t, kind: edge.kind, edge });
  }
  // Distinct sources per relation: one pass over each node's incoming edges.
  const rebuttedBy = new Array<number>(n).fill(0);
  const supportedBy = new Array<number>(n).fill(0);
  const citedBy = new Array<number>(n).fill(0);
  const counters: Partial<Record<RelationKey, number[]>> = { rebuts: rebuttedBy, supports: supportedBy, cites: citedBy };
  const seen = new Set<string>();
  for (let t = 0; t < n; t++) {
    const list = inn[t]!;
    if (list.length > 1) seen.clear();
    for (const e of list) {
      const edge = edges[e]!;
      const counter = counters[edge.kind];
      if (!counter) continue;
      if (list.length > 1) {
        const key = `${edge.kind} ${edge.s}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      counter[t]!++;
    }
  }
  // An author's weight is a quarter of their claim count: their node anchors their claims on the map.
  const authored = new Map<string, number>();
  for (const node of nodes) if (node.kind === 'claim' && node.author) authored.set(node.author, (authored.get(node.author) ?? 0) + 1);
  const weight = nodes.map((node, i) =>
    node.kind === 'author' ? (authored.get(node.id.slice('author:'.length)) ?? 0) / 4 : nodeWeight(rebuttedBy[i]!, supportedBy[i]!, citedBy[i]!),
  );
  const crux = cruxThreshold(nodes.flatMap((node, i) => (node.kind === 'claim' ? [rebuttedBy[i]!] : [])));
  const linked = (i: number) => out[i]!.length + inn[i]!.length > 0;
  const arguing = new Set<string>();
  for (let i = 0; i < n; i++) if (nodes[i]!.kind === 'claim' && nodes[i]!.author && linked(i)) arguing.add(nodes[i]!.author!);
  const inArgument = nodes.map((node, i) => (node.kind === 'author' ? arguing.has(node.id.slice('author:'.length)) : linked(i)));
  return {
    nodes,
    byId,
    styles: nodes.map(nodeStyleKey),
    edges,
    out,
    in: inn,
    rebuttedBy,
    supportedBy,
    citedBy,
    weight,
    radius: weight.map(nodeRadius),
    crux: nodes.map((node, i) => node.kind === 'claim' && rebuttedBy[i]! >= crux),
    inArgument,
    unlinkedClaims: nodes.filter((node, i) => node.kind === 'claim' && !inArgument[i]).length,
  };
}

/** Node positions by importance: heaviest first, then by id (a stable order for labels and keys). */
export function byImportance(index: GraphIndex, positions: Iterable<number>): number[] {
  return [...positions].sort((a, b) => index.weight[b]! - index.weight[a]! || compareIds(index.nodes[a]!.id, index.nodes[b]!.id));
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ── Filters ─────────────────────────────────────────────────────────────────────────────────

/** Exchanges `from` to `to` of the debate, counted from 1, both included. */
export interface ExchangeRange {
  from: number;
  to: number;
}

/** What the reader has chosen to see. Every field is optional in the URL (see map-state.ts). */
export interface MapFilters {
  /** Node styles not shown (e.g. `paper`). */
  hiddenKinds: NodeStyleKey[];
  /** Relations not shown. */
  hiddenRelations: RelationKey[];
  /** Only this author's claims (author id, without `author:`), and what they link to directly. */
  author?: string | undefined;
  /** Only this paper (node id), the claims citing it and the claims that answer those. */
  paper?: string | undefined;
  /** Only this node (id) and its neighbourhood. */
  focus?: string | undefined;
  /** Size of the focus neighbourhood, in hops (1–3). */
  hops: number;
  /** Also show the claims with no link (and authors with only such claims); by default only the argument. */
  unlinked: boolean;
  /**
   * Only some of the debate's exchanges (see `exchanges`, most contested first): numbers `from` to
   * `to` (from 1, both included), with the papers they cite and their authors. The map's first view on
   * a screen too small to label every crux and rebutted claim at once. Not applied with an author, a
   * paper or a focus.
   */
  exchanges?: ExchangeRange | undefined;
}

/** The map as it first opens: every kind and relation, the nodes that take part in an argument. */
export const DEFAULT_FILTERS: MapFilters = { hiddenKinds: [], hiddenRelations: [], hops: 1, unlinked: false };

/** Which nodes and edges are shown: one flag per node / per indexed edge. */
export interface GraphView {
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
}

/**
 * Apply the filters in a fixed order: kinds, relations and unlinked claims, then author, then
 * paper, then focus. An edge is shown when its relation is and both its ends are. The focus node
 * is always shown.
 */
/** Whether the map shows a range of exchanges: an author, a paper or a focus is a view of its own and replaces it. */
export const exchangesApply = (filters: MapFilters) => !filters.author && !filters.paper && filters.focus === undefined;

export function applyFilters(index: GraphIndex, filters: MapFilters): GraphView {
  const n = index.nodes.length;
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const nodes = new Uint8Array(n);
  for (let i = 0; i < n; i++) nodes[i] = hiddenKinds.has(index.styles[i]!) || (!filters.unlinked && !index.inArgument[i]) ? 0 : 1;
  const relationShown = (e: IndexedEdge) => !hiddenRelations.has(e.kind);

  if (filters.exchanges && exchangesApply(filters)) {
    const { from, to } = filters.exchanges;
    const keep = new Uint8Array(n);
    for (const group of exchanges(index).slice(from - 1, to)) {
      for (const i of group) {
        if (!nodes[i]) continue;
        keep[i] = 1;
        const author = index.nodes[i]!.author === undefined ? undefined : index.byId.get(`author:${index.nodes[i]!.author}`);
        if (author !== undefined && nodes[author]) keep[author] = 1;
        for (const e of index.out[i]!) {
          const edge = index.edges[e]!;
          if (edge.kind === 'cites' && relationShown(edge) && nodes[edge.t]) keep[edge.t] = 1;
        }
      }
    }
    nodes.set(keep);
  }

  if (filters.author) {
    const keep = new Uint8Array(n);
    const authorNode = index.byId.get(`author:${filters.author}`);
    if (authorNode !== undefined) keep[authorNode] = nodes[authorNode]!;
    for (let i = 0; i < n; i++) {
      const node = index.nodes[i]!;
      if (!nodes[i] || node.kind !== 'claim' || node.author !== filters.author) continue;
      keep[i] = 1;
      for (const e of index.out[i]!) {
        const edge = index.edges[e]!;
        const t = index.nodes[edge.t]!;
        // Papers and outside claims have no author: show the ones this author links to.
        if (relationShown(edge) && nodes[edge.t] && (t.kind === 'paper' || t.external)) keep[edge.t] = 1;
      }
    }
    nodes.set(keep);
  }

  if (filters.paper) {
    const p = index.byId.get(filters.paper);
    const keep = new Uint8Array(n);
    if (p !== undefined && nodes[p]) {
      keep[p] = 1;
      const citing: number[] = [];
      for (const e of index.in[p]!) {
        const edge = index.edges[e]!;
        if (edge.kind === 'cites' && relationShown(edge) && nodes[edge.s]) {
          keep[edge.s] = 1;
          citing.push(edge.s);
        }
      }
      for (const c of citing) {
        for (const e of index.in[c]!) {
          const edge = index.edges[e]!;
          if ((edge.kind === 'rebuts' || edge.kind === 'supports') && relationShown(edge) && nodes[edge.s]) keep[edge.s] = 1;
        }
      }
    }
    nodes.set(keep);
  }

  const edgeShown = (e: number) => {
    const edge = index.edges[e]!;
    return relationShown(edge) && nodes[edge.s] === 1 && nodes[edge.t] === 1;
  };

  const f = filters.focus === undefined ? undefined : index.byId.get(filters.focus);
  if (f !== undefined) {
    nodes[f] = 1;
    const hops = neighbourhood(index, f, filters.hops, edgeShown);
    nodes.fill(0);
    for (const i of hops) nodes[i] = 1;
  }

  const edges = new Uint8Array(index.edges.length);
  let edgeCount = 0;
  for (let e = 0; e < edges.length; e++) {
    if (edgeShown(e)) {
      edges[e] = 1;
      edgeCount++;
    }
  }
  let nodeCount = 0;
  for (let i = 0; i < n; i++) nodeCount += nodes[i]!;
  return { nodes, edges, nodeCount, edgeCount };
}

// ── Exchanges: the debate in parts ─────────────────────────────────────────────────────────

/** Whether a node must carry a label wherever the map shows it: a crux, or a node something rebuts. */
export function mustLabel(index: GraphIndex, i: number): boolean {
  return index.crux[i]! || index.rebuttedBy[i]! > 0;
}

const exchangeCache = new WeakMap<GraphIndex, number[][]>();

/**
 * The debate's exchanges: the groups of claims that rebuts, supports and qualifies links join
 * (connected, whatever the direction), of those that hold a node that must be labelled (see
 * `mustLabel`). Most contested first: most rebuttals, then most nodes, then by the first node's id.
 * Each group lists its nodes by importance. Computed once per index.
 */
export function exchanges(index: GraphIndex): number[][] {
  const cached = exchangeCache.get(index);
  if (cached) return cached;
  const n = index.nodes.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const e of index.edges) {
    if (e.kind !== 'rebuts' && e.kind !== 'supports' && e.kind !== 'qualifies') continue;
    const a = root(e.s), b = root(e.t);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const rebuttals = (g: number[]) => g.reduce((sum, i) => sum + index.rebuttedBy[i]!, 0);
  const found = [...groups.values()]
    .filter((g) => g.some((i) => mustLabel(index, i)))
    .map((g) => byImportance(index, g))
    .map((g) => ({ g, rebuttals: rebuttals(g), first: index.nodes[g[0]!]!.id }));
  found.sort((a, b) => b.rebuttals - a.rebuttals || b.g.length - a.g.length || compareIds(a.first, b.first));
  const result = found.map((x) => x.g);
  exchangeCache.set(index, result);
  return result;
}

/** A view that shows everything. */
export function fullView(index: GraphIndex): GraphView {
  return {
    nodes: new Uint8Array(index.nodes.length).fill(1),
    edges: new Uint8Array(index.edges.length).fill(1),
    nodeCount: index.nodes.length,
    edgeCount: index.edges.length,
  };
}

/**
 * Nodes within `hops` links of `start`, following edges in both directions, start included,
 * in breadth-first order. `edgeOk` says which edges may be followed.
 */
export function neighbourhood(index: GraphIndex, start: number, hops: number, edgeOk: (e: number) => boolean = () => true): number[] {
  const seen = new Set([start]);
  let frontier = [start];
  for (let h = 0; h < hops && frontier.length; h++) {
    const next: number[] = [];
    for (const i of frontier) {
      for (const e of index.out[i]!) {
        const t = index.edges[e]!.t;
        if (!seen.has(t) && edgeOk(e)) seen.add(t), next.push(t);
      }
      for (const e of index.in[i]!) {
        const s = index.edges[e]!.s;
        if (!seen.has(s) && edgeOk(e)) seen.add(s), next.push(s);
      }
    }
    frontier = next;
  }
  return [...seen];
}

/** Shown neighbours of a node (both directions), without repeats, in edge order. */
export function shownNeighbours(index: GraphIndex, view: GraphView, i: number): number[] {
  const found = new Set<number>();
  for (const e of index.out[i]!) if (view.edges[e]) found.add(index.edges[e]!.t);
  for (const e of index.in[i]!) if (view.edges[e]) found.add(index.edges[e]!.s);
  return [...found];
}

// ── The list alternative: claims → rebuttals ────────────────────────────────────────────────

export interface TreeItem {
  /** Node position. */
  node: number;
  /** How it relates to its parent (absent at the top level). */
  relation?: 'rebuts' | 'supports';
  /** True when the node is listed in full elsewhere: show a reference, not its answers again. */
  repeat: boolean;
  /** With `repeat`: the thread was too deep to nest further and continues as its own entry below. */
  continues?: true;
  /** Its answers: rebuttals first, then supports. */
  children: TreeItem[];
}

export interface ClaimTree {
  /** Claims that answer no other shown claim, heaviest first; then threads continued from deeper down or loops. */
  roots: TreeItem[];
  /** Shown papers, most cited first. */
  papers: number[];
}

/** Threads nest at most this deep; a deeper answer continues as its own entry further down. */
export const MAX_TREE_DEPTH = 4;

/**
 * The shown claims as a tree of answers: each claim, then the claims that rebut it, then those that
 * support it, recursively. Every claim is listed in full exactly once and referred to elsewhere
 * (`repeat`), so the list is as long as the graph and loops end; nesting stops at
 * MAX_TREE_DEPTH, where the thread continues as a new top-level entry.
 */
export function claimTree(index: GraphIndex, view: GraphView): ClaimTree {
  const n = index.nodes.length;
  const answers = (i: number, kind: 'rebuts' | 'supports') =>
    byImportance(
      index,
      new Set(index.in[i]!.filter((e) => view.edges[e] && index.edges[e]!.kind === kind && index.nodes[index.edges[e]!.s]!.kind === 'claim').map((e) => index.edges[e]!.s)),
    );
  const answersSomething = (i: number) => index.out[i]!.some((e) => view.edges[e] && (index.edges[e]!.kind === 'rebuts' || index.edges[e]!.kind === 'supports'));
  const expanded = new Uint8Array(n);
  const build = (i: number, depth: number, relation?: 'rebuts' | 'supports'): TreeItem => {
    const tooDeep = expanded[i] === 0 && depth >= MAX_TREE_DEPTH;
    const item: TreeItem = { node: i, repeat: expanded[i] === 1 || tooDeep, children: [], ...(relation ? { relation } : {}), ...(tooDeep ? { continues: true as const } : {}) };
    if (item.repeat) return item;
    expanded[i] = 1;
    for (const c of answers(i, 'rebuts')) item.children.push(build(c, depth + 1, 'rebuts'));
    for (const c of answers(i, 'supports')) item.children.push(build(c, depth + 1, 'supports'));
    return item;
  };
  const claims: number[] = [];
  const papers: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!view.nodes[i]) continue;
    if (index.nodes[i]!.kind === 'claim') claims.push(i);
    else if (index.nodes[i]!.kind === 'paper') papers.push(i);
  }
  const roots: TreeItem[] = [];
  for (const i of byImportance(index, claims.filter((i) => !answersSomething(i)))) roots.push(build(i, 0));
  // What is left continues a thread that was too deep, or sits in a loop of answers. Each pass
  // lists at least one more claim in full.
  const order = byImportance(index, claims);
  for (let added = true; added; ) {
    added = false;
    for (const i of order) if (!expanded[i]) (roots.push(build(i, 0)), (added = true));
  }
  return { roots, papers: byImportance(index, papers).sort((a, b) => index.citedBy[b]! - index.citedBy[a]!) };
}

// ── Keyboard moves ──────────────────────────────────────────────────────────────────────────

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The shown node the arrow key leads to from `from`: the nearest one inside a 90° cone in that
 * direction, where sideways distance counts double. Null when there is none.
 */
export function nodeInDirection(xs: ArrayLike<number>, ys: ArrayLike<number>, shown: ArrayLike<number>, from: number, dir: Direction): number | null {
  const x0 = xs[from]!;
  const y0 = ys[from]!;
  let best: number | null = null;
  let bestScore = Infinity;
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i] || i === from) continue;
    const dx = xs[i]! - x0;
    const dy = ys[i]! - y0;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const side = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (along <= 0 || side > along) continue;
    const score = along + 2 * side;
    if (score < bestScore) (bestScore = score), (best = i);
  }
  return best;
}
