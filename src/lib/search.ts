/**
 * Site search: what is searchable, how it is weighted, how a query runs, and how matches become
 * highlighted text. One module for the build (the `/search-index.json` endpoint, the bench) and the
 * browser (the search worker and the result lists), so the index and the queries cannot disagree.
 * Pure: plain data in, plain data out. The word index is our own (no library internals): words match
 * as whole words, by their stem, with typos, or as the phrase table's terms (src/pipeline/lexicon.ts).
 */
import type { GraphInput } from './graph.ts';
import { nodeStyleKey, type NodeStyleKey } from './visual.ts';
import { MIN_QUERY_LENGTH, normaliseQuery, SEARCH_KINDS, type Highlight, type SearchHit, type SearchKind, type SearchResults } from './search-text.ts';
export * from './search-text.ts';
import { pageUrl } from './urls.ts';
import { stem } from './stem.ts';
import { PHRASES } from '../pipeline/lexicon.ts';

/** Version of the `/search-index.json` shape; bump it on any change so a stale cached file is refused. */
export const SEARCH_INDEX_VERSION = 3;

/** One searchable entry: what a result needs to be drawn, and the fields the word index searches. */
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
 * Fields and weights: what a match in each is worth, relative to the others.
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

/**
 * `/search-index.json`: the documents, each text once, and where the phrase table's terms occur. The
 * browser builds the word index from the texts on opening; the phrase table is matched here, at build
 * time (it was most of the time to open: one regular expression of every phrase over every text).
 */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  docs: SearchDoc[];
  /**
   * Phrase term ("phrase_cot") → the values (texts, numbered as `indexValues` numbers them) that hold
   * it, as gaps: the first value, then the difference to each next one.
   */
  phrases: Record<string, number[]>;
}

/** Build the index file (at build time, or in the bench). */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndexFile {
  const found = new Map<string, number[]>();
  indexValues(docs, (_doc, _key, text, _words, value) => {
    for (const { term } of phraseMatches(text)) {
      const list = found.get(term) ?? [];
      if (list[list.length - 1] !== value) list.push(value);
      found.set(term, list);
    }
  });
  const phrases: Record<string, number[]> = {};
  for (const term of [...found.keys()].sort()) phrases[term] = found.get(term)!.map((v, i, all) => (i ? v - all[i - 1]! : v));
  return { version: SEARCH_INDEX_VERSION, docs, phrases };
}

/**
 * Every searchable text of `docs` with at least one word, numbered from 0 in document and field order:
 * the numbering the build's phrase lists and the browser's word index share.
 */
function indexValues(docs: SearchDoc[], visit: (doc: number, key: number, text: string, words: string[], value: number) => void): void {
  let value = 0;
  docs.forEach((d, doc) => {
    for (const [key, text] of fieldValues(d)) {
      const words = text.toLowerCase().match(WORD);
      if (words) visit(doc, key, text, words, value++);
    }
  });
}

const KEY_NAMES = SEARCH_KEYS.map((k) => k.name);
/** A word: letters, marks, digits and underscores (so "o1", "gpt" and "4" in "GPT-4"). */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
/** How many query words' matches are remembered: typing "gradient hack" re-uses "gradient". */
const TERM_CACHE_SIZE = 64;
/**
 * The phrase table of the miner (src/pipeline/lexicon.ts): "chain of thought", "CoT" → one term. Its
 * patterns hold no capturing groups, so they are joined into one pattern per case mode, each entry a
 * group: one pass over a text finds every phrase (sixteen passes made opening the index 2× slower).
 */
let phraseGroupsMade: { re: RegExp; terms: string[] }[] | undefined;
// Made on first use, so the page's result-drawing code, which imports this module for `highlight`, leaves the table out.
function phraseGroups(): { re: RegExp; terms: string[] }[] {
  phraseGroupsMade ??= [true, false]
    .map((ignoreCase) => {
      const entries = PHRASES.filter(([re]) => re.flags.includes('i') === ignoreCase);
      return { re: new RegExp(entries.map(([re]) => `(${re.source})`).join('|'), ignoreCase ? 'gi' : 'g'), terms: entries.map(([, term]) => term.trim()) };
    })
    .filter((g) => g.terms.length > 0);
  return phraseGroupsMade;
}

/** What a matched word is worth, by how it matched: the word itself, its stem, a typo, a prefix being typed. */
const QUALITY = { exact: 1, stem: 0.9, typo: 0.75, typo2: 0.6, prefix: 0.7 } as const;

/**
 * An opened index: the documents, and a word index over every value (one text of one field of one
 * document) that the queries run on. Owned outright: words are whole words (never a piece of one),
 * each word also known by its stem, and the phrase table's terms indexed like words.
 */
export interface SearchEngine {
  docs: SearchDoc[];
  base: string;
  /** Every distinct word (lower case) and phrase term. */
  words: string[];
  /** Word → its id in `words`. */
  wordId: Map<string, number>;
  /** Stem → the ids of the words with that stem. */
  byStem: Map<string, number[]>;
  /** For each word: the values whose text holds it. */
  postings: Int32Array[];
  /** Document of each value. */
  valueDoc: Int32Array;
  /** Field of each value, as an index into SEARCH_KEYS. */
  valueKey: Uint8Array;
  /** Field weight ÷ √(words in the value): short fields that match count more. */
  valueWeight: Float64Array;
  /** The text of each value (for highlighting). */
  valueText: string[];
  /** Kind of each document, as an index into SEARCH_KINDS. */
  kindOf: Uint8Array;
  /** Recent query words → the words they match and how well. */
  termCache: Map<string, { words: Int32Array; quality: Float64Array }>;
}

/** Every text of a document, by field, in SEARCH_KEYS order. */
function fieldValues(d: SearchDoc): [number, string][] {
  const out: [number, string][] = [];
  KEY_NAMES.forEach((key, k) => {
    const v = d[key];
    if (v === undefined) return;
    for (const text of Array.isArray(v) ? v : [v]) if (text) out.push([k, text]);
  });
  return out;
}

/** The phrase terms in a text ("phrase_cot" for "chain of thought"), with where each occurs. */
function phraseMatches(text: string): { term: string; start: number; end: number }[] {
  const out: { term: string; start: number; end: number }[] = [];
  for (const { re, terms } of phraseGroups()) {
    for (const m of text.matchAll(re)) {
      const g = m.findIndex((x, i) => i > 0 && x !== undefined);
      if (g > 0 && m[0]) out.push({ term: terms[g - 1]!, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Open an index file (in the worker, or the bench): build the word index from the texts. */
export function openSearchIndex(file: SearchIndexFile, base: string): SearchEngine {
  if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${String(file.version)}, expected ${SEARCH_INDEX_VERSION}`);
  const wordId = new Map<string, number>();
  const lists: number[][] = [];
  const valueDoc: number[] = [];
  const valueKey: number[] = [];
  const valueWeight: number[] = [];
  const valueText: string[] = [];
  const add = (w: string, value: number) => {
    let id = wordId.get(w);
    if (id === undefined) {
      id = lists.length;
      wordId.set(w, id);
      lists.push([]);
    }
    const list = lists[id]!;
    if (list[list.length - 1] !== value) list.push(value);
  };
  indexValues(file.docs, (doc, key, text, words, value) => {
    valueDoc.push(doc);
    valueKey.push(key);
    valueWeight.push(SEARCH_KEYS[key]!.weight / Math.sqrt(words.length));
    valueText.push(text);
    for (const w of words) add(w, value);
  });
  // The phrase terms, found at build time; each list is in value order, as `add` wants.
  for (const [term, gaps] of Object.entries(file.phrases)) {
    let value = 0;
    for (const gap of gaps) add(term, (value += gap));
  }
  const words = [...wordId.keys()];
  const byStem = new Map<string, number[]>();
  words.forEach((w, id) => {
    const s = stem(w);
    const list = byStem.get(s);
    if (list) list.push(id);
    else byStem.set(s, [id]);
  });
  return {
    docs: file.docs,
    base,
    words,
    wordId,
    byStem,
    postings: lists.map((l) => Int32Array.from(l)),
    valueDoc: Int32Array.from(valueDoc),
    valueKey: Uint8Array.from(valueKey),
    valueWeight: Float64Array.from(valueWeight),
    valueText,
    kindOf: Uint8Array.from(file.docs, (d) => SEARCH_KINDS.indexOf(d.kind)),
    termCache: new Map(),
  };
}

/** A query as terms: the phrase table's terms it holds, then its other words (lower case, two letters or more, once each). */
export interface QueryTerm {
  text: string;
  /** A phrase-table term ("phrase_cot"): matched only as itself. */
  phrase: boolean;
  /** The word still being typed (the last one, when the query does not end in a space): may match as a prefix. */
  typing: boolean;
}

export function parseQuery(rawQuery: string): QueryTerm[] {
  const query = normaliseQuery(rawQuery);
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  let rest = query;
  for (const p of phraseMatches(query)) {
    if (!seen.has(p.term)) out.push({ text: p.term, phrase: true, typing: false });
    seen.add(p.term);
    rest = rest.slice(0, p.start) + ' '.repeat(p.end - p.start) + rest.slice(p.end);
  }
  const words = [...rest.toLowerCase().matchAll(WORD)];
  // A query that ends in a space has no word being typed (the input keeps the space; normalising drops it).
  const endsOpen = /[\p{L}\p{M}\p{N}_]$/u.test(rawQuery);
  words.forEach((m, i) => {
    const w = m[0];
    if (w.length < MIN_QUERY_LENGTH || seen.has(w)) return;
    seen.add(w);
    out.push({ text: w, phrase: false, typing: endsOpen && i === words.length - 1 && m.index + w.length === query.length });
  });
  return out;
}

/**
 * The words of a query, lower case, split like the index, words of one letter dropped (while typing
 * "gradient h", the "h" would match almost every entry), repeats dropped; phrases as their term.
 */
export function queryTerms(query: string): string[] {
  return parseQuery(query).map((t) => t.text);
}

/** The most typos allowed in a word: none up to 3 letters (so "CoT" is exact), one to 6, two to 9, then three. */
export function maxErrors(term: string): number {
  return term.length <= 3 ? 0 : term.length <= 6 ? 1 : term.length <= 9 ? 2 : 3;
}

/** Rows of the edit-distance table, reused (words are short; the table grows when one is not). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with transpositions (optimal string alignment), or `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(2 * (b.length + 1)));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

/**
 * The words of the index a query term matches, and how well: the word itself; a word with the same
 * stem ("faithful" for "faithfulness"); a whole word within the allowed typos ("turpin" for "Turpn",
 * never "perturbing": a typo is counted over the whole word); and, for the word being typed, words it
 * begins (from three letters on).
 */
function matchTerm(engine: SearchEngine, term: QueryTerm): { words: Int32Array; quality: Float64Array } {
  const cacheKey = `${term.phrase ? 'p' : term.typing ? 't' : 'w'}:${term.text}`;
  const cached = engine.termCache.get(cacheKey);
  if (cached) {
    engine.termCache.delete(cacheKey); // re-insert: most recently used last
    engine.termCache.set(cacheKey, cached);
    return cached;
  }
  const found = new Map<number, number>();
  const offer = (id: number, q: number) => {
    if ((found.get(id) ?? 0) < q) found.set(id, q);
  };
  const exact = engine.wordId.get(term.text);
  if (exact !== undefined) offer(exact, QUALITY.exact);
  if (!term.phrase) {
    for (const id of engine.byStem.get(stem(term.text)) ?? []) offer(id, QUALITY.stem);
    const k = maxErrors(term.text);
    const t = term.text;
    const prefix = term.typing && t.length >= 3;
    engine.words.forEach((w, id) => {
      if (prefix && w.length > t.length && w.startsWith(t)) offer(id, QUALITY.prefix);
      if (k === 0 || Math.abs(w.length - t.length) > k || w.startsWith('phrase_')) return;
      const d = editDistance(t, w, k);
      if (d > 0 && d <= k) offer(id, d === 1 ? QUALITY.typo : QUALITY.typo2);
    });
  }
  const ids = [...found.keys()].sort((a, b) => a - b);
  const result = { words: Int32Array.from(ids), quality: Float64Array.from(ids, (id) => found.get(id)!) };
  engine.termCache.set(cacheKey, result);
  if (engine.termCache.size > TERM_CACHE_SIZE) engine.termCache.delete(engine.termCache.keys().next().value!);
  return result;
}

/**
 * Run a query: every term must match some word of a document (in any field); a document scores, per
 * term, its best value's field weight × match quality × the term's rarity (IDF over documents).
 * Counts are those of all matching documents; `perKind` hits of each kind are kept, highlighted.
 */
export function runSearch(engine: SearchEngine, rawQuery: string, perKind: number): SearchResults {
  const query = normaliseQuery(rawQuery);
  const counts: Record<SearchKind, number> = { claim: 0, paper: 0, author: 0 };
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: [] as SearchHit[] }));
  const terms = parseQuery(rawQuery);
  if (!terms.length) return { query, total: 0, counts, groups };

  const nDocs = engine.docs.length;
  const nValues = engine.valueDoc.length;
  const score = new Float64Array(nDocs);
  /** Per document: how many terms matched so far. */
  const hits = new Int32Array(nDocs);
  /** Per value, for the current term: its best quality (stamp = term + 1 says it is current). */
  const best = new Float64Array(nValues);
  const seen = new Int32Array(nValues);
  /** Per document, for the current term: its best value score. */
  const docBest = new Float64Array(nDocs);
  const matchedWords = new Set<number>();
  let docs: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    const { words, quality } = matchTerm(engine, terms[t]!);
    const touched: number[] = [];
    for (let i = 0; i < words.length; i++) {
      matchedWords.add(words[i]!);
      const list = engine.postings[words[i]!]!;
      const q = quality[i]!;
      for (let j = 0; j < list.length; j++) {
        const value = list[j]!;
        if (seen[value] !== t + 1) {
          seen[value] = t + 1;
          best[value] = q;
          touched.push(value);
        } else if (q > best[value]!) best[value] = q;
      }
    }
    const next: number[] = [];
    for (const value of touched) {
      const doc = engine.valueDoc[value]!;
      if (hits[doc] < t) continue;
      const v = engine.valueWeight[value]! * best[value]!;
      if (hits[doc] === t) {
        hits[doc] = t + 1;
        docBest[doc] = v;
        next.push(doc);
      } else if (v > docBest[doc]!) docBest[doc] = v;
    }
    // Rarer terms weigh more: BM25's IDF over the documents that hold the term.
    const idf = Math.log(1 + (nDocs - next.length + 0.5) / (next.length + 0.5));
    for (const doc of next) score[doc] = score[doc]! + idf * docBest[doc]!;
    docs = next;
    if (!docs.length) break;
  }

  const ranked = SEARCH_KINDS.map(() => [] as number[]);
  for (const doc of docs) ranked[engine.kindOf[doc]!]!.push(doc);
  const top = Math.max(...docs.map((d) => score[d]!), 1e-9);
  ranked.forEach((list, g) => {
    counts[SEARCH_KINDS[g]!] = list.length;
    list.sort((a, b) => score[b]! - score[a]! || a - b);
    for (const doc of list.slice(0, perKind)) groups[g]!.hits.push(toHit(engine, doc, 1 - score[doc]! / top / 1.0001, terms, matchedWords));
  });
  const bestScore = (g: (typeof groups)[number]) => g.hits[0]?.score ?? Infinity;
  groups.sort((a, b) => bestScore(a) - bestScore(b) || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
  return { query, total: counts.claim + counts.paper + counts.author, counts, groups };
}

const KIND_DIRS = { claim: 'claims', paper: 'papers', author: 'authors' } as const;

/** The ranges of `text` to mark: its words that matched a term, and its phrases whose term was asked. */
function matchRanges(engine: SearchEngine, text: string, terms: QueryTerm[], matchedWords: Set<number>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const id = engine.wordId.get(m[0].toLowerCase());
    if (id !== undefined && matchedWords.has(id)) ranges.push([m.index, m.index + m[0].length]);
  }
  const phrases = new Set(terms.filter((t) => t.phrase).map((t) => t.text));
  if (phrases.size) for (const p of phraseMatches(text)) if (phrases.has(p.term)) ranges.push([p.start, p.end]);
  return ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function toHit(engine: SearchEngine, doc: number, score: number, terms: QueryTerm[], matchedWords: Set<number>): SearchHit {
  const { kind, id, role, title, author } = engine.docs[doc]!;
  const hit: SearchHit = { kind, id, url: pageUrl(engine.base, KIND_DIRS[kind], id), role, title, score, titleRanges: matchRanges(engine, title, terms, matchedWords) };
  if (author) hit.author = author;
  // The role word is already on the badge, and the author under the title: only other fields add news.
  const d = engine.docs[doc]!;
  let extra: Highlight | undefined;
  let marked = 0;
  for (const key of ['aliases', 'context'] as const) {
    for (const text of d[key] ?? []) {
      const ranges = matchRanges(engine, text, terms, matchedWords);
      const n = ranges.reduce((sum, [s, e]) => sum + e - s, 0);
      if (n > marked) {
        marked = n;
        extra = { key, text, ranges };
      }
    }
  }
  if (extra && (hit.titleRanges.length === 0 || extra.key === 'aliases')) hit.extra = extra;
  return hit;
}

