/**
 * Keyboard input on the map (the canvas is one tab stop, `role="application"`): arrows move between
 * nodes, Home goes to the heaviest, Enter or Space opens the panel, F focuses, Esc closes the panel
 * or leaves focus mode, +/− zoom, 0 fits. Each key is one of the controller's operations.
 */
import type { Direction } from '../../lib/graph-view.ts';

export interface KeyboardOps {
  /** The map got or lost keyboard focus. */
  focused(on: boolean): void;
  move(dir: Direction): void;
  first(): void;
  open(): void;
  focusHere(): void;
  escape(): void;
  zoomBy(factor: number): void;
  fit(): void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function listenKeyboard(canvas: HTMLCanvasElement, ops: KeyboardOps): void {
  canvas.addEventListener('focus', () => ops.focused(true));
  canvas.addEventListener('blur', () => ops.focused(false));
  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const dir = ARROWS[event.key];
    const key = event.key;
    if (dir) ops.move(dir);
    else if (key === 'Home') ops.first();
    else if (key === 'Enter' || key === ' ') ops.open();
    else if (key === 'Escape') ops.escape();
    else if (key === 'f' || key === 'F') ops.focusHere();
    else if (key === '+' || key === '=') ops.zoomBy(1.5);
    else if (key === '-' || key === '_') ops.zoomBy(1 / 1.5);
    else if (key === '0') ops.fit();
    else return;
    event.preventDefault();
  });
}
