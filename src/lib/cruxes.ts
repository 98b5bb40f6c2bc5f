/**
 * The cruxes (the most contested claims) and the who-rebuts-whom matrix, for the home page.
 * Pure: read from the debate index.
 */
import type { DebateIndex } from './debate.ts';

export interface Crux {
  id: string;
  /** Number of claims that rebut it. */
  rebuttals: number;
  /** Distinct authors of those rebuttals, sorted. */
  authors: string[];
  /** How many of those authors are not the claim's own author (an author answering themselves is less of a crux). */
  otherAuthors: number;
  /** Number of claims that support it: a claim with both sides is more contested. */
  supports: number;
}

/**
 * Rank the claims that have at least one rebuttal: first by how many other authors rebut them, then by
 * the number of rebuttals, then by supports (argued on both sides), then by id so ties are stable.
 */
export function rankCruxes(index: DebateIndex, limit = 8): Crux[] {
  const out: Crux[] = [];
  for (const [id, rebuttals] of index.rebuttedBy) {
    const claim = index.claims.get(id);
    if (!claim) continue;
    const authors = [...new Set(rebuttals.map((r) => index.claims.get(r.source)?.author).filter((a): a is string => !!a))].sort();
    out.push({
      id,
      rebuttals: rebuttals.length,
      authors,
      otherAuthors: authors.filter((a) => a !== claim.author).length,
      supports: index.supportedBy.get(id)?.length ?? 0,
    });
  }
  out.sort((a, b) => b.otherAuthors - a.otherAuthors || b.rebuttals - a.rebuttals || b.supports - a.supports || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out.slice(0, limit);
}

/** Column key for rebuttals of claims that are outside the corpus (the post being discussed, say). */
export const OUTSIDE = '(outside)';

export interface RebuttalMatrix {
  /** Authors who rebut, one row each, in the order given. */
  rows: string[];
  /** Authors who are rebutted, then OUTSIDE when some rebuttal targets an external claim. */
  columns: string[];
  /** counts[row][column]: how many claims of the row's author rebut claims of the column's author. */
  counts: number[][];
  /** Largest count (0 when nobody rebuts anybody). */
  max: number;
}

/** Who rebuts whom: every rebuttal counted once, from its author to the rebutted claim's author. */
export function rebuttalMatrix(index: DebateIndex, authors: readonly string[]): RebuttalMatrix {
  const rows = [...authors];
  const row = new Map(rows.map((a, i) => [a, i]));
  const counts = rows.map(() => rows.map(() => 0));
  let outside: number[] | undefined;
  for (const [target, rebuttals] of index.rebuttedBy) {
    const t = index.claims.get(target);
    if (!t) continue;
    for (const r of rebuttals) {
      const from = row.get(index.claims.get(r.source)?.author ?? '');
      if (from === undefined) continue;
      const to = t.author === undefined ? undefined : row.get(t.author);
      if (to !== undefined) counts[from]![to]!++;
      else if (t.external) {
        outside ??= rows.map(() => 0);
        outside[from]!++;
      }
    }
  }
  const columns = outside ? [...rows, OUTSIDE] : [...rows];
  if (outside) counts.forEach((r, i) => r.push(outside![i]!));
  return { rows, columns, counts, max: Math.max(0, ...counts.flat()) };
}
