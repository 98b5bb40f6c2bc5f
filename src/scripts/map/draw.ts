/**
 * Draws one frame of the map on a 2D canvas. It decides nothing about the data: which nodes and
 * edges are shown, sizes and labels' order come from src/lib; this file only turns them into
 * pixels. Everything of one style goes into one path and one fill/stroke, which is what keeps
 * 5,000 nodes and 15,000 edges at 60 frames per second.
 */
import { NODE_STYLES, RELATION_STYLES, type NodeStyleKey, type RelationKey, type Shape } from '../../lib/visual.ts';
import { placeLabels, type LabelRequest, type PlacedLabel, type Rect } from '../../lib/map-geometry.ts';
import type { Theme } from './theme.ts';

export const RELATIONS = Object.keys(RELATION_STYLES) as RelationKey[];
const STYLE_KEYS = Object.keys(NODE_STYLES) as NodeStyleKey[];

/** The graph as the renderer needs it: flat arrays, fixed for the page's life except positions. */
export interface Scene {
  xs: Float64Array;
  ys: Float64Array;
  rs: Float64Array;
  styles: NodeStyleKey[];
  crux: Uint8Array;
  /** A node's label versions, longest first (the map's short label, then shorter cuts); made when first asked for. */
  labels(i: number): string[];
  /** Nodes that must be labelled wherever they are shown: cruxes and nodes with a rebuttal. */
  required: Uint8Array;
  /** Nodes by importance (heaviest first), for labels. */
  order: Int32Array;
  /** Authors, papers and cruxes, heaviest first: labelled first at any zoom, as far as they fit. */
  landmarks: Int32Array;
  edgeS: Int32Array;
  edgeT: Int32Array;
  /** Index into RELATIONS. */
  edgeKind: Uint8Array;
}

/** What one frame shows: camera, view, and the reader's attention. */
export interface Frame {
  /** CSS px. */
  width: number;
  height: number;
  dpr: number;
  /** screen = map × k + (tx, ty) */
  k: number;
  tx: number;
  ty: number;
  shownNodes: Uint8Array;
  shownEdges: Uint8Array;
  /** Nodes and edges to bring forward (hovered or selected node and its neighbours), or null. */
  lit: { nodes: Uint8Array; edges: Uint8Array } | null;
  hovered: number | null;
  hoveredEdge: number | null;
  selected: number | null;
  /** The node focus mode is centred on. */
  anchor: number | null;
  /** The keyboard's node, ringed while the map has focus. */
  current: number | null;
  focused: boolean;
  /** The part of the canvas the reader sees, less what a panel covers (CSS px): labels are kept inside it. */
  visible: Rect;
  /** Screen boxes (CSS px) where no label may go: the map's own buttons. */
  reserved: Rect[];
  /** Smallest screen radius of a node (px): a view of a few nodes spread wide draws them big enough to see. */
  minRadius?: number;
}

/** Below this screen radius a node is a plain square: cheaper, and shapes cannot be told apart anyway. */
const TINY = 1.6;
/** A node gets a label from this screen radius on (more labels as you zoom in). */
const LABEL_RADIUS = 7;
/** At any zoom, this many of the heaviest nodes on screen ask for a label. */
const ALWAYS_LABELLED = 12;
const MAX_LABELS = 160;
const MAX_LANDMARKS = 40;
const LABEL_FONT_PX = 12;
/** A label's box: the text and 2 px above and below. */
const LABEL_HEIGHT = LABEL_FONT_PX + 4;
/** A label shorter than this (of a longer text) says too little to read the debate by: "So you're…". */
const CRAMPED = 20;
/**
 * Shapes per path. Skia's software rasteriser slows down sharply with the number of overlapping
 * sub-paths in one path (5,000 triangles: 130 ms in one path, 11 ms in paths of 100, measured here).
 */
const PATH_CHUNK = 100;

function addShape(ctx: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number): void {
  if (r < TINY) {
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  switch (shape) {
    case 'circle':
    case 'ring':
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square': {
      const a = r * 0.9;
      ctx.rect(x - a, y - a, 2 * a, 2 * a);
      return;
    }
    case 'triangle': {
      const a = r * 1.3;
      ctx.moveTo(x, y - a);
      ctx.lineTo(x + a * 0.866, y + a * 0.5);
      ctx.lineTo(x - a * 0.866, y + a * 0.5);
      ctx.closePath();
      return;
    }
    case 'diamond': {
      const a = r * 1.25;
      ctx.moveTo(x, y - a);
      ctx.lineTo(x + a, y);
      ctx.lineTo(x, y + a);
      ctx.lineTo(x - a, y);
      ctx.closePath();
      return;
    }
    case 'cross': {
      const a = r * 1.15;
      const b = r * 0.42;
      ctx.moveTo(x - b, y - a);
      ctx.lineTo(x + b, y - a);
      ctx.lineTo(x + b, y - b);
      ctx.lineTo(x + a, y - b);
      ctx.lineTo(x + a, y + b);
      ctx.lineTo(x + b, y + b);
      ctx.lineTo(x + b, y + a);
      ctx.lineTo(x - b, y + a);
      ctx.lineTo(x - b, y + b);
      ctx.lineTo(x - a, y + b);
      ctx.lineTo(x - a, y - b);
      ctx.lineTo(x - b, y - b);
      ctx.closePath();
      return;
    }
    case 'hexagon': {
      const a = r * 1.1;
      ctx.moveTo(x + a, y);
      for (let s = 1; s < 6; s++) ctx.lineTo(x + a * Math.cos((s * Math.PI) / 3), y + a * Math.sin((s * Math.PI) / 3));
      ctx.closePath();
      return;
    }
  }
}

export class Renderer {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly scene: Scene;
  private theme: Theme;
  private font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
  /** Measured label widths, per node and version, once measured. */
  private readonly labelWidths: (Float32Array | undefined)[];
  /** Labels drawn in the last frame (for tests and the bench). */
  labelCount = 0;
  /** Required labels (see Scene.required) of the last frame whose node is in view, and how many of them found no place. */
  requiredCount = 0;
  missingCount = 0;
  /** Required labels of the last frame placed only in a cut of a word or two (under CRAMPED characters, where the text is longer). */
  crampedCount = 0;
  /** How many times labels were placed, by `measure` or `draw` (tests and the bench: drawing the frame just measured places none). */
  placements = 0;
  /**
   * The labels `measure` placed, with what they were placed for: the next `draw` of the same frame
   * with the nodes at the same screen positions paints them instead of placing them again (the map
   * measures the parts it tries for its first view, then draws the one it chose). Any draw uses it up.
   */
  private measured: { frame: Frame; sx: Float32Array; sy: Float32Array; sr: Float32Array; kept: PlacedLabel[] } | null = null;
  // Per-frame scratch, allocated once.
  private readonly sx: Float32Array;
  private readonly sy: Float32Array;
  private readonly sr: Float32Array;
  private readonly onScreen: Uint8Array;
  private readonly edgeInView: Uint8Array;

  constructor(canvas: HTMLCanvasElement, scene: Scene, theme: Theme, fontFamily: string) {
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('no 2D canvas');
    this.ctx = ctx;
    this.scene = scene;
    this.theme = theme;
    this.font = `${LABEL_FONT_PX}px ${fontFamily || 'system-ui, sans-serif'}`;
    this.labelWidths = new Array<Float32Array | undefined>(scene.xs.length);
    const n = scene.xs.length;
    this.sx = new Float32Array(n);
    this.sy = new Float32Array(n);
    this.sr = new Float32Array(n);
    this.onScreen = new Uint8Array(n);
    this.edgeInView = new Uint8Array(scene.edgeS.length);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
  }

  /** Widths of a node's label versions, padding included, measured once. */
  private widths(i: number): Float32Array {
    let w = this.labelWidths[i];
    if (!w) {
      this.ctx.font = this.font;
      w = this.labelWidths[i] = Float32Array.from(this.scene.labels(i), (text) => this.ctx.measureText(text).width + 6);
    }
    return w;
  }

  /**
   * Place the labels of a frame without drawing it: sets requiredCount and missingCount, so the map
   * can choose a first view in which every required label has a place.
   */
  measure(f: Frame): void {
    this.project(f);
    const kept = this.placeLabels(f, this.sx, this.sy, this.sr, this.onScreen);
    this.measured = { frame: f, sx: this.sx.slice(), sy: this.sy.slice(), sr: this.sr.slice(), kept };
  }

  /** The labels measured for this very frame and these positions, if `measure` was the last to place them. */
  private measuredFor(f: Frame): PlacedLabel[] | null {
    const m = this.measured;
    this.measured = null;
    if (!m || !sameLabelFrame(m.frame, f)) return null;
    const same = (a: Float32Array, b: Float32Array) => a.length === b.length && a.every((v, i) => v === b[i]);
    return same(m.sx, this.sx) && same(m.sy, this.sy) && same(m.sr, this.sr) ? m.kept : null;
  }

  /** Screen positions of every node, and which are on screen. */
  private project(f: Frame): void {
    const { xs, ys, rs } = this.scene;
    const { sx, sy, sr, onScreen } = this;
    const { k, tx, ty } = f;
    for (let i = 0; i < xs.length; i++) {
      const x = (sx[i] = xs[i]! * k + tx);
      const y = (sy[i] = ys[i]! * k + ty);
      const r = (sr[i] = Math.max(f.minRadius ?? 1, rs[i]! * k));
      onScreen[i] = f.shownNodes[i] && x > -r - 4 && y > -r - 4 && x < f.width + r + 4 && y < f.height + r + 4 ? 1 : 0;
    }
  }

  draw(f: Frame): void {
    const { ctx, theme } = this;
    ctx.setTransform(f.dpr, 0, 0, f.dpr, 0, 0);
    ctx.fillStyle = theme.bg;
    ctx.fillRect(0, 0, f.width, f.height);

    // Screen positions of every node once per frame; off-screen nodes are skipped below.
    this.project(f);
    const { sx, sy, sr, onScreen } = this;

    this.drawEdges(f, sx, sy, sr);
    // The counts stay those `measure` set with the labels it placed.
    const labels = this.measuredFor(f) ?? this.placeLabels(f, sx, sy, sr, onScreen);
    // A label's box hides the lines under it, not the nodes: labels are placed without regard to
    // other nodes, and a node under a label's box was washed out to nothing (an author between
    // two labels, a reply next to its parent's label). Nodes go over the boxes, the text over both.
    this.paintLabelBoxes(labels);
    this.drawNodes(f, sx, sy, sr, onScreen);
    this.paintLabelTexts(labels);
  }

  private drawEdges(f: Frame, sx: Float32Array, sy: Float32Array, sr: Float32Array): void {
    const { ctx, scene, theme } = this;
    const { edgeS, edgeT, edgeKind } = scene;
    const m = edgeS.length;
    const W = f.width;
    const H = f.height;
    let inView = 0;
    const visible = this.edgeInView;
    for (let e = 0; e < m; e++) {
      visible[e] = 0;
      if (!f.shownEdges[e]) continue;
      const a = edgeS[e]!;
      const b = edgeT[e]!;
      const ax = sx[a]!, ay = sy[a]!, bx = sx[b]!, by = sy[b]!;
      if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > W && bx > W) || (ay > H && by > H)) continue;
      visible[e] = 1;
      inView++;
    }
    // Dashes say which relation a line is; they cost time and are unreadable in a dense overview.
    const dashed = inView < 4000;
    const dim = f.lit !== null;
    const baseAlpha = dim ? 0.12 : inView > 3000 ? 0.22 : 0.55;
    ctx.lineCap = 'butt';
    for (let pass = 0; pass < (dim ? 2 : 1); pass++) {
      const lit = pass === 1;
      for (let kind = 0; kind < RELATIONS.length; kind++) {
        const rel = RELATIONS[kind]!;
        const style = RELATION_STYLES[rel];
        ctx.beginPath();
        let any = false;
        for (let e = 0; e < m; e++) {
          if (!visible[e] || edgeKind[e] !== kind) continue;
          if (dim && (f.lit!.edges[e] === 1) !== lit) continue;
          ctx.moveTo(sx[edgeS[e]!]!, sy[edgeS[e]!]!);
          ctx.lineTo(sx[edgeT[e]!]!, sy[edgeT[e]!]!);
          any = true;
        }
        if (!any) continue;
        ctx.globalAlpha = lit ? 0.95 : baseAlpha;
        ctx.strokeStyle = theme.relation[rel];
        ctx.lineWidth = lit ? 2 : f.k > 1.5 ? 1.25 : 1;
        ctx.setLineDash(dashed || lit ? style.dash : []);
        ctx.stroke();
        // Arrowheads once nodes are big enough to point at, and always on lit edges.
        if (!style.arrow) continue;
        ctx.fillStyle = theme.relation[rel];
        ctx.beginPath();
        let arrows = 0;
        for (let e = 0; e < m; e++) {
          if (!visible[e] || edgeKind[e] !== kind) continue;
          if (dim && (f.lit!.edges[e] === 1) !== lit) continue;
          const t = edgeT[e]!;
          if (!lit && sr[t]! < 4) continue;
          const s = edgeS[e]!;
          const dx = sx[t]! - sx[s]!;
          const dy = sy[t]! - sy[s]!;
          const len = Math.hypot(dx, dy);
          if (len < sr[t]! + 10) continue;
          const ux = dx / len, uy = dy / len;
          const tipX = sx[t]! - ux * (sr[t]! + 2), tipY = sy[t]! - uy * (sr[t]! + 2);
          const size = lit ? 9 : 7;
          ctx.moveTo(tipX, tipY);
          ctx.lineTo(tipX - ux * size - uy * size * 0.45, tipY - uy * size + ux * size * 0.45);
          ctx.lineTo(tipX - ux * size + uy * size * 0.45, tipY - uy * size - ux * size * 0.45);
          ctx.closePath();
          if (++arrows % PATH_CHUNK === 0) ctx.fill(), ctx.beginPath();
        }
        if (arrows % PATH_CHUNK) ctx.fill();
      }
    }
    ctx.setLineDash([]);
    if (f.hoveredEdge !== null && f.shownEdges[f.hoveredEdge]) {
      const e = f.hoveredEdge;
      ctx.globalAlpha = 1;
      ctx.strokeStyle = theme.fg;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(sx[edgeS[e]!]!, sy[edgeS[e]!]!);
      ctx.lineTo(sx[edgeT[e]!]!, sy[edgeT[e]!]!);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }

  private drawNodes(f: Frame, sx: Float32Array, sy: Float32Array, sr: Float32Array, onScreen: Uint8Array): void {
    const { ctx, scene, theme } = this;
    const n = sx.length;
    const dim = f.lit !== null;
    for (let pass = 0; pass < (dim ? 2 : 1); pass++) {
      const lit = pass === 1;
      ctx.globalAlpha = dim && !lit ? 0.25 : 1;
      for (const key of STYLE_KEYS) {
        const shape = NODE_STYLES[key].shape;
        const paint = () => {
          if (shape === 'ring') {
            ctx.fillStyle = theme.bg;
            ctx.fill();
            ctx.strokeStyle = theme.node[key];
            ctx.lineWidth = f.k > 0.8 ? 2 : 1.25;
            ctx.stroke();
            return;
          }
          ctx.fillStyle = theme.node[key];
          ctx.fill();
          // A thin rim in the background colour keeps touching nodes apart once they are big enough.
          if (f.k * 6 > 3) {
            ctx.strokeStyle = theme.bg;
            ctx.lineWidth = 1;
            ctx.stroke();
          }
        };
        let count = 0;
        ctx.beginPath();
        for (let i = 0; i < n; i++) {
          if (!onScreen[i] || scene.styles[i] !== key) continue;
          if (dim && (f.lit!.nodes[i] === 1) !== lit) continue;
          addShape(ctx, shape, sx[i]!, sy[i]!, sr[i]!);
          if (++count % PATH_CHUNK === 0) paint(), ctx.beginPath();
        }
        if (count % PATH_CHUNK) paint();
      }
      // Cruxes: an outer ring in the text colour, so the contested claims stand out at any zoom.
      ctx.strokeStyle = theme.fg;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      let cruxes = 0;
      for (let i = 0; i < n; i++) {
        if (!onScreen[i] || !scene.crux[i]) continue;
        if (dim && (f.lit!.nodes[i] === 1) !== lit) continue;
        const r = sr[i]! * 1.3 + 3;
        ctx.moveTo(sx[i]! + r, sy[i]!);
        ctx.arc(sx[i]!, sy[i]!, r, 0, 2 * Math.PI);
        if (++cruxes % PATH_CHUNK === 0) ctx.stroke(), ctx.beginPath();
      }
      if (cruxes % PATH_CHUNK) ctx.stroke();
    }
    ctx.globalAlpha = 1;
    const ring = (i: number | null, colour: string, width: number) => {
      if (i === null || !f.shownNodes[i]) return;
      ctx.beginPath();
      ctx.arc(sx[i]!, sy[i]!, sr[i]! * 1.3 + 5, 0, 2 * Math.PI);
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.stroke();
    };
    if (f.anchor !== f.selected) ring(f.anchor, theme.muted, 1.5);
    ring(f.selected, theme.accent, 2.5);
    ring(f.hovered, theme.fg, 1.5);
    if (f.focused) ring(f.current, theme.focus, 3);
  }

  /** Whether a node's label version `v` is cut to a word or two (under CRAMPED characters, of a longer text). */
  private cramped(i: number, v: number): boolean {
    const versions = this.scene.labels(i);
    return versions[v]!.length < Math.min(CRAMPED, versions[0]!.length);
  }

  /** Where the frame's labels go (sets the counts above). */
  private placeLabels(f: Frame, sx: Float32Array, sy: Float32Array, sr: Float32Array, onScreen: Uint8Array): PlacedLabel[] {
    const { scene } = this;
    this.placements++;
    const h = LABEL_HEIGHT;
    const v = f.visible;
    const inView = (i: number) => sx[i]! >= v.x && sx[i]! <= v.x + v.w && sy[i]! >= v.y && sy[i]! <= v.y + v.h;
    // On a narrow view a label first takes at most about a third of its width, so more of them fit;
    // a required one then grows back where the room is still free, up to about half the view.
    const widest = Math.max(80, v.w * 0.36);
    const grow = Math.max(widest, v.w * 0.55);
    const ask = (i: number, required: boolean): LabelRequest => {
      const all = this.widths(i);
      let from = 0;
      while (from < all.length - 1 && all[from]! > widest) from++;
      // An optional label cut to a word or two ("Then your…") first tries the next longer cut, up to
      // the width a required one grows to: it says something where there is room, as before where not.
      if (!required && from > 0 && all[from - 1]! <= grow && this.cramped(i, from)) return { node: i, x: sx[i]!, y: sy[i]!, r: sr[i]!, widths: all, from: from - 1, to: from + 1, required };
      return { node: i, x: sx[i]!, y: sy[i]!, r: sr[i]!, widths: all, from, required };
    };
    const requiredShown: number[] = [];
    function* requests(): Generator<LabelRequest> {
      for (const i of [f.hovered, f.selected, f.focused ? f.current : null]) if (i !== null && onScreen[i]) yield ask(i, true);
      if (f.lit) {
        for (const i of scene.order) if (onScreen[i] && f.lit.nodes[i]) yield ask(i, true);
        return;
      }
      for (const i of scene.order) {
        if (!onScreen[i] || !scene.required[i] || !inView(i)) continue;
        requiredShown.push(i);
        yield ask(i, true);
      }
      let landmarks = 0;
      for (const i of scene.landmarks) {
        if (!onScreen[i]) continue;
        if (landmarks++ >= MAX_LANDMARKS) break;
        yield ask(i, false);
      }
      // `order` is by weight and size grows with weight: once nodes are too small, the rest are too.
      let always = 0;
      for (const i of scene.order) {
        if (!onScreen[i]) continue;
        if (sr[i]! >= LABEL_RADIUS) yield ask(i, false);
        else if (always++ < ALWAYS_LABELLED) yield ask(i, false);
        else break;
      }
    }
    const seen = new Set<number>();
    const unique = function* () {
      for (const q of requests()) if (!seen.has(q.node)) seen.add(q.node), yield q;
    };
    // The nodes in view, as squares inside their shapes, for labels to keep off where they can.
    const nodes: Rect[] = [];
    for (let i = 0; i < sx.length; i++) {
      if (!onScreen[i] || !inView(i)) continue;
      const a = Math.max(1.5, sr[i]! * 0.7);
      nodes.push({ x: sx[i]! - a, y: sy[i]! - a, w: 2 * a, h: 2 * a });
    }
    const kept = placeLabels(unique(), v, h, MAX_LABELS, f.reserved, 64, grow, nodes);
    this.labelCount = kept.length;
    const labelled = new Set(kept.map((b) => b.node));
    this.requiredCount = requiredShown.length;
    this.missingCount = requiredShown.filter((i) => !labelled.has(i)).length;
    this.crampedCount = 0;
    for (const b of kept) if (scene.required[b.node] && this.cramped(b.node, b.version)) this.crampedCount++;
    return kept;
  }

  private paintLabelBoxes(kept: PlacedLabel[]): void {
    const { ctx, theme } = this;
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = theme.bg;
    ctx.beginPath();
    for (const b of kept) ctx.rect(b.x, b.y, b.w, b.h);
    ctx.fill();
    ctx.globalAlpha = 1;
  }

  /** The labels' words, each ringed in the background colour so it reads over a node. */
  private paintLabelTexts(kept: PlacedLabel[]): void {
    const { ctx, scene, theme } = this;
    const h = LABEL_HEIGHT;
    ctx.font = this.font;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.bg;
    ctx.fillStyle = theme.fg;
    for (const b of kept) {
      const text = scene.labels(b.node)[b.version]!;
      ctx.strokeText(text, b.x + 3, b.y + h / 2 + 0.5);
      ctx.fillText(text, b.x + 3, b.y + h / 2 + 0.5);
    }
  }
}

/** Whether two frames ask for the same labels (given the same screen positions): everything placement reads. */
function sameLabelFrame(a: Frame, b: Frame): boolean {
  const rect = (p: Rect, q: Rect) => p.x === q.x && p.y === q.y && p.w === q.w && p.h === q.h;
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.k === b.k &&
    a.tx === b.tx &&
    a.ty === b.ty &&
    (a.minRadius ?? 1) === (b.minRadius ?? 1) &&
    a.lit === null &&
    b.lit === null &&
    a.hovered === b.hovered &&
    a.selected === b.selected &&
    (a.focused ? a.current : null) === (b.focused ? b.current : null) &&
    rect(a.visible, b.visible) &&
    a.reserved.length === b.reserved.length &&
    a.reserved.every((r, i) => rect(r, b.reserved[i]!)) &&
    a.shownNodes.length === b.shownNodes.length &&
    a.shownNodes.every((v, i) => v === b.shownNodes[i])
  );
}
