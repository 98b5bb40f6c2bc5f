/**
 * Cutting text into pieces to wrap: a comment's paragraphs at sentence or claim boundaries (to link
 * each sentence to its claim, or to mark one claim in its comment), and a sentence around a mention.
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

/** Cut a text at a word boundary near `max` characters, with "…" when cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1).replace(/\s+\S*$/, '');
  const head = cut.length > max * 0.5 && cut.length <= max ? cut : t.slice(0, max);
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * A label wrapped into at most `lines` lines of about `perLine` characters (words kept whole unless a
 * word alone is too long), the last line cut with "…" when the text does not fit.
 */
export function wrapLabel(text: string, perLine: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean).map((w) => w.slice(0, perLine));
  const out: string[] = [];
  let k = 0;
  while (k < words.length && out.length < lines) {
    let line = words[k++]!;
    while (k < words.length && `${line} ${words[k]}`.length <= perLine) line += ` ${words[k++]}`;
    out.push(line);
  }
  if (k < words.length) out[out.length - 1] = shorten(`${out[out.length - 1]} ${words.slice(k).join(' ')}`, perLine);
  return out;
}
