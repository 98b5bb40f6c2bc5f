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
import { compareIds, indexGraph } from './graph-view.ts';
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
export const LINK_DISTANCE: Record<RelationKey, number> = { rebuts: 34, supports: 34, cites: 46, relates: 70 };

/** Repulsion per node, times (1 + its degree). */
const CHARGE = 30;
/** Pull of linked nodes towards the middle. */
const GRAVITY = 0.02;

export interface LayoutNode extends SimulationNodeDatum {
  /** Position in the sorted node list. */
  i: number;
  /** Radius on the map (collision). */
  r: number;
  /** Number of distinct neighbours. */
  degree: number;
}
export type LayoutLink = SimulationLinkDatum<LayoutNode> & { distance: number; strength: number };

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
    // A weak pull to the middle keeps components and lone nodes from drifting away.
    // Lone nodes get a firmer pull, or they would drift to the far edges and shrink the fitted map.
    x: forceX<LayoutNode>(0).strength((d) => (d.degree ? GRAVITY : 0.2)),
    y: forceY<LayoutNode>(0).strength((d) => (d.degree ? GRAVITY : 0.2)),
    collide: forceCollide<LayoutNode>((d) => d.r + 3).iterations(1),
  };
}

/** Links for the simulation: one per node pair, the shortest relation's length, strength by degree. */
export function layoutLinks(pairs: Array<{ s: number; t: number; kind: RelationKey }>, n: number): LayoutLink[] {
  const byPair = new Map<string, LayoutLink>();
  for (const { s, t, kind } of pairs) {
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = `${a} ${b}`;
    const prev = byPair.get(key);
    if (prev) prev.distance = Math.min(prev.distance, LINK_DISTANCE[kind]);
    else byPair.set(key, { source: a, target: b, distance: LINK_DISTANCE[kind], strength: 0 });
  }
  const links = [...byPair.values()].sort((p, q) => (p.source as number) - (q.source as number) || (p.target as number) - (q.target as number));
  const degree = new Array<number>(n).fill(0);
  for (const l of links) degree[l.source as number]!++, degree[l.target as number]!++;
  // d3's default strength (1 / smaller degree), so hubs do not pull their neighbours into a knot.
  for (const l of links) l.strength = 1 / Math.min(degree[l.source as number]!, degree[l.target as number]!);
  return links;
}

/** Positions for every node of the graph; the same graph gives the same positions, whatever its order. */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Graph {
  const ticks = options.ticks ?? defaultTicks(graph.nodes.length);
  const sorted: Graph = {
    ...graph,
    nodes: [...graph.nodes].sort((a, b) => compareIds(a.id, b.id)),
    edges: [...graph.edges].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target) || compareIds(a.kind, b.kind)),
  };
  const index = indexGraph(sorted);
  const links = layoutLinks(index.edges, sorted.nodes.length);
  const degree = new Array<number>(sorted.nodes.length).fill(0);
  for (const l of links) degree[l.source as number]!++, degree[l.target as number]!++;
  const nodes: LayoutNode[] = sorted.nodes.map((_, i) => ({ i, r: index.radius[i]!, degree: degree[i]! }));
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
  const position = new Map(sorted.nodes.map((node, i) => [node.id, { x: round(nodes[i]!.x!), y: round(nodes[i]!.y!) }]));
  return { ...graph, nodes: graph.nodes.map((node) => ({ ...node, ...position.get(node.id)! })) };
}
