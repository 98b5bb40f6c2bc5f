/**
 * The sentences of a seed file, read from its bytes without the pipeline, so that the check "every
 * sentence is on the site" does not trust the code it checks. Lines the pipeline set aside as a
 * profile header or page furniture are passed in (the caller checks those separately). Every other
 * line is stripped of Markdown syntax and cut into sentences with Intl.Segmenter; a sentence that is
 * hard-wrapped over several lines is checked line by line, piece by piece.
 */

/** What must match between seed and page: the words and punctuation, with Markdown's emphasis and
 * code markers (* _ `) dropped and white space folded, on both sides. */
export const comparable = (s: string) => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** Markdown syntax a reader never sees on the page: quote, list and heading markers, link syntax. */
export function unmarkLine(line: string): string {
  return line
    .replace(/^\s{0,3}(?:>\s?)+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/!\[([^\]]*)\]\(([^)]*)\)/g, (_, alt: string, url: string) => `[image: ${alt || url}]`)
    .replace(/\[([^\]]+)\]\((?:[^)]*)\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Every sentence of a seed file with its line, header and furniture lines (`skip`) left out. */
export function seedSentences(bytes: Uint8Array, skip: Set<number>): { line: number; sentence: string }[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) =>
    skip.has(i + 1) || raw.trim() === ''
      ? []
      : Array.from(segmenter.segment(unmarkLine(raw)), (s) => comparable(s.segment))
          .filter((s) => s !== '')
          .map((sentence) => ({ line: i + 1, sentence })),
  );
}
