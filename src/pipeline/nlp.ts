/**
 * The one place that talks to wink-nlp: tokens with lemma, part of speech, negation and stop-word flags,
 * and where each token starts in its text. Curly apostrophes are made straight first ("I’m" otherwise
 * stays one token); normalising keeps every offset, since each replacement is one character for one.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Only the steps the miner reads: sentence breaks (negation scope ends there), negation and part of
// speech. The full default pipeline (entities, sentiment, …) took 4.9× as long on the bench corpus, and
// Porter stems 10× as long as lemmas, which also read better as evidence ("explanation", not "explan").
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;

export interface Token {
  /** The token as written (after apostrophe normalisation). */
  value: string;
  /** Lowercase lemma ("experiments" → "experiment", "believed" → "believe"). */
  lemma: string;
  /** Universal POS tag (NOUN, VERB, AUX, PROPN, …). */
  pos: string;
  /** Inside the scope of a negation ("not", "n't", "never"). */
  negated: boolean;
  /** A stop word ("the", "of", …). */
  stop: boolean;
  /** word, number, punctuation, … */
  type: string;
  /** Offset of the token in the text it was read from (-1 if wink changed its spelling). */
  start: number;
}

/** Normalise typography for matching: straight quotes and apostrophes, plain dashes. Keeps the length. */
export function normalise(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

/** Tokens of a normalised chunk, each placed by searching its value from the previous token's end. */
function read(chunk: string): Token[] {
  const doc = nlp.readDoc(chunk);
  const t = doc.tokens();
  const value = t.out(its.value) as string[];
  // wink-nlp types its.lemma with an addon signature that `out` does not accept; it works at run time.
  const lemma = t.out(its.lemma as unknown as typeof its.value) as string[];
  const pos = t.out(its.pos) as string[];
  const negated = t.out(its.negationFlag) as unknown as boolean[];
  const stop = t.out(its.stopWordFlag) as unknown as boolean[];
  const type = t.out(its.type) as string[];
  let cursor = 0;
  return value.map((v, i) => {
    const at = chunk.indexOf(v, cursor);
    // A token more than a few characters away was respelled by wink: do not let it skip text.
    const start = at !== -1 && at - cursor <= 4 ? at : -1;
    if (start !== -1) cursor = start + v.length;
    // wink gives no lemma for some tokens it leaves whole ("cannot" before a comma, in "humans cannot,
    // but this is fine."): the word itself stands in, as for any word the lemmatiser does not know.
    return { value: v, lemma: (lemma[i] ?? v).toLowerCase(), pos: pos[i] ?? 'X', negated: negated[i] ?? false, stop: stop[i] ?? false, type: type[i] ?? 'word', start };
  });
}

export function tokens(text: string): Token[] {
  return read(normalise(text));
}

/**
 * Tokens of many texts at once: wink-nlp costs ~0.7 ms per call on top of its ~2 MB/s, so texts are read
 * in chunks of about `chunkChars` characters. Each text ends its own sentence in the chunk (a "." is
 * added after it if it lacks an end), so negation scope and tags do not leak from one text into the next.
 */
export function tokensOfMany(texts: string[], chunkChars = 50_000): Token[][] {
  const out: Token[][] = new Array(texts.length);
  let k = 0;
  while (k < texts.length) {
    let chunk = '';
    const starts: number[] = [];
    const first = k;
    while (k < texts.length && (chunk.length === 0 || chunk.length + texts[k]!.length < chunkChars)) {
      starts.push(chunk.length);
      chunk += normalise(texts[k]!);
      chunk += /[.!?]["')\]]*\s*$/.test(texts[k]!) ? '\n\n' : ' .\n\n';
      k++;
    }
    const toks = read(chunk);
    let j = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = start + texts[first + i]!.length;
      const mine: Token[] = [];
      while (j < toks.length && (toks[j]!.start === -1 || toks[j]!.start < end)) {
        const t = toks[j]!;
        if (t.start === -1 || t.start >= start) mine.push({ ...t, start: t.start === -1 ? -1 : t.start - start });
        j++;
      }
      // Skip the added end and separators.
      while (j < toks.length && toks[j]!.start !== -1 && toks[j]!.start < (starts[i + 1] ?? Infinity) && toks[j]!.start >= end) j++;
      out[first + i] = mine;
    }
  }
  return out;
}
