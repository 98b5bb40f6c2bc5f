/**
 * Group: paragraphs → comments. A plain dump does not mark where one comment ends, so each paragraph is
 * either joined to the comment before it or starts a new one, and each join records why.
 *
 * Two kinds of evidence, in this order:
 *  1. rules that say the paragraph cannot stand alone (a colon before it, a list going on, an answer to
 *     a quote, "However," …): a join on their own;
 *  2. otherwise, the odds that a new comment starts here, from what any reply looks like: how much
 *     vocabulary the paragraph shares with the comment so far and with its neighbours (consecutive
 *     comments of a profile answer different threads, so their words differ), how it opens (a reaction
 *     or a question to someone, or a connective that needs something before it), how the paragraph
 *     before ends, and their lengths. The weights are a logistic regression
 *     (`node bench/boundaries.ts --fit` refits them and prints the figures held out by commenter),
 *     shifted by how the file's own paragraphs look (priorShift: terse repliers versus essayists).
 * A reply's opening ("I agree, …", "Thanks …") that no rule joins always starts a comment.
 */
import type { RawParagraph } from './ingest.ts';
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

const previousLabel = (label: string) => (/^\d+$/.test(label) ? String(Number(label) - 1) : String.fromCharCode(label.charCodeAt(0) - 1));

/** The rule that says paragraph `next` cannot start a comment after `prev` (of the group so far), or null. */
export function continues(prev: RawParagraph, next: RawParagraph, groupSoFar: RawParagraph[]): Omit<Join, 'paragraph'> | null {
  const p = prev.text.trimEnd();
  const n = next.text.trimStart();
  // Markup with no words ("---", "***") separates nothing on its own: it stays with what came before.
  if (!/[\p{L}\p{N}]/u.test(n)) return { rule: 'no-words', cue: n.slice(0, 10) };
  if (/\b(?:Regarding|Re:?)$/.test(p)) return { rule: 'regarding-fragment', cue: p.match(/\S+$/)![0] };
  // The fragment after "Regarding" is followed by the answer to it.
  const before = groupSoFar[groupSoFar.length - 2];
  if (before && /\b(?:Regarding|Re:?)$/.test(before.text.trimEnd()) && prev === groupSoFar[groupSoFar.length - 1]) {
    return { rule: 'answer-to-fragment', cue: before.text.trimEnd().match(/\S+$/)![0] };
  }
  if (prev.kind === 'quote' && next.kind !== 'quote') return { rule: 'answer-to-quote', cue: '>' };
  if (next.kind === 'quote' && prev.kind === 'quote') return { rule: 'quote-continues', cue: '>' };
  if (GROUPING_REPLY_OPENER.test(n) && next.kind !== 'item') return null;
  if (p.endsWith(':')) return { rule: 'ends-with-colon', cue: ':' };
  if (p.endsWith(',')) return { rule: 'ends-with-comma', cue: ',' };
  if (next.kind === 'item' && prev.kind === 'item') return { rule: 'list-continues', cue: '-' };
  const dash = n.match(/^(?:-{1,3}|•|\*)\s*(?=\S)/);
  if (dash && groupSoFar.some((g) => /^(?:-{1,3}|•|\*)/.test(g.text) || g.text.trimEnd().endsWith(':'))) {
    return { rule: 'list-continues', cue: dash[0].trim() };
  }
  const group = groupSoFar.map((g) => g.text).join('\n');
  // "Case 2" continues a group that has "Case 1"; "Maybe 5) …" continues one that discussed "3)" and "2)".
  const step = n.match(GROUPING_LABEL);
  if (step && new RegExp(`\\b${step[1]} ${previousLabel(step[2]!)}\\b`).test(group)) return { rule: 'enumeration-continues', cue: `${step[1]} ${step[2]}` };
  const numbered = n.match(/^(?:\S+\s){0,2}?\(?(\d)\)/);
  if (numbered && /(?:^|\s)\(?\d\)/.test(group)) return { rule: 'enumeration-continues', cue: `${numbered[1]})` };
  // "… in case B it would …" refers to a case the group set out ("Case 1: This is either A: …, vs B: …").
  const refersToCase = n.match(/\bin case [A-Z\d]\b/i);
  if (refersToCase && /\bCase [A-Z\d]\b/.test(group)) return { rule: 'refers-to-case', cue: refersToCase[0] };
  // "Some thoughts." introduces what follows.
  if (/^(?:some|a few|my|quick|two|three|several|random)\b[\p{L}\s]{0,20}\b(?:thoughts|comments|notes|points|questions|remarks)\s?[.:]$/iu.test(p) && groupSoFar.length === 1) {
    return { rule: 'short-intro', cue: p };
  }
  const cue = GROUPING_CONTINUATIONS.find((c) => n.startsWith(c));
  if (cue) return { rule: 'continuation-cue', cue };
  return null;
}

/** A paragraph's vocabulary: word → weight (term frequency × inverse paragraph frequency in its file). */
type Vector = Map<string, number>;

const wordsOf = (text: string) =>
  (text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']{3,}/g) ?? []).filter((w) => !GROUPING_STOP_WORDS.has(w)).map((w) => w.slice(0, 6));

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

const add = (into: Vector, v: Vector) => {
  for (const [w, x] of v) into.set(w, (into.get(w) ?? 0) + x);
  return into;
};
const sum = (vs: Vector[]) => vs.reduce(add, new Map());
const norms = new WeakMap<Vector, number>();
const norm = (v: Vector) => {
  let n = norms.get(v);
  if (n === undefined) {
    n = 0;
    for (const x of v.values()) n += x * x;
    n = Math.sqrt(n);
    norms.set(v, n);
  }
  return n;
};
function cosine(a: Vector, b: Vector, na = norm(a), nb = norm(b)): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot / (na * nb);
}

/** The evidence weighed at a paragraph that no rule joins, in the order of BOUNDARY_WEIGHTS. */
export const BOUNDARY_FEATURES = [
  'bias', 'shares-with-previous', 'shares-across', 'reply-opening', 'connective', 'lowercase-opening', 'previous-unfinished',
  'previous-question', 'first-person', 'previous-length', 'length', 'second-person', 'quote', 'previous-item', 'demonstrative',
  'opens-parenthesis', 'previous-parenthetical', 'previous-closing', 'shares-with-comment', 'paragraph-shares-with-comment',
  'long-and-unrelated',
] as const;

/**
 * Log-odds weights of a new comment, one per feature. Fitted on tests/corpora/lw-dev/text (5,900
 * paragraphs, 14 commenters) by `node bench/boundaries.ts --fit`, which also reports them held out one
 * commenter at a time. The big ones say what holds in any dump: shared vocabulary means the same comment
 * (shares-*), a reaction or question to someone opens a new one, a connective continues.
 */
export const BOUNDARY_WEIGHTS: Record<(typeof BOUNDARY_FEATURES)[number], number> = {
  'bias': -0.1, 'shares-with-previous': -0.57, 'shares-across': -2.63, 'reply-opening': 1.08, 'connective': -1.56,
  'lowercase-opening': 0.95, 'previous-unfinished': -0.61, 'previous-question': -0.17, 'first-person': 0.52,
  'previous-length': 0.2, 'length': -0.91, 'second-person': 0.18, 'quote': 0.99, 'previous-item': -0.2,
  'demonstrative': 0.27, 'opens-parenthesis': -1.05, 'previous-parenthetical': 0.53, 'previous-closing': 1.23,
  'shares-with-comment': -4.89, 'paragraph-shares-with-comment': -3.36, 'long-and-unrelated': 0.97,
};

/**
 * A new comment starts where its odds are above this. Held out one commenter at a time on lw-dev, 0.3
 * finds 1.6 comments per true one with 40 % exact, 0.4 finds 1.2 with 31 %; above 0.3 the seeds' one-line
 * replies begin to merge (BENCHMARKS.md, "Comment boundaries").
 */
export const NEW_COMMENT_THRESHOLD = 0.3;

/** How many paragraphs either side of a boundary are compared (`shares-across`). */
const WINDOW = 3;
/** How many of the comment's last paragraphs stand for it (`shares-with-comment`). */
const CONTEXT = 3;

/** The features at paragraph `i` (> 0), given the vectors of the file and where the current comment starts. */
export function boundaryFeatures(paragraphs: RawParagraph[], vectors: Vector[], i: number, groupStart: number): number[] {
  const s = paragraphs[i]!.text.trim();
  // The comment so far, as its last paragraphs: a whole long comment would make any next paragraph look related.
  const comment = sum(vectors.slice(Math.max(groupStart, i - CONTEXT), i));
  const e = paragraphs[i - 1]!.text.trim();
  const after = sum(vectors.slice(i, i + WINDOW));
  const flag = (b: boolean) => (b ? 1 : 0);
  return [
    1,
    cosine(vectors[i - 1]!, vectors[i]!),
    cosine(sum(vectors.slice(Math.max(0, i - WINDOW), i)), after),
    flag(GROUPING_REPLY_START.test(s)),
    flag(GROUPING_CONNECTIVE.test(s)),
    flag(/^\p{Ll}/u.test(s)),
    flag(!/[.!?)"'”’]$/.test(e)),
    flag(e.endsWith('?')),
    flag(GROUPING_FIRST_PERSON.test(s)),
    Math.log(1 + e.length) / 5,
    Math.log(1 + s.length) / 5,
    flag(/\byou(?:r|'re|'ve)?\b/i.test(s.slice(0, 80))),
    flag(paragraphs[i]!.kind === 'quote' || s.startsWith('>')),
    flag(paragraphs[i - 1]!.kind === 'item'),
    flag(GROUPING_DEMONSTRATIVE.test(s)),
    flag(s.startsWith('(')),
    flag(e.startsWith('(') && e.endsWith(')')),
    flag(GROUPING_CLOSING.test(e)),
    cosine(comment, after),
    cosine(comment, vectors[i]!),
    // Two long paragraphs that share no word are stronger evidence of two comments than two short ones.
    cosine(vectors[i - 1]!, vectors[i]!) < 0.02 ? Math.log(1 + Math.min(vectors[i - 1]!.size, vectors[i]!.size)) / 3 : 0,
  ];
}

/** The odds (0–1) that a new comment starts at a paragraph with these features. */
export function newCommentOdds(features: number[], weights = BOUNDARY_WEIGHTS, shift = 0): number {
  const z = BOUNDARY_FEATURES.reduce((a, name, k) => a + weights[name] * features[k]!, shift);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The mean odds of a new comment at the paragraphs no rule joins, each taken as if the one before began a
 * comment, over the dumps the weights were fitted on (`node bench/boundaries.ts --fit` prints it).
 */
export const TRAINING_MEAN_ODDS = 0.286;
/** How far a file's own mean odds move its log-odds (1: all the way), and the most they may. */
const SHIFT_GAIN = 3;
const MAX_SHIFT = 2;

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * How much likelier a new comment is in this file than in the dumps the weights were fitted on: one
 * commenter writes one-paragraph replies, another essays. Read from the file itself: its mean odds
 * against the fitted dumps' mean, as a shift of the log-odds. One step, not an EM to a fixed point: with
 * odds this loosely separated, iterating runs away to "all one comment" or "every paragraph one".
 */
export function priorShift(odds: number[]): number {
  if (odds.length === 0) return 0;
  const mean = Math.min(0.99, Math.max(0.01, odds.reduce((a, p) => a + p, 0) / odds.length));
  return Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, SHIFT_GAIN * (logit(mean) - logit(TRAINING_MEAN_ODDS))));
}

/** Group paragraphs (of one file, in file order) into comments. (`weights` and `threshold` only for refitting.) */
export function group(paragraphs: RawParagraph[], weights = BOUNDARY_WEIGHTS, threshold = NEW_COMMENT_THRESHOLD): Group[] {
  const vectors = vocabularies(paragraphs.map((p) => p.text));
  // This file's own share of new comments, from each open paragraph taken as if the one before began a comment.
  const local: number[] = [];
  const fresh = new Map<number, number[]>();
  for (let i = 1; i < paragraphs.length; i++) {
    if (continues(paragraphs[i - 1]!, paragraphs[i]!, [paragraphs[i - 1]!])) continue;
    const features = boundaryFeatures(paragraphs, vectors, i, i - 1);
    fresh.set(i, features);
    local.push(newCommentOdds(features, weights));
  }
  const shift = priorShift(local);
  const groups: Group[] = [];
  let start = 0;
  paragraphs.forEach((para, i) => {
    const current = groups[groups.length - 1];
    let why: Omit<Join, 'paragraph'> | null = null;
    if (current) {
      why = continues(current.paragraphs[current.paragraphs.length - 1]!, para, current.paragraphs);
      // A reply's opening ("I agree, …", "Thanks for …") that no rule joins starts a comment: on lw-dev two
      // in three such paragraphs do, against one in four of all paragraphs.
      if (!why && !GROUPING_REPLY_OPENER.test(para.text.trimStart())) {
        // Right after a one-paragraph comment the features are the ones already read for the shift.
        const features = (start === i - 1 ? fresh.get(i) : undefined) ?? boundaryFeatures(paragraphs, vectors, i, start);
        const odds = newCommentOdds(features, weights, shift);
        if (odds < threshold) why = { rule: 'reads-on', cue: `odds of a new comment ${odds.toFixed(2)}` };
      }
    }
    if (current && why) {
      current.joins.push({ paragraph: current.paragraphs.length, ...why });
      current.paragraphs.push(para);
    } else {
      groups.push({ paragraphs: [para], joins: [] });
      start = i;
    }
  });
  return groups;
}
