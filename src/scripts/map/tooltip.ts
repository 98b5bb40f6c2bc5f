/**
 * The map's tooltip: a node's or a link's short story beside the pointer, kept inside the part of
 * the view the panel leaves. A tap (or click) on a link pins it until the next tap, pan or zoom.
 * textContent only: labels and evidence are comment text.
 */
import type { Rect } from '../../lib/map-geometry.ts';

/** Lines of a tooltip: [class, text]. */
export type TipLines = Array<[string, string]>;

export class Tooltip {
  /** Shown by a tap or click, not by hover: stays when the pointer moves on. */
  pinned = false;

  private readonly box: HTMLElement;
  private readonly stage: HTMLElement;

  constructor(box: HTMLElement, stage: HTMLElement) {
    this.box = box;
    this.stage = stage;
  }

  show(clientX: number, clientY: number, lines: TipLines, area: Rect, pin = false): void {
    this.pinned = pin;
    this.box.replaceChildren(
      ...lines.map(([cls, text]) => {
        const p = document.createElement('p');
        p.className = cls;
        p.textContent = text;
        return p;
      }),
    );
    this.box.hidden = false;
    const rect = this.stage.getBoundingClientRect();
    const x = clientX - rect.left + 14;
    const y = clientY - rect.top + 14;
    const w = this.box.offsetWidth;
    const h = this.box.offsetHeight;
    const right = area.x + area.w - 4;
    const bottom = area.y + area.h - 4;
    this.box.style.left = `${Math.max(area.x + 4, Math.min(x, right - w))}px`;
    this.box.style.top = `${y + h > bottom ? Math.max(area.y + 4, y - h - 24) : y}px`;
  }

  hide(): void {
    this.pinned = false;
    if (!this.box.hidden) this.box.hidden = true;
  }
}
