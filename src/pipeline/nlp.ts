/**
 * The one place that talks to wink-nlp: tokens with stem, part of speech, negation and stop-word flags.
 * Curly apostrophes are made straight first ("I’m" otherwise stays one token).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

export interface Token {
  /** The token as written (after apostrophe normalisation). */
  value: string;
  /** Lowercase Porter stem. */
  stem: string;
  /** Universal POS tag (NOUN, VERB, AUX, PROPN, …). */
  pos: string;
  /** Inside the scope of a negation ("not", "n't", "never"). */
  negated: boolean;
  /** A stop word ("the", "of", …). */
  stop: boolean;
  /** word, number, punctuation, … */
  type: string;
}

/** Normalise typography for matching: straight quotes and apostrophes, plain dashes. */
export function normalise(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

export function tokens(text: string): Token[] {
  const doc = nlp.readDoc(normalise(text));
  const t = doc.tokens();
  const value = t.out(its.value) as string[];
  // wink-nlp types its.stem with an addon signature that `out` does not accept; it works at run time.
  const stem = t.out(its.stem as unknown as typeof its.value) as string[];
  const pos = t.out(its.pos) as string[];
  const negated = t.out(its.negationFlag) as unknown as boolean[];
  const stop = t.out(its.stopWordFlag) as unknown as boolean[];
  const type = t.out(its.type) as string[];
  return value.map((v, i) => ({ value: v, stem: stem[i]!, pos: pos[i]!, negated: negated[i]!, stop: stop[i]!, type: type[i]! }));
}
