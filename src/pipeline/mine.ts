/**
 * Mine: a sentence → its role in the argument (claim, objection, support, question, aside), with the
 * cue that decided it. Deterministic and explainable: the cue lexicon (lexicon.ts) plus wink-nlp's part
 * of speech and negation scope.
 */
import type { Role } from '../schemas/comment.ts';
import { ASIDE, OBJECTION, SUPPORT, compile } from './lexicon.ts';
import { normalise, tokens, type Token } from './nlp.ts';

export interface RoleDecision {
  role: Role;
  /** The rule that decided it. */
  rule: 'aside-cue' | 'question-mark' | 'objection-cue' | 'negated-stance' | 'support-cue' | 'assertion' | 'fragment';
  /** The words that triggered the rule. */
  cue?: string;
}

const aside = compile(ASIDE);
const objection = compile(OBJECTION);
const support = compile(SUPPORT);

/** Verbs of stance that, negated with "I" as subject, turn a sentence against what came before. */
const STANCE_STEMS = new Set(['agre', 'think', 'believ', 'buy', 'convinc', 'see', 'expect']);

function firstMatch(list: ReturnType<typeof compile>, text: string): string | undefined {
  for (const c of list) {
    const m = c.re.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}

/** "I don't agree", "I do not believe": a negated stance verb whose subject is I. */
function negatedStance(toks: Token[]): string | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.negated && t.pos === 'VERB' && STANCE_STEMS.has(t.stem)) {
      const window = toks.slice(Math.max(0, i - 4), i + 1);
      if (window.some((w) => w.value.toLowerCase() === 'i')) return window.map((w) => w.value).join(' ').replace(/ n't/g, "n't");
    }
  }
  return undefined;
}

export function classify(sentence: string): RoleDecision {
  const text = normalise(sentence).trim();
  const cueAside = firstMatch(aside, text);
  if (cueAside) return { role: 'aside', rule: 'aside-cue', cue: cueAside };
  const toks = tokens(text);
  const words = toks.filter((t) => t.type === 'word');
  if (/\?["')\]]*$/.test(text)) return { role: 'question', rule: 'question-mark', cue: '?' };
  const cueObjection = firstMatch(objection, text);
  if (cueObjection) return { role: 'objection', rule: 'objection-cue', cue: cueObjection };
  const stance = negatedStance(toks);
  if (stance) return { role: 'objection', rule: 'negated-stance', cue: stance };
  const cueSupport = firstMatch(support, text);
  if (cueSupport) return { role: 'support', rule: 'support-cue', cue: cueSupport };
  const hasVerb = toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // A short line that introduces what follows ("My setup is:") or has no verb is not a claim.
  if (!hasVerb || words.length < 4 || (text.endsWith(':') && words.length < 9)) return { role: 'aside', rule: 'fragment' };
  return { role: 'claim', rule: 'assertion' };
}

/** A map label: the text cut at a word boundary near `max` characters. */
export function label(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s,;:.(–-]+$/, '')}…`;
}
