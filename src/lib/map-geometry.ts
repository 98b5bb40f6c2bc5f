/**
 * Geometry for the map, pure and DOM-free: fitting the view (into the part a panel leaves), finding
 * the node or edge under the pointer (a uniform grid, rebuilt in O(n) after a drag), and greedy label
 * placement so labels never overlap or leave the view.
 */
import type { MapCamera } from './map-state.ts';

export interface Points {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Radius of each node, in map units. */
  rs: ArrayLike<number>;
}

/** A box on screen, in px from the view's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The camera that shows every shown node inside a `width` × `height` view with `pad` px to spare,
 * or, given `area`, inside that part of the view (the part a panel leaves uncovered). The camera
 * is the map point at the centre of the whole view, so the picture is shifted into the area.
 */
export function fitCamera(
  points: Points,
  shown: ArrayLike<number>,
  width: number,
  height: number,
  pad = 24,
  maxZoom = 2.5,
  area: Rect = { x: 0, y: 0, w: width, h: height },
): MapCamera {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i]) continue;
    const r = points.rs[i]!;
    minX = Math.min(minX, points.xs[i]! - r);
    maxX = Math.max(maxX, points.xs[i]! + r);
    minY = Math.min(minY, points.ys[i]! - r);
    maxY = Math.max(maxY, points.ys[i]! + r);
  }
  if (minX === Infinity) return { x: 0, y: 0, k: 1 };
  const p = Math.min(pad, area.w / 4, area.h / 4);
  const k = Math.max(0.01, Math.min(maxZoom, (area.w - 2 * p) / Math.max(maxX - minX, 1), (area.h - 2 * p) / Math.max(maxY - minY, 1)));
  return { x: (minX + maxX) / 2 + (width / 2 - (area.x + area.w / 2)) / k, y: (minY + maxY) / 2 + (height / 2 - (area.y + area.h / 2)) / k, k };
}

/**
 * The part of a `width` × `height` view (or of `within`, a part of it) that `cover` (a panel or
 * the zoom buttons over it, or null) leaves free: the biggest of the strips above, below, left and
 * right of it. All of it when nothing covers it.
 */
export function freeArea(width: number, height: number, cover: Rect | null, within: Rect = { x: 0, y: 0, w: width, h: height }): Rect {
  if (!cover) return within;
  const right = within.x + within.w;
  const bottom = within.y + within.h;
  const x0 = Math.max(within.x, cover.x), x1 = Math.min(right, cover.x + cover.w);
  const y0 = Math.max(within.y, cover.y), y1 = Math.min(bottom, cover.y + cover.h);
  if (x1 <= x0 || y1 <= y0) return within;
  const strips: Rect[] = [
    { x: within.x, y: within.y, w: within.w, h: y0 - within.y },
    { x: within.x, y: y1, w: within.w, h: bottom - y1 },
    { x: within.x, y: within.y, w: x0 - within.x, h: within.h },
    { x: x1, y: within.y, w: right - x1, h: within.h },
  ];
  // Area first, ties in the order above (a panel at the bottom leaves the top).
  return strips.reduce((best, r) => (r.w * r.h > best.w * best.h ? r : best));
}

/**
 * How to draw a layout on a view of another shape: with x and y swapped (a mirror across the
 * diagonal) when a wide layout meets a tall view (a phone held upright), and stretched vertically,
 * by up to MAX_STRETCH, when the view is still taller than the layout. A map has no up, and a
 * force layout has no preferred aspect: this only uses the screen the reader has.
 */
export interface Axes {
  swap: boolean;
  /** Vertical scale of the scene (1: none). */
  stretch: number;
}

export const MAX_STRETCH = 1.4;

export function chooseAxes(points: { xs: ArrayLike<number>; ys: ArrayLike<number> }, shown: ArrayLike<number>, width: number, height: number): Axes {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i]) continue;
    minX = Math.min(minX, points.xs[i]!), maxX = Math.max(maxX, points.xs[i]!);
    minY = Math.min(minY, points.ys[i]!), maxY = Math.max(maxY, points.ys[i]!);
  }
  if (minX === Infinity || width <= 0 || height <= 0) return { swap: false, stretch: 1 };
  let w = Math.max(maxX - minX, 1);
  let h = Math.max(maxY - minY, 1);
  const swap = height > width * 1.15 && w > h * 1.15;
  if (swap) [w, h] = [h, w];
  const stretch = Math.min(MAX_STRETCH, Math.max(1, height / width / (h / w)));
  return { swap, stretch: Math.round(stretch * 100) / 100 };
}

/** A layout point in scene coordinates. */
export function toScene(axes: Axes, x: number, y: number): [number, number] {
  return axes.swap ? [y, x * axes.stretch] : [x, y * axes.stretch];
}

/** A scene point in layout coordinates (the address keeps those, so a shared view opens on any screen). */
export function toLayout(axes: Axes, x: number, y: number): [number, number] {
  return axes.swap ? [y / axes.stretch, x] : [x, y / axes.stretch];
}

/** A uniform grid over node centres: which node is under a point, counting each node's radius. */
export class NodeGrid {
  private readonly points: Points;
  private readonly cell: number;
  private readonly cells = new Map<number, number[]>();
  private maxR = 0;

  constructor(points: Points, shown: ArrayLike<number>, cell = 40) {
    this.points = points;
    this.cell = cell;
    for (let i = 0; i < shown.length; i++) {
      if (!shown[i]) continue;
      const key = this.key(Math.floor(points.xs[i]! / cell), Math.floor(points.ys[i]! / cell));
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
      this.maxR = Math.max(this.maxR, points.rs[i]!);
    }
  }

  private key(cx: number, cy: number): number {
    // Cells stay within ±2^20 of the origin for any sane layout.
    return (cx + 1048576) * 2097152 + (cy + 1048576);
  }

  /** The node whose disc (grown by `slop` map units) holds (x, y), the closest edge of disc first. */
  nodeAt(x: number, y: number, slop: number): number | null {
    const reach = this.maxR + slop;
    const c = this.cell;
    let best: number | null = null;
    let bestGap = Infinity;
    for (let cx = Math.floor((x - reach) / c); cx <= Math.floor((x + reach) / c); cx++) {
      for (let cy = Math.floor((y - reach) / c); cy <= Math.floor((y + reach) / c); cy++) {
        for (const i of this.cells.get(this.key(cx, cy)) ?? []) {
          const gap = Math.hypot(this.points.xs[i]! - x, this.points.ys[i]! - y) - this.points.rs[i]!;
          if (gap <= slop && gap < bestGap) (bestGap = gap), (best = i);
        }
      }
    }
    return best;
  }
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The shown edge nearest to (x, y) within `tolerance` map units, or null. A linear scan: ~0.1 ms for 15,000 edges. */
export function edgeAt(
  points: Points,
  ends: { s: ArrayLike<number>; t: ArrayLike<number> },
  shown: ArrayLike<number>,
  x: number,
  y: number,
  tolerance: number,
): number | null {
  let best: number | null = null;
  let bestD = tolerance;
  const { xs, ys } = points;
  for (let e = 0; e < shown.length; e++) {
    if (!shown[e]) continue;
    const s = ends.s[e]!;
    const t = ends.t[e]!;
    const ax = xs[s]!, ay = ys[s]!, bx = xs[t]!, by = ys[t]!;
    if (x < Math.min(ax, bx) - bestD || x > Math.max(ax, bx) + bestD || y < Math.min(ay, by) - bestD || y > Math.max(ay, by) + bestD) continue;
    const d = segmentDistance(x, y, ax, ay, bx, by);
    if (d <= bestD) (bestD = d), (best = e);
  }
  return best;
}

/** A label the renderer would like to draw: its box on screen, in px. */
export interface LabelBox {
  /** Node position. */
  node: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A node that asks for a label: where it is on screen and how wide each version of its text is. */
export interface LabelRequest {
  node: number;
  /** Centre and radius on screen, px. */
  x: number;
  y: number;
  r: number;
  /** Widths in px of the label's versions, longest first (the full short label, then shorter cuts). */
  widths: ArrayLike<number>;
  /**
   * The first version tried (default 0): longer ones are left for the last pass, which lengthens
   * required labels where the room is still free once every label has its place.
   */
  from?: number;
  /** Where the versions an optional label tries end (exclusive; default: `from` only). */
  to?: number;
  /**
   * A label that must be drawn if it can be: every version and every side of the node is tried.
   * Others only try their first version, right or left of the node.
   */
  required: boolean;
}

export interface PlacedLabel extends LabelBox {
  /** Which version of the text (index into `widths`). */
  version: number;
}

/** Where a label of width `w` may go around its node, best first; a required label has twelve places. */
function labelSpots(q: LabelRequest, w: number, height: number): Array<[number, number]> {
  const spots: Array<[number, number]> = [
    [q.x + q.r + 3, q.y - height / 2],
    [q.x - q.r - 3 - w, q.y - height / 2],
  ];
  if (!q.required) return spots;
  const d = q.r * 0.7 + 2;
  spots.push(
    [q.x - w / 2, q.y - q.r - 2 - height],
    [q.x - w / 2, q.y + q.r + 2],
    [q.x + d, q.y - d - height],
    [q.x + d, q.y + d],
    [q.x - d - w, q.y - d - height],
    [q.x - d - w, q.y + d],
    // A row further out, where the node's neighbours' labels fill the rows next to it.
    [q.x - w / 2, q.y - q.r - 3 - 2 * height],
    [q.x - w / 2, q.y + q.r + 3 + height],
    [q.x + q.r + 3, q.y - 1.5 * height - 2],
    [q.x + q.r + 3, q.y + 0.5 * height + 2],
  );
  return spots;
}

/**
 * Label placement: requests in the order given (most important first), each put at the first
 * place that lies wholly inside `view` and overlaps no label placed so far and no `taken` area.
 * Places: right of the node, left; a required label also above, below, at the four corners and a
 * row further out, then with its shorter versions. At most `max` optional labels; required ones are
 * not counted against it. Last, each required label placed with a shorter version than its first
 * (`from`) takes the longest version, no wider than `grow` px, that fits where nothing else is.
 * Of the places for one version, those over no `avoid` area (the other nodes) come first: a label
 * covers a node only where that version has no other place. A label is still placed in the version
 * it would be without `avoid`; its spot may differ, and with it the room left to those after it.
 */
export function placeLabels(
  requests: Iterable<LabelRequest>,
  view: Rect,
  height: number,
  max: number,
  taken: Rect[] = [],
  cell = 64,
  grow = Infinity,
  avoid: Rect[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const grid = new Map<string, Rect[]>();
  const soft = new Map<string, Rect[]>();
  const cells = (b: Rect, visit: (key: string) => boolean | void) => {
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.w) / cell); cx++) {
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.h) / cell); cy++) if (visit(`${cx} ${cy}`) === false) return;
    }
  };
  const occupy = (b: Rect, into = grid) =>
    cells(b, (key) => {
      const list = into.get(key);
      if (list) list.push(b);
      else into.set(key, [b]);
    });
  const vacate = (b: Rect) =>
    cells(b, (key) => {
      const list = grid.get(key);
      if (list) grid.set(key, list.filter((o) => o !== b));
    });
  const clearOf = (b: Rect, of: Map<string, Rect[]>) => {
    let clear = true;
    cells(b, (key) => {
      for (const o of of.get(key) ?? []) if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return (clear = false);
      return true;
    });
    return clear;
  };
  const free = (b: Rect) => {
    if (b.x < view.x || b.y < view.y || b.x + b.w > view.x + view.w || b.y + b.h > view.y + view.h) return false;
    return clearOf(b, grid);
  };
  const firstFree = (q: LabelRequest, from: number, to: number): PlacedLabel | null => {
    for (let v = from; v < to; v++) {
      const w = q.widths[v]!;
      let covering: PlacedLabel | null = null;
      for (const [x, y] of labelSpots(q, w, height)) {
        const b = { node: q.node, x, y, w, h: height, version: v };
        if (!free(b)) continue;
        if (soft.size === 0 || clearOf(b, soft)) return b;
        covering ??= b;
      }
      if (covering) return covering;
    }
    return null;
  };
  for (const t of taken) occupy(t);
  for (const a of avoid) occupy(a, soft);
  let optional = 0;
  const toGrow: Array<[LabelRequest, number]> = [];
  for (const q of requests) {
    if (!q.required && optional >= max) continue;
    const from = Math.min(q.from ?? 0, q.widths.length - 1);
    const done = firstFree(q, from, q.required ? q.widths.length : Math.max(from + 1, Math.min(q.to ?? from + 1, q.widths.length)));
    if (!done) continue;
    if (q.required && done.version > 0) toGrow.push([q, placed.length]);
    placed.push(done);
    occupy(done);
    if (!q.required) optional++;
  }
  for (const [q, at] of toGrow) {
    const old = placed[at]!;
    vacate(old);
    let v = 0;
    while (v < old.version && q.widths[v]! > grow) v++;
    const better = v < old.version ? firstFree(q, v, old.version) : null;
    placed[at] = better ?? old;
    occupy(placed[at]);
  }
  return placed;
}
