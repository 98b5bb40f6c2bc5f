/**
 * Segment: a comment's text → sentences with character offsets. Intl.Segmenter does the splitting;
 * the repairs below fix what it gets wrong on forum text ("et. al.", "vs.", "(humans?) have",
 * "place.Another"). Sentences never cross a paragraph break.
 */
import type { Comment } from '../schemas/comment.ts';
import type { Offsets } from '../schemas/common.ts';
import type { MineStep, SentenceRecord } from './mining.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a period does not end a sentence (lowercased, with their final "."). */
const ABBREVIATIONS = new Set([
  'et.', 'al.', 'vs.', 'v.', 'cf.', 'c.f.', 'e.g.', 'eg.', 'i.e.', 'ie.', 'etc.', 'approx.', 'fig.', 'figs.',
  'no.', 'nos.', 'p.', 'pp.', 'sec.', 'ch.', 'vol.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'jr.', 'sr.',
  'ca.', 'resp.', 'incl.', 'esp.', 'viz.', 'eq.', 'eqs.', 'ref.', 'refs.', 'ed.', 'eds.', 'u.s.', 'u.k.',
]);

/** Split `text` into trimmed sentences, as offsets into `text`. */
export function segment(text: string): Offsets[] {
  const raw: Offsets[] = [];
  for (const s of segmenter.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
  // Repair 1: a period glued to the next sentence ("place.Another") is a boundary the segmenter missed.
  const split: Offsets[] = [];
  for (const r of raw) {
    let start = r.start;
    const piece = text.slice(r.start, r.end);
    for (const m of piece.matchAll(/[\p{Ll}\d)”"’]{2}[.!?](?=[\p{Lu}][\p{Ll}])/gu)) {
      const cut = r.start + m.index + m[0].length;
      // Not inside a URL or a dotted name ("e.g.Foo" is rare; "example.Com" in a URL is not a boundary).
      const word = text.slice(text.lastIndexOf(' ', cut) + 1, cut);
      if (/[/@]|^www\./i.test(word)) continue;
      split.push({ start, end: cut });
      start = cut;
    }
    split.push({ start, end: r.end });
  }
  // Repair 2: merge a piece into the one before when the boundary was not one.
  const merged: Offsets[] = [];
  for (const s of split) {
    const prev = merged[merged.length - 1];
    if (prev && !crossesParagraph(text, prev, s) && falseBoundary(text.slice(prev.start, prev.end), text.slice(s.start, s.end))) {
      prev.end = s.end;
    } else {
      merged.push({ ...s });
    }
  }
  return merged.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

function crossesParagraph(text: string, a: Offsets, b: Offsets): boolean {
  return /\n/.test(text.slice(a.start, b.start).trimStart()) || /\n\s*$/.test(text.slice(a.start, a.end));
}

/** Was the boundary between `prev` and `next` a false one? */
export function falseBoundary(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (n === '') return true;
  const lastWord = (p.match(/\S+$/)?.[0] ?? '').toLowerCase().replace(/^[("“‘']+/, '');
  // "Berglund et. al. (2023)", "vs. Gemma3", "c.f. 'explaining away'".
  if (ABBREVIATIONS.has(lastWord)) return true;
  // "(humans?) have": the question mark closed a parenthesis, the sentence goes on.
  if (/[?!][)\]]$/.test(p) && /^\p{Ll}/u.test(n)) return true;
  // A sentence does not start in lower case or with a closing bracket; a list-number "2." is not an end.
  if (/^[\p{Ll})\]]/u.test(n)) return true;
  if (/^\d{1,2}\.$/.test(p)) return true;
  return false;
}

function trim(text: string, s: Offsets): Offsets {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index (in the comment) of the paragraph an offset of its text falls in. */
function paragraphAt(comment: Comment, offset: number): number {
  const k = comment.paragraphs.findIndex((q) => offset >= q.offsets.start && offset <= q.offsets.end);
  return k === -1 ? 0 : k;
}

/** The segment step: every comment → its sentences, each placed in its paragraph (roles come next). */
export const segmentStep: MineStep = {
  name: 'segment',
  run(m) {
    const records: SentenceRecord[] = [];
    for (const comment of m.corpus.comments) {
      const { text } = comment.data;
      for (const offsets of segment(text)) {
        const paragraph = paragraphAt(comment.data, offsets.start);
        records.push({ comment, offsets, text: text.slice(offsets.start, offsets.end), paragraph, decision: { role: 'aside', rule: 'fragment' }, words: 0 });
      }
    }
    return { ...m, records };
  },
};
