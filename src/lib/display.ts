/**
 * Display: how a claim's words are shown on cards and on the map (its `label`), as opposed to its `text`,
 * which stays exactly the source words. Two repairs a reader needs: stray Markdown at the start of a
 * sentence ("---More interestingly", "- item", "## Heading") is dropped, and the holes left where a
 * formula was stripped from the source ("where corresponds much more strongly to than .") are marked,
 * never left as bare gaps. Pure; used by the miner (labels) and by the claim page (its full text).
 */
import { cutAtWord } from './words.ts';

/** Shown where a formula was stripped from the source. */
export const FORMULA_MISSING = '[formula missing in the source]';

/** Markdown left at the start of a sentence: rules ("---"), bullets, headings, emphasis runs, quote marks. */
const LEADING_MARKUP = /^(?:\s*(?:-{2,}|\*{2,}|_{2,}|={2,}|#{1,6}(?=\s)|>(?=\s)|[-*+•](?=\s)))+\s*/;

/** The sentence without the Markdown at its start ("---More interestingly" → "More interestingly"). */
export function stripMarkup(text: string): string {
  const m = LEADING_MARKUP.exec(text);
  return m && m[0].length < text.length ? text.slice(m[0].length) : text;
}

/*
 * Where a formula was stripped, words are left that cannot stand next to each other:
 *  - a space before a closing punctuation mark (" than .", " of ,"): the stripped term stood there;
 *  - a word that needs a term after it, followed by one that needs a term before it ("to than",
 *    "between and", "the and");
 *  - a clause opened by "where" whose verb has no subject, at the start of a line ("where corresponds");
 *  - a lone "s", the plural ending of a stripped symbol ("and s are observed behaviours").
 */
const HOLES: [RegExp, string][] = [
  [/(?<=\S) (?=[.,;:!?](?:\s|$))/g, ` ${FORMULA_MISSING}`],
  [/\b(?:to|of|from|by|with|between|the)(?= than\b)/gi, `$& ${FORMULA_MISSING}`],
  [/\b(?:between|the|of)(?= (?:and|or|to)\b)/gi, `$& ${FORMULA_MISSING}`],
  [/^where(?= [a-z]+s\b)/g, `$& ${FORMULA_MISSING}`],
  [/(?<= )s(?= (?:are|is|were|was|and|of)\b)/g, `${FORMULA_MISSING}s`],
];

/** The text with each formula hole marked (FORMULA_MISSING), for display only. */
export function markHoles(text: string): string {
  let out = text;
  for (const [re, by] of HOLES) out = out.replace(re, by);
  return out;
}

/** A claim's words as a reader should see them, in full: what the claim page shows in place of `text`. */
export function displayText(text: string): string {
  return markHoles(stripMarkup(text));
}

/** The label of a claim (cards, the map, graph.json): its display text cut at a word boundary near 90 characters. */
export function label(text: string): string {
  return cutAtWord(displayText(text));
}
