/**
 * A light English stemmer for search: folds the endings a reader does not mean to distinguish
 * ("faithfulness" → "faithful", "reasoning" / "reasons" → "reason", "models" → "model", "aligned" /
 * "alignment" → "align"). Deliberately cautious (a stem keeps at least three or four letters and a
 * vowel), since two words wrongly folded together cost more than two forms missed: names and short
 * words are left alone. Pure and dependency-free, so the search worker stays small.
 */
const VOWEL = /[aeiouy]/;
/** Suffix, what replaces it, and the shortest stem it may leave. First match wins (longest first). */
const SUFFIXES: [string, string, number][] = [
  ['fulness', 'ful', 3],
  ['ousness', 'ous', 3],
  ['iveness', 'ive', 3],
  ['lessness', 'less', 3],
  ['ness', '', 4],
  ['ments', '', 4],
  ['ment', '', 4],
  ['ations', '', 4],
  ['ation', '', 4],
  ['ingly', '', 4],
  ['edly', '', 4],
  ['ings', '', 3],
  ['ing', '', 3],
  ['ed', '', 3],
  ['ly', '', 4],
];

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /[^a-z]/.test(w)) return w;
  // Plurals and third persons.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, replacement, min] of SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length >= min && VOWEL.test(base)) {
      w = base + replacement;
      // "hacking" → "hack", "stopped" → "stop"; but "fall", "pass", "buzz" keep their pair.
      if (!replacement && /([b-df-hj-km-np-rtv-xz])\1$/.test(w)) w = w.slice(0, -1);
    }
    break;
  }
  // "argue" / "arguing" / "argued" → "argu", "make" / "making" → "mak".
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
