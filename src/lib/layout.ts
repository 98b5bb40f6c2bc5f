/**
 * The map's layout, computed once at build time so the map appears at once and identically on
 * every build: d3-force with a seeded random source, run for a fixed number of ticks, on nodes and
 * edges sorted by id (the input order cannot change the result). Positions are rounded to 0.1 map
 * units, which keeps graph.json small and its bytes stable.
 */
import {
  forceCollide,
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Graph } from '../schemas/graph.ts';
import type { RelationKey } from './visual.ts';
import { compareIds, indexGraph, type GraphIndex } from './graph-view.ts';
import { forceRepel } from './force-repel.ts';
import { mulberry32 } from './prng.ts';

export interface LayoutOptions {
  /** Simulation steps; the default lets alpha decay from 1 to d3's alphaMin. */
  ticks?: number;
  /** Seed of the random source (d3 only draws from it to separate coincident nodes). */
  seed?: number;
}

/**
 * Steps by graph size: 300 (d3's default cooling) up to 1,500 nodes, fewer above, where each
 * step costs more and the clusters form early anyway; 5,000 nodes get 164.
 */
export function defaultTicks(nodeCount: number): number {
  return nodeCount <= 1500 ? 300 : Math.max(120, Math.round(300 * Math.sqrt(1500 / nodeCount)));
}
export const DEFAULT_SEED = 1;

/** Link length per relation: arguments sit close, shared topics further apart. */
export const LINK_DISTANCE: Record<RelationKey, number> = { rebuts: 34, supports: 34, qualifies: 30, cites: 46, relates: 70 };

/** Repulsion per node, times (1 + its degree). */
const CHARGE = 30;
/** Pull of linked nodes towards the middle. */
const GRAVITY = 0.02;

export interface LayoutNode extends SimulationNodeDatum {
  /** Position in the node list. */
  i: number;
  /** Radius on the map (collision). */
  r: number;
  /** Number of distinct nodes it shares an edge with. */
  degree: number;
  /** Whether any spring holds it (an edge, or its author). */
  held: boolean;
}
export type LayoutLink = SimulationLinkDatum<LayoutNode> & { distance: number; strength: number };

/** A claim's pull towards its author's node: weaker and longer when the claim has links of its own. */
const AUTHOR_SPRING = { linked: { distance: 60, strength: 0.05 }, alone: { distance: 30, strength: 0.2 } };

/**
 * The forces of the map, shared by the build-time layout and the browser's local reheat after a
 * drag, so a dragged neighbourhood settles the way the whole map did.
 */
export function mapForces(links: LayoutLink[]) {
  return {
    link: forceLink<LayoutNode, LayoutLink>(links)
      .distance((l) => l.distance)
      .strength((l) => l.strength),
    // Well-linked nodes push harder (as in ForceAtlas2), which opens up hubs and separates clusters.
    charge: forceRepel<LayoutNode>().strength((d) => -CHARGE * (1 + d.degree)).theta(1),
    // A weak pull to the middle keeps components from drifting apart; nodes no spring holds get a
    // firmer one, or they would drift to the far edges and shrink the fitted map.
    x: forceX<LayoutNode>(0).strength((d) => (d.held ? GRAVITY : 0.2)),
    y: forceY<LayoutNode>(0).strength((d) => (d.held ? GRAVITY : 0.2)),
    collide: forceCollide<LayoutNode>((d) => d.r + 3).iterations(1),
  };
}

/**
 * The springs of the layout, between node positions of `index`: one per linked pair (the shortest
 * relation's length, d3's default strength 1 / smaller degree, so hubs do not pull their
 * neighbours into a knot), and one from each claim to its author's node when the graph has author
 * nodes, so that a thread's claims gather round whoever wrote them even where the miner found no
 * link. Also returns each node's degree (edges only).
 */
export function layoutSprings(index: GraphIndex): { links: LayoutLink[]; degree: number[] } {
  const n = index.nodes.length;
  const byPair = new Map<string, LayoutLink>();
  for (const { s, t, kind } of index.edges) {
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = `${a} ${b}`;
    const prev = byPair.get(key);
    if (prev) prev.distance = Math.min(prev.distance, LINK_DISTANCE[kind]);
    else byPair.set(key, { source: a, target: b, distance: LINK_DISTANCE[kind], strength: 0 });
  }
  const links = [...byPair.values()].sort((p, q) => (p.source as number) - (q.source as number) || (p.target as number) - (q.target as number));
  const degree = new Array<number>(n).fill(0);
  for (const l of links) degree[l.source as number]!++, degree[l.target as number]!++;
  for (const l of links) l.strength = 1 / Math.min(degree[l.source as number]!, degree[l.target as number]!);
  index.nodes.forEach((node, i) => {
    const a = node.kind === 'claim' && node.author ? index.byId.get(`author:${node.author}`) : undefined;
    if (a === undefined) return;
    links.push({ source: i, target: a, ...(degree[i] ? AUTHOR_SPRING.linked : AUTHOR_SPRING.alone) });
  });
  return { links, degree };
}

/** Simulation nodes for `index`, held or not by `links`. */
export function layoutNodes(index: GraphIndex, links: LayoutLink[], degree: number[]): LayoutNode[] {
  const held = new Uint8Array(index.nodes.length);
  for (const l of links) held[l.source as number] = held[l.target as number] = 1;
  return index.nodes.map((_, i) => ({ i, r: index.radius[i]!, degree: degree[i]!, held: held[i] === 1 }));
}

/**
 * Everything positions depend on, as one string: node ids, kinds and authors, edges, options.
 * A build asks for the same graph several times (graph.json, the exports, the pages); the layout
 * runs once.
 */
function layoutKey(graph: Graph, options: LayoutOptions): string {
  const nodes = graph.nodes.map((n) => `${n.id}\t${n.kind}\t${n.author ?? ''}`).sort();
  const edges = graph.edges.map((e) => `${e.source}\t${e.target}\t${e.kind}`).sort();
  return `${options.ticks ?? ''} ${options.seed ?? ''}\n${nodes.join('\n')}\n\n${edges.join('\n')}`;
}
const cache = new Map<string, Positions>();
const CACHE_SIZE = 2;

/** Forget cached layouts (tests that must run the simulation itself). */
export function clearLayoutCache(): void {
  cache.clear();
}

/** Positions for every node of the graph; the same graph gives the same positions, whatever its order. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Graph {
  const key = layoutKey(graph, options);
  let position = cache.get(key);
  if (!position) {
    position = computeLayout(graph, options);
    cache.set(key, position);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return placeNodes(graph, position);
}

/** The graph with every node at its position. */
export function placeNodes(graph: Graph, position: Positions): Graph {
  return { ...graph, nodes: graph.nodes.map((node) => ({ ...node, ...position.get(node.id)! })) };
}

export type Positions = Map<string, { x: number; y: number }>;

/**
 * The simulation itself (layoutGraph without the cache). Reads only node ids, kinds, roles, authors and
 * `external`, and edge ends and kinds.
 */
export function computeLayout(graph: Graph, options: LayoutOptions = {}): Positions {
  const ticks = options.ticks ?? defaultTicks(graph.nodes.length);
  const sorted: Graph = {
    ...graph,
    nodes: [...graph.nodes].sort((a, b) => compareIds(a.id, b.id)),
    edges: [...graph.edges].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target) || compareIds(a.kind, b.kind)),
  };
  const index = indexGraph(sorted);
  const { links, degree } = layoutSprings(index);
  const nodes = layoutNodes(index, links, degree);
  const forces = mapForces(links);
  const simulation = forceSimulation(nodes)
    .stop()
    .randomSource(mulberry32(options.seed ?? DEFAULT_SEED))
    // Cool from alpha 1 to d3's alphaMin in exactly `ticks` steps.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forces.link)
    .force('charge', forces.charge)
    .force('x', forces.x)
    .force('y', forces.y);
  // Collisions only matter once the clusters have formed: add them for the last steps.
  const collideFrom = ticks - Math.min(30, Math.ceil(ticks * 0.2));
  for (let k = 0; k < ticks; k++) {
    if (k === collideFrom) simulation.force('collide', forces.collide);
    simulation.tick();
  }
  const round = (v: number) => Math.round(v * 10) / 10 || 0;
  return new Map(sorted.nodes.map((node, i) => [node.id, { x: round(nodes[i]!.x!), y: round(nodes[i]!.y!) }]));
}
