/**
 * Link: claims → relations between them, each with its evidence.
 *  - rebuts / supports within a comment: an objection or support answers the nearest claim before it;
 *  - explicit targets ("skeptical of the claim that X"): a target node labelled from X;
 *  - across comments: the most similar claim of another comment, above a threshold;
 *  - relates: claims of different authors on the same topic (TF-IDF over stems and a phrase table).
 * Candidates come from an inverted index with a document-frequency cap and top-k, never all pairs.
 */
import type { ClaimRole } from '../schemas/claim.ts';
import type { Evidence } from '../schemas/evidence.ts';
import { EXPLICIT_TARGET, PHRASES } from './lexicon.ts';
import { normalise, tokens } from './nlp.ts';

export interface LinkInput {
  id: string;
  role: ClaimRole;
  text: string;
  author: string;
  comment: string;
  /** Position of the claim among the claims of its comment. */
  index: number;
  /** The cue that gave the claim its role, if any. */
  cue?: string;
}

export interface Edge {
  source: string;
  target: string;
  kind: 'rebuts' | 'supports' | 'relates';
  evidence: Evidence;
}

export interface ExternalTarget {
  /** Key, unique per naming comment and target words. */
  key: string;
  /** The words that name the target ("the model was primarily more aligned …"). */
  text: string;
  /** The claim that names it. */
  from: string;
  /** Where the words sit in the naming claim's text. */
  start: number;
  end: number;
}

/** Tunables, with the reasons for their values. */
export const LINK_PARAMS = {
  /**
   * Cosine similarity above which an objection/support with no target in its own comment is linked to a
   * claim of another comment. On the seeds, pairs above 0.30 share a specific topic (CoT faithfulness,
   * alignment faking); below 0.2 they share only generic words ("model", "think").
   */
  answerThreshold: 0.3,
  /** Similarity for `relates` between authors: lower, since it claims only a shared topic. */
  relatesThreshold: 0.22,
  /** At least this many shared informative terms behind any similarity link. */
  minSharedTerms: 2,
  /** At most this many `relates` links from one claim. */
  relatesTopK: 2,
  /** Terms in more than this share of claims are too common to find candidates with. */
  maxDocFrequency: 0.12,
  /** …but never cap below this many claims (small corpora). */
  minDocFrequencyCap: 4,
} as const;

/** Informative terms of a text: phrase-table terms plus stems of content words. */
export function terms(text: string): string[] {
  let t = normalise(text);
  const phrases: string[] = [];
  for (const [re, term] of PHRASES) {
    t = t.replace(re, () => {
      phrases.push(term.trim());
      return ' ';
    });
  }
  const stems = tokens(t)
    .filter((k) => k.type === 'word' && !k.stop && k.value.length > 2 && /^(?:NOUN|PROPN|VERB|ADJ|NUM)$/.test(k.pos))
    .map((k) => k.stem.toLowerCase());
  return [...phrases, ...stems];
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** TF-IDF vectors and an inverted index over the claims. */
export function buildIndex(claims: LinkInput[]) {
  const termLists = claims.map((c) => terms(c.text));
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = claims.length;
  const vectors: Vector[] = termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / df.get(t)!);
      weights.set(t, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) || 1 };
  });
  const cap = Math.max(LINK_PARAMS.minDocFrequencyCap, Math.floor(n * LINK_PARAMS.maxDocFrequency));
  const postings = new Map<string, number[]>();
  termLists.forEach((list, i) => {
    for (const t of new Set(list)) {
      if (df.get(t)! > cap || df.get(t)! < 2) continue;
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t)!.push(i);
    }
  });
  return { vectors, postings };
}

/** Candidates for claim i, best first: cosine over shared terms, found through the inverted index. */
function candidates(i: number, index: ReturnType<typeof buildIndex>, accept: (j: number) => boolean) {
  const { vectors, postings } = index;
  const shared = new Map<number, string[]>();
  for (const t of vectors[i]!.weights.keys()) {
    for (const j of postings.get(t) ?? []) {
      if (j === i || !accept(j)) continue;
      if (!shared.has(j)) shared.set(j, []);
      shared.get(j)!.push(t);
    }
  }
  const out: { j: number; score: number; terms: string[] }[] = [];
  for (const [j, ts] of shared) {
    if (ts.length < LINK_PARAMS.minSharedTerms) continue;
    let dot = 0;
    for (const [t, w] of vectors[i]!.weights) dot += w * (vectors[j]!.weights.get(t) ?? 0);
    const score = dot / (vectors[i]!.norm * vectors[j]!.norm);
    const top = [...ts].sort((a, b) => (vectors[i]!.weights.get(b)! - vectors[i]!.weights.get(a)!) || (a < b ? -1 : 1)).slice(0, 5);
    out.push({ j, score, terms: top.map((t) => t.replace(/^phrase_/, '').replace(/_/g, ' ')) });
  }
  return out.sort((a, b) => b.score - a.score || a.j - b.j);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Explicit targets named in a claim's text. */
export function explicitTargets(claim: LinkInput): { kind: 'rebuts' | 'supports'; text: string; cue: string; start: number; end: number }[] {
  const text = normalise(claim.text);
  for (const { pattern, role } of EXPLICIT_TARGET) {
    const m = new RegExp(pattern, 'i').exec(text);
    if (m?.groups?.target) {
      const start = m.index + m[0].indexOf(m.groups.target);
      return [{ kind: role, text: claim.text.slice(start, start + m.groups.target.length).trim(), cue: m[0].slice(0, m[0].indexOf(m.groups.target)).trim() || m[0], start, end: start + m.groups.target.length }];
    }
  }
  return [];
}

export function link(claims: LinkInput[]): { edges: Edge[]; externals: ExternalTarget[] } {
  const edges: Edge[] = [];
  const externals: ExternalTarget[] = [];
  const index = buildIndex(claims);
  const byComment = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (!byComment.has(c.comment)) byComment.set(c.comment, []);
    byComment.get(c.comment)!.push(i);
  });

  claims.forEach((c, i) => {
    if (c.role !== 'objection' && c.role !== 'support') return;
    const kind = c.role === 'objection' ? 'rebuts' : 'supports';
    const named = explicitTargets(c);
    if (named.length) {
      for (const t of named) {
        const key = `${c.comment}:${t.text.toLowerCase()}`;
        externals.push({ key, text: t.text, from: c.id, start: t.start, end: t.end });
        edges.push({ source: c.id, target: `external:${key}`, kind: t.kind, evidence: { rule: 'explicit-target', cue: t.cue } });
      }
      return;
    }
    const siblings = byComment.get(c.comment)!;
    const before = siblings.filter((j) => claims[j]!.index < c.index);
    if (before.length) {
      const target = claims[before[before.length - 1]!]!;
      const evidence: Evidence = { rule: 'cue-within-comment' };
      if (c.cue) evidence.cue = c.cue;
      edges.push({ source: c.id, target: target.id, kind, evidence });
      return;
    }
    const best = candidates(i, index, (j) => claims[j]!.comment !== c.comment)[0];
    if (best && best.score >= LINK_PARAMS.answerThreshold) {
      const evidence: Evidence = { rule: 'similar-claim', score: round(best.score), terms: best.terms };
      if (c.cue) evidence.cue = c.cue;
      edges.push({ source: c.id, target: claims[best.j]!.id, kind, evidence });
    }
  });

  const related = new Set<string>();
  claims.forEach((c, i) => {
    const found = candidates(i, index, (j) => claims[j]!.author !== c.author)
      .filter((x) => x.score >= LINK_PARAMS.relatesThreshold)
      .slice(0, LINK_PARAMS.relatesTopK);
    for (const x of found) {
      const other = claims[x.j]!;
      const [a, b] = c.id < other.id ? [c.id, other.id] : [other.id, c.id];
      if (related.has(`${a} ${b}`)) continue;
      related.add(`${a} ${b}`);
      edges.push({ source: a, target: b, kind: 'relates', evidence: { rule: 'shared-topic', score: round(x.score), terms: x.terms } });
    }
  });
  return { edges, externals };
}
