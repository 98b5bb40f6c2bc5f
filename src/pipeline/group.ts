/**
 * Group: paragraphs → comments. A plain dump does not mark where one comment ends, so the paragraphs of a
 * file are cut into comments, and each join records why.
 *
 * Three kinds of evidence:
 *  1. rules that say a paragraph cannot stand alone (a colon before it, a list going on, an answer to a
 *     quote, "However,", a footnote whose definition is still to come …): a join on their own;
 *  2. at every other paragraph, the odds that a new comment starts there, from what any reply looks like:
 *     how much vocabulary it shares with the paragraphs before and after (consecutive comments of a
 *     profile answer different threads, so their words differ), how it opens (a reaction, a question to
 *     someone, a connective that needs something before it, a quoted fragment), how the paragraph before
 *     ends, and their lengths: a logistic regression (`node bench/boundaries.ts --fit` refits it and
 *     prints the figures held out by commenter);
 *  3. how well each candidate comment holds together as one text: the likelihood of its words under its
 *     own word counts (Utiyama and Isahara's segment model), so that a comment keeps to one vocabulary.
 * The cuts are decided jointly, not one at a time: a dynamic programme over the file picks the cuts that
 * maximise the sum of the boundary log-odds, the cohesion of each comment and a cost per comment, in
 * O(paragraphs × MAX_OPEN_GAPS). A run of weak "goes on" evidence then cannot chain paragraphs of
 * unrelated comments, and the number of comments comes out of the whole file.
 */
import type { RawParagraph } from './ingest.ts';
import { hash as shingleKey, wordsOf as wordHashes } from './shingles.ts';
import {
  GROUPING_CLOSING, GROUPING_CONNECTIVE, GROUPING_CONTINUATIONS, GROUPING_DEMONSTRATIVE, GROUPING_FIRST_PERSON,
  GROUPING_LABEL, GROUPING_REPLY_OPENER, GROUPING_REPLY_START, GROUPING_STOP_WORDS,
} from './lexicon.ts';

export interface Join {
  /** Index (within the group) of the paragraph that was attached. */
  paragraph: number;
  rule: string;
  cue?: string;
}

export interface Group {
  paragraphs: RawParagraph[];
  joins: Join[];
}

/** How many paragraphs before one the rules look back at for a list or an enumeration it goes on with. */
export const RULE_WINDOW = 6;

const previousLabel = (label: string) => (/^\d+$/.test(label) ? String(Number(label) - 1) : String.fromCharCode(label.charCodeAt(0) - 1));

/**
 * The rule that says paragraph `next` cannot start a comment after `prev`, or null. `before` holds the
 * paragraphs before `next` that may be of its comment (the last RULE_WINDOW of the file, `prev` last):
 * a list or an enumeration they began goes on in `next`.
 */
export function continues(prev: RawParagraph, next: RawParagraph, before: RawParagraph[]): Omit<Join, 'paragraph'> | null {
  const p = prev.text.trimEnd();
  const n = next.text.trimStart();
  // Markup with no words ("---", "***") separates nothing on its own: it stays with what came before.
  if (!/[\p{L}\p{N}]/u.test(n)) return { rule: 'no-words', cue: n.slice(0, 10) };
  if (/\b(?:Regarding|Re:?)$/.test(p)) return { rule: 'regarding-fragment', cue: p.match(/\S+$/)![0] };
  // The fragment after "Regarding" is followed by the answer to it.
  const fragmentOf = before[before.length - 2];
  if (fragmentOf && /\b(?:Regarding|Re:?)$/.test(fragmentOf.text.trimEnd()) && prev === before[before.length - 1]) {
    return { rule: 'answer-to-fragment', cue: fragmentOf.text.trimEnd().match(/\S+$/)![0] };
  }
  if (prev.kind === 'quote' && next.kind !== 'quote') return { rule: 'answer-to-quote', cue: '>' };
  if (next.kind === 'quote' && prev.kind === 'quote') return { rule: 'quote-continues', cue: '>' };
  if (GROUPING_REPLY_OPENER.test(n) && next.kind !== 'item') return null;
  if (p.endsWith(':')) return { rule: 'ends-with-colon', cue: ':' };
  if (p.endsWith(',')) return { rule: 'ends-with-comma', cue: ',' };
  if (next.kind === 'item' && prev.kind === 'item') return { rule: 'list-continues', cue: '-' };
  const dash = n.match(/^(?:-{1,3}|•|\*)\s*(?=\S)/);
  if (dash && before.some((g) => /^(?:-{1,3}|•|\*)/.test(g.text) || g.text.trimEnd().endsWith(':'))) {
    return { rule: 'list-continues', cue: dash[0].trim() };
  }
  const group = before.map((g) => g.text).join('\n');
  // "Case 2" continues a group that has "Case 1"; "Maybe 5) …" continues one that discussed "3)" and "2)".
  const step = n.match(GROUPING_LABEL);
  if (step && new RegExp(`\\b${step[1]} ${previousLabel(step[2]!)}\\b`).test(group)) return { rule: 'enumeration-continues', cue: `${step[1]} ${step[2]}` };
  // "Case 1", "Step 1", "Option A" open an enumeration that the paragraph before introduces (on lw-dev 2 of 2).
  if (step && (step[2] === '1' || step[2] === 'A')) return { rule: 'enumeration-starts', cue: `${step[1]} ${step[2]}` };
  const numbered = n.match(/^(?:\S+\s){0,2}?\(?(\d)\)/);
  if (numbered && /(?:^|\s)\(?\d\)/.test(group)) return { rule: 'enumeration-continues', cue: `${numbered[1]})` };
  // "… in case B it would …" refers to a case the group set out ("Case 1: This is either A: …, vs B: …").
  const refersToCase = n.match(/\bin case [A-Z\d]\b/i);
  if (refersToCase && /\bCase [A-Z\d]\b/.test(group)) return { rule: 'refers-to-case', cue: refersToCase[0] };
  // "Some thoughts." introduces what follows.
  if (/^(?:some|a few|my|quick|two|three|several|random)\b[\p{L}\s]{0,20}\b(?:thoughts|comments|notes|points|questions|remarks)\s?[.:]$/iu.test(p)) {
    return { rule: 'short-intro', cue: p };
  }
  const cue = GROUPING_CONTINUATIONS.find((c) => n.startsWith(c));
  if (cue) return { rule: 'continuation-cue', cue };
  return null;
}

/** A Markdown footnote definition opening a paragraph ("[^abc]: …"): its label. */
const footnoteDefinition = (text: string) => text.match(/^\[\^([^\]\s]+)\]:/)?.[1];

/**
 * Footnotes hold a comment together: a paragraph that cites "[^x]" and the definition "[^x]: …" further
 * down are one comment (the forum puts a comment's footnotes at its end), and so are the definitions one
 * after another. For each paragraph (index ≥ 1), the footnote that joins it to the one before, or none.
 */
export function footnoteJoins(paragraphs: RawParagraph[]): (string | undefined)[] {
  const defined = new Map<string, number>();
  paragraphs.forEach((p, k) => {
    const label = footnoteDefinition(p.text);
    if (label !== undefined && !defined.has(label)) defined.set(label, k);
  });
  const joins: (string | undefined)[] = paragraphs.map(() => undefined);
  if (defined.size === 0) return joins;
  paragraphs.forEach((p, k) => {
    for (const m of p.text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) {
      const at = defined.get(m[1]!);
      if (at === undefined || at <= k || at - k > MAX_OPEN_GAPS) continue;
      for (let g = k + 1; g <= at; g++) joins[g] ??= `[^${m[1]}]`;
    }
    const label = footnoteDefinition(p.text);
    if (k > 0 && label !== undefined) joins[k] ??= `[^${label}]:`;
  });
  return joins;
}

/** A paragraph's vocabulary: word → weight (term frequency × inverse paragraph frequency in its file). */
type Vector = Map<string, number>;

/**
 * A paragraph's words for comparing vocabularies: acronyms as they are written ("ASI", "LLMs" → asi#, llm#:
 * the shortest words are often the topic), then words of three letters or more that are not stop words, cut
 * to six letters (a crude stem: "features" and "feature" meet).
 */
const wordsOf = (text: string) => [
  ...(text.match(/\b[A-Z][A-Za-z]*[A-Z]s?\b/g) ?? []).map((w) => `${w.replace(/s$/, '').toLowerCase()}#`),
  ...(text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']{2,}/g) ?? []).filter((w) => !GROUPING_STOP_WORDS.has(w)).map((w) => w.slice(0, 6)),
];

/** Vectors of all paragraphs of one file: a word that most paragraphs use says little about where a comment ends. */
export function vocabularies(texts: string[]): Vector[] {
  const words = texts.map(wordsOf);
  const df = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  return words.map((ws) => {
    const v: Vector = new Map();
    for (const w of ws) v.set(w, (v.get(w) ?? 0) + Math.log(1 + texts.length / df.get(w)!));
    return v;
  });
}

const dot = (a: Vector, b: Vector) => {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [w, x] of small) d += x * (large.get(w) ?? 0);
  return d;
};

/** The widest pair of paragraphs a window compares: i − 5 … i + 4. */
const BAND = 9;

/**
 * Cosines between sums of neighbouring paragraphs' vectors, from their pairwise dot products (a sum's dot
 * product is the sum of its parts'): no vector is ever added up, so every gap costs a few lookups.
 */
function windowCosines(vectors: Vector[]) {
  const n = vectors.length;
  const dots = new Float64Array(n * (BAND + 1));
  for (let x = 0; x < n; x++) for (let d = 0; d <= BAND && x + d < n; d++) dots[x * (BAND + 1) + d] = dot(vectors[x]!, vectors[x + d]!);
  const at = (x: number, y: number) => (x <= y ? dots[x * (BAND + 1) + y - x]! : dots[y * (BAND + 1) + x - y]!);
  const block = (a1: number, a2: number, b1: number, b2: number) => {
    let sum = 0;
    for (let x = a1; x < a2; x++) for (let y = b1; y < b2; y++) sum += at(x, y);
    return sum;
  };
  /** The cosine between the sums of paragraphs [a1, a2) and [b1, b2) (clipped to the file). */
  return (a1: number, a2: number, b1: number, b2: number) => {
    [a1, a2, b1, b2] = [Math.max(0, a1), Math.min(n, a2), Math.max(0, b1), Math.min(n, b2)];
    const ab = block(a1, a2, b1, b2);
    if (ab === 0) return 0;
    const aa = block(a1, a2, a1, a2);
    const bb = block(b1, b2, b1, b2);
    return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
  };
}

/** The evidence weighed at a paragraph that no rule joins, in the order of the model's weights. */
export const BOUNDARY_FEATURES = [
  'bias', 'shares-with-previous', 'shares-across-2', 'shares-across-3', 'shares-across-5', 'cohesion-dip',
  'shares-with-comment', 'paragraph-shares-with-comment', 'reply-opening', 'connective', 'first-person', 'demonstrative',
  'opens-parenthesis', 'previous-question', 'previous-closing', 'previous-parenthetical', 'previous-length', 'length',
  'previous-short', 'unfinished', 'lowercase-opening', 'opens-quotation', 'ellipsis', 'previous-unfinished',
  'previous-lowercase', 'previous-quotation', 'previous-ellipsis', 'previous-other-typography', 'after-footnotes', 'quote',
  'previous-item', 'item', 'comment-age', 'long-and-unrelated',
] as const;
export type BoundaryFeature = (typeof BOUNDARY_FEATURES)[number];

/** Everything the cut into comments weighs: fitted by `node bench/boundaries.ts --fit`. */
export interface BoundaryModel {
  /** Log-odds weights of a new comment, one per feature. */
  weights: Record<BoundaryFeature, number>;
  /** How much a comment's own word likelihood (cohesion) counts against the boundary odds. */
  cohesion: number;
  /** Log-odds added at every cut: the price of one more comment (positive: more comments). */
  splitBias: number;
  /** The mean over the fitted dumps of fileOdds: what a file like them looks like. */
  meanOdds: number;
  /** How far a file's own fileOdds against meanOdds move its split bias (as log-odds; 0: not at all). */
  shiftGain: number;
}

/**
 * Fitted on tests/corpora/lw-dev/text (5,979 paragraphs, 14 commenters) by `node bench/boundaries.ts
 * --fit`, which also reports the figures held out one commenter at a time (BENCHMARKS.md, "Comment
 * boundaries"). The big weights say what holds in any dump: shared vocabulary means the same comment
 * (shares-*), a reaction or question to someone opens a new one, a connective or an answer to a quoted
 * fragment continues, footnote definitions close a comment.
 */
export const BOUNDARY_MODEL: BoundaryModel = {
  weights: {
    'bias': 0.07, 'shares-with-previous': -0.77, 'shares-across-2': -2.39, 'shares-across-3': -0.51,
    'shares-across-5': -2.63, 'cohesion-dip': 1.21, 'shares-with-comment': -2.53,
    'paragraph-shares-with-comment': -2.48, 'reply-opening': 0.53, 'connective': -1.39, 'first-person': 0.46,
    'demonstrative': 0.25, 'opens-parenthesis': -1.17, 'previous-question': -0.15, 'previous-closing': 1.32,
    'previous-parenthetical': 0.56, 'previous-length': 0.77, 'length': -0.79, 'previous-short': 0.2,
    'unfinished': 0.23, 'lowercase-opening': 0.78, 'opens-quotation': 0.49, 'ellipsis': -0.23,
    'previous-unfinished': -0.52, 'previous-lowercase': -0.03, 'previous-quotation': -0.45,
    'previous-ellipsis': -0.46, 'previous-other-typography': -1.79, 'after-footnotes': 2.29, 'quote': 0.85,
    'previous-item': 0.19, 'item': -0.52, 'comment-age': -1.56, 'long-and-unrelated': 1.11
  },
  cohesion: 0.35,
  splitBias: 1.75,
  meanOdds: 0.399,
  shiftGain: 1,
};

/** How many paragraphs either side of a gap are compared (`shares-across-*`), and for its dip. */
const ACROSS = [2, 3, 5] as const;
const DIP_REACH = 4;
/** How many of the comment's last paragraphs stand for it (`shares-with-comment`). */
const CONTEXT = 3;
/** Features depend on where the comment started only through its age in paragraphs, up to this. */
export const MAX_AGE = 4;
/**
 * The least vocabulary that smooths a comment's word counts. A comment's cohesion is the likelihood of its
 * words under its own counts, Laplace-smoothed over the file's vocabulary; in a dump of a few paragraphs (a
 * hundred distinct words) each word a comment adds then costs the others so much that every paragraph
 * stood alone (the excerpt fixture: 3 comments for 1).
 */
const MIN_VOCABULARY = 300;
/**
 * The most paragraphs no rule joins that one comment may hold: the cut costs O(paragraphs × this). Two of
 * lw-dev's 1,363 true comments hold more (up to 145, in an essayist's dump).
 */
export const MAX_OPEN_GAPS = 60;

/** A paragraph that does not end as a sentence ends: a fragment, as quoted words often are. */
const unfinished = (t: string) => !/[.!?)"'”’:;]$/.test(t);
const curly = /[’‘“”]/;
const straight = /['"]/;

/** What the cut weighs at each gap: the rule that joins it, or the features for each comment age. */
export interface Gaps {
  /** For paragraph i ≥ 1: the rule that joins it to the one before, or null where it may start a comment. */
  rules: (Omit<Join, 'paragraph'> | null)[];
  /** For paragraph i ≥ 1: true where it starts a comment whatever the odds (a reply's opening no rule joins). */
  opens: boolean[];
  /** For paragraph i ≥ 1 no rule joins: features[i][age - 1], age = paragraphs of the comment before i (1…MAX_AGE). */
  features: number[][][];
  /** Each paragraph's words as ids (for cohesion). */
  words: Int32Array[];
  /** How many distinct words the file has. */
  vocabulary: number;
}

/** Runs of this many words make the shingles by which a paragraph is found in another commenter's dump. */
const SHARED_SHINGLE = 7;
/** A paragraph stands in another dump when that share of its shingles is in one paragraph there. */
const SHARED_COVER = 0.9;
/** Shorter passages are too often common phrases ("I don't think that's right"). */
const SHARED_MIN_CHARS = 40;
/** A shingle seen in more paragraphs than this is boilerplate, not a quote. */
const SHARED_MAX_POSTINGS = 8;

/**
 * Which paragraphs stand word for word (nearly whole) in a paragraph of another commenter's dump: in a plain
 * dump the quote marks are gone, so a reply that quotes another comment holds its words as a paragraph of
 * their own, and the answer follows. Such a paragraph never ends a comment, on either side: the quoter
 * answers it, and the quoted comment goes on past the words others took from it (on lw-dev/text, all 12
 * such paragraphs have their next paragraph in the same true comment). `owners[f]` is the commenter of
 * file f; files of one commenter are not compared. A hash index of shingles: linear in the words.
 */
export function sharedParagraphs(files: readonly RawParagraph[][], owners: readonly number[]): boolean[][] {
  // A quote is SHARED_MIN_CHARS or more, and so is what holds it: shorter paragraphs are neither.
  const keys = files.map((ps) => ps.map((p) => {
    if (p.text.length < SHARED_MIN_CHARS) return null;
    const words = wordHashes(p.text);
    const count = words.hash.length - SHARED_SHINGLE + 1;
    if (count < 2) return null;
    const out = new Uint32Array(count);
    for (let k = 0; k < count; k++) out[k] = shingleKey(words, k, SHARED_SHINGLE);
    return out;
  }));
  const postings = new Map<number, number | number[]>();
  const key = (f: number, i: number) => f * 0x100000 + i;
  keys.forEach((ps, f) => ps.forEach((ks, i) => {
    if (!ks) return;
    const at = key(f, i);
    for (const s of ks) {
      const list = postings.get(s);
      if (list === undefined) postings.set(s, at);
      else if (typeof list === 'number') { if (list !== at) postings.set(s, [list, at]); }
      else if (list.length <= SHARED_MAX_POSTINGS && list[list.length - 1] !== at) list.push(at);
    }
  }));
  return keys.map((ps, f) => ps.map((ks) => {
    if (!ks) return false;
    const shingles = ks.length;
    const hits = new Map<number, number>();
    const allowedMisses = Math.floor((1 - SHARED_COVER) * shingles);
    let misses = 0;
    for (const s of ks) {
      const list = postings.get(s)!;
      let other = false;
      if (typeof list !== 'number' && list.length <= SHARED_MAX_POSTINGS) {
        for (const at of list) {
          if (owners[Math.floor(at / 0x100000)] === owners[f]) continue;
          hits.set(at, (hits.get(at) ?? 0) + 1);
          other = true;
        }
      }
      // Most paragraphs are nobody else's words: stop once too many of their shingles are found nowhere else.
      if (!other && ++misses > allowedMisses) return false;
    }
    let best = 0;
    for (const n of hits.values()) best = Math.max(best, n);
    return best >= SHARED_COVER * shingles;
  }));
}

/**
 * The rules and the features at every gap of one file (in file order). `shared[i]`: paragraph i stands in
 * another commenter's dump (sharedParagraphs), so the paragraph after it goes on in its comment.
 */
export function gaps(paragraphs: RawParagraph[], shared: readonly boolean[] = []): Gaps {
  const n = paragraphs.length;
  const texts = paragraphs.map((p) => p.text.trim());
  const vectors = vocabularies(texts);
  const notes = footnoteJoins(paragraphs);
  const rules: Gaps['rules'] = paragraphs.map((p, i) => {
    if (i === 0) return null;
    if (shared[i - 1]) return { rule: 'after-shared-words', cue: 'words found in another dump' };
    const rule = continues(paragraphs[i - 1]!, p, paragraphs.slice(Math.max(0, i - RULE_WINDOW), i));
    if (rule) return rule;
    return notes[i] ? { rule: 'footnote', cue: notes[i] } : null;
  });
  // A reply's opening ("I agree, …", "Thanks for …") that no rule joins starts a comment: on lw-dev 129 of
  // the 184 such paragraphs do, against one in four of all paragraphs.
  const opens = paragraphs.map((p, i) => i > 0 && !rules[i] && GROUPING_REPLY_OPENER.test(texts[i]!));
  // Lexical cohesion across each gap, at several widths, and how far it dips below its neighbours
  // (TextTiling's depth score).
  const cosine = windowCosines(vectors);
  const across = ACROSS.map((k) => texts.map((_, i) => (i === 0 ? 0 : cosine(i - k, i, i, i + k))));
  const mid = across[1]!;
  const dip = mid.map((c, i) => {
    if (i === 0) return 0;
    let left = c;
    let right = c;
    for (let j = Math.max(1, i - DIP_REACH); j < i; j++) left = Math.max(left, mid[j]!);
    for (let j = i + 1; j < Math.min(n, i + DIP_REACH + 1); j++) right = Math.max(right, mid[j]!);
    return left - c + (right - c);
  });
  // Words quoted from someone else keep their typography: curly quotes in a file that types straight ones.
  const curlyRare = texts.filter((t) => curly.test(t)).length < 0.2 * texts.filter((t) => curly.test(t) || straight.test(t)).length;
  const flag = (b: boolean) => (b ? 1 : 0);
  const features: number[][][] = texts.map((s, i) => {
    if (i === 0 || rules[i]) return [];
    const e = texts[i - 1]!;
    const previous = cosine(i - 1, i, i, i + 1);
    const fixed = [
      1, previous, across[0]![i]!, across[1]![i]!, across[2]![i]!, dip[i]!,
    ];
    const opening = [
      flag(GROUPING_REPLY_START.test(s)), flag(GROUPING_CONNECTIVE.test(s)), flag(GROUPING_FIRST_PERSON.test(s)),
      flag(GROUPING_DEMONSTRATIVE.test(s)), flag(s.startsWith('(')),
      flag(e.endsWith('?')), flag(GROUPING_CLOSING.test(e)), flag(e.startsWith('(') && e.endsWith(')')),
      Math.log(1 + e.length) / 5, Math.log(1 + s.length) / 5, flag(e.length < 60),
      flag(unfinished(s)), flag(/^\p{Ll}/u.test(s)), flag(/^["“]/.test(s)), flag(/^(?:\.\.\.|…)|(?:\.\.\.|…)$/.test(s)),
      flag(unfinished(e)), flag(/^\p{Ll}/u.test(e)), flag(/^["“]/.test(e)), flag(/^(?:\.\.\.|…)|(?:\.\.\.|…)$/.test(e)),
      flag(curlyRare && curly.test(e)),
      flag(footnoteDefinition(e) !== undefined && footnoteDefinition(s) === undefined),
      flag(paragraphs[i]!.kind === 'quote' || s.startsWith('>')), flag(paragraphs[i - 1]!.kind === 'item'), flag(paragraphs[i]!.kind === 'item'),
    ];
    // Two long paragraphs that share no word are stronger evidence of two comments than two short ones.
    const unrelated = previous < 0.02 ? Math.log(1 + Math.min(vectors[i - 1]!.size, vectors[i]!.size)) / 3 : 0;
    const byAge: number[][] = [];
    for (let age = 1; age <= Math.min(MAX_AGE, i); age++) {
      // The comment so far, as its last paragraphs: a whole long comment would make any next paragraph look related.
      const from = i - Math.min(age, CONTEXT);
      byAge.push([...fixed, cosine(from, i, i, i + CONTEXT), cosine(from, i, i, i + 1), ...opening, age / MAX_AGE, unrelated]);
    }
    return byAge;
  });
  const ids = new Map<string, number>();
  const words = texts.map((t) => Int32Array.from(wordsOf(t), (w) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  }));
  return { rules, opens, features, words, vocabulary: ids.size + 1 };
}

/** The log-odds of a new comment at a paragraph with these features. */
export function newCommentLogOdds(features: number[], weights = BOUNDARY_MODEL.weights): number {
  let z = 0;
  BOUNDARY_FEATURES.forEach((name, k) => (z += weights[name] * features[k]!));
  return z;
}

/** The odds (0–1) that a new comment starts at a paragraph with these features. */
export const newCommentOdds = (features: number[], weights = BOUNDARY_MODEL.weights) => 1 / (1 + Math.exp(-newCommentLogOdds(features, weights)));

/**
 * A file's mean odds of a new comment at the paragraphs no rule joins, each read as if the one before were a
 * comment of its own: terse repliers score high, essayists low.
 */
export function fileOdds(g: Gaps, weights = BOUNDARY_MODEL.weights): number {
  let sum = 0;
  let count = 0;
  g.features.forEach((byAge, i) => {
    if (byAge.length === 0 || g.opens[i]) return;
    sum += newCommentOdds(byAge[0]!, weights);
    count++;
  });
  return count ? sum / count : BOUNDARY_MODEL.meanOdds;
}

/** The most a file's own statistics move its split bias. */
const MAX_SHIFT = 2;
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * How much likelier a new comment is in this file than in the dumps the model was fitted on (one commenter
 * writes one-paragraph replies, another essays), as log-odds added to the split bias: the file's own mean
 * odds against the fitted dumps' mean. One step, not an EM to a fixed point: with odds this loosely
 * separated, iterating runs away to "all one comment" or "every paragraph one".
 */
export function priorShift(g: Gaps, model: BoundaryModel = BOUNDARY_MODEL): number {
  if (model.shiftGain === 0) return 0;
  const clamp = (p: number) => Math.min(0.99, Math.max(0.01, p));
  const shift = model.shiftGain * (logit(clamp(fileOdds(g, model.weights))) - logit(clamp(model.meanOdds)));
  return Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, shift));
}

/** log σ(z), computed without overflow. */
const logSigmoid = (z: number) => (z > 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z)));

/**
 * Where comments start (paragraph indices, 0 first), chosen jointly: the cut that maximises, over its
 * comments, the log-odds of each boundary and of each paragraph going on, plus `cohesion` × the comment's
 * word log-likelihood under its own counts (Laplace-smoothed over the file's vocabulary), plus the split
 * bias (shifted by the file's own statistics, priorShift) per cut. A comment holds at most MAX_OPEN_GAPS paragraphs that no rule joins, and no reply opening
 * but at its start. Ties go to the earlier
 * start, so the cut is deterministic.
 */
export function cut(g: Gaps, model: BoundaryModel = BOUNDARY_MODEL): number[] {
  const n = g.rules.length;
  if (n === 0) return [];
  // z[i * MAX_AGE + age - 1]: the log-odds at paragraph i for a comment of that age before it.
  const z = new Float64Array(n * MAX_AGE);
  g.features.forEach((byAge, i) => byAge.forEach((x, k) => (z[i * MAX_AGE + k] = newCommentLogOdds(x, model.weights))));
  const at = (i: number, start: number) => z[i * MAX_AGE + Math.min(MAX_AGE, i - start) - 1]!;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const back = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  const splitBias = model.splitBias + priorShift(g, model);
  const counts = new Int32Array(g.vocabulary);
  const smoothing = Math.max(g.vocabulary, MIN_VOCABULARY);
  for (let a = 0; a < n; a++) {
    if (a > 0 && g.rules[a]) continue;
    let goesOn = 0;
    let likelihood = 0;
    let words = 0;
    let open = 0;
    const touched: number[] = [];
    for (let j = a + 1; j <= n; j++) {
      for (const w of g.words[j - 1]!) {
        const c = counts[w]!;
        likelihood += Math.log((c + 1) / (words + smoothing));
        if (c === 0) touched.push(w);
        counts[w] = c + 1;
        words++;
      }
      if (j - 1 > a && !g.rules[j - 1]) {
        if (g.opens[j - 1]) break;
        goesOn += logSigmoid(-at(j - 1, a));
        if (++open > MAX_OPEN_GAPS) break;
      }
      if (j < n && g.rules[j]) continue;
      const score = best[a]! + goesOn + model.cohesion * likelihood + (j < n ? logSigmoid(at(j, a)) + splitBias : 0);
      if (score > best[j]!) {
        best[j] = score;
        back[j] = a;
      }
    }
    for (const w of touched) counts[w] = 0;
  }
  const starts: number[] = [];
  for (let j = n; j > 0; j = back[j]!) starts.push(back[j]!);
  return starts.reverse();
}

/**
 * Group paragraphs (of one file, in file order) into comments. (`model` only for refitting.) `shared`: the
 * file's paragraphs that stand in another commenter's dump (sharedParagraphs).
 */
export function group(paragraphs: RawParagraph[], model: BoundaryModel = BOUNDARY_MODEL, shared: readonly boolean[] = []): Group[] {
  const g = gaps(paragraphs, shared);
  const starts = cut(g, model);
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? paragraphs.length;
    const joins: Join[] = [];
    for (let i = start + 1; i < end; i++) {
      const rule = g.rules[i];
      const why = rule ?? { rule: 'reads-on', cue: `odds of a new comment ${newCommentOdds(g.features[i]![Math.min(MAX_AGE, i - start) - 1]!, model.weights).toFixed(2)}` };
      joins.push({ paragraph: i - start, ...why });
    }
    return { paragraphs: paragraphs.slice(start, end), joins };
  });
}
