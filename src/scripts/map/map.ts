/**
 * The map page's controller: loads /graph.json, keeps the view state (filters, focus, selection,
 * camera) in step with the address, and wires pointer, touch and keyboard input to the pure
 * functions of src/lib and the renderer. It owns no graph maths and draws nothing itself.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { drag, type D3DragEvent } from 'd3-drag';
import type { Graph } from '../../schemas/graph.ts';
import {
  applyFilters,
  byImportance,
  claimTree,
  indexGraph,
  nodeInDirection,
  shownNeighbours,
  type Direction,
  type GraphIndex,
  type GraphView,
} from '../../lib/graph-view.ts';
import { edgeAt, fitCamera, NodeGrid } from '../../lib/map-geometry.ts';
import { formatMapState, parseMapState, ZOOM_EXTENT, type MapCamera, type MapState } from '../../lib/map-state.ts';
import { layoutGraph, layoutSprings } from '../../lib/layout.ts';
import { NODE_STYLES, RELATION_STYLES } from '../../lib/visual.ts';
import { RELATIONS, Renderer, type Scene } from './draw.ts';
import { readTheme, watchScheme } from './theme.ts';
import { Controls } from './controls.ts';
import { renderPanel } from './panel.ts';
import { renderList, type NameOf } from './list.ts';
import { startReheat, type Reheat } from './reheat.ts';

/** Labels on the map are cut here; the panel and the list show them whole. */
const MAP_LABEL_CHARS = 48;

function shortLabel(label: string): string {
  if (label.length <= MAP_LABEL_CHARS) return label;
  const cut = label.lastIndexOf(' ', MAP_LABEL_CHARS - 1);
  return `${label.slice(0, cut > 20 ? cut : MAP_LABEL_CHARS - 1)}…`;
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`map: missing ${selector}`);
  return found;
}

function buildScene(index: GraphIndex, graph: Graph): Scene {
  const order = byImportance(index, index.nodes.keys());
  return {
    xs: Float64Array.from(graph.nodes, (d) => d.x ?? 0),
    ys: Float64Array.from(graph.nodes, (d) => d.y ?? 0),
    rs: Float64Array.from(index.radius),
    styles: index.styles,
    crux: Uint8Array.from(index.crux, (c) => (c ? 1 : 0)),
    labels: index.nodes.map((d) => shortLabel(d.label)),
    order: Int32Array.from(order),
    landmarks: Int32Array.from(order.filter((i) => index.crux[i] || index.nodes[i]!.kind !== 'claim')),
    edgeS: Int32Array.from(index.edges, (e) => e.s),
    edgeT: Int32Array.from(index.edges, (e) => e.t),
    edgeKind: Uint8Array.from(index.edges, (e) => RELATIONS.indexOf(e.kind)),
  };
}

export async function startMap(root: HTMLElement): Promise<void> {
  const canvas = must<HTMLCanvasElement>(root, 'canvas');
  const stage = must<HTMLElement>(root, '.map-stage');
  const status = must<HTMLElement>(root, '[data-map-status]');
  const tooltip = must<HTMLElement>(root, '.map-tooltip');
  const panel = must<HTMLElement>(root, '.map-panel');
  const announcer = must<HTMLElement>(root, '[data-map-announce]');
  const listBox = document.querySelector<HTMLElement>('[data-map-list]');
  const controls = new Controls(root);

  let graph: Graph;
  try {
    const response = await fetch(root.dataset.src!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    graph = (await response.json()) as Graph;
    if (!Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new Error('not a graph');
  } catch (error) {
    status.textContent = `The map's data (graph.json) could not be loaded (${(error as Error).message}). Reload the page; the list below still shows the claims.`;
    root.dataset.state = 'error';
    return;
  }
  // graph.json carries build-time positions; lay out here only if an older build left them out.
  if (!graph.nodes.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y))) graph = layoutGraph(graph);

  const index = indexGraph(graph);
  const scene = buildScene(index, graph);
  const points = { xs: scene.xs, ys: scene.ys, rs: scene.rs };
  let springs: ReturnType<typeof layoutSprings>['links'] | null = null;
  const authorNames = new Map<string, string>();
  for (const node of index.nodes) if (node.kind === 'author') authorNames.set(node.id.slice('author:'.length), node.label);
  const nameOf: NameOf = (id) => (id === undefined ? undefined : (authorNames.get(id) ?? id));
  const renderer = new Renderer(canvas, scene, readTheme(), getComputedStyle(root).getPropertyValue('--font-ui').trim());
  watchScheme(() => {
    renderer.setTheme(readTheme());
    scheduleDraw();
  });

  let state: MapState = parseMapState(location.search);
  let view: GraphView = applyFilters(index, state.filters);
  let grid = new NodeGrid(points, view.nodes);
  let gridDirty = false;
  let transform: ZoomTransform = zoomIdentity;
  let width = 0;
  let height = 0;
  let hovered: number | null = null;
  let hoveredEdge: number | null = null;
  let selected: number | null = state.selected === undefined ? null : (index.byId.get(state.selected) ?? null);
  let current: number | null = selected;
  let focused = false;
  let reheat: Reheat | null = null;

  const idOf = (i: number | null) => (i === null ? undefined : index.nodes[i]!.id);
  /** A pointer's position in the view (the stage's padding box, as d3 measures it). */
  const viewPoint = (clientX: number, clientY: number): [number, number] => {
    const rect = stage.getBoundingClientRect();
    return [clientX - rect.left - stage.clientLeft, clientY - rect.top - stage.clientTop];
  };
  const nodeAt = (clientX: number, clientY: number, slopPx: number) => {
    if (gridDirty) (grid = new NodeGrid(points, view.nodes)), (gridDirty = false);
    const [x, y] = transform.invert(viewPoint(clientX, clientY));
    return grid.nodeAt(x, y, slopPx / transform.k);
  };

  // ── Drawing ──
  let drawPending = false;
  function lit(): { nodes: Uint8Array; edges: Uint8Array } | null {
    const centre = hovered ?? selected;
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
  let draws = 0;
  /**
   * The canvas is bigger than the view by `margin` px on every side. While the reader pans or zooms,
   * frames only move and scale the last drawing with a CSS transform (the compositor's work, free
   * for the page), and the map is drawn again when the gesture ends, when the view would leave the
   * drawing, or when the zoom has changed too much for a scaled picture.
   */
  let margin = 0;
  let gesture = false;
  let drawn = { k: 1, x: 0, y: 0 };
  const GESTURE_ZOOM_RANGE = 1.6;
  function moveDrawing(): boolean {
    const s = transform.k / drawn.k;
    if (s > GESTURE_ZOOM_RANGE || s < 1 / GESTURE_ZOOM_RANGE) return false;
    // The drawing's top-left corner, in view coordinates, once moved and scaled.
    const ox = transform.x - drawn.x * s + margin * (1 - s);
    const oy = transform.y - drawn.y * s + margin * (1 - s);
    const w = (width + 2 * margin) * s;
    const h = (height + 2 * margin) * s;
    if (ox - margin > 0 || oy - margin > 0 || ox - margin + w < width || oy - margin + h < height) return false;
    canvas.style.transform = `translate(${ox}px, ${oy}px) scale(${s})`;
    return true;
  }
  function drawNow() {
    drawPending = false;
    if (gesture && moveDrawing()) return;
    const t0 = performance.now();
    canvas.style.transform = '';
    drawn = { k: transform.k, x: transform.x, y: transform.y };
    renderer.draw({
      width: width + 2 * margin,
      height: height + 2 * margin,
      dpr: Math.min(2, devicePixelRatio || 1),
      k: transform.k,
      tx: transform.x + margin,
      ty: transform.y + margin,
      shownNodes: view.nodes,
      shownEdges: view.edges,
      lit: lit(),
      hovered,
      hoveredEdge,
      selected,
      anchor: state.filters.focus === undefined ? null : (index.byId.get(state.filters.focus) ?? null),
      current,
      focused,
      visible: { x: margin, y: margin, w: width, h: height },
      reserved,
    });
    if (canvas.dataset.labels !== String(renderer.labelCount)) canvas.dataset.labels = String(renderer.labelCount);
    // Draw times for the bench (bench/map.ts); the buffer is emptied now and then.
    performance.measure('cruxmap:draw', { start: t0, end: performance.now() });
    if (++draws % 500 === 0) performance.clearMeasures('cruxmap:draw');
  }
  function scheduleDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(drawNow);
  }

  // ── Camera ──
  // Zoom and drag listen on the stage (the view), whose box does not move with the drawing, and only
  // to gestures that start on the canvas (not on the panel, the buttons or the tooltip).
  const onCanvas = (event: Event) => event.target === canvas;
  const zoomer = zoom<HTMLElement, unknown>()
    .scaleExtent(ZOOM_EXTENT)
    .filter((event: MouseEvent & TouchEvent) => onCanvas(event) && (!event.ctrlKey || event.type === 'wheel') && !event.button)
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      gesture = Boolean(event.sourceEvent);
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      transform = event.transform;
      if (event.sourceEvent) hideTooltip();
      scheduleDraw();
    })
    .on('end', () => {
      if (gesture) {
        gesture = false;
        scheduleDraw();
      }
      scheduleUrl();
    });
  const canvasSel = select(stage);
  const cameraNow = (): MapCamera => ({ x: (width / 2 - transform.x) / transform.k, y: (height / 2 - transform.y) / transform.k, k: transform.k });
  const setCamera = (c: MapCamera) => zoomer.transform(canvasSel, zoomIdentity.translate(width / 2 - c.x * c.k, height / 2 - c.y * c.k).scale(c.k));
  const fit = () => setCamera(fitCamera(points, view.nodes, width, height));
  /**
   * Bring node i into view at zoom `k`: centred in the part of the map the side panel leaves
   * uncovered, if it is off that part, near its edge, or the zoom changes.
   */
  function reveal(i: number, k = transform.k) {
    // The panel covers the right side (wide screens) or the bottom (narrow ones).
    const right = !panel.hidden && panel.offsetLeft > width / 3 ? panel.offsetLeft : width;
    const bottom = !panel.hidden && panel.offsetLeft <= width / 3 ? panel.offsetTop : height;
    const sx = scene.xs[i]! * transform.k + transform.x;
    const sy = scene.ys[i]! * transform.k + transform.y;
    const edge = Math.min(80, right / 5, bottom / 5);
    if (k !== transform.k || sx < edge || sy < edge || sx > right - edge || sy > bottom - edge) {
      setCamera({ x: scene.xs[i]! + (width - right) / 2 / k, y: scene.ys[i]! + (height - bottom) / 2 / k, k });
    }
  }

  /** Screen areas of the map covered by its own controls: no label goes there. */
  let reserved: Array<{ x: number; y: number; w: number; h: number }> = [];
  const zoomBox = must<HTMLElement>(root, '.map-zoom');
  function resize() {
    const rect = stage.getBoundingClientRect();
    const keep = width ? cameraNow() : null;
    width = Math.max(1, stage.clientWidth);
    height = Math.max(1, stage.clientHeight);
    margin = Math.round(Math.max(width, height) * 0.25);
    const z = zoomBox.getBoundingClientRect();
    reserved = [{ x: z.left - rect.left - stage.clientLeft - 4 + margin, y: z.top - rect.top - stage.clientTop - 4 + margin, w: z.width + 8, h: z.height + 8 }];
    const dpr = Math.min(2, devicePixelRatio || 1);
    canvas.width = Math.round((width + 2 * margin) * dpr);
    canvas.height = Math.round((height + 2 * margin) * dpr);
    canvas.style.width = `${width + 2 * margin}px`;
    canvas.style.height = `${height + 2 * margin}px`;
    canvas.style.left = canvas.style.top = `${-margin}px`;
    if (keep) setCamera(keep);
  }

  // ── State ──
  let urlTimer = 0;
  function scheduleUrl() {
    clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => {
      state = { ...state, selected: idOf(selected), camera: cameraNow() };
      const query = formatMapState(state);
      history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    }, 250);
  }
  let listTimer = 0;
  function scheduleList() {
    if (!listBox) return;
    clearTimeout(listTimer);
    listTimer = window.setTimeout(() => {
      renderList(listBox, index, claimTree(index, view), nameOf);
      performance.mark('cruxmap:map-listed');
    }, 120);
  }
  function describeCounts() {
    status.textContent = `Showing ${view.nodeCount} of ${index.nodes.length} nodes and ${view.edgeCount} of ${index.edges.length} links.`;
  }
  /** Apply new filters: recompute what is shown, then redraw, relist and rewrite the address. */
  function setFilters(filters: MapState['filters'], refit: boolean) {
    state = { ...state, filters };
    view = applyFilters(index, filters);
    grid = new NodeGrid(points, view.nodes);
    const focusNode = filters.focus === undefined ? undefined : index.byId.get(filters.focus);
    controls.write(filters, focusNode === undefined ? undefined : index.nodes[focusNode]!.label);
    if (selected !== null && !view.nodes[selected]) closePanel();
    if (current !== null && !view.nodes[current]) current = null;
    hovered = hoveredEdge = null;
    describeCounts();
    if (refit) fit();
    scheduleDraw();
    scheduleList();
    scheduleUrl();
  }

  // ── Selection and panel ──
  function announce(text: string) {
    announcer.textContent = text;
  }
  function describe(i: number): string {
    const node = index.nodes[i]!;
    const bits = [`${NODE_STYLES[index.styles[i]!].label}: ${node.label}`];
    const author = nameOf(node.author);
    if (author) bits.push(`by ${author}`);
    if (index.crux[i]) bits.push('a crux');
    const links = shownNeighbours(index, view, i).length;
    bits.push(`${links} link${links === 1 ? '' : 's'}`);
    return `${bits.join(', ')}.`;
  }
  function openPanel(i: number, moveFocus: boolean) {
    selected = i;
    current = i;
    renderPanel(panel, index, view, i, nameOf, {
      go: (j) => openPanel(j, true),
      focus: (j) => setFilters({ ...controls.read(), focus: index.nodes[j]!.id }, true),
      close: () => {
        closePanel();
        canvas.focus();
      },
    });
    if (moveFocus) must<HTMLElement>(panel, '#map-panel-title').focus();
    reveal(i);
    scheduleDraw();
    scheduleUrl();
  }
  function closePanel() {
    selected = null;
    panel.hidden = true;
    panel.replaceChildren();
    scheduleDraw();
    scheduleUrl();
  }

  // ── Tooltip ──
  function hideTooltip() {
    if (!tooltip.hidden) tooltip.hidden = true;
  }
  function showTooltip(clientX: number, clientY: number, lines: Array<[string, string]>) {
    tooltip.replaceChildren(
      ...lines.map(([cls, text]) => {
        const p = document.createElement('p');
        p.className = cls;
        p.textContent = text;
        return p;
      }),
    );
    tooltip.hidden = false;
    const rect = stage.getBoundingClientRect();
    const x = clientX - rect.left + 14;
    const y = clientY - rect.top + 14;
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    tooltip.style.left = `${Math.max(4, Math.min(x, rect.width - w - 4))}px`;
    tooltip.style.top = `${y + h > rect.height - 4 ? Math.max(4, y - h - 24) : y}px`;
  }
  function nodeTooltip(i: number): Array<[string, string]> {
    const node = index.nodes[i]!;
    const facts = [NODE_STYLES[index.styles[i]!].label];
    const author = nameOf(node.author);
    if (author) facts.push(`by ${author}`);
    if (index.crux[i]) facts.push('crux');
    if (index.rebuttedBy[i]) facts.push(`${index.rebuttedBy[i]} rebuttal${index.rebuttedBy[i] === 1 ? '' : 's'}`);
    if (index.citedBy[i]) facts.push(`cited by ${index.citedBy[i]}`);
    return [
      ['map-tip-title', node.label],
      ['map-tip-meta', facts.join(' · ')],
    ];
  }
  function edgeTooltip(e: number): Array<[string, string]> {
    const edge = index.edges[e]!;
    const ev = edge.edge.evidence;
    const why = [`Rule: ${ev.rule}`];
    if (ev.cue) why.push(`cue “${ev.cue}”`);
    if (ev.score !== undefined) why.push(`score ${ev.score}`);
    if (ev.terms?.length) why.push(`shared terms: ${ev.terms.join(', ')}`);
    return [
      ['map-tip-title', `“${shortLabel(index.nodes[edge.s]!.label)}” ${RELATION_STYLES[edge.kind].label} “${shortLabel(index.nodes[edge.t]!.label)}”`],
      ['map-tip-meta', why.join(' · ')],
    ];
  }

  // ── Pointer ──
  let lastMove: PointerEvent | null = null;
  canvas.addEventListener('pointermove', (event) => {
    if (event.buttons || reheat) return;
    if (lastMove === null) requestAnimationFrame(hoverNow);
    lastMove = event;
  });
  function hoverNow() {
    const event = lastMove;
    lastMove = null;
    if (!event) return;
    const slop = event.pointerType === 'touch' ? 10 : 4;
    const i = nodeAt(event.clientX, event.clientY, slop);
    let e: number | null = null;
    if (i === null) {
      const [x, y] = transform.invert(viewPoint(event.clientX, event.clientY));
      e = edgeAt(points, { s: scene.edgeS, t: scene.edgeT }, view.edges, x, y, 4 / transform.k);
    }
    if (i !== hovered || e !== hoveredEdge) {
      hovered = i;
      hoveredEdge = e;
      canvas.style.cursor = i !== null ? 'pointer' : '';
      scheduleDraw();
    }
    if (i !== null) showTooltip(event.clientX, event.clientY, nodeTooltip(i));
    else if (e !== null) showTooltip(event.clientX, event.clientY, edgeTooltip(e));
    else hideTooltip();
  }
  canvas.addEventListener('pointerleave', () => {
    lastMove = null;
    if (hovered !== null || hoveredEdge !== null) (hovered = hoveredEdge = null), scheduleDraw();
    hideTooltip();
  });
  canvas.addEventListener('click', (event) => {
    const i = nodeAt(event.clientX, event.clientY, 8);
    if (i !== null) openPanel(i, false);
    else if (selected !== null) closePanel();
  });

  // Drag a node (a short local reheat); anywhere else, d3-zoom pans. Drag must come first.
  canvasSel.call(
    // A null subject (no node under the pointer) leaves the gesture to d3-zoom.
    drag<HTMLElement, unknown, { i: number; x: number; y: number } | null>()
      .container(stage)
      .filter((event: MouseEvent) => onCanvas(event) && !event.ctrlKey && !event.button)
      .subject((event: D3DragEvent<HTMLElement, unknown, unknown>) => {
        // event.x, event.y: the pointer in the view (d3 measures it against the stage).
        if (gridDirty) (grid = new NodeGrid(points, view.nodes)), (gridDirty = false);
        const [x, y] = transform.invert([event.x, event.y]);
        const i = grid.nodeAt(x, y, 4 / transform.k);
        return i === null ? null : { i, x: scene.xs[i]! * transform.k + transform.x, y: scene.ys[i]! * transform.k + transform.y };
      })
      .on('start', hideTooltip)
      .on('drag', (event) => {
        // The reheat starts with the first move, so a plain click never stirs the map.
        if (!reheat) {
          springs ??= layoutSprings(index).links;
          reheat = startReheat(index, springs, scene.xs, scene.ys, event.subject!.i, scheduleDraw, () => {
            gridDirty = true;
            scheduleDraw();
          });
        }
        const [x, y] = transform.invert([event.x, event.y]);
        reheat.move(x, y);
        gridDirty = true;
      })
      .on('end', () => {
        reheat?.end();
        reheat = null;
      }),
  );
  canvasSel.call(zoomer).on('dblclick.zoom', null);
  canvas.addEventListener('dblclick', (event) => {
    const i = nodeAt(event.clientX, event.clientY, 8);
    if (i !== null) {
      location.href = index.nodes[i]!.url;
      return;
    }
    zoomer.scaleBy(canvasSel, 2, viewPoint(event.clientX, event.clientY));
  });

  // ── Keyboard ──
  canvas.addEventListener('focus', () => {
    focused = true;
    if (current === null || !view.nodes[current]) current = firstShown();
    if (current !== null) {
      reveal(current);
      announce(describe(current));
    }
    scheduleDraw();
  });
  canvas.addEventListener('blur', () => {
    focused = false;
    scheduleDraw();
  });
  function firstShown(): number | null {
    for (const i of scene.order) if (view.nodes[i]) return i;
    return null;
  }
  const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The keyboard takes over from the pointer: drop its hover.
    hideTooltip();
    hovered = hoveredEdge = null;
    const dir = ARROWS[event.key];
    let handled = true;
    if (dir) {
      if (current === null) current = firstShown();
      else {
        const next = nodeInDirection(scene.xs, scene.ys, view.nodes, current, dir);
        if (next === null) announce(`No node further ${dir}.`);
        else current = next;
      }
      if (current !== null) {
        reveal(current);
        announce(describe(current));
      }
    } else if (event.key === 'Home') {
      current = firstShown();
      if (current !== null) reveal(current), announce(describe(current));
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current !== null) openPanel(current, false), announce(`${describe(current)} Opened in the panel: press Tab to reach its page and links.`);
    } else if (event.key === 'Escape') {
      if (selected !== null) closePanel();
      else if (state.filters.focus) setFilters({ ...state.filters, focus: undefined }, true);
    } else if (event.key === 'f' || event.key === 'F') {
      const i = current ?? selected;
      if (i !== null) setFilters({ ...state.filters, focus: index.nodes[i]!.id }, true);
    } else if (event.key === '+' || event.key === '=') zoomer.scaleBy(canvasSel, 1.5);
    else if (event.key === '-' || event.key === '_') zoomer.scaleBy(canvasSel, 1 / 1.5);
    else if (event.key === '0') fit();
    else handled = false;
    if (handled) {
      event.preventDefault();
      scheduleDraw();
    }
  });

  // ── Controls ──
  controls.form.addEventListener('change', () => setFilters({ ...controls.read(), focus: state.filters.focus }, false));
  controls.findButton.addEventListener('click', findNow);
  controls.find.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault(), findNow();
  });
  controls.find.addEventListener('focus', () => controls.fillFind(index), { once: true });
  // Picking an entry of the datalist replaces the text in one go; typing does not search.
  controls.find.addEventListener('input', (event) => {
    if ((event as InputEvent).inputType === 'insertReplacementText' || !(event as InputEvent).inputType) findNow();
  });
  function findNow() {
    const i = controls.found(index);
    if (i === null) {
      if (controls.find.value.trim()) announce(`No node is called “${controls.find.value.trim()}”.`);
      return;
    }
    if (!view.nodes[i]) setFilters({ hiddenKinds: [], hiddenRelations: [], hops: state.filters.hops }, false);
    openPanel(i, false);
    reveal(i, Math.max(transform.k, 1.5));
    announce(`${describe(i)} Shown in the middle of the map.`);
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const z = button.dataset.zoom;
      if (z === 'in') zoomer.scaleBy(canvasSel, 1.5);
      else if (z === 'out') zoomer.scaleBy(canvasSel, 1 / 1.5);
      else fit();
    });
  }
  must<HTMLButtonElement>(root, '[data-clear-focus]').addEventListener('click', () => setFilters({ ...state.filters, focus: undefined }, true));

  // ── First draw ──
  resize();
  describeCounts();
  if (state.camera) setCamera(state.camera);
  else fit();
  drawNow();
  root.dataset.state = 'ready';
  performance.mark('cruxmap:map-drawn');
  // Everything the first picture does not need comes after it.
  controls.fill(index, nameOf);
  controls.write(state.filters, state.filters.focus && index.byId.has(state.filters.focus) ? index.nodes[index.byId.get(state.filters.focus)!]!.label : undefined);
  if (selected !== null && view.nodes[selected]) openPanel(selected, false);
  new ResizeObserver(() => {
    if (stage.clientWidth !== width || stage.clientHeight !== height) resize(), drawNow();
  }).observe(stage);
  scheduleList();
}
