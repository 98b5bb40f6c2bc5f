/**
 * Spans: sentences with roles → argumentative units. A unit is one sentence, or a sentence and the ones
 * it cannot be read without (a parenthesis it opens, a restatement, a short continuation). Pure.
 */
import type { Comment } from '../schemas/comment.ts';
import type { Entry } from './corpus.ts';
import { DANGLING_OPENING, LIST_REFERENCE } from './lexicon.ts';
import type { MineStep, SentenceRecord, Unit } from './mining.ts';

export type { SentenceRecord, Unit } from './mining.ts';

/** More "(" than ")": the sentence opens a parenthesis that a later sentence closes. */
const unclosed = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

/** "3)" that refers to a list item, not the ")" closing a parenthesis ("(see figure 3)"). */
export function listReference(text: string): boolean {
  for (const m of text.matchAll(LIST_REFERENCE)) {
    const before = text.slice(0, m.index);
    if (!unclosed(before)) return true;
  }
  return false;
}

/** The most sentences a unit takes in because a sentence points back to it. */
const MAX_JOINED = 3;
/** A sentence longer than this that opens with "This …" says enough to stand alone. */
const DANGLING_MAX_WORDS = 15;

/**
 * Why `next` continues the unit `unit` instead of starting its own, or null. Only within a paragraph
 * (but for a dangling opening, which may answer the paragraph before), and only for sentences that cannot
 * stand alone as a claim on the map:
 *  - unclosed-parenthesis: "(This is on the margin." + "Here I'm focused on … if they tried.)";
 *  - restatement: "I.e. replicating their methodology wouldn't be very exciting.";
 *  - short-continuation: a plain sentence of at most 4 words ("This isn't shocking!");
 *  - list-reference: a sentence that names list items ("Maybe 3) could be a subset of 2)") joins the
 *    sentence that introduced them;
 *  - dangling-opening: a short plain sentence that opens with "This/It/So …" standing for what was just
 *    said ("This is why the second run failed.") joins it, even from the start of the next paragraph;
 *  - short-lead: the unit is a plain opening sentence of at most 5 words ("The results are quite mixed.").
 */
export function continuesUnit(unit: Unit, next: SentenceRecord): string | null {
  const last = unit.sentences[unit.sentences.length - 1]!;
  if (next.decision.role === 'aside') return null;
  const plain = next.decision.rule === 'assertion' || next.decision.rule === 'contrast';
  const dangling = plain && unit.sentences.length < MAX_JOINED && next.words <= DANGLING_MAX_WORDS && DANGLING_OPENING.test(next.text);
  // "This …" opening a paragraph stands for the paragraph just before it (the unit ends that paragraph).
  if (last.paragraph + 1 === next.paragraph) return dangling ? 'dangling-opening' : null;
  if (last.paragraph !== next.paragraph) return null;
  if (unclosed(unit.sentences.map((s) => s.text).join(' '))) return 'unclosed-parenthesis';
  if (/^(?:i\.\s?e\.|e\.\s?g\.|that is,)/i.test(next.text)) return 'restatement';
  if (next.decision.rule === 'assertion' && next.words <= 4) return 'short-continuation';
  if (plain && unit.sentences.length < MAX_JOINED && listReference(next.text)) return 'list-reference';
  if (dangling) return 'dangling-opening';
  if (unit.sentences.length === 1 && unit.decision.rule === 'assertion' && last.words <= 5 && /[.!]$/.test(last.text)) {
    const first = last.comment.data.paragraphs[last.paragraph]!.offsets.start === last.offsets.start;
    if (first) return 'short-lead';
  }
  return null;
}

/** Sentences → units, per comment: asides stay out, continuations join the unit before them. */
export function spans(sentences: SentenceRecord[]): Unit[] {
  const units: Unit[] = [];
  let open: Unit | null = null;
  let comment: Entry<Comment> | null = null;
  for (const s of sentences) {
    if (s.comment !== comment) {
      open = null;
      comment = s.comment;
    }
    const why = open ? continuesUnit(open, s) : null;
    if (open && why) {
      open.sentences.push(s);
      open.span ??= why;
      // A plain lead takes the role of what follows it ("The results are quite mixed. On the other, …").
      if (open.decision.rule === 'assertion' && s.decision.role !== 'claim') {
        open.decision = s.decision;
        open.role = s.decision.role as Unit['role'];
      }
      continue;
    }
    if (s.decision.role === 'aside') {
      open = null;
      continue;
    }
    open = { sentences: [s], role: s.decision.role, decision: s.decision };
    units.push(open);
  }
  return units;
}

/** The spans step: a unit is a sentence, or a short span when one sentence cannot stand alone. */
export const spansStep: MineStep = { name: 'spans', run: (m) => ({ ...m, units: spans(m.records) }) };
