/**
 * The map page's controller: loads /graph.json and keeps one state (src/lib/map-state.ts: filters,
 * focus, selection, camera) changed only through `reduceMap`, in step with the address. Camera,
 * pointer and keyboard are modules of their own that call the named operations below; the maths is
 * in src/lib, the pixels in draw.ts, the words in words.ts.
 */
import type { Graph } from '../../schemas/graph.ts';
import { applyFilters, byImportance, claimTree, exchanges, exchangesApply, indexGraph, mustLabel, nodeInDirection, type ExchangeRange, type GraphIndex, type GraphView } from '../../lib/graph-view.ts';
import { chooseAxes, edgeAt, freeArea, NodeGrid, toLayout, toScene, type Axes, type Rect } from '../../lib/map-geometry.ts';
import { formatMapState, parseMapState, reduceMap, type MapAction, type MapCamera, type MapState } from '../../lib/map-state.ts';
import { layoutSprings } from '../../lib/layout.ts';
import { firstWords } from '../../lib/words.ts';
import { required } from './dom.ts';
import { RELATIONS, Renderer, type Frame, type Scene } from './draw.ts';
import { Pager } from './pager.ts';
import { firstPart, nextPart } from './parts.ts';
import { readTheme, watchScheme } from './theme.ts';
import { Controls } from './controls.ts';
import { renderPanel } from './panel.ts';
import { renderList, type NameOf } from './list.ts';
import { startReheat, type Reheat } from './reheat.ts';
import { Camera } from './camera.ts';
import { Tooltip } from './tooltip.ts';
import { Words, labelNote } from './words.ts';
import { listenPointer } from './pointer.ts';
import { listenKeyboard } from './keyboard.ts';

/** Up to this many shown nodes, each is drawn at least 3 px wide, whatever the zoom (an exchange or two spread over the map). */
const FEW_NODES = 400;

/** Map labels, longest first: a node that must be labelled falls back to the shorter ones where space is tight. */
const LABEL_CUTS = [48, 28, 16, 10];

const must = <T extends Element>(root: ParentNode, selector: string): T => required(root, 'map')<T>(selector);

function buildScene(index: GraphIndex, graph: Graph, axes: Axes): Scene {
  const order = byImportance(index, index.nodes.keys());
  const at = graph.nodes.map((d) => toScene(axes, d.x ?? 0, d.y ?? 0));
  const labels: string[][] = [];
  return {
    xs: Float64Array.from(at, (p) => p[0]),
    ys: Float64Array.from(at, (p) => p[1]),
    rs: Float64Array.from(index.radius),
    styles: index.styles,
    crux: Uint8Array.from(index.crux, (c) => (c ? 1 : 0)),
    labels: (i) => (labels[i] ??= [...new Set(LABEL_CUTS.map((n) => firstWords(index.nodes[i]!.label, n)))]),
    required: Uint8Array.from(index.nodes, (_, i) => (mustLabel(index, i) ? 1 : 0)),
    order: Int32Array.from(order),
    landmarks: Int32Array.from(order.filter((i) => index.crux[i] || index.nodes[i]!.kind !== 'claim')),
    edgeS: Int32Array.from(index.edges, (e) => e.s),
    edgeT: Int32Array.from(index.edges, (e) => e.t),
    edgeKind: Uint8Array.from(index.edges, (e) => RELATIONS.indexOf(e.kind)),
  };
}

async function loadGraph(src: string): Promise<Graph> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const graph = (await response.json()) as Graph;
  if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new Error('not a graph');
  return graph;
}

/** The stage fills the first screen below its top, so the whole map is in view at once. */
function fitStageToScreen(stage: HTMLElement, body: HTMLElement): void {
  const top = stage.getBoundingClientRect().top + scrollY;
  const h = Math.max(288, Math.round(innerHeight - top - 12));
  if (stage.style.height !== `${h}px`) stage.style.height = `${h}px`;
  body.style.setProperty('--map-h', `${h}px`);
}

export async function startMap(root: HTMLElement): Promise<void> {
  const canvas = must<HTMLCanvasElement>(root, 'canvas');
  const stage = must<HTMLElement>(root, '.map-stage');
  const body = must<HTMLElement>(root, '.map-body');
  const status = must<HTMLElement>(root, '[data-map-status]');
  const labelsNote = root.querySelector<HTMLElement>('[data-map-labels]');
  const panel = must<HTMLElement>(root, '.map-panel');
  const announcer = must<HTMLElement>(root, '[data-map-announce]');
  const zoomBox = must<HTMLElement>(root, '.map-zoom');
  const listBox = document.querySelector<HTMLElement>('[data-map-list]');
  const controls = new Controls(root);
  fitStageToScreen(stage, body);

  let graph: Graph;
  try {
    graph = await loadGraph(root.dataset.src!);
  } catch (error) {
    status.textContent = `The map's data (graph.json) could not be loaded (${(error as Error).message}). Reload the page; the list below still shows the claims.`;
    root.dataset.state = 'error';
    return;
  }

  performance.mark('cruxmap:map-loaded');
  const index = indexGraph(graph);
  let state: MapState = parseMapState(location.search);
  // An address that asks for nothing the map knows (none, or only someone else's ?utm_source=…) gets
  // the first view the map chooses.
  const askedDefault = formatMapState(state) === '';
  let view: GraphView = applyFilters(index, state.filters);
  // Fitted to the screen the reader has, from what the map first shows; the tests read the choice.
  const axes = chooseAxes({ xs: graph.nodes.map((d) => d.x ?? 0), ys: graph.nodes.map((d) => d.y ?? 0) }, view.nodes, stage.clientWidth, stage.clientHeight);
  canvas.dataset.axes = `${axes.swap ? 'swapped' : 'layout'} ${axes.stretch}`;
  const scene = buildScene(index, graph, axes);
  performance.mark('cruxmap:map-indexed');
  /** The camera between the address (layout coordinates) and the scene. */
  const layoutCamera = (c: MapCamera): MapCamera => {
    const [x, y] = toLayout(axes, c.x, c.y);
    return { x, y, k: c.k };
  };
  const sceneCamera = (c: MapCamera): MapCamera => {
    const [x, y] = toScene(axes, c.x, c.y);
    return { x, y, k: c.k };
  };
  const points = { xs: scene.xs, ys: scene.ys, rs: scene.rs };
  const authorNames = new Map<string, string>();
  for (const node of index.nodes) if (node.kind === 'author') authorNames.set(node.id.slice('author:'.length), node.label);
  const nameOf: NameOf = (id) => (id === undefined ? undefined : (authorNames.get(id) ?? id));
  const renderer = new Renderer(canvas, scene, readTheme(), getComputedStyle(root).getPropertyValue('--font-ui').trim());
  const tooltip = new Tooltip(must<HTMLElement>(root, '.map-tooltip'), stage);
  const allExchanges = exchanges(index);
  const pager = new Pager(root, {
    step: (direction) => {
      const range = state.filters.exchanges;
      // The last part tried is the one shown, fitted and its labels placed: no second fit.
      if (range) update({ type: 'exchanges', exchanges: nextPart(range, direction, allExchanges.length, pager.size ?? 1, allLabelled) });
    },
    toggle: () => update({ type: 'exchanges', exchanges: state.filters.exchanges ? undefined : { from: 1, to: Math.min(allExchanges.length, pager.size!) } }, { refit: true }),
  });

  // ── The state ──
  /** The reader's attention, which the address does not keep. */
  const attention = { hovered: null as number | null, hoveredEdge: null as number | null, current: null as number | null, focused: false };
  let grid = new NodeGrid(points, view.nodes);
  let gridDirty = false;
  let reheat: Reheat | null = null;
  let springs: ReturnType<typeof layoutSprings>['links'] | null = null;
  const at = (id: string | undefined) => (id === undefined ? null : (index.byId.get(id) ?? null));
  const selected = () => at(state.selected);
  attention.current = selected();

  /** Apply an action; redraw, relist and rewrite the address as it requires. */
  function update(action: MapAction, opts: { refit?: boolean } = {}) {
    const before = state;
    state = reduceMap(state, action);
    if (state.filters !== before.filters) {
      view = applyFilters(index, state.filters);
      grid = new NodeGrid(points, view.nodes);
      const focus = at(state.filters.focus);
      controls.write(state.filters, focus === null ? undefined : index.nodes[focus]!.label);
      const sel = selected();
      if (sel !== null && !view.nodes[sel]) state = reduceMap(state, { type: 'close' });
      if (attention.current !== null && !view.nodes[attention.current]) attention.current = null;
      attention.hovered = attention.hoveredEdge = null;
      tooltip.hide();
      describeCounts();
      scheduleList();
      pager.write(state.filters.exchanges, allExchanges.length, partsApply());
    }
    if (state.selected !== before.selected) showPanel();
    if (opts.refit) fit();
    scheduleDraw();
    if (action.type !== 'camera') scheduleUrl();
  }

  // ── Drawing ──
  let drawPending = false;
  let draws = 0;
  function lit(): { nodes: Uint8Array; edges: Uint8Array } | null {
    const centre = attention.hovered ?? selected();
    if (centre === null || !view.nodes[centre]) return null;
    const nodes = new Uint8Array(index.nodes.length);
    const edges = new Uint8Array(index.edges.length);
    nodes[centre] = 1;
    for (const e of [...index.out[centre]!, ...index.in[centre]!]) {
      if (!view.edges[e]) continue;
      edges[e] = 1;
      nodes[index.edges[e]!.s] = nodes[index.edges[e]!.t] = 1;
    }
    return { nodes, edges };
  }
  /** The part of the view no panel covers (the panel lies over the map on narrow screens only). */
  function freeView(): Rect {
    if (panel.hidden) return freeArea(camera.width, camera.height, null);
    return freeArea(camera.width, camera.height, boxInStage(panel));
  }
  /** Where an element lies in the view's coordinates. */
  function boxInStage(el: HTMLElement): Rect {
    const s = stage.getBoundingClientRect();
    const p = el.getBoundingClientRect();
    return { x: p.left - s.left - stage.clientLeft, y: p.top - s.top - stage.clientTop, w: p.width, h: p.height };
  }
  /** Where the map is fitted: the free view less the strip of the zoom buttons, so no node starts under them. */
  const fitView = (): Rect => {
    const grown = (b: Rect): Rect => ({ x: b.x - 4, y: b.y - 4, w: b.w + 8, h: b.h + 8 });
    const area = freeArea(camera.width, camera.height, grown(boxInStage(zoomBox)), freeView());
    return pager.shown ? freeArea(camera.width, camera.height, grown(boxInStage(pager.box)), area) : area;
  };
  /** Screen areas of the map covered by its own buttons: no label goes there. */
  function reserved(): Rect[] {
    const s = stage.getBoundingClientRect();
    return [zoomBox, ...(pager.shown ? [pager.box] : [])].map((el) => {
      const z = el.getBoundingClientRect();
      return { x: z.left - s.left - stage.clientLeft - 4 + camera.margin, y: z.top - s.top - stage.clientTop - 4 + camera.margin, w: z.width + 8, h: z.height + 8 };
    });
  }
  /** What a frame shows now (or would show of `shown`). */
  function frame(shown: GraphView = view): Frame {
    const t = camera.transform;
    const m = camera.margin;
    const free = freeView();
    const sel = selected();
    return {
      width: camera.width + 2 * m,
      height: camera.height + 2 * m,
      dpr: Math.min(2, devicePixelRatio || 1),
      k: t.k,
      tx: t.x + m,
      ty: t.y + m,
      shownNodes: shown.nodes,
      shownEdges: shown.edges,
      lit: lit(),
      hovered: attention.hovered,
      hoveredEdge: attention.hoveredEdge,
      selected: sel,
      anchor: at(state.filters.focus),
      current: attention.current,
      focused: attention.focused,
      visible: { x: free.x + m, y: free.y + m, w: free.w, h: free.h },
      reserved: reserved(),
      minRadius: shown.nodeCount <= FEW_NODES ? 3 : 1,
    };
  }
  function drawNow() {
    drawPending = false;
    if (camera.moveDrawing()) return;
    const t0 = performance.now();
    camera.drawing();
    renderer.draw(frame());
    const labels = { labels: renderer.labelCount, labelsRequired: renderer.requiredCount, labelsMissing: renderer.missingCount, labelsCramped: renderer.crampedCount };
    for (const [key, value] of Object.entries(labels)) if (canvas.dataset[key] !== String(value)) canvas.dataset[key] = String(value);
    if (labelsNote) {
      const note = labelNote(labels.labelsRequired, labels.labelsMissing, pager.shown);
      if (labelsNote.textContent !== note) labelsNote.textContent = note;
      labelsNote.hidden = note === '';
    }
    // Draw times for the bench (bench/map.ts); the buffer is emptied now and then.
    performance.measure('cruxmap:draw', { start: t0, end: performance.now() });
    if (++draws % 500 === 0) performance.clearMeasures('cruxmap:draw');
  }
  function scheduleDraw() {
    if (drawPending) return;
    drawPending = true;
    // A draw made in the meantime (the first one is made at once) stands for this one.
    requestAnimationFrame(() => drawPending && drawNow());
  }

  // ── Camera ──
  const camera = new Camera(stage, canvas, {
    moved(byReader) {
      if (byReader) tooltip.hide();
      scheduleDraw();
    },
    settled() {
      scheduleUrl();
    },
  });
  const fit = () => camera.fit(points, view.nodes, fitView());
  const reveal = (i: number, k?: number) => camera.reveal(scene.xs[i]!, scene.ys[i]!, freeView(), k);

  // ── The address, the list, the counts ──
  let urlTimer = 0;
  function scheduleUrl() {
    clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => {
      state = reduceMap(state, { type: 'camera', camera: layoutCamera(camera.now()) });
      const query = formatMapState(state);
      history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    }, 250);
  }
  let listTimer = 0;
  function scheduleList() {
    if (!listBox) return;
    clearTimeout(listTimer);
    listTimer = window.setTimeout(() => {
      renderList(listBox, index, claimTree(index, view), nameOf, state.filters.unlinked ? [] : unlinkedClaims);
      performance.mark('cruxmap:map-listed');
    }, 120);
  }
  const unlinkedClaims = byImportance(index, index.nodes.flatMap((node, i) => (node.kind === 'claim' && !index.inArgument[i] ? [i] : [])));
  function describeCounts() {
    const left = state.filters.unlinked || !index.unlinkedClaims ? '' : ` ${index.unlinkedClaims} claim${index.unlinkedClaims === 1 ? '' : 's'} with no link left out.`;
    status.textContent = `Showing ${view.nodeCount} of ${index.nodes.length} nodes and ${view.edgeCount} of ${index.edges.length} links.${left}`;
  }

  // ── Panel, tooltip, announcements ──
  const announce = (text: string) => (announcer.textContent = text);
  const say = new Words(index, nameOf);
  function showPanel() {
    const i = selected();
    if (i === null) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    attention.current = i;
    renderPanel(panel, index, view, i, nameOf, {
      go: (j) => ops.select(j, true),
      focus: (j) => ops.focusOn(j),
      close: () => {
        ops.close();
        canvas.focus();
      },
    });
  }
  // ── Named operations: everything the reader can do ──
  const firstShown = () => {
    for (const i of scene.order) if (view.nodes[i]) return i;
    return null;
  };
  const ops = {
    select(i: number, moveFocus = false) {
      tooltip.hide();
      attention.current = i;
      update({ type: 'select', id: index.nodes[i]!.id });
      if (moveFocus) must<HTMLElement>(panel, '#map-panel-title').focus();
      reveal(i);
    },
    close() {
      tooltip.hide();
      update({ type: 'close' });
    },
    /** Focus mode on a node: the view re-fits its neighbourhood into the part the panel leaves. */
    focusOn(i: number) {
      update({ type: 'focus', id: index.nodes[i]!.id }, { refit: true });
    },
    unfocus() {
      update({ type: 'unfocus' }, { refit: true });
    },
    find() {
      const i = controls.found(index);
      if (i === null) {
        if (controls.find.value.trim()) announce(`No node is called “${controls.find.value.trim()}”.`);
        return;
      }
      if (!view.nodes[i]) update({ type: 'show-all' });
      ops.select(i);
      reveal(i, Math.max(camera.transform.k, 1.5));
      announce(`${say.node(i, view)} Shown in the middle of the map.`);
    },
    fit,
  };

  // ── Input ──
  const nodeAt = (clientX: number, clientY: number, slop: number) => {
    if (gridDirty) (grid = new NodeGrid(points, view.nodes)), (gridDirty = false);
    const [x, y] = camera.mapPoint(clientX, clientY);
    return grid.nodeAt(x, y, slop / camera.transform.k);
  };
  listenPointer(canvas, stage, camera, {
    nodeAt,
    edgeAt(clientX, clientY, tolerance) {
      const [x, y] = camera.mapPoint(clientX, clientY);
      return edgeAt(points, { s: scene.edgeS, t: scene.edgeT }, view.edges, x, y, tolerance / camera.transform.k);
    },
    hover(i, e, where) {
      if (i !== attention.hovered || e !== attention.hoveredEdge) {
        attention.hovered = i;
        attention.hoveredEdge = e;
        canvas.style.cursor = i !== null || e !== null ? 'pointer' : '';
        scheduleDraw();
      }
      if (where && i !== null) tooltip.show(where.clientX, where.clientY, say.nodeTip(i), freeView());
      else if (where && e !== null) tooltip.show(where.clientX, where.clientY, say.edgeTip(e), freeView());
      else if (!tooltip.pinned) tooltip.hide();
    },
    select: (i) => ops.select(i),
    explain(e, where) {
      attention.hoveredEdge = e;
      tooltip.show(where.clientX, where.clientY, say.edgeTip(e), freeView(), true);
      announce(say.edge(e));
      scheduleDraw();
    },
    clear() {
      attention.hoveredEdge = null;
      tooltip.hide();
      if (state.selected !== undefined) ops.close();
      else scheduleDraw();
    },
    openPage: (i) => (location.href = index.nodes[i]!.url),
    dragMove(i, x, y) {
      tooltip.hide();
      // The reheat starts with the first move, so a plain click never stirs the map.
      if (!reheat) {
        springs ??= layoutSprings(index).links;
        reheat = startReheat(index, springs, scene.xs, scene.ys, i, scheduleDraw, () => {
          gridDirty = true;
          scheduleDraw();
        });
      }
      reheat.move(x, y);
      gridDirty = true;
    },
    dragEnd() {
      reheat?.end();
      reheat = null;
    },
    busy: () => reheat !== null,
  });
  camera.listen();
  const moveTo = (i: number | null) => {
    attention.current = i;
    if (i !== null) reveal(i), announce(say.node(i, view));
    scheduleDraw();
  };
  listenKeyboard(canvas, {
    focused(on) {
      attention.focused = on;
      if (on) moveTo(attention.current !== null && view.nodes[attention.current] ? attention.current : firstShown());
      else scheduleDraw();
    },
    move(dir) {
      // The keyboard takes over from the pointer: drop its hover.
      tooltip.hide();
      attention.hovered = attention.hoveredEdge = null;
      if (attention.current === null) return moveTo(firstShown());
      const next = nodeInDirection(scene.xs, scene.ys, view.nodes, attention.current, dir);
      if (next === null) announce(`No node further ${dir}.`);
      moveTo(next ?? attention.current);
    },
    first: () => moveTo(firstShown()),
    open() {
      const i = attention.current;
      if (i === null) return;
      ops.select(i);
      announce(`${say.node(i, view)} Opened in the panel: press Tab to reach its page and links.`);
    },
    focusHere() {
      const i = attention.current ?? selected();
      if (i !== null) ops.focusOn(i);
    },
    escape() {
      if (state.selected !== undefined) ops.close();
      else if (state.filters.focus) ops.unfocus();
    },
    zoomBy: (f) => camera.zoomBy(f),
    fit,
  });

  // ── Controls ──
  controls.form.addEventListener('change', () => update({ type: 'filter', filters: controls.read() }));
  controls.findButton.addEventListener('click', ops.find);
  controls.find.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault(), ops.find();
  });
  controls.find.addEventListener('focus', () => controls.fillFind(index), { once: true });
  // Picking an entry of the datalist replaces the text in one go; typing does not search.
  controls.find.addEventListener('input', (event) => {
    if ((event as InputEvent).inputType === 'insertReplacementText' || !(event as InputEvent).inputType) ops.find();
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const z = button.dataset.zoom;
      if (z === 'in') camera.zoomBy(1.5);
      else if (z === 'out') camera.zoomBy(1 / 1.5);
      else fit();
    });
  }
  must<HTMLButtonElement>(root, '[data-clear-focus]').addEventListener('click', ops.unfocus);
  watchScheme(() => {
    renderer.setTheme(readTheme());
    scheduleDraw();
  });

  // ── The debate in parts, where it cannot all be labelled at once ──
  /** Parts only split the whole debate: a focus, an author or a paper is a part of its own, and the bar hides. */
  function partsApply() {
    return exchangesApply(state.filters);
  }
  /**
   * Whether every required label finds a place when the map shows `range` (or the whole debate),
   * fitted; for a part of the debate, also long enough to say something (a few words, not one), all
   * but a quarter of them at most (in a close exchange a label or two is cut short at any zoom).
   */
  function allLabelled(range: ExchangeRange | undefined): boolean {
    const trial = applyFilters(index, { ...state.filters, exchanges: range });
    pager.write(range, allExchanges.length);
    camera.fit(points, trial.nodes, fitView());
    renderer.measure(frame(trial));
    return renderer.missingCount === 0 && (range === undefined || range.from === range.to || renderer.crampedCount <= renderer.requiredCount / 4);
  }
  /**
   * The first view of an address without state: the whole debate if every crux and rebutted claim in
   * it finds a place for its label on this screen; else the most contested exchanges, as many as can
   * all be labelled (the bar over the map steps through the rest, or shows the whole). The last trial
   * is the view chosen: the map stays fitted to it, and the first draw paints the labels it placed.
   */
  function firstView() {
    const range = firstPart(allExchanges.length, allLabelled);
    if (!range) return;
    pager.size = range.to;
    update({ type: 'exchanges', exchanges: range });
  }

  // ── First draw ──
  describeCounts();
  fitStageToScreen(stage, body);
  camera.resize();
  if (selected() !== null && view.nodes[selected()!]) showPanel();
  else if (state.selected !== undefined) state = reduceMap(state, { type: 'close' });
  // A part the address asks for sets the most a part holds, as the first view's choice would.
  const asked = state.filters.exchanges;
  if (asked) pager.size = asked.to - asked.from + 1;
  pager.write(asked, allExchanges.length, partsApply());
  if (askedDefault) {
    // The first view fits the map itself (each trial is fitted).
    const chosen = performance.now();
    firstView();
    performance.measure('cruxmap:first-view', { start: chosen, end: performance.now() });
  } else if (state.camera) camera.set(sceneCamera(state.camera));
  else fit();
  drawNow();
  root.dataset.state = 'ready';
  performance.mark('cruxmap:map-drawn');
  // Everything the first picture does not need comes after it.
  controls.fill(index, nameOf);
  const focus = at(state.filters.focus);
  controls.write(state.filters, focus === null ? undefined : index.nodes[focus]!.label);
  let screen = innerHeight;
  new ResizeObserver(() => {
    if (innerHeight !== screen) (screen = innerHeight), fitStageToScreen(stage, body);
    if (stage.clientWidth !== camera.width || stage.clientHeight !== camera.height) camera.resize(), drawNow();
  }).observe(stage);
  addEventListener('resize', () => {
    if (innerHeight !== screen) (screen = innerHeight), fitStageToScreen(stage, body);
  });
  scheduleList();
}
