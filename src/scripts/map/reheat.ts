/**
 * Dragging a node: a short, local re-run of the layout's own forces on the node's neighbourhood
 * (two links out, at most a few hundred nodes), with the nodes its springs reach outside it held
 * in place as anchors. The rest of the map does not move, and the simulation stops soon after the drop.
 */
import { forceSimulation } from 'd3-force';
import { mapForces, type LayoutLink, type LayoutNode } from '../../lib/layout.ts';
import { neighbourhood, type GraphIndex } from '../../lib/graph-view.ts';

const MAX_FREE = 300;

export interface Reheat {
  /** Move the dragged node to map coordinates (x, y). */
  move(x: number, y: number): void;
  /** Drop it: the neighbourhood settles and the simulation stops by itself. */
  end(): void;
}

export function startReheat(index: GraphIndex, springs: LayoutLink[], xs: Float64Array, ys: Float64Array, dragged: number, onTick: () => void, onEnd: () => void): Reheat {
  const free = neighbourhood(index, dragged, 2).slice(0, MAX_FREE);
  const inFree = new Set(free);
  const anchors = new Set<number>();
  for (const l of springs) {
    const s = l.source as number;
    const t = l.target as number;
    if (inFree.has(s) && !inFree.has(t)) anchors.add(t);
    if (inFree.has(t) && !inFree.has(s)) anchors.add(s);
  }
  const members = [...free, ...anchors];
  const local = new Map(members.map((g, l) => [g, l]));
  const nodes: LayoutNode[] = members.map((g, l) => {
    const fixed = anchors.has(g) || g === dragged;
    return { i: l, r: index.radius[g]!, degree: index.out[g]!.length + index.in[g]!.length, held: true, x: xs[g]!, y: ys[g]!, ...(fixed ? { fx: xs[g]!, fy: ys[g]! } : {}) };
  });
  const links: LayoutLink[] = springs.flatMap((l) => {
    const s = local.get(l.source as number);
    const t = local.get(l.target as number);
    return s === undefined || t === undefined ? [] : [{ source: s, target: t, distance: l.distance, strength: l.strength }];
  });
  const forces = mapForces(links);
  const d = nodes[local.get(dragged)!]!;
  const simulation = forceSimulation(nodes)
    .force('link', forces.link)
    .force('charge', forces.charge)
    .force('collide', forces.collide)
    .alpha(0.3)
    .alphaTarget(0.3)
    .alphaMin(0.02)
    .on('tick', () => {
      for (const node of nodes) {
        const g = members[node.i]!;
        xs[g] = node.x!;
        ys[g] = node.y!;
      }
      onTick();
    })
    .on('end', onEnd);
  return {
    move(x, y) {
      d.fx = x;
      d.fy = y;
    },
    end() {
      simulation.alphaTarget(0);
    },
  };
}
