/**
 * The exchanges bar over the bottom of the map (map.astro's `.map-pager`): where a screen cannot
 * label every crux and rebutted claim of the whole debate at once, the map shows a few exchanges at
 * a time, most contested first, and this bar says which and steps through them, or back to the whole.
 * Words only, set with textContent.
 */
import type { ExchangeRange } from '../../lib/graph-view.ts';
import { required } from './dom.ts';

export interface PagerEvents {
  /** The exchanges before or after those shown. */
  step(direction: -1 | 1): void;
  /** From a few exchanges to the whole debate, or back. */
  toggle(): void;
}

export class Pager {
  readonly box: HTMLElement;
  private readonly text: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly toggle: HTMLButtonElement;
  /**
   * The most exchanges a part holds on this screen, once parts are offered: set by the map only (the
   * first view's choice, or the part an address asks for), never by `write`.
   */
  size: number | undefined;

  constructor(root: HTMLElement, events: PagerEvents) {
    const q = required(root, 'map pager');
    this.box = q('.map-pager');
    this.text = q('[data-pager-text]');
    this.prev = q('button[data-pager="prev"]');
    this.next = q('button[data-pager="next"]');
    this.toggle = q('button[data-pager="toggle"]');
    this.prev.addEventListener('click', () => events.step(-1));
    this.next.addEventListener('click', () => events.step(1));
    this.toggle.addEventListener('click', () => events.toggle());
  }

  /** Whether the bar is shown (it then covers part of the map, which the labels and the fit leave free). */
  get shown(): boolean {
    return !this.box.hidden;
  }

  /**
   * Say what the map shows: exchanges `range` of `total`, or the whole debate. The bar shows with a
   * part, and with the whole debate once parts are offered (`size`), while parts apply (`applies`:
   * not under a focus, an author or a paper). It changes nothing but the bar.
   */
  write(range: ExchangeRange | undefined, total: number, applies = true): void {
    this.box.hidden = (range === undefined && this.size === undefined) || total === 0 || !applies;
    if (this.box.hidden) return;
    if (range) {
      const to = Math.min(total, range.to);
      this.text.textContent = range.from === to ? `Exchange ${to} of ${total}` : `Exchanges ${range.from}–${to} of ${total}`;
      this.toggle.textContent = 'Show all';
    } else {
      this.text.textContent = `All ${total} exchanges`;
      this.toggle.textContent = 'A few at a time';
    }
    this.prev.hidden = this.next.hidden = !range;
    this.prev.disabled = !range || range.from <= 1;
    this.next.disabled = !range || range.to >= total;
  }
}
