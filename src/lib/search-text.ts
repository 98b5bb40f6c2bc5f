/**
 * Search words as the page shows them: kinds, counts, result shapes and highlighting. Split from
 * search.ts (the index and the queries, which run in the worker) so the page's result-drawing code
 * stays small: it never pulls the word index or the miner's phrase table.
 */
import { NODE_STYLES, type NodeStyleKey } from './visual.ts';

export type SearchKind = 'claim' | 'paper' | 'author';
/** The order result groups are shown in. */
export const SEARCH_KINDS: readonly SearchKind[] = ['claim', 'paper', 'author'];
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  claim: { one: 'claim', many: 'claims' },
  paper: { one: 'paper', many: 'papers' },
  author: { one: 'author', many: 'authors' },
};

/** Queries shorter than this are not run: one letter matches almost everything. */
export const MIN_QUERY_LENGTH = 2;

/** The fields a document is searched in (search.ts weighs them). */
export type SearchField = 'title' | 'aliases' | 'author' | 'context' | 'role';

/** A highlighted stretch of a field: which field, its text, and the ranges to mark (end exclusive). */
export interface Highlight {
  key: SearchField;
  text: string;
  ranges: [number, number][];
}

/** One result, as the result lists draw it (plain data: it crosses from the worker to the page). */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  url: string;
  role: NodeStyleKey;
  title: string;
  author?: string;
  /** Rank within its kind, 0..1, lower is better. */
  score: number;
  /** Marked ranges in the title (maybe none: the match was elsewhere). */
  titleRanges: [number, number][];
  /** The best match outside the title, shown under it ("Also written as …", "… mentioned in …"). */
  extra?: Highlight;
}

export interface SearchResults {
  query: string;
  /** All matches, all kinds. */
  total: number;
  /** Matches per kind. */
  counts: Record<SearchKind, number>;
  /**
   * The best hits of each kind, each list best first; the kind with the best hit comes first
   * ("Turpin" is first of all a paper, "Emanuel" an author), ties and empty kinds in SEARCH_KINDS order.
   */
  groups: { kind: SearchKind; hits: SearchHit[] }[];
}

/** Tidy a query for display: trim and fold runs of white space. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** A run of text, marked or not: the pieces a result line is built from (as DOM text nodes). */
export interface Segment {
  text: string;
  mark: boolean;
}

const LETTER = /[\p{L}\p{M}\p{N}_]/u;
const JOINER = /['’-]/;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
/** Inside a word: a letter, or an apostrophe or hyphen between letters ("don't", "CoT-related"). */
const inWord = (text: string, i: number) => isLetter(text[i]) || (JOINER.test(text[i] ?? '') && isLetter(text[i - 1]) && isLetter(text[i + 1]));

/**
 * Turn match ranges (end exclusive) into whole marked words. Fuzzy matches report scattered letters
 * ("Bergl" + "nd" for "Berglnd" in "Berglund") and token matches one range per word; readers expect
 * the words, and one mark for a phrase. So: clip to the text, trim what is not a word character at
 * either end, widen to word boundaries, then merge ranges that overlap or are apart by spaces only.
 */
export function wordRanges(text: string, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const widened: [number, number][] = [];
  for (const [s0, e0] of ranges) {
    let s = Math.max(0, Math.min(s0, text.length));
    let e = Math.max(0, Math.min(e0, text.length));
    while (s < e && !inWord(text, s)) s++;
    while (e > s && !inWord(text, e - 1)) e--;
    if (e <= s) continue;
    while (s > 0 && inWord(text, s - 1)) s--;
    while (e < text.length && inWord(text, e)) e++;
    widened.push([s, e]);
  }
  widened.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of widened) {
    const last = merged[merged.length - 1];
    if (last && (r[0] <= last[1] || /^[ \t]+$/.test(text.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The segments of `text` with `ranges` marked (whole words), cut to about `maxLength` characters
 * around the first mark, with "…" where text was left out. Deterministic, so it can be unit-tested.
 */
export function highlight(text: string, ranges: readonly (readonly [number, number])[], maxLength = Infinity): Segment[] {
  const marks = wordRanges(text, ranges);
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    const first = marks[0]?.[0] ?? 0;
    // Keep a little context before the first mark, then as much after it as fits.
    from = first < maxLength / 3 ? 0 : wordStart(text, first - Math.floor(maxLength / 4));
    to = Math.min(text.length, from + maxLength);
    if (to < text.length) to = wordEnd(text, to);
  }
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += s;
    else segments.push({ text: s, mark });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const [s, e] of marks) {
    if (e <= from || s >= to) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(at, s), Math.min(e, to)), true);
    at = Math.min(e, to);
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return segments;
}

/** Start of the first word at or after `i` (so a cut never splits a word). */
function wordStart(text: string, i: number): number {
  i = Math.max(0, i);
  while (i > 0 && i < text.length && inWord(text, i - 1)) i++;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** End of the last word that ends at or before `i`. */
function wordEnd(text: string, i: number): number {
  while (i > 0 && i < text.length && inWord(text, i)) i--;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** "3 results" / "1 result" / "No results". */
export function resultCount(n: number): string {
  return n === 0 ? 'No results' : n === 1 ? '1 result' : `${n} results`;
}

/** "12 results: 9 claims, 2 papers, 1 author"; "9 claims" when all are of one kind; "No results". */
export function resultSummary(results: Pick<SearchResults, 'total' | 'counts'>): string {
  if (results.total === 0) return resultCount(0);
  const parts = SEARCH_KINDS.filter((k) => results.counts[k] > 0).map((k) => `${results.counts[k]} ${results.counts[k] === 1 ? KIND_LABELS[k].one : KIND_LABELS[k].many}`);
  return parts.length === 1 ? parts[0]! : `${resultCount(results.total)}: ${parts.join(', ')}`;
}

/** The badge word of a result (from the shared visual language). */
export function badgeLabel(role: NodeStyleKey): string {
  return NODE_STYLES[role].label;
}
