/**
 * Mine: a sentence → its role in the argument (claim, objection, support, question, aside), with the
 * rule and cue that decided it. Deterministic and explainable: the cue lexicon (lexicon.ts) plus
 * wink-nlp's part of speech and negation scope. The rules are one ordered decision list (`classify`).
 */
import type { Role } from '../schemas/comment.ts';
import {
  ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_MAX_WORDS, ASIDE, CAVEAT, CHALLENGE_QUESTION, CLARIFICATION, CONCESSION, CONTRAST_OPENING, COUNTER_SIGNAL,
  DENIAL, DISCLAIMER, EQUATION, EXPLICIT_TARGET, OBJECTION, STRONG_OBJECTION, SUPPORT, compile,
} from './lexicon.ts';
import { normalise, tokens, type Token } from './nlp.ts';
import { stripMarkup } from '../lib/display.ts';
export { label } from '../lib/display.ts';
import { cutAtWord } from '../lib/words.ts';

/** The longest cue kept as evidence, in characters. */
const CUE_MAX = 48;

export interface RoleDecision {
  role: Role;
  /** The rule that decided it. */
  rule:
    | 'aside-cue' | 'quote' | 'acknowledgement' | 'title' | 'clarification-cue' | 'question-mark' | 'challenge-question'
    | 'objection-cue' | 'denial' | 'correction' | 'negated-stance' | 'contrast' | 'caveat' | 'concession' | 'disclaimer'
    | 'explicit-target-cue' | 'support-cue' | 'assertion' | 'fragment' | 'table';
  /** The words that triggered the rule. */
  cue?: string;
}

export interface ClassifyOptions {
  /** The sentence is the whole of its paragraph (a post title pasted on its own line, say). */
  wholeParagraph?: boolean;
}

const aside = compile(ASIDE);
const acknowledgement = compile(ACKNOWLEDGEMENT);
const clarification = compile(CLARIFICATION);
const strongObjection = compile(STRONG_OBJECTION);
const objection = compile(OBJECTION);
const support = compile(SUPPORT);
const denial = compile(DENIAL);
const challenge = compile(CHALLENGE_QUESTION);
const caveat = compile(CAVEAT);
const concession = compile(CONCESSION);
const disclaimer = compile(DISCLAIMER);
const contrastOpening = compile(CONTRAST_OPENING);
const counterSignal = compile(COUNTER_SIGNAL);
const explicit = EXPLICIT_TARGET.map((t) => ({ ...t, re: new RegExp(t.pattern, 'i') }));

/** Verbs of stance that, negated with "I" as subject, turn a sentence against what came before. */
const STANCE_VERBS = new Set(['agree', 'think', 'believe', 'buy', 'convince', 'see', 'expect']);

function firstMatch(list: ReturnType<typeof compile>, text: string): string | undefined {
  if (!list.any.test(text)) return undefined;
  for (const c of list) {
    const m = c.re.exec(text);
    // A frame can match a long stretch ("is X, not Y"): the evidence keeps its first words.
    if (m) return cutAtWord(m[0].trim(), CUE_MAX);
  }
  return undefined;
}

/** "I don't agree", "I do not believe": a negated stance verb whose subject is I. */
function negatedStance(toks: Token[]): string | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.negated && t.pos === 'VERB' && STANCE_VERBS.has(t.lemma)) {
      // Wide enough for fillers between the subject and the verb: "I do just, like, don't think".
      const window = toks.slice(Math.max(0, i - 8), i + 1);
      const subject = window.map((w) => w.value.toLowerCase()).lastIndexOf('i');
      if (subject !== -1) return window.slice(subject).map((w) => w.value).join(' ').replace(/ n't/g, "n't");
    }
  }
  return undefined;
}

/**
 * A title pasted on its own line ("Exploring belief states in LLM chains of thought"): a short whole
 * paragraph with no auxiliary, no pronoun and no finite verb (verbs only as "-ing"/"-ed" forms, or after
 * a preposition or article, where the tagger calls a noun like "thought" a verb).
 */
function isTitle(toks: Token[], words: Token[]): boolean {
  if (words.length < 3 || words.length > 14) return false;
  if (toks.some((t) => t.pos === 'AUX' || t.pos === 'PRON' || t.value === '?' || t.value === '!')) return false;
  return toks.every((t, i) => t.pos !== 'VERB' || /(?:ing|ed)$/i.test(t.value) || /^(?:ADP|DET)$/.test(toks[i - 1]?.pos ?? ''));
}

/**
 * The role of one sentence, with the rule and cue that decided it. `toks` may be passed in to save a parse.
 * The order is the decision list: what the sentence does (asks, denies, hedges, concedes) is read before
 * the word it opens with, so "But I do like the rest" is a concession and "But I somewhat dispute that" a
 * denial, and a leading "But" alone is a contrast within the author's own argument.
 */
export function classify(sentence: string, options: ClassifyOptions = {}, toks: Token[] = tokens(sentence)): RoleDecision {
  const text = stripMarkup(normalise(sentence)).trim();
  const cueAside = firstMatch(aside, text);
  if (cueAside) return { role: 'aside', rule: 'aside-cue', cue: cueAside };
  const words = toks.filter((t) => t.type === 'word');
  const ack = firstMatch(acknowledgement, text);
  if (ack && words.length <= ACKNOWLEDGEMENT_MAX_WORDS && !explicit.some((t) => t.re.test(text))) return { role: 'aside', rule: 'acknowledgement', cue: ack };
  const cueClarification = firstMatch(clarification, text);
  if (cueClarification) return { role: 'question', rule: 'clarification-cue', cue: cueClarification };
  const cueDisclaimer = firstMatch(disclaimer, text);
  if (cueDisclaimer) return { role: 'claim', rule: 'disclaimer', cue: cueDisclaimer };
  const strong = firstMatch(strongObjection, text);
  if (strong) return { role: 'objection', rule: 'objection-cue', cue: strong };
  if (/\?["')\]”’]*$/.test(text)) {
    const cueChallenge = firstMatch(challenge, text);
    if (cueChallenge) return { role: 'objection', rule: 'challenge-question', cue: cueChallenge };
    return { role: 'question', rule: 'question-mark', cue: '?' };
  }
  if (options.wholeParagraph && isTitle(toks, words)) return { role: 'aside', rule: 'title' };
  if (options.wholeParagraph && EQUATION.test(text)) return { role: 'objection', rule: 'correction', cue: '=' };
  const cueDenial = firstMatch(denial, text);
  if (cueDenial) return { role: 'objection', rule: 'denial', cue: cueDenial };
  // An objection that hedges or concedes on the way ("I doubt it, but I could be wrong") is an objection.
  const cueObjection = firstMatch(objection, text);
  if (cueObjection) return { role: 'objection', rule: 'objection-cue', cue: cueObjection };
  const stance = negatedStance(toks);
  if (stance) return { role: 'objection', rule: 'negated-stance', cue: stance };
  const cueCaveat = firstMatch(caveat, text);
  if (cueCaveat) return { role: 'claim', rule: 'caveat', cue: cueCaveat };
  const cueConcession = firstMatch(concession, text);
  if (cueConcession) return { role: 'support', rule: 'concession', cue: cueConcession };
  const opening = firstMatch(contrastOpening, text);
  if (opening) {
    // "However, it is more limited than …" pushes back; "But the fun part is …" carries the argument on.
    const rest = text.slice(opening.length);
    return counterSignal.any.test(rest) ? { role: 'objection', rule: 'objection-cue', cue: opening } : { role: 'claim', rule: 'contrast', cue: opening };
  }
  for (const t of explicit) {
    const m = t.re.exec(text);
    if (m) return { role: t.role === 'rebuts' ? 'objection' : 'support', rule: 'explicit-target-cue', cue: m[0].replace(m.groups!.target!, '…').replace(/[\s,.;:]+$/, '').trim() };
  }
  const cueSupport = firstMatch(support, text);
  if (cueSupport) return { role: 'support', rule: 'support-cue', cue: cueSupport };
  const hasVerb = toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // A short line that introduces what follows ("My setup is:") or has no verb is not a claim.
  if (!hasVerb || words.length < 4 || (text.endsWith(':') && words.length < 9)) return { role: 'aside', rule: 'fragment' };
  return { role: 'claim', rule: 'assertion' };
}
