/**
 * Words for page text, and the one text cutter: every place that shortens a text (claim labels,
 * page titles and descriptions, graph labels, folded cards) cuts it here, the same way.
 */

/** Counted nouns for page text: `count(1, 'comment')` → "1 comment", `count(2, 'comment')` → "2 comments". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * Where to cut `flat` (white space folded) near `max` characters: at the last space when it lies past
 * `minFraction` of `max`, else at `max`.
 */
function cutPoint(flat: string, max: number, minFraction = 0.6): number {
  const space = flat.slice(0, max + 1).lastIndexOf(' ');
  return space > max * minFraction ? space : max;
}

const TRAILING = /[\s,;:.(–-]+$/;

/** Text cut at a word boundary near `max` characters, with "…" when cut: labels, titles, descriptions. */
export function cutAtWord(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, cutPoint(flat, max)).replace(TRAILING, '')}…`;
}

/**
 * The first whole words of `text` that fit in `max` characters, with "…" when cut: a graph label of
 * a few words. Only a first word longer than `max` is cut inside itself.
 */
export function firstWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, cutPoint(flat, max, 0)).replace(TRAILING, '')}…`;
}

/**
 * A long text split for a card that folds: `head` (about `max` characters, cut at a word) and `tail`,
 * the rest; `head + tail` is the whole text (white space folded). Texts that fit, or would leave
 * less than a fifth of `max` to fold away, come back whole, with an empty tail: folding a few words
 * costs the reader a click for nothing.
 */
export function fold(text: string, max: number): { head: string; tail: string } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max * 1.2) return { head: flat, tail: '' };
  const at = cutPoint(flat, max);
  return { head: flat.slice(0, at), tail: flat.slice(at) };
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
  if (k < words.length) out[out.length - 1] = cutAtWord(`${out[out.length - 1]} ${words.slice(k).join(' ')}`, perLine);
  return out;
}
