/**
 * Pointer and touch input on the map: hover (one hit test a frame), click or tap on a node (its
 * panel) or on a link (why it exists, pinned), double click (a node's page, or zoom in), and
 * dragging a node (d3-drag; anywhere else d3-zoom pans). It decides nothing: every outcome is one of
 * the controller's operations.
 */
import { drag, type D3DragEvent } from 'd3-drag';
import type { Camera } from './camera.ts';

export interface PointerOps {
  /** The shown node under a pointer, `slop` px counted, or null. */
  nodeAt(clientX: number, clientY: number, slop: number): number | null;
  /** The shown link under a pointer, within `tolerance` px, or null. */
  edgeAt(clientX: number, clientY: number, tolerance: number): number | null;
  /** What the pointer is over now (null, null: nothing); `at` is where, to place the tooltip. */
  hover(node: number | null, edge: number | null, at: { clientX: number; clientY: number } | null): void;
  select(node: number): void;
  /** A tap or click on a link: say why it exists. */
  explain(edge: number, at: { clientX: number; clientY: number }): void;
  /** A tap or click on empty map. */
  clear(): void;
  openPage(node: number): void;
  /** Dragging a node: started (first move), moved to map point (x, y), dropped. */
  dragMove(node: number, x: number, y: number): void;
  dragEnd(): void;
  /** While a dragged node's neighbourhood settles, hover waits. */
  busy(): boolean;
}

/** Touch is coarse: a finger gets more room than a mouse. */
const slopFor = (pointerType: string | undefined, mouse: number, touch: number) => (pointerType === 'touch' || pointerType === 'pen' ? touch : mouse);

export function listenPointer(canvas: HTMLCanvasElement, stage: HTMLElement, camera: Camera, ops: PointerOps): void {
  let lastMove: PointerEvent | null = null;
  let lastType = 'mouse';
  canvas.addEventListener('pointerdown', (event) => {
    lastType = event.pointerType;
  });
  canvas.addEventListener('pointermove', (event) => {
    if (event.buttons || ops.busy()) return;
    if (lastMove === null) requestAnimationFrame(hoverNow);
    lastMove = event;
  });
  function hoverNow() {
    const event = lastMove;
    lastMove = null;
    if (!event) return;
    const slop = slopFor(event.pointerType, 4, 10);
    const i = ops.nodeAt(event.clientX, event.clientY, slop);
    const e = i === null ? ops.edgeAt(event.clientX, event.clientY, slop) : null;
    ops.hover(i, e, event);
  }
  canvas.addEventListener('pointerleave', () => {
    lastMove = null;
    ops.hover(null, null, null);
  });
  canvas.addEventListener('click', (event) => {
    const i = ops.nodeAt(event.clientX, event.clientY, slopFor(lastType, 8, 12));
    if (i !== null) return ops.select(i);
    const e = ops.edgeAt(event.clientX, event.clientY, slopFor(lastType, 5, 12));
    if (e !== null) return ops.explain(e, event);
    ops.clear();
  });
  canvas.addEventListener('dblclick', (event) => {
    const i = ops.nodeAt(event.clientX, event.clientY, 8);
    if (i !== null) return ops.openPage(i);
    camera.zoomBy(2, camera.viewPoint(event.clientX, event.clientY));
  });

  // Drag a node; a null subject (no node under the pointer) leaves the gesture to d3-zoom.
  camera.view.call(
    drag<HTMLElement, unknown, { i: number; x: number; y: number } | null>()
      .container(stage)
      .filter((event: MouseEvent) => event.target === canvas && !event.ctrlKey && !event.button)
      .subject((event: D3DragEvent<HTMLElement, unknown, unknown>) => {
        // event.x, event.y: the pointer in the view (d3 measures it against the stage).
        const rect = stage.getBoundingClientRect();
        const i = ops.nodeAt(event.x + rect.left + stage.clientLeft, event.y + rect.top + stage.clientTop, 4);
        if (i === null) return null;
        return { i, x: event.x, y: event.y };
      })
      .on('drag', (event) => {
        const [x, y] = camera.transform.invert([event.x, event.y]);
        ops.dragMove(event.subject!.i, x, y);
      })
      .on('end', () => ops.dragEnd()),
  );
}
