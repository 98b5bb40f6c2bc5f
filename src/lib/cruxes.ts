/**
 * The cruxes (the most contested claims) and the who-rebuts-whom matrix, for the home page.
 * Pure: read from the debate index. Both count the debate between people: rebuttals between different
 * authors, and rebuttals of outside claims (the post, a quoted comment not in the dumps). An author
 * answering their own sentence is no crux and no exchange.
 */
import type { DebateIndex } from './debate.ts';

export interface Crux {
  id: string;
  /** Number of claims that rebut it, by other authors (any author, for an outside claim). */
  rebuttals: number;
  /** Distinct authors of those rebuttals, sorted. */
  authors: string[];
  /** How many of those authors are not the claim's own author (an author answering themselves is less of a crux). */
  otherAuthors: number;
  /** Number of claims that support it: a claim with both sides is more contested. */
  supports: number;
}

/** Does this rebuttal belong to the debate: from another author, or against an outside claim? */
export function counts(index: DebateIndex, target: string, source: string): boolean {
  const t = index.claims.get(target);
  const s = index.claims.get(source);
  if (!t || !s) return false;
  return t.external || (s.author !== undefined && s.author !== t.author);
}

/**
 * Rank the claims that other authors rebut (or, for an outside claim, anyone): first by how many other
 * authors rebut them, then by the number of rebuttals, then by supports (argued on both sides), then by
 * id so ties are stable. An empty list means nobody rebuts anybody else.
 */
export function rankCruxes(index: DebateIndex, limit = 8): Crux[] {
  const out: Crux[] = [];
  for (const [id, all] of index.rebuttedBy) {
    const claim = index.claims.get(id);
    if (!claim) continue;
    const rebuttals = all.filter((r) => counts(index, id, r.source));
    if (rebuttals.length === 0) continue;
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
/** Row and column key that sums up the authors left out of a matrix limited to the most active ones. */
export const OTHERS = '(others)';

export interface RebuttalMatrix {
  /** Authors who rebut, one row each (in the order given), then OTHERS when some were left out. */
  rows: string[];
  /** Authors who are rebutted, then OTHERS, then OUTSIDE when some rebuttal targets an external claim. */
  columns: string[];
  /** counts[row][column]: how many claims of the row's author rebut claims of the column's author. */
  counts: number[][];
  /** Largest count (0 when nobody rebuts anybody). */
  max: number;
}

/** Every rebuttal of the debate as (author of the rebuttal, author of the rebutted claim or OUTSIDE). */
function* rebuttalPairs(index: DebateIndex): Generator<[string, string]> {
  for (const [target, rebuttals] of index.rebuttedBy) {
    const t = index.claims.get(target);
    if (!t) continue;
    const to = t.external ? OUTSIDE : t.author;
    if (to === undefined) continue;
    for (const r of rebuttals) {
      if (!counts(index, target, r.source)) continue;
      yield [index.claims.get(r.source)!.author!, to];
    }
  }
}

/** How often authors rebut their own claims (left out of the cruxes and the matrix). */
export function selfRebuttals(index: DebateIndex): number {
  let n = 0;
  for (const [target, rebuttals] of index.rebuttedBy) {
    const t = index.claims.get(target);
    if (!t || t.external) continue;
    for (const r of rebuttals) if (index.claims.get(r.source)?.author === t.author) n++;
  }
  return n;
}

/**
 * Who rebuts whom: every rebuttal counted once, from its author to the rebutted claim's author. With
 * more than `limit` authors, the `limit` most involved in rebuttals (given plus received) keep their row
 * and column and the rest are summed up in OTHERS, so the picture stays readable at any corpus size.
 */
export function rebuttalMatrix(index: DebateIndex, authors: readonly string[], limit = 12): RebuttalMatrix {
  const pairs = [...rebuttalPairs(index)];
  let kept = [...authors];
  if (authors.length > limit) {
    const activity = new Map(authors.map((a) => [a, 0]));
    for (const [from, to] of pairs) {
      if (activity.has(from)) activity.set(from, activity.get(from)! + 1);
      if (to !== from && activity.has(to)) activity.set(to, activity.get(to)! + 1);
    }
    const top = new Set([...authors].sort((a, b) => activity.get(b)! - activity.get(a)! || authors.indexOf(a) - authors.indexOf(b)).slice(0, limit));
    kept = authors.filter((a) => top.has(a));
  }
  const others = kept.length < authors.length;
  const known = new Set(authors);
  const rows = others ? [...kept, OTHERS] : kept;
  const slot = new Map(rows.map((a, i) => [a, i]));
  const at = (a: string) => slot.get(a) ?? (known.has(a) && others ? slot.get(OTHERS) : undefined);
  const outside = pairs.some(([, to]) => to === OUTSIDE);
  const columns = outside ? [...rows, OUTSIDE] : [...rows];
  const counts = rows.map(() => columns.map(() => 0));
  for (const [from, to] of pairs) {
    const i = at(from);
    const j = to === OUTSIDE ? columns.length - 1 : at(to);
    if (i !== undefined && j !== undefined) counts[i]![j]!++;
  }
  return { rows, columns, counts, max: Math.max(0, ...counts.flat()) };
}

export interface Exchanges {
  /** Author id (or OUTSIDE) → how many of this author's claims rebut theirs, most first. Excludes the author. */
  theyRebut: [string, number][];
  /** Author id → how many of their claims rebut this author's, most first. Excludes the author. */
  rebutThem: [string, number][];
  /** How often the author rebuts their own claims (not part of the exchanges above). */
  self: number;
}

/** Whom an author rebuts and who rebuts them, with counts (for the author page). */
export function authorExchanges(index: DebateIndex, author: string): Exchanges {
  const theyRebut = new Map<string, number>();
  const rebutThem = new Map<string, number>();
  let self = 0;
  for (const [target, rebuttals] of index.rebuttedBy) {
    const t = index.claims.get(target);
    if (t && !t.external && t.author === author) for (const r of rebuttals) if (index.claims.get(r.source)?.author === author) self++;
  }
  for (const [from, to] of rebuttalPairs(index)) {
    if (from === author) theyRebut.set(to, (theyRebut.get(to) ?? 0) + 1);
    else if (to === author) rebutThem.set(from, (rebutThem.get(from) ?? 0) + 1);
  }
  // Most first; claims outside the corpus after the authors.
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => Number(a[0] === OUTSIDE) - Number(b[0] === OUTSIDE) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { theyRebut: sorted(theyRebut), rebutThem: sorted(rebutThem), self };
}
