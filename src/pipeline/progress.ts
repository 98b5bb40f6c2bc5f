/**
 * Progress on a terminal: one line, redrawn in place, for the steps that take long enough to wait for.
 * Used by `npm run mine` (src/pipeline/cli.ts) and `npm run build` (src/build.ts). Off a terminal (CI,
 * a pipe) nobody draws it: those commands print a one-line summary instead.
 */

export interface ProgressOptions {
  /** Where the line goes (a terminal's stdout). */
  write: (text: string) => void;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
  /** A step is shown once it has run this long: quick steps never flicker. */
  delayMs?: number;
  /** At most one redraw per this many milliseconds. */
  intervalMs?: number;
}

export interface Progress {
  /** `done` of `total` items of `step` are through; the line shows counts and percentage. */
  update(step: string, done: number, total: number): void;
  /** A step without counts (Astro syncing content, say): its name and the seconds it has taken. */
  status(step: string, text: string): void;
  /** Erase the line (before printing anything else, and at the end). */
  clear(): void;
}

const CLEAR = '\r\x1b[K';
const fmt = (n: number) => n.toLocaleString('en');

/** "link 12,000/20,604 (58%)". The percentage never shows 100 before the step is through. */
export function progressText(step: string, done: number, total: number): string {
  const pct = total > 0 ? Math.min(done >= total ? 100 : 99, Math.floor((100 * done) / total)) : 100;
  return `${step} ${fmt(Math.min(done, total))}/${fmt(total)} (${pct}%)`;
}

export function progressPrinter({ write, now = () => performance.now(), delayMs = 250, intervalMs = 100 }: ProgressOptions): Progress {
  const started = new Map<string, number>();
  let last = -Infinity;
  let shown = false;
  const draw = (step: string, text: string, force = false) => {
    const t = now();
    if (!started.has(step)) started.set(step, t);
    if (t - started.get(step)! < delayMs) return;
    if (!force && t - last < intervalMs) return;
    last = t;
    shown = true;
    write(`${CLEAR}cruxmap: ${text}`);
  };
  const clear = () => {
    if (shown) write(CLEAR);
    shown = false;
  };
  return {
    update(step, done, total) {
      if (done >= total) clear();
      else draw(step, progressText(step, done, total));
    },
    status(step, text) {
      draw(step, `${step} ${text}`, true);
    },
    clear,
  };
}
