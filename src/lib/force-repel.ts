/**
 * A many-body repulsion force for d3-force, for big graphs: the same Barnes–Hut approximation as
 * d3's `forceManyBody` (force ∝ strength / distance), but on flat typed arrays rebuilt each tick
 * without allocating, which is several times faster at thousands of nodes. Drop-in: it has d3's
 * force interface (`force(alpha)`, `initialize(nodes, random)`).
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface RepelForce<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  /** Per-node strength (negative repels), read once at initialisation. */
  strength(fn: (node: N, i: number) => number): RepelForce<N>;
  /** Barnes–Hut accuracy: a cell that looks smaller than theta from a node acts as one body. */
  theta(value: number): RepelForce<N>;
}

const LEAF = 8;
const MAX_DEPTH = 24;

export function forceRepel<N extends SimulationNodeDatum>(): RepelForce<N> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let strengthOf: (node: N, i: number) => number = () => -30;
  let strengths = new Float64Array(0);
  let theta2 = 0.81;
  // Cells: bounds, aggregate strength and its centre, children (4 per cell) or a run of points.
  let cap = 0;
  let cx0 = new Float64Array(0);
  let cy0 = new Float64Array(0);
  let cw = new Float64Array(0);
  let cmass = new Float64Array(0);
  let ccx = new Float64Array(0);
  let ccy = new Float64Array(0);
  let child = new Int32Array(0);
  let first = new Int32Array(0);
  let count = new Int32Array(0);
  let leafs = new Uint8Array(0);
  let order = new Int32Array(0);
  let scratch = new Int32Array(0);
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let cells = 0;
  const stack = new Int32Array(MAX_DEPTH * 4 + 8);

  function grow(n: number) {
    cap = Math.max(16, n * 2);
    cx0 = new Float64Array(cap);
    cy0 = new Float64Array(cap);
    cw = new Float64Array(cap);
    cmass = new Float64Array(cap);
    ccx = new Float64Array(cap);
    ccy = new Float64Array(cap);
    child = new Int32Array(cap * 4);
    first = new Int32Array(cap);
    count = new Int32Array(cap);
    leafs = new Uint8Array(cap);
  }

  function newCell(x0: number, y0: number, w: number, start: number, n: number): number {
    if (cells >= cap) {
      const keep = { cx0, cy0, cw, cmass, ccx, ccy, child, first, count, leafs };
      grow(cap);
      cx0.set(keep.cx0), cy0.set(keep.cy0), cw.set(keep.cw), cmass.set(keep.cmass), ccx.set(keep.ccx), ccy.set(keep.ccy);
      child.set(keep.child), first.set(keep.first), count.set(keep.count), leafs.set(keep.leafs);
    }
    const c = cells++;
    cx0[c] = x0, cy0[c] = y0, cw[c] = w, first[c] = start, count[c] = n;
    child[c * 4] = child[c * 4 + 1] = child[c * 4 + 2] = child[c * 4 + 3] = -1;
    return c;
  }

  /** Split the points order[start, start+n) of a cell into quadrants, recursively; fill aggregates. */
  function build(c: number, depth: number) {
    const start = first[c]!;
    const n = count[c]!;
    let m = 0;
    let sx = 0;
    let sy = 0;
    leafs[c] = n <= LEAF || depth >= MAX_DEPTH ? 1 : 0;
    if (leafs[c]) {
      for (let k = start; k < start + n; k++) {
        const p = order[k]!;
        const s = strengths[p]!;
        m += s, sx += s * xs[p]!, sy += s * ys[p]!;
      }
    } else {
      const h = cw[c]! / 2;
      const mx = cx0[c]! + h;
      const my = cy0[c]! + h;
      const counts = [0, 0, 0, 0];
      for (let k = start; k < start + n; k++) {
        const p = order[k]!;
        counts[(xs[p]! >= mx ? 1 : 0) + (ys[p]! >= my ? 2 : 0)]!++;
      }
      const offs = [start, start + counts[0]!, start + counts[0]! + counts[1]!, start + counts[0]! + counts[1]! + counts[2]!];
      const at = offs.slice();
      for (let k = start; k < start + n; k++) {
        const p = order[k]!;
        scratch[at[(xs[p]! >= mx ? 1 : 0) + (ys[p]! >= my ? 2 : 0)]!++] = p;
      }
      order.set(scratch.subarray(start, start + n), start);
      for (let q = 0; q < 4; q++) {
        if (!counts[q]) continue;
        const k = newCell(cx0[c]! + (q & 1 ? h : 0), cy0[c]! + (q & 2 ? h : 0), h, offs[q]!, counts[q]!);
        child[c * 4 + q] = k;
        build(k, depth + 1);
        m += cmass[k]!, sx += cmass[k]! * ccx[k]!, sy += cmass[k]! * ccy[k]!;
      }
    }
    cmass[c] = m;
    // Strengths share a sign, so the weighted centre lies inside the cell.
    ccx[c] = m ? sx / m : cx0[c]! + cw[c]! / 2;
    ccy[c] = m ? sy / m : cy0[c]! + cw[c]! / 2;
  }

  function force(alpha: number) {
    const n = nodes.length;
    if (!n) return;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = (xs[i] = nodes[i]!.x!);
      const y = (ys[i] = nodes[i]!.y!);
      order[i] = i;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    cells = 0;
    build(newCell(minX, minY, Math.max(maxX - minX, maxY - minY, 1e-6) * (1 + 1e-9), 0, n), 0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top) {
        const c = stack[--top]!;
        const dx = ccx[c]! - x;
        const dy = ccy[c]! - y;
        let l = dx * dx + dy * dy;
        const w = cw[c]!;
        const leaf = leafs[c] === 1;
        if (!leaf && (w * w) / theta2 < l) {
          fx += (dx * cmass[c]!) / l;
          fy += (dy * cmass[c]!) / l;
          continue;
        }
        if (!leaf) {
          for (let q = 0; q < 4; q++) if (child[c * 4 + q]! >= 0) stack[top++] = child[c * 4 + q]!;
          continue;
        }
        for (let k = first[c]!, end = k + count[c]!; k < end; k++) {
          const p = order[k]!;
          if (p === i) continue;
          let ex = xs[p]! - x;
          let ey = ys[p]! - y;
          // Coincident points: push apart in a random direction, as d3 does.
          if (ex === 0) ex = (random() - 0.5) * 1e-6;
          if (ey === 0) ey = (random() - 0.5) * 1e-6;
          l = ex * ex + ey * ey;
          if (l < 1) l = Math.sqrt(l);
          fx += (ex * strengths[p]!) / l;
          fy += (ey * strengths[p]!) / l;
        }
      }
      nodes[i]!.vx! += fx * alpha;
      nodes[i]!.vy! += fy * alpha;
    }
  }

  const api = force as RepelForce<N>;
  api.initialize = (all, rand) => {
    nodes = all;
    random = rand;
    const n = nodes.length;
    strengths = Float64Array.from(nodes, (node, i) => strengthOf(node, i));
    order = new Int32Array(n);
    scratch = new Int32Array(n);
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    grow(n);
  };
  api.strength = (fn) => {
    strengthOf = fn;
    if (nodes.length) strengths = Float64Array.from(nodes, (node, i) => strengthOf(node, i));
    return api;
  };
  api.theta = (value) => {
    theta2 = value * value;
    return api;
  };
  return api;
}
