/**
 * Cutting text into pieces to wrap: a comment's paragraphs at sentence or claim boundaries (to link
 * each sentence to its claim, or to mark one claim in its comment), and a sentence around a mention.
 * (Shortening a text is words.ts's job: one cutter for the site.)
 * Pure and string-only: the components interpolate the pieces, so nothing is ever parsed as HTML.
 */
import type { Inline, Paragraph } from '../schemas/comment.ts';

/** Character range in a comment's text, end exclusive (like the schemas' offsets). */
export interface Span {
  start: number;
  end: number;
}

/** Consecutive inline pieces of a paragraph that fall in the same range (or in none). */
export interface Segment {
  /** Index into the ranges passed in, or undefined for text outside them. */
  range?: number;
  /** The pieces, with their formatting and links kept. */
  runs: Inline[];
}

/**
 * Cut a paragraph's inline runs at the edges of `ranges` (offsets into the comment's text) and group
 * consecutive pieces by the range they fall in. Ranges should not overlap; where they do, the first wins.
 * Joining every run's text gives back the paragraph's text exactly.
 */
export function segmentParagraph(p: Paragraph, ranges: readonly Span[]): Segment[] {
  const inside = ranges
    .map((r, i) => ({ start: Math.max(r.start, p.offsets.start), end: Math.min(r.end, p.offsets.end), i }))
    .filter((r) => r.start < r.end);
  const cuts = [...new Set(inside.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const rangeAt = (pos: number) => inside.find((r) => r.start <= pos && pos < r.end)?.i;
  const segments: Segment[] = [];
  let pos = p.offsets.start;
  for (const run of p.inlines) {
    const end = pos + run.text.length;
    const points = [pos, ...cuts.filter((c) => c > pos && c < end), end];
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      if (a === b) continue;
      const piece: Inline = { ...run, text: run.text.slice(a - pos, b - pos) };
      const range = rangeAt(a);
      const last = segments[segments.length - 1];
      if (last && last.range === range) last.runs.push(piece);
      else segments.push(range === undefined ? { runs: [piece] } : { range, runs: [piece] });
    }
    pos = end;
  }
  return segments;
}

/** Whether a segment holds a link of its own (then it cannot be wrapped in another link). */
export function hasLink(segment: Segment): boolean {
  return segment.runs.some((r) => r.href !== undefined);
}

/** A piece of a highlighted text. */
export interface Piece {
  text: string;
  mark: boolean;
}

/**
 * `text` cut around the first occurrence of `needle` (exact, else ignoring case), the occurrence
 * marked. Without an occurrence, the whole text, unmarked.
 */
export function highlight(text: string, needle: string): Piece[] {
  if (!needle) return [{ text, mark: false }];
  let at = text.indexOf(needle);
  if (at < 0) at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return [{ text, mark: false }];
  const pieces: Piece[] = [];
  if (at > 0) pieces.push({ text: text.slice(0, at), mark: false });
  pieces.push({ text: text.slice(at, at + needle.length), mark: true });
  if (at + needle.length < text.length) pieces.push({ text: text.slice(at + needle.length), mark: false });
  return pieces;
}

/**
 * The paragraphs of a comment to show around a span (a claim marked in its comment): those the span
 * touches and `around` on each side, with how many are left out before and after. A long comment
 * (lw-dev has comments of 40 paragraphs) then shows its claim where the reader looks, not 6,000 pixels
 * down; short comments (up to `whole` paragraphs) show whole.
 */
export function aroundSpan<P extends { offsets: { start: number; end: number } }>(
  paragraphs: readonly P[],
  span: Span,
  around = 1,
  whole = 5,
): { shown: P[]; before: number; after: number } {
  if (paragraphs.length <= whole) return { shown: [...paragraphs], before: 0, after: 0 };
  const hit = paragraphs.map((p, i) => (p.offsets.start < span.end && span.start < p.offsets.end ? i : -1)).filter((i) => i >= 0);
  if (hit.length === 0) return { shown: [...paragraphs], before: 0, after: 0 };
  const first = Math.max(0, hit[0]! - around);
  const last = Math.min(paragraphs.length - 1, hit[hit.length - 1]! + around);
  return { shown: paragraphs.slice(first, last + 1), before: first, after: paragraphs.length - 1 - last };
}
