/**
 * Site search: what is searchable, how it is weighted, how a query runs, and how matches become
 * highlighted text. One module for the build (the `/search-index.json` endpoint, the bench) and the
 * browser (the search worker and the result lists), so the index and the queries cannot disagree.
 * Pure: plain data in, plain data out. Only the index and query functions use Fuse.js, so the
 * page's result-drawing code (which needs `highlight`) tree-shakes it away; Fuse runs in the worker.
 */
import Fuse, { type FuseIndex, type FuseResult, type FuseResultMatch, type IFuseOptions, type RangeTuple } from 'fuse.js';
import type { GraphInput } from './graph.ts';
import { NODE_STYLES, nodeStyleKey, type NodeStyleKey } from './visual.ts';
import { pageUrl } from './urls.ts';

/** Version of the `/search-index.json` shape; bump it on any change so a stale cached file is refused. */
export const SEARCH_INDEX_VERSION = 1;

export type SearchKind = 'claim' | 'paper' | 'author';
/** The order result groups are shown in. */
export const SEARCH_KINDS: readonly SearchKind[] = ['claim', 'paper', 'author'];
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  claim: { one: 'claim', many: 'claims' },
  paper: { one: 'paper', many: 'papers' },
  author: { one: 'author', many: 'authors' },
};

/** One searchable entry: what a result needs to be drawn, and the fields Fuse searches. */
export interface SearchDoc {
  /** What the entry is. */
  kind: SearchKind;
  /** Content id (the page is `<base><kind>s/<id>/`). */
  id: string;
  /** Badge: the claim's role (or `external`), `paper` or `author` (see src/lib/visual.ts). */
  role: NodeStyleKey;
  /** Headline, searched: a claim's full text, a paper's title, an author's name. */
  title: string;
  /** Other names, searched: a paper's aliases, an author's handle. */
  aliases?: string[];
  /** Who wrote it, searched (claims). */
  author?: string;
  /** Surrounding text, searched with a low weight: the sentences that mention a paper, an author's bio. */
  context?: string[];
}

/**
 * Keys and weights (Fuse normalises weights to sum 1; what matters is the ratio):
 * - title and aliases weigh most: a reader types the words of a claim or the name of a paper or person.
 * - context (mention sentences, bio) is long and repeats claims' text: a low weight keeps papers from
 *   outranking the claims whose sentence it is, yet "faithfulness" still finds the paper cited there.
 * - author lets "Ruzak" list that author's claims, below the author's own entry.
 * - role lets "objection" find objections; it is one word, so it must not drown text matches.
 */
export const SEARCH_KEYS = [
  { name: 'title', weight: 4 },
  { name: 'aliases', weight: 4 },
  { name: 'author', weight: 1 },
  { name: 'context', weight: 1 },
  { name: 'role', weight: 0.5 },
] as const satisfies readonly { name: keyof SearchDoc; weight: number }[];

/**
 * Fuse options, tuned on the real corpus (README, "Search"):
 * - useTokenSearch with tokenMatch 'all': each word of the query is matched on its own, anywhere,
 *   and every word must match ("CoT faithfulness" finds claims with both, in any order); rare words
 *   weigh more (IDF). Matching the whole query as one pattern missed such queries.
 * - threshold 0.3: Fuse's score is errors ÷ word length, so a word of 1–3 letters must be exact
 *   ("CoT", or it matches "not", "cat"…), one typo is allowed in 4–6 letters, two in 7–9, three
 *   from 10 up: "Berglnd", "faithfullness", "gradient hackng" are found; 0.4 let "CoT" match 145
 *   of 161 entries, 0.2 lost "faithfulnes" → "faithful".
 * - ignoreLocation: the words can be anywhere in a long sentence (token search implies it).
 * - minMatchCharLength 2: stray single letters of a fuzzy match are not highlighted.
 */
export const SEARCH_OPTIONS = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  useTokenSearch: true,
  tokenMatch: 'all',
  threshold: 0.3,
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeMatches: true,
  includeScore: true,
} satisfies IFuseOptions<SearchDoc>;

/** Queries shorter than this are not run: one letter matches almost everything. */
export const MIN_QUERY_LENGTH = 2;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The searchable entries of the site: every claim, paper and author, in a stable order. */
export function searchDocs(input: GraphInput): SearchDoc[] {
  const authorName = new Map(input.authors.map((a) => [a.id, a.data.name]));
  const docs: SearchDoc[] = [];
  for (const c of [...input.claims].sort((x, y) => cmp(x.id, y.id))) {
    const doc: SearchDoc = {
      kind: 'claim',
      id: c.id,
      role: nodeStyleKey({ kind: 'claim', role: c.data.role, external: c.data.external }),
      title: c.data.text,
    };
    const author = c.data.author && authorName.get(c.data.author);
    if (author) doc.author = author;
    docs.push(doc);
  }
  for (const p of [...input.papers].sort((x, y) => cmp(x.id, y.id))) {
    const aliases = unique(p.data.aliases.filter((a) => a !== p.data.title));
    const doc: SearchDoc = { kind: 'paper', id: p.id, role: 'paper', title: p.data.title };
    if (aliases.length) doc.aliases = aliases;
    const context = unique(p.data.mentions.map((m) => m.sentence).filter(Boolean));
    if (context.length) doc.context = context;
    docs.push(doc);
  }
  for (const a of [...input.authors].sort((x, y) => cmp(x.id, y.id))) {
    const doc: SearchDoc = { kind: 'author', id: a.id, role: 'author', title: a.data.name };
    if (a.data.handle) doc.aliases = [a.data.handle];
    if (a.data.bio) doc.context = [a.data.bio];
    docs.push(doc);
  }
  return docs;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** `/search-index.json`: what each document is, and Fuse's prebuilt index, which holds every text once. */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  /** Kind and id of each document, in index order (the texts are in the index records). */
  docs: { kind: SearchKind; id: string }[];
  /** `Fuse.createIndex(keys, docs).toJSON()`. */
  index: SearchIndexJson;
}
type SearchIndexJson = ReturnType<FuseIndex<SearchDoc>['toJSON']>;
type IndexRecord = SearchIndexJson['records'][number];
type SubRecord = { v: string; i?: number; n: number };

/** Build the index file (at build time, or in the bench): Fuse's index is computed once, here. */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndexFile {
  const index = Fuse.createIndex(SEARCH_OPTIONS.keys, docs).toJSON();
  return { version: SEARCH_INDEX_VERSION, docs: docs.map(({ kind, id }) => ({ kind, id })), index };
}

const KEY_NAMES = SEARCH_KEYS.map((k) => k.name);
type KeyName = (typeof KEY_NAMES)[number];
const KEYS = KEY_NAMES.length;
/** Fuse's token search splits words with this pattern (its default): the word index must agree. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
/** How many query words' matches are remembered: typing "gradient hack" re-uses "gradient". */
const TERM_CACHE_SIZE = 64;

/**
 * An opened index: Fuse over the documents, plus a word index that narrows each query to the
 * documents that can match before Fuse scores them. Fuse alone runs its bitap matcher over every
 * field of every entry, over a second a query at 10,000 entries (BENCHMARKS.md, "Search").
 * A "value" below is one text of one key of one document (a list key has one per item), as Fuse
 * scores them: each value that matches is one factor of a document's score.
 */
export interface SearchEngine {
  fuse: Fuse<SearchDoc>;
  docs: SearchDoc[];
  base: string;
  /** All index records (Fuse is given a subset per query, then this back). */
  records: IndexRecord[];
  /** Record of each document. */
  recordOf: IndexRecord[];
  /** Every distinct word of every value, lower case. */
  words: string[];
  /** For each word (same order): the values whose text holds it. */
  postings: Int32Array[];
  /** For each word: in how many values it occurs (Fuse's document frequency, for IDF). */
  df: Map<string, number>;
  /** Number of non-empty values (Fuse's field count, for IDF). */
  fieldCount: number;
  /** Document of each value. */
  valueDoc: Int32Array;
  /** Key weight × field-length norm of each value: its exponent in Fuse's score. */
  valueWeight: Float64Array;
  /** Kind of each document, as an index into SEARCH_KINDS. */
  kindOf: Uint8Array;
  /** Recent query words → the words they match and Fuse's score for each. */
  termCache: Map<string, { words: Int32Array; scores: Float64Array }>;
}

/** Open an index file (in the worker): Fuse takes the prebuilt index as it is (`Fuse.parseIndex`). */
export function openSearchIndex(file: SearchIndexFile, base: string): SearchEngine {
  if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${String(file.version)}, expected ${SEARCH_INDEX_VERSION}`);
  const keyAt = KEY_NAMES.map((name) => file.index.keys.findIndex((k) => k.id === name));
  if (keyAt.some((i) => i < 0)) throw new Error('search index keys do not match SEARCH_KEYS');
  const recordOf: IndexRecord[] = [];
  for (const r of file.index.records) recordOf[r.i] = r;
  const docs = file.docs.map((d, i) => hydrate(d, recordOf[i], keyAt));
  const fuse = new Fuse(docs, SEARCH_OPTIONS, Fuse.parseIndex<SearchDoc>(file.index));
  const total = SEARCH_KEYS.reduce((sum, k) => sum + k.weight, 0);
  const wordId = new Map<string, number>();
  const lists: number[][] = [];
  const df = new Map<string, number>();
  const valueDoc: number[] = [];
  const valueWeight: number[] = [];
  for (const r of file.index.records) {
    for (let key = 0; key < KEYS; key++) {
      for (const value of values(r, keyAt[key]!)) {
        const words = new Set(value.v.toLowerCase().match(WORD));
        if (!words.size) continue;
        const id = valueDoc.length;
        valueDoc.push(r.i);
        valueWeight.push((SEARCH_KEYS[key]!.weight / total) * value.n);
        for (const w of words) {
          df.set(w, (df.get(w) ?? 0) + 1);
          let word = wordId.get(w);
          if (word === undefined) {
            word = lists.length;
            wordId.set(w, word);
            lists.push([]);
          }
          lists[word]!.push(id);
        }
      }
    }
  }
  return {
    fuse,
    docs,
    base,
    records: file.index.records,
    recordOf,
    words: [...wordId.keys()],
    postings: lists.map((l) => Int32Array.from(l)),
    df,
    fieldCount: valueDoc.length,
    valueDoc: Int32Array.from(valueDoc),
    valueWeight: Float64Array.from(valueWeight),
    kindOf: Uint8Array.from(docs, (d) => SEARCH_KINDS.indexOf(d.kind)),
    termCache: new Map(),
  };
}

/** The values of one key of a record, as a list (Fuse stores a single value or an array). */
function values(record: IndexRecord | undefined, at: number): SubRecord[] {
  const v = (record?.$ as Record<number, SubRecord | SubRecord[]> | undefined)?.[at];
  return v === undefined ? [] : Array.isArray(v) ? [...v].sort((a, b) => (a.i ?? 0) - (b.i ?? 0)) : [v];
}

function hydrate(d: { kind: SearchKind; id: string }, record: IndexRecord | undefined, keyAt: number[]): SearchDoc {
  const get = (key: KeyName) => values(record, keyAt[KEY_NAMES.indexOf(key)]!).map((s) => s.v);
  const doc: SearchDoc = { kind: d.kind, id: d.id, role: (get('role')[0] ?? d.kind) as NodeStyleKey, title: get('title')[0] ?? d.id };
  const aliases = get('aliases');
  if (aliases.length) doc.aliases = aliases;
  const author = get('author')[0];
  if (author) doc.author = author;
  const context = get('context');
  if (context.length) doc.context = context;
  return doc;
}

/** A highlighted stretch of a field: which field, its text, and the ranges to mark (end exclusive). */
export interface Highlight {
  key: KeyName;
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

/**
 * The words of a query as Fuse's token search sees them: lower case, split like the index, words
 * of one letter dropped (while typing "gradient h", the "h" would match almost every entry, and
 * with every word required it would make results flicker), repeats dropped.
 */
export function queryTerms(query: string): string[] {
  return [...new Set((query.toLowerCase().match(WORD) ?? []).filter((t) => t.length >= MIN_QUERY_LENGTH))];
}

/** The most typos Fuse's bitap allows in a term: errors ÷ length must stay within the threshold. */
export function maxErrors(term: string, threshold = SEARCH_OPTIONS.threshold): number {
  let k = 0;
  while (k + 1 < term.length && (k + 1) / term.length <= threshold) k++;
  return k;
}

/**
 * Pigeonhole pieces: a text within k edits of `term` contains at least one of k + 1 disjoint pieces
 * of it unchanged, so a word holding none of them cannot match, and is skipped without running bitap.
 */
export function pieces(term: string, k: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= k; i++) out.push(term.slice(Math.floor((i * term.length) / (k + 1)), Math.floor(((i + 1) * term.length) / (k + 1))));
  return out;
}

/** The words of the index that `term` matches, with Fuse's bitap score for each (0.001 = exact). */
function matchTerm(engine: SearchEngine, term: string): { words: Int32Array; scores: Float64Array } {
  const cached = engine.termCache.get(term);
  if (cached) {
    engine.termCache.delete(term); // re-insert: most recently used last
    engine.termCache.set(term, cached);
    return cached;
  }
  const k = maxErrors(term);
  const parts = pieces(term, k);
  const options = { threshold: SEARCH_OPTIONS.threshold, ignoreLocation: true, minMatchCharLength: SEARCH_OPTIONS.minMatchCharLength };
  const words: number[] = [];
  const scores: number[] = [];
  engine.words.forEach((word, w) => {
    if (word.length < term.length - k || !parts.some((p) => word.includes(p))) return;
    let score: number | undefined = 0.001;
    if (!word.includes(term)) {
      const r = Fuse.match(term, word, options);
      score = r.isMatch ? Math.max(0.001, r.score) : undefined;
    }
    if (score === undefined) return;
    words.push(w);
    scores.push(score);
  });
  const found = { words: Int32Array.from(words), scores: Float64Array.from(scores) };
  engine.termCache.set(term, found);
  if (engine.termCache.size > TERM_CACHE_SIZE) engine.termCache.delete(engine.termCache.keys().next().value!);
  return found;
}

/**
 * Run a query: narrow to the documents where every query word matches some word of theirs (through
 * the word index), rank them with Fuse's own formula (token IDF, key weight, field-length norm),
 * let Fuse score and highlight the best few of each kind, and keep `perKind` of each. Counts are
 * those of all matching documents.
 */
export function runSearch(engine: SearchEngine, rawQuery: string, perKind: number): SearchResults {
  const query = normaliseQuery(rawQuery);
  const counts: Record<SearchKind, number> = { claim: 0, paper: 0, author: 0 };
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: [] as SearchHit[] }));
  const terms = queryTerms(query);
  if (!terms.length) return { query, total: 0, counts, groups };

  const nDocs = engine.docs.length;
  const nValues = engine.valueDoc.length;
  const idf = terms.map((t) => {
    const d = engine.df.get(t) ?? 0;
    return Math.log(1 + (engine.fieldCount - d + 0.5) / (d + 0.5));
  });
  const idfSum = idf.reduce((a, b) => a + b, 0);
  /** Per value: Σ idf × (1 − best score) over the query words matched in it. */
  const sum = new Float64Array(nValues);
  /** Per value, for the current query word: its best score, and whether it was seen (stamp = word + 1). */
  const best = new Float64Array(nValues);
  const seen = new Int32Array(nValues);
  /** Per document: how many query words matched so far. */
  const hits = new Int32Array(nDocs);
  let docs: number[] = [];
  const matched: number[] = [];
  terms.forEach((term, t) => {
    const { words, scores } = matchTerm(engine, term);
    const touched: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const list = engine.postings[words[i]!]!;
      const score = scores[i]!;
      for (let j = 0; j < list.length; j++) {
        const value = list[j]!;
        if (seen[value] !== t + 1) {
          seen[value] = t + 1;
          best[value] = score;
          touched.push(value);
        } else if (score < best[value]!) best[value] = score;
      }
    }
    const next: number[] = [];
    for (const value of touched) {
      if (sum[value] === 0) matched.push(value);
      sum[value] = sum[value]! + idf[t]! * (1 - best[value]!);
      const doc = engine.valueDoc[value]!;
      if (hits[doc] === t) {
        hits[doc] = t + 1;
        next.push(doc);
      }
    }
    docs = next;
  });

  // Fuse's score in logarithms: Σ over matched values of key weight × norm × ln(value score).
  const logScore = new Float64Array(nDocs);
  for (const value of matched) {
    const doc = engine.valueDoc[value]!;
    if (hits[doc] === terms.length) logScore[doc] = logScore[doc]! + engine.valueWeight[value]! * Math.log(Math.max(0.001, 1 - sum[value]! / idfSum));
  }
  const ranked = SEARCH_KINDS.map(() => [] as number[]);
  for (const doc of docs) ranked[engine.kindOf[doc]!]!.push(doc);
  const subset: IndexRecord[] = [];
  ranked.forEach((list, g) => {
    counts[SEARCH_KINDS[g]!] = list.length;
    list.sort((a, b) => logScore[a]! - logScore[b]! || a - b);
    for (const doc of list.slice(0, perKind + CANDIDATE_MARGIN)) subset.push(engine.recordOf[doc]!);
  });

  const index = engine.fuse.getIndex();
  index.setIndexRecords(subset);
  let results: FuseResult<SearchDoc>[];
  try {
    results = engine.fuse.search(terms.join(' '));
  } finally {
    index.setIndexRecords(engine.records);
  }
  for (const r of results) {
    const group = groups[SEARCH_KINDS.indexOf(r.item.kind)]!;
    if (group.hits.length < perKind) group.hits.push(toHit(r, engine.base));
  }
  const bestScore = (g: (typeof groups)[number]) => g.hits[0]?.score ?? Infinity;
  groups.sort((a, b) => bestScore(a) - bestScore(b) || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
  return { query, total: counts.claim + counts.paper + counts.author, counts, groups };
}

/**
 * Candidates per kind that Fuse scores beyond the hits shown. The ranking above is Fuse's formula
 * with each word's best score; Fuse, scanning whole texts, can score a value a little differently
 * (a match across two words), so a few extra let it settle the order at the edge.
 */
const CANDIDATE_MARGIN = 5;

/** Tidy a query for display: trim and fold runs of white space. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

const KIND_DIRS = { claim: 'claims', paper: 'papers', author: 'authors' } as const;

function toHit(r: FuseResult<SearchDoc>, base: string): SearchHit {
  const { kind, id, role, title, author } = r.item;
  const matches = r.matches ?? [];
  const hit: SearchHit = { kind, id, url: pageUrl(base, KIND_DIRS[kind], id), role, title, score: r.score ?? 1, titleRanges: [] };
  if (author) hit.author = author;
  const titleMatch = matches.find((m) => m.key === 'title');
  if (titleMatch) hit.titleRanges = toRanges(titleMatch);
  // The role word is already on the badge, and the author under the title: only other fields add news.
  const extra = matches.filter((m) => m.key === 'aliases' || m.key === 'context').sort((a, b) => matchedLength(b) - matchedLength(a))[0];
  if (extra && extra.value !== undefined) hit.extra = { key: extra.key as KeyName, text: extra.value, ranges: toRanges(extra) };
  return hit;
}

const toRanges = (m: FuseResultMatch): [number, number][] => m.indices.map(([s, e]: RangeTuple) => [s, e + 1]);
const matchedLength = (m: FuseResultMatch) => m.indices.reduce((n, [s, e]) => n + e - s + 1, 0);

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
