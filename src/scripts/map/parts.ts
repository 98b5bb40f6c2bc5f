/**
 * Which exchanges the map shows at a time when the whole debate cannot be labelled on the reader's
 * screen. Pure: the map passes `labelled(range)`, which fits the map to `range` (undefined: the whole
 * debate) and places its labels, and says whether they all found a place. Each range is tried once
 * and the answer is always the last range tried, so the map can show it as the trial left it
 * (fitted, labels placed) instead of fitting and placing again.
 */
import type { ExchangeRange } from '../../lib/graph-view.ts';

/**
 * Exchanges a page may hold when the whole debate cannot be labelled on the reader's screen: the map
 * takes the largest whose first page it can label in full.
 */
export const PAGE_SIZES = [96, 64, 48, 32, 24, 16, 12, 8, 6, 4, 3, 2, 1];

export type Labelled = (range: ExchangeRange | undefined) => boolean;

/**
 * The first view: the whole debate (undefined) if it is labelled, or if there are fewer than two
 * exchanges; else the largest first part that is, of PAGE_SIZES ({1..1} if none is). Largest first,
 * each tried: fewer exchanges are not always easier (a part that is spread wide is fitted at a smaller
 * zoom), so halving the sizes could miss the best.
 */
export function firstPart(total: number, labelled: Labelled): ExchangeRange | undefined {
  if (labelled(undefined) || total < 2) return undefined;
  const sizes = PAGE_SIZES.filter((n) => n < total);
  for (const n of sizes) if (labelled({ from: 1, to: n })) return { from: 1, to: n };
  // Never reached while PAGE_SIZES ends with 1 (1 < total, so {1..1} was the last tried).
  return { from: 1, to: 1 };
}

/**
 * The exchanges after (direction 1) or before (-1) `range`: as many as are labelled, at most `size`
 * (the first part's number, or the one an address asked for), then fewer by PAGE_SIZES; one if none is. Near either end several sizes give the same part, which
 * is tried once.
 */
export function nextPart(range: ExchangeRange, direction: -1 | 1, total: number, size: number, labelled: Labelled): ExchangeRange {
  const part = (n: number): ExchangeRange =>
    direction === 1 ? { from: range.to + 1, to: Math.min(total, range.to + n) } : { from: Math.max(1, range.from - n), to: range.from - 1 };
  const tried = new Set<string>();
  // `size` first, even when it is no page size: a part an address asks for ("?ex=1-5") steps by as many.
  for (const n of [size, ...PAGE_SIZES.filter((k) => k < size)]) {
    const r = part(n);
    const key = `${r.from}-${r.to}`;
    if (tried.has(key)) continue;
    tried.add(key);
    if (labelled(r)) return r;
  }
  // The last tried was the smallest part, part(1): its range whatever size gave it first.
  return part(1);
}
