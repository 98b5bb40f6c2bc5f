/**
 * The exchanges bar over the bottom of the map (map.astro's `.map-pager`): where a screen cannot
 * label every crux and rebutted claim of the whole debate at once, the map shows a few exchanges at
 * a time, most contested first, and this bar says which and steps through them, or back to the whole.
 * Words only, set with textContent.
 */
export interface PagerEvents {
  /** Show page `page` of `per` exchanges, or, with undefined, the whole debate. */
  show(exchanges: { page: number; per: number } | undefined): void;
}

export class Pager {
  readonly box: HTMLElement;
  private readonly text: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly toggle: HTMLButtonElement;
  /** How many exchanges a page holds on this screen (chosen by the map), once paging is offered. */
  per: number | undefined;
  private total = 0;
  private page: number | undefined;

  constructor(root: HTMLElement, events: PagerEvents) {
    const q = <T extends Element>(sel: string) => {
      const found = root.querySelector<T>(sel);
      if (!found) throw new Error(`map pager: missing ${sel}`);
      return found;
    };
    this.box = q('.map-pager');
    this.text = q('[data-pager-text]');
    this.prev = q('button[data-pager="prev"]');
    this.next = q('button[data-pager="next"]');
    this.toggle = q('button[data-pager="toggle"]');
    this.prev.addEventListener('click', () => this.page && events.show({ page: this.page - 1, per: this.per! }));
    this.next.addEventListener('click', () => this.page && events.show({ page: this.page + 1, per: this.per! }));
    this.toggle.addEventListener('click', () => events.show(this.page ? undefined : { page: 1, per: this.per! }));
  }

  /** Whether the bar is shown (it then covers part of the map, which the labels and the fit leave free). */
  get shown(): boolean {
    return !this.box.hidden;
  }

  /** Say what the map shows: page `exchanges` of `total`, or the whole debate (the bar shows once paging is offered). */
  write(exchanges: { page: number; per: number } | undefined, total: number): void {
    if (exchanges) this.per = exchanges.per;
    this.total = total;
    this.page = exchanges?.page;
    this.box.hidden = this.per === undefined || total === 0;
    if (this.box.hidden) return;
    if (exchanges) {
      const from = (exchanges.page - 1) * exchanges.per + 1;
      const to = Math.min(total, exchanges.page * exchanges.per);
      this.text.textContent = from === to ? `Exchange ${from} of ${total}` : `Exchanges ${from}–${to} of ${total}`;
      this.toggle.textContent = 'Show all';
    } else {
      this.text.textContent = `All ${total} exchanges`;
      this.toggle.textContent = 'A few at a time';
    }
    this.prev.hidden = this.next.hidden = !exchanges;
    this.prev.disabled = !exchanges || exchanges.page <= 1;
    this.next.disabled = !exchanges || exchanges.page * exchanges.per >= this.total;
  }
}
