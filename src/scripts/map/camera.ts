/**
 * The map's camera: d3-zoom on the stage (the view, whose box does not move with the drawing), the
 * canvas sized to the view plus a margin, and the cheap frames of a gesture. While the reader pans or
 * zooms, frames only move and scale the last drawing with a CSS transform (the compositor's work),
 * and the map is drawn again when the gesture ends, when the view would leave the drawing, or when
 * the zoom has changed too much for a scaled picture.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { fitCamera, type Points, type Rect } from '../../lib/map-geometry.ts';
import { ZOOM_EXTENT, type MapCamera } from '../../lib/map-state.ts';

const GESTURE_ZOOM_RANGE = 1.6;

export interface CameraEvents {
  /** The transform changed; `byReader` when a gesture (not code) moved it. */
  moved(byReader: boolean): void;
  /** A move ended (the address can follow). */
  settled(): void;
}

export class Camera {
  transform: ZoomTransform = zoomIdentity;
  width = 0;
  height = 0;
  /** Extra canvas px on every side of the view, so a pan shows drawn map, not blank. */
  margin = 0;
  /** Whether a reader's gesture is under way (frames may reuse the last drawing). */
  gesture = false;
  readonly zoomer: ZoomBehavior<HTMLElement, unknown>;
  readonly view: Selection<HTMLElement, unknown, null, undefined>;
  private drawn = { k: 1, x: 0, y: 0 };
  private readonly stage: HTMLElement;
  private readonly canvas: HTMLCanvasElement;

  constructor(stage: HTMLElement, canvas: HTMLCanvasElement, events: CameraEvents) {
    this.stage = stage;
    this.canvas = canvas;
    const onCanvas = (event: Event) => event.target === canvas;
    this.zoomer = zoom<HTMLElement, unknown>()
      .scaleExtent(ZOOM_EXTENT)
      // Only gestures that start on the canvas (not on the panel or the buttons).
      .filter((event: MouseEvent & TouchEvent) => onCanvas(event) && (!event.ctrlKey || event.type === 'wheel') && !event.button)
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.gesture = Boolean(event.sourceEvent);
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        events.moved(Boolean(event.sourceEvent));
      })
      .on('end', () => {
        if (this.gesture) {
          this.gesture = false;
          events.moved(false);
        }
        events.settled();
      });
    this.view = select(stage);
  }

  /** Listen to the reader's gestures (after any drag behaviour, which must come first). */
  listen(): void {
    this.view.call(this.zoomer).on('dblclick.zoom', null);
  }

  /** A pointer's position in the view (the stage's padding box, as d3 measures it). */
  viewPoint(clientX: number, clientY: number): [number, number] {
    const rect = this.stage.getBoundingClientRect();
    return [clientX - rect.left - this.stage.clientLeft, clientY - rect.top - this.stage.clientTop];
  }

  /** Map coordinates under a pointer. */
  mapPoint(clientX: number, clientY: number): [number, number] {
    return this.transform.invert(this.viewPoint(clientX, clientY));
  }

  now(): MapCamera {
    const t = this.transform;
    return { x: (this.width / 2 - t.x) / t.k, y: (this.height / 2 - t.y) / t.k, k: t.k };
  }

  set(c: MapCamera): void {
    this.zoomer.transform(this.view, zoomIdentity.translate(this.width / 2 - c.x * c.k, this.height / 2 - c.y * c.k).scale(c.k));
  }

  /** Show every shown node inside `area` (the part of the view nothing covers). */
  fit(points: Points, shown: ArrayLike<number>, area: Rect): void {
    this.set(fitCamera(points, shown, this.width, this.height, 24, 2.5, area));
  }

  zoomBy(factor: number, at?: [number, number]): void {
    this.zoomer.scaleBy(this.view, factor, at);
  }

  /** Bring map point (x, y) into `area` at zoom `k`: centred there if it is off it, near its edge, or the zoom changes. */
  reveal(x: number, y: number, area: Rect, k = this.transform.k): void {
    const t = this.transform;
    const sx = x * t.k + t.x;
    const sy = y * t.k + t.y;
    const edge = Math.min(80, area.w / 5, area.h / 5);
    if (k !== t.k || sx < area.x + edge || sy < area.y + edge || sx > area.x + area.w - edge || sy > area.y + area.h - edge) {
      this.set({ x: x + (this.width / 2 - (area.x + area.w / 2)) / k, y: y + (this.height / 2 - (area.y + area.h / 2)) / k, k });
    }
  }

  /** Size the canvas to the view (plus margin), keeping the map point at the centre. */
  resize(): void {
    const keep = this.width ? this.now() : null;
    this.width = Math.max(1, this.stage.clientWidth);
    this.height = Math.max(1, this.stage.clientHeight);
    this.margin = Math.round(Math.max(this.width, this.height) * 0.25);
    const dpr = Math.min(2, devicePixelRatio || 1);
    const { canvas, margin } = this;
    canvas.width = Math.round((this.width + 2 * margin) * dpr);
    canvas.height = Math.round((this.height + 2 * margin) * dpr);
    canvas.style.width = `${this.width + 2 * margin}px`;
    canvas.style.height = `${this.height + 2 * margin}px`;
    canvas.style.left = canvas.style.top = `${-margin}px`;
    if (keep) this.set(keep);
  }

  /**
   * During a gesture: move and scale the last drawing instead of drawing again, if it still covers
   * the view. False when a real draw is needed.
   */
  moveDrawing(): boolean {
    if (!this.gesture) return false;
    const t = this.transform;
    const s = t.k / this.drawn.k;
    if (s > GESTURE_ZOOM_RANGE || s < 1 / GESTURE_ZOOM_RANGE) return false;
    const { margin, width, height } = this;
    // The drawing's top-left corner, in view coordinates, once moved and scaled.
    const ox = t.x - this.drawn.x * s + margin * (1 - s);
    const oy = t.y - this.drawn.y * s + margin * (1 - s);
    const w = (width + 2 * margin) * s;
    const h = (height + 2 * margin) * s;
    if (ox - margin > 0 || oy - margin > 0 || ox - margin + w < width || oy - margin + h < height) return false;
    this.canvas.style.transform = `translate(${ox}px, ${oy}px) scale(${s})`;
    return true;
  }

  /** A real draw is about to happen at the current transform. */
  drawing(): void {
    this.canvas.style.transform = '';
    this.drawn = { k: this.transform.k, x: this.transform.x, y: this.transform.y };
  }
}
