/**
 * Spans: sentences with roles → argumentative units. A unit is one sentence, or a sentence and the ones
 * it cannot be read without (a parenthesis it opens, a restatement, a short continuation). Pure.
 */
import type { Comment, Role } from '../schemas/comment.ts';
import type { Offsets } from '../schemas/common.ts';
import type { Entry } from './corpus.ts';
import type { RoleDecision } from './mine.ts';

/** One sentence of a comment, with its role decision. */
export interface SentenceRecord {
  comment: Entry<Comment>;
  offsets: Offsets;
  text: string;
  /** Paragraph (index in the comment) the sentence is in. */
  paragraph: number;
  decision: RoleDecision;
  words: number;
}

/** An argumentative unit: one sentence, or a sentence and the ones that continue it. */
export interface Unit {
  sentences: SentenceRecord[];
  role: Exclude<Role, 'aside'>;
  decision: RoleDecision;
  /** Why later sentences were merged into the first. */
  span?: string;
}

/** More "(" than ")": the sentence opens a parenthesis that a later sentence closes. */
const unclosed = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

/**
 * Why `next` continues the unit `unit` instead of starting its own, or null. Only within a paragraph,
 * and only for sentences that cannot stand alone as a claim on the map:
 *  - unclosed-parenthesis: "(This is on the margin." + "Here I'm focused on … if they tried.)";
 *  - restatement: "I.e. replicating their methodology wouldn't be very exciting.";
 *  - short-continuation: a plain sentence of at most 4 words ("This isn't shocking!");
 *  - short-lead: the unit is a plain opening sentence of at most 5 words ("The results are quite mixed.").
 */
export function continuesUnit(unit: Unit, next: SentenceRecord): string | null {
  const last = unit.sentences[unit.sentences.length - 1]!;
  if (last.paragraph !== next.paragraph || next.decision.role === 'aside') return null;
  if (unclosed(unit.sentences.map((s) => s.text).join(' '))) return 'unclosed-parenthesis';
  if (/^(?:i\.\s?e\.|e\.\s?g\.|that is,)/i.test(next.text)) return 'restatement';
  if (next.decision.rule === 'assertion' && next.words <= 4) return 'short-continuation';
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

