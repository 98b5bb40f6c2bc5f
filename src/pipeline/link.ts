/**
 * Link: claims → relations between them, each with its evidence. For an objection or a support, the
 * first rule that finds a target wins:
 *  1. explicit-target: the text names it ("skeptical of the claim that X") → a target node labelled X;
 *  2. answers-quote: it follows a quote in its comment → the quoted claim (another comment's, or outside);
 *  3. another-critique: "Another critique is …" argues against what the comment's first critique did;
 *  4. within the comment, only where the text says so, by an opening connective or demonstrative:
 *     after a concession ("I agree X. But …") it argues against the other side (after-concession: the
 *     comment it replies to); after a claim attributed to someone else ("You say X. But …") it answers
 *     it (answers-attributed); an objection that disputes the words before it ("I dispute that")
 *     rebuts them, and "This is because …" backs them (connective-within-comment); a bare contrast or
 *     demonstrative after the author's own claim ("However, …", "This doesn't mean …") qualifies it
 *     (own-contrast, a `qualifies` link), unless it says what the other side claims ("So you're
 *     claiming X, which is not obvious");
 *  5. explicit-target-in-paragraph: a sibling in its paragraph names the target;
 *  6. in a reply (known from the export, or found from a quote): the parent's claim it quotes
 *     (answers-quote), else the parent's most similar claim, else the one most like the rest of the reply
 *     (reply-similar, over `replyMatcher`'s stems), else its main claim (reply-main-claim), at most
 *     `maxPerReply` per reply;
 *  7. similar-claim: a target another comment names, most similar above a threshold.
 * Then a reply whose objections and supports reached nothing of its parent but a concession ("I agree
 * that X") still answers it: its main point (the first claim after a quote of the parent, else its first argumentative claim) answers the
 * quoted claim, else the parent's most similar claim, else its main claim, in the stance its opening
 * words give (`replyStance`: "Yeah;" supports, "No,"/"I don't agree"/"But" rebuts, a clarification or a
 * disclaimer takes no side; rule `reply-stance`), or, when they say nothing, `unmarkedReply` (rule
 * `reply-unmarked`). Still at most `maxPerReply` per reply.
 * A quote that no objection or support answered is answered by the claim right after it where that claim
 * says its stance or denies the quoted words (rule `quote-point`). A reply carries at most one `relates`
 * link more, from its claim most like a claim of its parent to that claim, where nothing links them yet
 * (rule `reply-topic`).
 * A caveat (role claim, rule `caveat`) qualifies the previous claim of its comment. `relates` links
 * claims of different authors on the same subject (TF-IDF over stems and a phrase table): under one post
 * a shared rare term (same-post-topic), elsewhere a rare and another specific term or a topic phrase
 * (shared-topic), at most `relatesTopK` per claim. Candidates come from an inverted index with a
 * document-frequency cap and top-k, never all pairs.
 */
import type { ClaimRole } from '../schemas/claim.ts';
import type { ClaimRelation, Evidence } from '../schemas/evidence.ts';
import { QUOTE_DENIAL, QUOTE_DENIAL_CONDITION, REPLY_STANCE, ADDRESSES_OTHER_SIDE, ANAPHORIC_OPENING, ANOTHER_OBJECTION, ATTRIBUTED_CLAIM, DISPUTE_BACK_REFERENCE, CONCESSION_OPENING, LINK_CONTRAST_OPENING, EXPLICIT_TARGET, SUPPORT_OPENING, GENERIC_NOUNS, PHRASES, TOPIC_TERMS } from './lexicon.ts';
import { normalise, tokens, type Token } from './nlp.ts';
import { unitText, type MineStep, type Unit } from './mining.ts';
import { stem } from '../lib/stem.ts';

/** What a link points to: a claim of the corpus (or one already made for a quote), or a target the text names. */
export type Target = { claim: string } | { external: string };

export interface LinkInput {
  id: string;
  role: ClaimRole;
  text: string;
  author: string;
  comment: string;
  /** Position of the claim among the claims of its comment. */
  index: number;
  /** Paragraph of the comment the claim starts in. */
  paragraph: number;
  /** The cue that gave the claim its role, if any. */
  cue?: string;
  /** The classifier's rule (`caveat` and `concession` change how the claim links). */
  rule?: string;
  /** Informative terms (see `terms`); computed here when absent. */
  terms?: string[];
  /** Content-word lemmas, verbs, adjectives and adverbs included (see `contentWords`): with the terms, what a reply is matched to its parent on. */
  words?: string[];
  /** Stemmed pairs of adjacent content words (see `wordPairs`); computed here when absent. */
  pairs?: string[];
  /** Comment id of the comment this claim's comment replies to (from the export, or found by a quote). */
  replyTo?: string;
  /** The quoted claim this one answers: it follows the quote in its comment. */
  answers?: string;
  /** The quoted words it answers (`answers`) end with a question: its point answers them, it neither rebuts nor supports them. */
  answersQuestion?: boolean;
  /** The forum post the claim's comment is under (an export's postId): claims under one post share its subject. */
  post?: string;
  /** The quoted claim this one comes after in its comment (answering it or not): in a reply, the parent's claim it is about. */
  quoted?: string;
  /**
   * For a claim of a reply: the reply's first sentences outside quotes, asides included ("Yeah, that
   * seems right."), with their roles: `replyStance` reads how the reply stands to its parent from them.
   */
  opening?: OpeningSentence[];
}

export interface OpeningSentence {
  text: string;
  role: ClaimRole | 'aside';
  rule?: string;
  cue?: string;
}

/** How a reply stands to the comment it answers, from its own opening words. */
export interface Stance {
  /** `null`: it asks or disclaims, it takes no side; `unmarked`: its words say nothing of agreeing or not. */
  kind: 'rebuts' | 'supports' | 'unmarked' | null;
  cue?: string;
  /** "I agree X, but Y": the point is after the turn, not the agreement. */
  afterAgreement?: boolean;
}

/**
 * A reply's stance toward its parent, read from its first sentences (outside quotes): a disclaimer or a
 * request for clarification takes no side; a refusal ("I don't agree", "No,") rebuts; an agreement
 * ("Yeah;", "That seems right") supports, unless a turn follows it ("I agree, but …": the reply argues
 * against the other side, issue 12 item 6); an opening "But"/"Actually", or an objection, rebuts; thanks
 * and greetings are read past. Words that say none of this leave it `unmarked`.
 */
export function replyStance(opening: OpeningSentence[]): Stance {
  const list = opening.slice(0, 3);
  for (let k = 0; k < list.length; k++) {
    const s = list[k]!;
    const t = normalise(s.text).replace(/^[\s"'“”‘’(*_>-]+/, '').trim();
    if (!t) continue;
    if (REPLY_STANCE.disclaimer.test(t) || s.rule === 'disclaimer') return { kind: null, cue: (REPLY_STANCE.disclaimer.exec(t) ?? [s.cue])[0] };
    const clar = REPLY_STANCE.clarification.exec(t);
    if (clar || s.rule === 'clarification-cue') return { kind: null, cue: clar?.[0] ?? s.cue };
    const refusal = REPLY_STANCE.refusal.exec(t);
    if (refusal) return { kind: 'rebuts', cue: refusal[0].trim() };
    const agree = REPLY_STANCE.agreement.exec(t) ?? (s.rule === 'concession' ? { 0: s.cue ?? '', index: 0 } : null);
    if (agree) {
      const rest = t.slice(agree.index + agree[0].length);
      const next = list[k + 1] ? normalise(list[k + 1]!.text).trim() : '';
      const but = REPLY_STANCE.agreeBut.exec(rest) ?? (REPLY_STANCE.turn.test(next) ? REPLY_STANCE.turn.exec(next) : null);
      if (but) return { kind: 'rebuts', cue: `${agree[0].trim()} … ${but[0]}`, afterAgreement: true };
      return { kind: 'supports', cue: agree[0].trim() };
    }
    const turn = REPLY_STANCE.turn.exec(t);
    if (turn) return { kind: 'rebuts', cue: turn[0] };
    if (s.role === 'objection') return { kind: 'rebuts', ...(s.cue ? { cue: s.cue } : {}) };
    if (s.role === 'support' && s.rule === 'concession') return { kind: 'supports', ...(s.cue ? { cue: s.cue } : {}) };
    if (REPLY_STANCE.courtesy.test(t) && s.role === 'aside') continue;
    // A plain question ("I thought I was addressing your premise: do they …?") is read past, like an
    // aside: what the reply then claims says where it stands. A reply of questions only has no point to link.
    if (s.role === 'aside' || s.role === 'question') continue;
    break;
  }
  return { kind: 'unmarked' };
}

export interface Edge {
  source: string;
  target: Target;
  kind: ClaimRelation;
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

/**
 * Tunables, with the reasons for their values. Figures are from the seeds (3 authors, ~140 claims), read
 * off `npm run mine -- --explain` and the score table printed by `node bench/link-scores.ts`.
 */
export const LINK_PARAMS = {
  /**
   * Cosine similarity from which an objection or support with no target in its comment answers a claim of
   * another comment. On the seeds the best such candidates that are true answers score 0.30 and more
   * (a critique of the gradient-hacking explanation ↔ the claim it names); the best false ones stay under
   * 0.25 (shared "model", "training").
   */
  answerThreshold: 0.3,
  /**
   * Similarity from which claims of different authors that share a topic are linked by `relates`. All 60
   * cross-author pairs on the seeds that share a topic phrase are on that topic (read one by one in the
   * table of bench/link-scores.ts); they score 0.045–0.58. Below 0.1 the phrase is a passing mention in a
   * long sentence ("It's a shame that OpenAI won't let researchers access o1 CoT; …"), so those pairs are
   * left to the reader. Pairs without a topic phrase must also pass `minSharedTerms` specific terms.
   */
  relatesThreshold: 0.1,
  /** At least this many shared informative terms behind any similarity link. */
  minSharedTerms: 2,
  /**
   * A similarity link needs one shared term that is specific: a phrase-table term (CoT, alignment faking,
   * …) or a stem found in at most this share of claims. On the seeds, stems in ≤ 3 % of claims (≤ 4 of
   * ~140) are topic words ("faith", "hack", "sandbag"); the generic ones that made false links ("run",
   * "experi", "model", "train") are in 5–25 %.
   */
  specificDocFrequency: 0.03,
  /** …but never count a stem in fewer than this many claims as generic (small corpora). */
  minSpecificCap: 3,
  /**
   * At most this many `relates` links at one claim: a map, not a hairball (at 5, "I naively expect o1's
   * CoT to be more faithful" alone tied into 5 claims of one comment thread on the seeds, which adds
   * lines, not insight). On lw-dev/json, 2 per claim and the rareness rules below give ~700 links for
   * 9,000 claims, where 3 per claim on any two specific terms gave 2,478.
   */
  relatesTopK: 2,
  /**
   * …and a third where the link shares a topic phrase (the debate's named subjects: CoT faithfulness,
   * alignment faking): the seeds' crux pair "I naively expect o1's CoT to be more faithful" ↔ "stories
   * about CoT faithfulness … are no longer very compelling" (0.39) is that claim's third-best partner.
   */
  relatesTopKTopic: 3,
  /**
   * A term is rare when at most this share of claims holds it (and never fewer than `minRareCap`): on
   * lw-dev (9,000 claims, cap 45) the terms that tie two authors' claims to one subject are names and
   * coinages ("Metz", "Matrioshka", "Nonlinear", "takeoff"); the ones in 0.5–3 % ("story", "risk",
   * "food", "proof", "market") tied together claims of unrelated threads: of 14 `relates` links drawn at
   * random from lw-dev/json with the 3 % cap, 11 shared only such words, and 26 of its 2,478 links joined
   * claims under one post. On the seeds (~140 claims) the cap is 4, as `specificDocFrequency` gave.
   */
  rareDocFrequency: 0.005,
  minRareCap: 4,
  /**
   * …and a term is a name of the subject itself when at most this share of claims holds it (at least
   * `minNameCap`): on lw-dev/text (9,621 claims, cap 4) "Matrioshka" (3 claims), "Cade" (3); with one more
   * specific term beside it ("brain", "Metz") it ties two claims across posts as two rare terms do. Of
   * the links whose rarest shared term is in 5–45 claims and that have no second rare one, a sample of
   * 16 held 3 on one subject.
   */
  nameDocFrequency: 0.0005,
  minNameCap: 3,
  /** Terms in more than this share of claims are too common to find candidates with (inverted index cap). */
  maxDocFrequency: 0.12,
  /** …but never cap below this many claims (small corpora). */
  minDocFrequencyCap: 4,
  /**
   * …and never above this many: a term in more than 150 claims finds no candidates (it still counts in
   * the score). Candidate finding costs the sum of the posting lists of a claim's terms, so this keeps
   * linking near-linear: on the 50,000-sentence bench, a cap of 12 % (6,000 claims) made linking
   * quadratic. No term of the seeds is near it.
   */
  maxPostings: 150,
  /**
   * Candidates of a claim are looked up through at most this many of its terms, the rarest first. Seed
   * claims have 0–14 terms (median 4); the pairs that matter share a rare term or a phrase.
   */
  probeTerms: 8,
  /**
   * At most this many candidates scored per claim, taken by number of shared terms: keeps linking near
   * linear on large corpora (the bench has ~50,000 claims). No seed claim has more than 40.
   */
  maxCandidates: 200,
  /**
   * A reply answers a point or two, not every sentence: at most this many rebuts/supports from one reply
   * to the comment it answers (quotes answered included). On lw-dev a reply that answers has 1–3 such
   * points; a fourth objection of the same reply is usually a further argument, not an answer.
   */
  maxPerReply: 3,
  /**
   * Similarity from which a reply's objection or support answers that claim of the parent rather than
   * its main claim. The parent is known, so the choice is among its few claims: any shared informative
   * term says more than position does (on lw-dev/json, dropping the need for a specific term and going
   * from 0.1 to 0.05 moved one gold rebuttal pair from the parent's first claim to the one it answers,
   * and lost none). 0.03 since replies are matched on all their content words (`replyMatcher`): longer
   * vectors give lower cosines ("Yep" → the parent's one claim on "alignment" scores 0.04).
   */
  replyThreshold: 0.03,
  /**
   * With no shared noun, name or word pair, a reply's objection answers the parent claim with which it
   * shares this many stems of content words (verbs, adjectives, adverbs) rather than the parent's main
   * claim: one shared word is chance ("make", "good"), two are a point taken up ("shift" and "learn").
   */
  replyMinWords: 2,
  /**
   * The stance of a reply whose opening says nothing of agreeing or not (`replyStance` → unmarked).
   */
  unmarkedReply: 'rebuts' as 'rebuts' | 'supports' | null,
  /**
   * Likeness (`replyMatcher`'s cosine) from which a reply's claim and a claim of its parent not linked
   * otherwise get a `reply-topic` relates link (at most one per reply). On lw-dev/json, 0.07 gives 24
   * such links, each read: all take up the parent's subject ("a competently executed plan" ~ "a
   * competent US racing to AGI", 0.079; "Analytical people are better at understanding most emotions" ~
   * "I will say analytical and emotional", 0.29); at 0.15 they were 12, the long sentences' take-ups lost.
   */
  replyTopicThreshold: 0.07,
  /**
   * A plain claim after a quote denies it where a negation stands in its first clause, within this many
   * words ("I didn't say that X", "We're not the audience"). Of the 39 such claims on lw-dev/json whose
   * first negation came later, most were reasons, examples or concessions ("In retrospect we should have
   * been clearer; we didn't do that because …").
   */
  denialWords: 10,
} as const;

const genericLemmas = new Set(tokens(GENERIC_NOUNS.join(' ')).map((t) => t.lemma));

/**
 * Informative terms of a text: phrase-table terms plus lemmas of nouns and proper nouns that are not
 * generic. Verbs and adjectives are left out: on the seeds, every cross-author pair that shared only
 * verbs ("think", "run", "make") or adjectives ("interesting") was on different topics.
 */
export function terms(text: string, toks?: Token[]): string[] {
  // Phrase-table terms, and the characters they cover (their words are not counted again). A mask,
  // not a list of ranges: a 1 MB one-line comment has thousands of phrases, and checking each token
  // against every range was quadratic.
  const t = normalise(text);
  const phrases: string[] = [];
  const covered = new Uint8Array(t.length);
  for (const [re, term] of PHRASES) {
    for (const m of t.matchAll(re)) {
      const end = m.index + m[0].length;
      if (covered.subarray(m.index, end).includes(1)) continue;
      phrases.push(term.trim());
      covered.fill(1, m.index, end);
    }
  }
  const inPhrase = (k: Token) => k.start !== -1 && covered[k.start] === 1;
  const list = toks ?? tokens(text);
  const stems: string[] = [];
  for (let n = 0; n < list.length; n++) {
    const k = list[n]!;
    if (k.type !== 'word' || k.stop || k.value.length <= 2 || inPhrase(k)) continue;
    if (/^(?:NOUN|PROPN)$/.test(k.pos)) {
      if (!genericLemmas.has(k.lemma)) stems.push(k.lemma);
      continue;
    }
    // A capitalised word inside a sentence is a name the tagger took for a verb or an adjective ("problems
    // with Said", "Will MacAskill"): kept as written, so it meets the same name elsewhere.
    const prev = list[n - 1];
    if (prev && prev.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(k.value)) stems.push(k.value.toLowerCase());
  }
  return [...phrases, ...stems];
}

/** Verbs too light to say what a sentence is about. */
const LIGHT_VERBS = new Set(['think', 'say', 'make', 'get', 'seem', 'know', 'want', 'mean', 'take', 'give', 'find', 'look', 'need', 'feel', 'like', 'use', 'come', 'tell', 'try', 'keep', 'let', 'put', 'believe', 'agree', 'claim', 'argue']);
/**
 * Adverbs that hedge, grade or place in time ("actually", "pretty", "probably", "currently"): the most
 * frequent non-stop adverbs of any forum thread, and about nothing. Other adverbs say what the sentence
 * is about as their adjective does ("competently" ~ "competent").
 */
const LIGHT_ADVERBS = new Set(['actually', 'pretty', 'maybe', 'eventually', 'probably', 'specifically', 'instead', 'kinda', 'fairly', 'literally', 'fully', 'longer', 'later', 'somewhat', 'clearly', 'completely', 'exactly', 'slightly', 'currently', 'basically', 'particularly', 'possibly', 'away', 'far', 'extremely', 'definitely', 'personally', 'barely', 'ago', 'recently', 'earlier', 'perfectly', 'seriously', 'relatively', 'necessarily', 'finally', 'soon', 'explicitly', 'directly', 'obviously', 'simply', 'likely', 'right', 'similarly', 'plausibly', 'significantly', 'generally', 'ultimately', 'genuinely', 'importantly', 'really', 'just', 'also', 'even', 'still', 'quite', 'very', 'much', 'well', 'already', 'always', 'never', 'often', 'sometimes', 'usually', 'certainly', 'mostly', 'mainly', 'perhaps', 'rather', 'anyway', 'though', 'ever', 'here', 'there', 'now', 'then', 'again', 'sure', 'almost', 'only', 'especially', 'essentially', 'presumably', 'apparently', 'honestly', 'typically', 'totally', 'entirely', 'largely', 'partly', 'roughly', 'merely', 'truly', 'surely', 'hardly']);

/**
 * Lemmas of a text's nouns, verbs, adjectives and adverbs that carry content (not stop words, light
 * verbs, hedging adverbs or generic nouns): with the terms, what a reply and its parent are compared on.
 */
export function contentWords(toks: Token[]): string[] {
  return toks
    .filter((k) => k.type === 'word' && !k.stop && k.lemma.length > 3 && /^(?:NOUN|PROPN|VERB|ADJ|ADV)$/.test(k.pos) && !LIGHT_VERBS.has(k.lemma) && !LIGHT_ADVERBS.has(k.lemma) && !genericLemmas.has(k.lemma))
    .map((k) => k.lemma);
}

/**
 * Two words side by side, neither a stop word ("world models", "emotional intelligence"), as lemmas: a
 * reply that takes up a parent's two-word phrase answers that claim more surely than one that shares a
 * word. Generic nouns count here ("world model"), though not alone. A hyphen joins ("world-model"); a
 * dash with space around it ("safety - research", "safety — research": the tokenizer reads both as "-")
 * ends a clause, and pairs nothing.
 */
export function wordPairs(toks: Token[]): string[] {
  const out: string[] = [];
  let prev: Token | null = null;
  for (let n = 0; n < toks.length; n++) {
    const k = toks[n]!;
    if (k.type === 'punctuation' && k.value === '-') {
      const next = toks[n + 1];
      // Offsets unknown (-1: the tokenizer respelled a word): read it as a hyphen, as before.
      const touches = !prev || !next || prev.start < 0 || k.start < 0 || next.start < 0 || (prev.start + prev.value.length === k.start && k.start + 1 === next.start);
      if (!touches) prev = null;
      continue;
    }
    const word = k.type === 'word' && !k.stop && k.lemma.length > 2 && !LIGHT_VERBS.has(k.lemma) && !LIGHT_ADVERBS.has(k.lemma);
    if (word && prev) out.push(`${prev.lemma} ${k.lemma}`);
    prev = word ? k : null;
  }
  return out;
}

/** Stems already folded, by word (see `linkStem`). */
const stems = new Map<string, string>();

/**
 * A light suffix stemmer for comparing a reply with its parent: the search stemmer (src/lib/stem.ts:
 * plurals, -ing, -ed, -ly, -ment, -ness, -ation, a final e) and two folds of word families English
 * makes from one root, "-ence/-ent/-ance/-ant" (competence, competent, competently → compet; relevance,
 * relevant → relev) and "-al" (emotional, emotionally, emotion → emotion). Each fold keeps a stem of at
 * least four letters ("parent", "event", "agent" stay whole), five for "-al" ("total", "final" stay).
 */
export function linkStem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // A corpus has a vocabulary, not a word per token; a cap keeps a hostile one from growing it forever.
    if (stems.size >= 200_000) stems.clear();
    stems.set(word, (s = foldStem(word)));
  }
  return s;
}
function foldStem(word: string): string {
  let s = stem(word);
  if (/[^a-z]/.test(s)) return s;
  const family = /(?:enci|anci|enc|anc|ent|ant)$/.exec(s);
  if (family && s.length - family[0].length >= 4) s = s.slice(0, -family[0].length);
  else if (s.endsWith('al') && s.length - 2 >= 5) s = s.slice(0, -2);
  return s;
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** TF-IDF vectors and an inverted index over the claims. */
export function buildIndex(claims: LinkInput[]) {
  const termLists = claims.map((c) => c.terms ?? terms(c.text));
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
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const cap = Math.max(LINK_PARAMS.minDocFrequencyCap, Math.min(LINK_PARAMS.maxPostings, Math.floor(n * LINK_PARAMS.maxDocFrequency)));
  const postings = new Map<string, number[]>();
  termLists.forEach((list, i) => {
    for (const t of new Set(list)) {
      if (df.get(t)! > cap || df.get(t)! < 2) continue;
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t)!.push(i);
    }
  });
  const specificCap = Math.max(LINK_PARAMS.minSpecificCap, Math.floor(n * LINK_PARAMS.specificDocFrequency));
  const specific = (t: string) => t.startsWith('phrase_') || df.get(t)! <= specificCap;
  const rareCap = Math.max(LINK_PARAMS.minRareCap, Math.floor(n * LINK_PARAMS.rareDocFrequency));
  const rare = (t: string) => !t.startsWith('phrase_') && df.get(t)! <= rareCap;
  const nameCap = Math.max(LINK_PARAMS.minNameCap, Math.floor(n * LINK_PARAMS.nameDocFrequency));
  const name = (t: string) => !t.startsWith('phrase_') && df.get(t)! <= nameCap;
  return { vectors, postings, specific, rare, name, idf };
}

/** Candidates for claim i, best first: cosine over shared terms, found through the inverted index. */
function candidates(i: number, index: ReturnType<typeof buildIndex>, accept: (j: number) => boolean, onTopic: (j: number, shared: string[]) => boolean) {
  const { vectors, postings } = index;
  const shared = new Map<number, string[]>();
  // Candidates are found through the claim's rarest terms only (they carry most of the score).
  const probe = [...vectors[i]!.weights.keys()].filter((t) => postings.has(t));
  if (probe.length > LINK_PARAMS.probeTerms) probe.sort((a, b) => postings.get(a)!.length - postings.get(b)!.length || (a < b ? -1 : 1)).length = LINK_PARAMS.probeTerms;
  for (const t of probe) {
    for (const j of postings.get(t)!) {
      if (j === i || !accept(j)) continue;
      const list = shared.get(j);
      if (list) list.push(t);
      else shared.set(j, [t]);
    }
  }
  let pairs = [...shared].filter(([j, ts]) => onTopic(j, ts));
  if (pairs.length > LINK_PARAMS.maxCandidates) pairs = pairs.sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).slice(0, LINK_PARAMS.maxCandidates);
  const out: Candidate[] = [];
  for (const [j, ts] of pairs) {
    let dot = 0;
    for (const [t, w] of vectors[i]!.weights) dot += w * (vectors[j]!.weights.get(t) ?? 0);
    const score = dot / (vectors[i]!.norm * vectors[j]!.norm);
    out.push({ j, score, shared: ts });
  }
  return out.sort((a, b) => b.score - a.score || a.j - b.j);
}

interface Candidate {
  j: number;
  score: number;
  /** Shared terms (see `shownTerms`). */
  shared: string[];
}

/** The shared terms an edge shows as evidence: the five that weigh most in claim i, as words. Computed
 * only for the candidates that become edges. */
function shownTerms(index: ReturnType<typeof buildIndex>, i: number, shared: string[]): string[] {
  const w = index.vectors[i]!.weights;
  return [...shared].sort((a, b) => w.get(b)! - w.get(a)! || (a < b ? -1 : 1)).slice(0, 5).map(show);
}

/** Shared terms that make two texts on one topic: a topic phrase, or enough terms with a specific one. */
function sharesTopic(shared: string[], specific: (t: string) => boolean): boolean {
  return shared.some((t) => TOPIC_TERMS.has(t)) || (shared.length >= LINK_PARAMS.minSharedTerms && shared.filter(specific).length >= LINK_PARAMS.minSharedTerms);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Explicit targets named in a claim's text. */
export function explicitTargets(claim: LinkInput): { kind: 'rebuts' | 'supports'; text: string; cue: string; start: number; end: number }[] {
  const text = normalise(claim.text);
  for (const { pattern, role } of EXPLICIT_TARGET) {
    const m = new RegExp(pattern, 'i').exec(text);
    if (m?.groups?.target) {
      const start = m.index + m[0].indexOf(m.groups.target);
      let end = start + m.groups.target.length;
      // Keep a closing quote that the target's punctuation cut off: 'between "HHH" and "alignment."'.
      const opens = (claim.text.slice(start, end).match(/[“"]/g) ?? []).length;
      const closes = (claim.text.slice(start, end).match(/[”]/g) ?? []).length;
      if (opens > closes || (opens % 2 === 1 && !/[”]/.test(claim.text.slice(start, end)))) {
        const close = claim.text.slice(end).search(/[”"]/);
        if (close !== -1 && close <= 2) end += close + 1;
      }
      const text = claim.text.slice(start, end).replace(/[\s.,;:]+$/, '').trim();
      // The cue is the pattern's words around the target: "skeptical of the claim that …", "for … to work".
      const cue = m[0].replace(m.groups.target, '…').replace(/[\s,.;:]+$/, '').trim();
      return [{ kind: role, text, cue, start, end: start + text.length }];
    }
  }
  return [];
}

/** A comment's claims (positions in `claims`) in the order they are read. */
const inReadingOrder = (claims: LinkInput[], list: readonly number[]) => [...list].sort((a, b) => claims[a]!.index - claims[b]!.index || a - b);

interface StemVector {
  weights: Map<string, number>;
  norm: number;
  /** Stems that come from a noun, a name or a phrase (see `terms`). */
  nouns: Set<string>;
  /** Each stem as the claim writes it, for the evidence. */
  words: Map<string, string>;
}

/**
 * What a reply and its parent are compared on, to find which of the parent's few claims a reply's claim
 * answers: its terms and its content words (verbs, adjectives and adverbs included: "a competently
 * executed plan" answers "a competent US racing to AGI"), folded by `linkStem`, weighted by the corpus'
 * IDF. A claim right after a question of its own comment is its answer ("Is it competent policy work?
 * My impression is that no, it's not."): it holds the question's stems too, since a question is never
 * itself a target. A match needs a shared noun, name or phrase, or `replyMinWords` shared words: one
 * shared verb or adjective is chance ("make", "good").
 */
export function replyMatcher(claims: LinkInput[], byComment: Map<string, number[]>) {
  type Bag = { tf: Map<string, number>; nouns: Set<string>; words: Map<string, string> };
  const bagOf = (c: LinkInput): Bag => {
    const tf = new Map<string, number>();
    const nouns = new Set<string>();
    const words = new Map<string, string>();
    const add = (t: string, word: string) => {
      tf.set(t, (tf.get(t) ?? 0) + 1);
      if (!words.has(t)) words.set(t, word);
    };
    for (const t of c.terms ?? terms(c.text)) {
      const s = t.startsWith('phrase_') ? t : linkStem(t);
      nouns.add(s);
      add(s, show(t));
    }
    const toks = c.words && c.pairs ? null : tokens(c.text);
    for (const w of c.words ?? contentWords(toks!)) {
      const s = linkStem(w);
      if (!nouns.has(s)) add(s, w);
    }
    for (const p of c.pairs ?? wordPairs(toks!)) {
      const s = p.split(' ').map(linkStem).join(' ');
      nouns.add(s);
      add(s, p);
    }
    return { tf, nouns, words };
  };
  // Built on first use: a corpus with no reply (the seeds, most plain dumps) pays nothing for it.
  let bags: Bag[] | null = null;
  let df: Map<string, number> | null = null;
  /** The claim before each claim in its comment, if it is a question (its answer holds its stems). */
  let askedBefore: Int32Array | null = null;
  const built = () => {
    if (bags) return bags;
    bags = claims.map(bagOf);
    df = new Map();
    for (const b of bags) for (const t of b.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    askedBefore = new Int32Array(claims.length).fill(-1);
    for (const list of byComment.values()) {
      const ordered = inReadingOrder(claims, list);
      for (let k = 1; k < ordered.length; k++) {
        if (claims[ordered[k - 1]!]!.role === 'question' && claims[ordered[k]!]!.role !== 'question') askedBefore[ordered[k]!] = ordered[k - 1]!;
      }
    }
    return bags;
  };
  const vectors = new Map<number, StemVector>();
  const vector = (i: number): StemVector => {
    const have = vectors.get(i);
    if (have) return have;
    const all = built();
    let { tf, nouns, words } = all[i]!;
    const q = askedBefore![i]!;
    if (q !== -1) {
      // The answer to a question of its own comment holds the question's stems (df counts each claim's own).
      tf = new Map(tf);
      for (const [t, f] of all[q]!.tf) tf.set(t, (tf.get(t) ?? 0) + f);
      nouns = new Set([...nouns, ...all[q]!.nouns]);
      words = new Map([...all[q]!.words, ...words]);
    }
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + claims.length / df!.get(t)!);
      weights.set(t, w);
      sum += w * w;
    }
    const v = { weights, norm: Math.sqrt(sum) || 1, nouns, words };
    vectors.set(i, v);
    return v;
  };
  return {
    vector,
    /** Do the stems claims i and j share make a match (a noun, name or phrase, or `replyMinWords` words)? */
    enough: (i: number, j: number, shared: string[]) =>
      shared.length >= LINK_PARAMS.replyMinWords || shared.some((t) => vector(i).nouns.has(t) || vector(j).nouns.has(t)),
    /** The shared stems as claim i writes them, the five that weigh most. */
    shown: (i: number, shared: string[]) => {
      const v = vector(i);
      return [...shared].sort((a, b) => v.weights.get(b)! - v.weights.get(a)! || (a < b ? -1 : 1)).slice(0, 5).map((t) => v.words.get(t)!);
    },
  };
}

/** Can this claim be what an objection or support within its comment answers? */
const answerable = (c: LinkInput) => c.role !== 'question' && !/:\s*$/.test(c.text);
const isConcession = (c: LinkInput) => c.rule === 'concession' || CONCESSION_OPENING.test(normalise(c.text));

export function link(claims: LinkInput[], progress?: (done: number, total: number) => void): { edges: Edge[]; externals: ExternalTarget[] } {
  const edges: Edge[] = [];
  const externals: ExternalTarget[] = [];
  const index = buildIndex(claims);
  const byComment = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (!byComment.has(c.comment)) byComment.set(c.comment, []);
    byComment.get(c.comment)!.push(i);
  });
  const position = new Map(claims.map((c, i) => [c.id, i]));
  // Targets named in the text, found first so that siblings and later critiques can point to them.
  const named = claims.map((c) => (c.role === 'objection' || c.role === 'support' ? explicitTargets(c) : []));
  const externalKey = (c: LinkInput, text: string) => `${c.comment}:${text.toLowerCase()}`;
  // Target texts named in the corpus, so objections elsewhere can be found similar to them.
  const namedTexts: { key: string; text: string; terms: string[]; author: string; comment: string }[] = [];
  claims.forEach((c, i) => {
    for (const t of named[i]!) {
      const key = externalKey(c, t.text);
      externals.push({ key, text: t.text, from: c.id, start: t.start, end: t.end });
      namedTexts.push({ key, text: t.text, terms: terms(t.text), author: c.author, comment: c.comment });
    }
  });
  const namedByTerm = new Map<string, number[]>();
  namedTexts.forEach((t, k) => {
    for (const term of new Set(t.terms)) {
      if (!namedByTerm.has(term)) namedByTerm.set(term, []);
      namedByTerm.get(term)!.push(k);
    }
  });
  const withEvidence = (e: Evidence, cue?: string): Evidence => (cue && !e.cue ? { ...e, cue } : e);
  // Named targets are found like claims (see `candidates`): through a claim's rarest terms, each named by
  // at most `maxPostings` targets. Without the cap every objection scored every target that shares a
  // common word with it: quadratic once a corpus names thousands of targets.
  const namedProbe = (i: number) => {
    const probe = [...index.vectors[i]!.weights.keys()].filter((t) => (namedByTerm.get(t)?.length ?? 0) > 0 && namedByTerm.get(t)!.length <= LINK_PARAMS.maxPostings);
    if (probe.length > LINK_PARAMS.probeTerms) probe.sort((a, b) => namedByTerm.get(a)!.length - namedByTerm.get(b)!.length || (a < b ? -1 : 1)).length = LINK_PARAMS.probeTerms;
    return probe;
  };
  // Answers from one reply to its parent, so a reply answers a point or two, not every sentence.
  const answeredBy = new Map<string, number>();
  const hasBudget = (c: LinkInput, targetComment: string | undefined) =>
    !targetComment || targetComment === c.comment || (answeredBy.get(`${c.comment}>${targetComment}`) ?? 0) < LINK_PARAMS.maxPerReply;
  const budget = (c: LinkInput, targetComment: string | undefined) => {
    if (!hasBudget(c, targetComment)) return false;
    if (targetComment && targetComment !== c.comment) answeredBy.set(`${c.comment}>${targetComment}`, (answeredBy.get(`${c.comment}>${targetComment}`) ?? 0) + 1);
    return true;
  };
  // One pass over each comment, in claim order: the answerable claim before each claim, the first claim
  // before it that names a rebutted target, and per paragraph the first claims naming a target of each
  // kind. Looking these up per claim kept linking linear in a comment's length (a 20,000-sentence comment
  // took 18 s when every claim filtered its siblings).
  const previousOf = new Int32Array(claims.length).fill(-1);
  const firstCritiqueBefore = new Int32Array(claims.length).fill(-1);
  const namingInParagraph = new Map<string, number[]>();
  for (const list of byComment.values()) {
    const ordered = inReadingOrder(claims, list);
    let prev = -1;
    let critique = -1;
    for (const j of ordered) {
      previousOf[j] = prev;
      firstCritiqueBefore[j] = critique;
      if (answerable(claims[j]!)) prev = j;
      if (critique === -1 && named[j]!.some((t) => t.kind === 'rebuts')) critique = j;
    }
    for (const j of list) {
      for (const kind of new Set(named[j]!.map((t) => t.kind))) {
        const key = `${claims[j]!.comment}\u0000${claims[j]!.paragraph}\u0000${kind}`;
        const firsts = namingInParagraph.get(key) ?? namingInParagraph.set(key, []).get(key)!;
        if (firsts.length < 2) firsts.push(j);
      }
    }
  }
  const commentOf = (id: string) => {
    const j = position.get(id);
    return j === undefined ? undefined : claims[j]!.comment;
  };
  const match = replyMatcher(claims, byComment);
  // The parent's claims a reply can answer, and an index of their stems: built once per parent comment.
  const parents = new Map<string, { list: number[]; postings: Map<string, number[]> }>();
  const parentOf = (parent: string) => {
    let p = parents.get(parent);
    if (!p) {
      const list = (byComment.get(parent) ?? []).filter((j) => answerable(claims[j]!));
      const postings = new Map<string, number[]>();
      for (const j of list) for (const t of match.vector(j).weights.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(j);
      p = { list, postings };
      parents.set(parent, p);
    }
    return p;
  };
  /** The parent's claims most like claim i (by `replyMatcher`'s stems), best first; only those the match allows. */
  const similarInParent = (i: number, parent: string, anyShared = false) => {
    const { postings } = parentOf(parent);
    const author = claims[i]!.author;
    const mine = match.vector(i);
    const dots = new Map<number, { dot: number; shared: string[] }>();
    for (const [t, w] of mine.weights) {
      const list = postings.get(t);
      // A stem in more than `maxPostings` claims of one parent is that comment's common word: looking it
      // up would make a long reply to a long comment quadratic, and it weighs little.
      if (!list || list.length > LINK_PARAMS.maxPostings) continue;
      for (const j of list) {
        if (claims[j]!.author === author) continue;
        const d = dots.get(j) ?? dots.set(j, { dot: 0, shared: [] }).get(j)!;
        d.dot += w * match.vector(j).weights.get(t)!;
        d.shared.push(t);
      }
    }
    const out: { j: number; score: number; shared: string[] }[] = [];
    for (const [j, d] of dots) {
      const score = d.dot / (mine.norm * match.vector(j).norm);
      if (score >= LINK_PARAMS.replyThreshold && (anyShared || match.enough(i, j, d.shared))) out.push({ j, score, shared: d.shared });
    }
    return out.sort((x, y) => y.score - x.score || x.j - y.j);
  };
  /**
   * For a reply: each of its first `maxCandidates` claims with the parent claim most like it, best first
   * (once per reply: a claim with nothing alike itself takes the best pair of another claim).
   */
  const arounds = new Map<string, { i: number; j: number; score: number; shared: string[] }[]>();
  const aroundOf = (comment: string, parent: string) => {
    let list = arounds.get(comment);
    if (!list) {
      list = [];
      for (const k of (byComment.get(comment) ?? []).slice(0, LINK_PARAMS.maxCandidates)) {
        const x = similarInParent(k, parent)[0];
        if (x) list.push({ i: k, ...x });
      }
      list.sort((a, b) => b.score - a.score || a.i - b.i);
      arounds.set(comment, list);
    }
    return list;
  };
  /**
   * The claim of the parent comment a reply's claim answers: the one it quotes before it, else the most
   * similar one (stems of its content words, see `replyMatcher`), else the one most like another claim
   * of the reply, else the main one. A reply to one's own
   * comment continues it rather than answering it, so it answers nothing there.
   */
  const parentTarget = (i: number, parent: string): { j: number; evidence: Evidence } | null => {
    const theirs = parentOf(parent).list.filter((j) => claims[j]!.author !== claims[i]!.author);
    if (!theirs.length) return null;
    // The claim of the parent the reply quotes before it: what the reply says it is answering.
    const quoted = claims[i]!.quoted === undefined ? undefined : position.get(claims[i]!.quoted!);
    if (quoted !== undefined && theirs.includes(quoted)) return { j: quoted, evidence: { rule: 'answers-quote' } };
    const best = similarInParent(i, parent)[0];
    if (best) return { j: best.j, evidence: { rule: 'reply-similar', score: round(best.score), terms: match.shown(i, best.shared) } };
    // Nothing alike in its own words ("I don't think governments are anywhere close to making this
    // calculation"): what the rest of the reply is about says which claim it answers ("people in labs are
    // making this decision" ~ "decision-makers would accept a 20% chance").
    const around = aroundOf(claims[i]!.comment, parent).find((x) => x.i !== i);
    if (around) return { j: around.j, evidence: { rule: 'reply-similar', score: round(around.score), terms: match.shown(around.i, around.shared) } };
    // The main claim: the first plain claim of the parent, else its first answerable claim.
    const main = theirs.find((j) => claims[j]!.role === 'claim') ?? theirs[0]!;
    return { j: main, evidence: { rule: 'reply-main-claim' } };
  };

  claims.forEach((c, i) => {
    if (i % 1000 === 0) progress?.(i, claims.length);
    const previous = previousOf[i] === -1 ? undefined : previousOf[i]!;
    // A caveat the author puts on their own claim qualifies it; it argues neither for nor against.
    if (c.rule === 'caveat') {
      if (previous !== undefined) edges.push({ source: c.id, target: { claim: claims[previous]!.id }, kind: 'qualifies', evidence: withEvidence({ rule: 'caveat' }, c.cue) });
      return;
    }
    if (c.role !== 'objection' && c.role !== 'support') return;
    const kind = c.role === 'objection' ? 'rebuts' : 'supports';
    if (named[i]!.length) {
      for (const t of named[i]!) edges.push({ source: c.id, target: { external: externalKey(c, t.text) }, kind: t.kind, evidence: { rule: 'explicit-target', cue: t.cue } });
      return;
    }
    if (c.answers && budget(c, commentOf(c.answers))) {
      edges.push({ source: c.id, target: { claim: c.answers }, kind, evidence: withEvidence({ rule: 'answers-quote' }, c.cue) });
      return;
    }
    const another = ANOTHER_OBJECTION.exec(c.text);
    if (another && kind === 'rebuts') {
      const first = firstCritiqueBefore[i]!;
      if (first !== -1) {
        const t = named[first]!.find((x) => x.kind === 'rebuts')!;
        edges.push({ source: c.id, target: { external: externalKey(claims[first]!, t.text) }, kind, evidence: { rule: 'another-critique', cue: another[0] } });
        return;
      }
    }
    const replyTo = (j: number, evidence: Evidence) => {
      edges.push({ source: c.id, target: { claim: claims[j]!.id }, kind, evidence: withEvidence(evidence, c.cue) });
    };
    const text = normalise(c.text);
    const opening = ANAPHORIC_OPENING.exec(text);
    if (previous !== undefined && opening) {
      const prev = claims[previous]!;
      const contrast = LINK_CONTRAST_OPENING.exec(text);
      if (contrast && kind === 'rebuts' && isConcession(prev)) {
        // "I agree X. But …": the author argues against the other side, never against their own concession.
        const parent = c.replyTo && hasBudget(c, c.replyTo) ? parentTarget(i, c.replyTo) : null;
        if (parent && budget(c, c.replyTo)) replyTo(parent.j, { ...parent.evidence, rule: 'after-concession', cue: contrast[0] });
        return;
      }
      if (kind === 'rebuts' && ATTRIBUTED_CLAIM.test(prev.text)) {
        edges.push({ source: c.id, target: { claim: prev.id }, kind, evidence: withEvidence({ rule: 'answers-attributed', cue: opening[0] }, c.cue) });
        return;
      }
      // "I somewhat dispute that": it says it argues against the words before it, even the author's own.
      // A bare demonstrative ("This seems heretical", "That doesn't mean X") after the author's own claim
      // qualifies it (below); where those words were quoted, the quote already took the rebuttal
      // (answers-quote: a marked quote, or a plain dump's lost-marks quote, quote.ts).
      const back = DISPUTE_BACK_REFERENCE.exec(text);
      if (kind === 'rebuts' && back) {
        edges.push({ source: c.id, target: { claim: prev.id }, kind, evidence: withEvidence({ rule: 'connective-within-comment', cue: back[0] }, c.cue) });
        return;
      }
      const backs = SUPPORT_OPENING.exec(text);
      if (kind === 'supports' && backs) {
        edges.push({ source: c.id, target: { claim: prev.id }, kind, evidence: withEvidence({ rule: 'connective-within-comment', cue: backs[0] }, c.cue) });
        return;
      }
      if (kind === 'rebuts' && !ADDRESSES_OTHER_SIDE.test(text)) {
        // "X. However, Y" / "X. This doesn't hold, though" with nothing saying X is someone else's: the
        // author qualifies their own claim; they do not rebut themselves. "So you're claiming X, which is
        // not obvious" addresses the other side: it answers them (below), not the author's own X.
        edges.push({ source: c.id, target: { claim: prev.id }, kind: 'qualifies', evidence: withEvidence({ rule: 'own-contrast', cue: (contrast ?? opening)[0] }, c.cue) });
        return;
      }
    }
    const sibling = (namingInParagraph.get(`${c.comment}\u0000${c.paragraph}\u0000${kind}`) ?? []).find((j) => j !== i);
    if (sibling !== undefined) {
      const t = named[sibling]!.find((x) => x.kind === kind)!;
      edges.push({ source: c.id, target: { external: externalKey(claims[sibling]!, t.text) }, kind, evidence: withEvidence({ rule: 'explicit-target-in-paragraph', cue: t.cue }) });
      return;
    }
    if (c.replyTo) {
      // A reply: its objections and supports answer the comment it replies to (a point or two).
      const parent = hasBudget(c, c.replyTo) ? parentTarget(i, c.replyTo) : null;
      if (parent && budget(c, c.replyTo)) replyTo(parent.j, parent.evidence);
      return;
    }
    // Across comments, with no reply known: only a target that another comment names ("the post's claim
    // that X") is similar enough to answer. Claim-to-claim similarity is left to `relates`: on lw-dev
    // (1,363 real comments) 1 of 99 such answers followed a true reply; topic words are shared by comments
    // of different threads far more often than by a reply and its parent.
    const bestNamed = [...new Set(namedProbe(i).flatMap((t) => namedByTerm.get(t)!))]
      .map((k) => namedTexts[k]!)
      .filter((t) => t.comment !== c.comment)
      .map((t) => ({ t, ...similarity(index, i, t.terms) }))
      .filter((x) => sharesTopic(x.shared, index.specific))
      .sort((a, b) => b.score - a.score || (a.t.key < b.t.key ? -1 : 1))[0];
    if (bestNamed && bestNamed.score >= LINK_PARAMS.answerThreshold) {
      const evidence: Evidence = { rule: 'similar-claim', score: round(bestNamed.score), terms: bestNamed.shared.slice(0, 5).map(show) };
      edges.push({ source: c.id, target: { external: bestNamed.t.key }, kind, evidence: withEvidence(evidence, c.cue) });
    }
  });

  // A reply answers its parent: one with no objection or support that reached the parent still answers
  // it with its main point (the first claim after a quote, else its first argumentative claim), in the
  // stance its own opening words give (`replyStance`).
  // A concession ("I agree that X") grants the parent a point; it is not the reply's own point, which
  // still answers the parent.
  const pointsMade = new Set<string>();
  const linked = new Set<string>();
  for (const e of edges) {
    if ('claim' in e.target) linked.add(`${e.source}\u0000${e.target.claim}`);
    if ((e.kind !== 'rebuts' && e.kind !== 'supports') || !('claim' in e.target)) continue;
    const c = claims[position.get(e.source)!]!;
    if (c.replyTo && commentOf(e.target.claim) === c.replyTo && !isConcession(c)) pointsMade.add(c.comment);
  }
  for (const list of byComment.values()) {
    const first = claims[list[0]!]!;
    const parent = first.replyTo;
    if (!parent || !first.opening || pointsMade.has(first.comment)) continue;
    const stance = replyStance(first.opening);
    const kind = stance.kind === 'unmarked' ? LINK_PARAMS.unmarkedReply : stance.kind;
    if (!kind) continue;
    const ordered = inReadingOrder(claims, list);
    const points = ordered.filter((j) => answerable(claims[j]!) && claims[j]!.rule !== 'caveat' && !(stance.afterAgreement && isConcession(claims[j]!)));
    const main = points.find((j) => claims[j]!.answers !== undefined) ?? points[0];
    if (main === undefined) continue;
    const c = claims[main]!;
    // A parent that only asks (no claim to answer): an explicit "Yes"/"No" still answers its question.
    const asked = (byComment.get(parent) ?? []).find((j) => claims[j]!.author !== c.author);
    const target = parentTarget(main, parent) ?? (stance.kind && stance.kind !== 'unmarked' && asked !== undefined ? { j: asked, evidence: { rule: 'reply-main-claim' } as Evidence } : null);
    // A concession that already answered this claim says so once.
    if (!target || linked.has(`${c.id}\u0000${claims[target.j]!.id}`) || !budget(c, parent)) continue;
    const { rule: _, ...found } = target.evidence;
    const evidence: Evidence = { rule: stance.kind === 'unmarked' ? 'reply-unmarked' : 'reply-stance', ...(stance.cue ? { cue: stance.cue } : {}), ...found };
    edges.push({ source: c.id, target: { claim: claims[target.j]!.id }, kind, evidence });
    linked.add(`${c.id}\u0000${claims[target.j]!.id}`);
  }

  // A quote answered by no objection or support is still answered by the claim right after it, the
  // point the comment makes about the quoted words, in the stance its words give (`replyStance` over it
  // and the claims after it: "Yeah;" supports, "No," rebuts) or where it denies them (QUOTE_DENIAL: "> X
  // is what they want. / We're not the audience for X"). A plain claim that does neither says nothing of
  // stance, and an answer to a quoted question ("> Do you ever take painkillers? / I haven't for a
  // while") neither rebuts nor supports it (rule `quote-point`).
  const answered = new Set<string>();
  for (const e of edges) if ((e.kind === 'rebuts' || e.kind === 'supports') && 'claim' in e.target) answered.add(`${claims[position.get(e.source)!]!.comment}\u0000${e.target.claim}`);
  for (const list of byComment.values()) {
    const ordered = inReadingOrder(claims, list);
    ordered.forEach((j, k) => {
      const c = claims[j]!;
      if (c.role !== 'claim' || c.answers === undefined || c.answersQuestion || c.rule === 'caveat' || answered.has(`${c.comment}\u0000${c.answers}`)) return;
      const opening: OpeningSentence[] = ordered.slice(k, k + 3).map((x) => ({ text: claims[x]!.text, role: claims[x]!.role, ...(claims[x]!.rule ? { rule: claims[x]!.rule } : {}), ...(claims[x]!.cue ? { cue: claims[x]!.cue } : {}) }));
      const stance = replyStance(opening);
      // The denial is in the claim's main clause, its first words: a negation further on ("In retrospect
      // we should have been clearer; we didn't do that because …") says why, it does not deny.
      const head = normalise(c.text).split(/[,;:(—]|\s-\s|\bbut\b/i)[0]!.split(/\s+/).slice(0, LINK_PARAMS.denialWords).join(' ');
      const denial = stance.kind === 'unmarked' && !QUOTE_DENIAL_CONDITION.test(head.replace(/^[\s"'(*_>-]+/, '')) ? QUOTE_DENIAL.exec(head) : null;
      const kind = denial ? 'rebuts' : stance.kind === 'unmarked' ? null : stance.kind;
      const cue = denial?.[0] ?? stance.cue;
      if (!kind || !budget(c, commentOf(c.answers))) return;
      edges.push({ source: c.id, target: { claim: c.answers }, kind, evidence: { rule: 'quote-point', ...(cue ? { cue } : {}) } });
      answered.add(`${c.comment}\u0000${c.answers}`);
      linked.add(`${c.id}\u0000${c.answers}`);
    });
  }

  // relates: claims of different authors on one subject, a map of the debate where nobody replied. Under
  // one post (an export's postId) a shared rare term is enough: the post already sets the subject. Across
  // posts, or where posts are unknown (plain dumps), it takes two rare terms, or a name-rare one and
  // another specific one ("Matrioshka" and "brain"), or a topic phrase.
  // Every claim proposes its best candidates; the pairs are then taken best first while both ends have
  // room (`relatesTopK`), so no claim becomes a hub that ties everything together.
  const rareShared = (ts: string[]) => ts.filter(index.rare).length;
  const samePost = (i: number, j: number) => claims[i]!.post !== undefined && claims[i]!.post === claims[j]!.post;
  const topical = (i: number, j: number, ts: string[]) =>
    ts.some((t) => TOPIC_TERMS.has(t)) ||
    (samePost(i, j) ? rareShared(ts) >= 1 : rareShared(ts) >= LINK_PARAMS.minSharedTerms || (ts.some(index.name) && sharesTopic(ts, index.specific)));
  const proposals = new Map<string, { a: number; b: number; score: number; from: number; shared: string[] }>();
  claims.forEach((c, i) => {
    for (const x of candidates(i, index, (j) => claims[j]!.author !== c.author, (j, ts) => topical(i, j, ts)).slice(0, LINK_PARAMS.relatesTopKTopic)) {
      if (x.score < LINK_PARAMS.relatesThreshold) break;
      const [a, b] = c.id < claims[x.j]!.id ? [i, x.j] : [x.j, i];
      const key = `${a} ${b}`;
      if (!proposals.has(key)) proposals.set(key, { a, b, score: x.score, from: i, shared: x.shared });
    }
  });
  const degree = new Map<number, number>();
  const ordered = [...proposals.values()].sort((x, y) => y.score - x.score || (claims[x.a]!.id < claims[y.a]!.id ? -1 : claims[x.a]!.id > claims[y.a]!.id ? 1 : claims[x.b]!.id < claims[y.b]!.id ? -1 : 1));
  for (const p of ordered) {
    const phrase = p.shared.some((t) => TOPIC_TERMS.has(t));
    const cap = phrase ? LINK_PARAMS.relatesTopKTopic : LINK_PARAMS.relatesTopK;
    if ((degree.get(p.a) ?? 0) >= cap || (degree.get(p.b) ?? 0) >= cap) continue;
    degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
    degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
    const rule = samePost(p.a, p.b) && !phrase && rareShared(p.shared) < LINK_PARAMS.minSharedTerms && !(p.shared.some(index.name) && sharesTopic(p.shared, index.specific)) ? 'same-post-topic' : 'shared-topic';
    edges.push({ source: claims[p.a]!.id, target: { claim: claims[p.b]!.id }, kind: 'relates', evidence: { rule, score: round(p.score), terms: shownTerms(index, p.from, p.shared) } });
  }

  // A reply that answers its parent on one point may take up another: it carries at most one `relates`
  // link (rule `reply-topic`), from its claim most like a claim of the parent to that claim, where the
  // pair is not linked yet and the likeness reaches `replyTopicThreshold` (a score that high on one
  // shared word is a rare word: "a competently executed plan" ~ "a competent US racing to AGI").
  for (const e of edges) if ('claim' in e.target) linked.add(`${e.source}\u0000${e.target.claim}`).add(`${e.target.claim}\u0000${e.source}`);
  for (const list of byComment.values()) {
    const parent = claims[list[0]!]!.replyTo;
    if (!parent || !byComment.has(parent)) continue;
    let best: { i: number; j: number; score: number; shared: string[] } | null = null;
    for (const i of list.slice(0, LINK_PARAMS.maxCandidates)) {
      for (const x of similarInParent(i, parent, true)) {
        if (x.score < LINK_PARAMS.replyTopicThreshold || (best && x.score <= best.score)) break;
        if (!linked.has(`${claims[i]!.id}\u0000${claims[x.j]!.id}`)) {
          best = { i, ...x };
          break;
        }
      }
    }
    if (best) edges.push({ source: claims[best.i]!.id, target: { claim: claims[best.j]!.id }, kind: 'relates', evidence: { rule: 'reply-topic', score: round(best.score), terms: match.shown(best.i, best.shared) } });
  }
  progress?.(claims.length, claims.length);
  return { edges, externals };
}

const show = (t: string) => t.replace(/^phrase_/, '').replace(/_/g, ' ');

/** Cosine between claim i and a text's terms (weighted with the corpus' IDF), and the terms they share. */
function similarity(index: ReturnType<typeof buildIndex>, i: number, other: string[]) {
  const v = index.vectors[i]!;
  const tf = new Map<string, number>();
  for (const t of other) if (index.idf.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  let dot = 0;
  let sum = 0;
  const shared: string[] = [];
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * index.idf.get(t)!;
    sum += w * w;
    const mine = v.weights.get(t);
    if (mine) {
      dot += mine * w;
      shared.push(t);
    }
  }
  shared.sort((a, b) => v.weights.get(b)! - v.weights.get(a)! || (a < b ? -1 : 1));
  return { score: sum ? dot / (v.norm * Math.sqrt(sum)) : 0, shared };
}

/** The link step: the units as link inputs (their tokens reused for the terms) → edges and named targets. */
export const linkStep: MineStep = {
  name: 'link',
  run(m, ctx) {
    const { units } = m;
    const indexInComment = new Map<Unit, number>();
    let comment: Unit['sentences'][number]['comment'] | null = null;
    let k = 0;
    for (const u of units) {
      if (u.sentences[0]!.comment !== comment) {
        comment = u.sentences[0]!.comment;
        k = 0;
      }
      indexInComment.set(u, k++);
    }
    /** A unit's tokens, placed in the unit's text (the sentences' own tokens, shifted). */
    const unitTokens = (u: Unit): Token[] => {
      const base = u.sentences[0]!.offsets.start;
      return u.sentences.flatMap((s) => m.tokens.get(s)!.map((t) => (t.start === -1 ? t : { ...t, start: t.start + s.offsets.start - base })));
    };

    // The first sentences of each reply outside quotes, asides included: how it opens toward its parent.
    const openings = new Map<string, OpeningSentence[]>();
    for (const r of m.records) {
      const id = r.comment.id;
      if (!m.replyTo.has(id)) continue;
      const list = openings.get(id) ?? openings.set(id, []).get(id)!;
      if (list.length >= 3 || r.quote || r.comment.data.paragraphs[r.paragraph]?.kind === 'quote') continue;
      list.push({ text: r.text, role: r.decision.role, ...(r.decision.rule ? { rule: r.decision.rule } : {}), ...(r.decision.cue ? { cue: r.decision.cue } : {}) });
    }
    const inputs: LinkInput[] = units.map((u) => {
      const first = u.sentences[0]!;
      const toks = unitTokens(u);
      const input: LinkInput = {
        id: m.claimIdOf.get(u)!,
        role: u.role,
        text: unitText(u).text,
        author: first.comment.data.author,
        comment: first.comment.id,
        index: indexInComment.get(u)!,
        paragraph: first.paragraph,
        terms: terms(unitText(u).text, toks),
        words: contentWords(toks),
        pairs: wordPairs(toks),
      };
      if (u.decision.cue) input.cue = u.decision.cue;
      if (u.decision.rule) input.rule = u.decision.rule;
      const parent = m.replyTo.get(first.comment.id);
      if (parent) input.replyTo = parent;
      const post = first.comment.data.forum?.postId;
      if (post) input.post = post;
      const opening = openings.get(first.comment.id);
      if (opening) input.opening = opening;
      const answered = m.answers.get(u);
      if (answered) {
        input.answers = answered;
        if (/\?["'”’)\]*_\s]*$/.test(m.claims.get(answered)?.text ?? '')) input.answersQuestion = true;
      }
      const quoted = m.quotedBefore.get(u);
      if (quoted) input.quoted = quoted;
      return input;
    });
    return { ...m, ...link(inputs, (done, total) => ctx.progress('link', done, total)) };
  },
};
