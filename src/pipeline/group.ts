/**
 * Group: paragraphs → comments. The dumps do not mark where one comment ends, so a paragraph is
 * joined to the one before it only when a rule says it continues it; each join records its rule.
 */
import type { RawParagraph } from './ingest.ts';

export interface Join {
  /** Index (within the group) of the paragraph that was attached. */
  paragraph: number;
  rule: string;
  cue?: string;
}

export interface Group {
  paragraphs: RawParagraph[];
  joins: Join[];
}

/** Openings that continue the previous paragraph's thought. Matched at the start, case-sensitive. */
const CONTINUATIONS = [
  'Similarly,', 'Part of the', 'However,', 'On the other side,', 'On the other hand,', 'In particular,',
  'Concretely,', 'Moreover,', 'Furthermore,', 'Additionally,', 'Also,', 'Otherwise,', 'For example,',
  'Another question', 'Another critique', 'Another thing', 'So,', 'Thus,', 'Therefore,', 'That said,',
  'Edit:', 'PS:', 'P.S.', 'PD:',
];

/**
 * Openings that start a new reply rather than continue one ("I mostly agree, but …", "Thanks for …").
 * They stop the weaker joins: on the seeds, "Just flagging that another cross-post has been collecting
 * some comments:" ends with a colon because a link followed it, and "I mostly agree" after it is a new reply.
 */
const REPLY_OPENER = /^(?:I (?:mostly |fully |strongly |partly )?(?:agree|disagree)\b|Thanks\b|Thank you\b|Yep\b|Yes,|No,|Agreed\b|That makes sense\b|Great (?:post|question)\b|Ah\b|Hey\b|Hi\b)/;

/**
 * A paragraph that opens with "This"/"These" refers to what came just before ("This doesn't provide
 * evidence, though, …", "This issue is real"), unless it names what it refers to (a post, a paper) or
 * only praises it.
 */
const DEMONSTRATIVE = /^\(?(?:This|These)\b(?! (?:post|article|paper|piece|essay|is (?:a )?(?:great|excellent|really|very|cool|nice)))/;

/** An enumeration label: "Case 1:", "Step 2", "Option B". */
const LABEL = /^(Case|Step|Part|Option|Point) (\d+|[A-Z])\b/;
const previousLabel = (label: string) => (/^\d+$/.test(label) ? String(Number(label) - 1) : String.fromCharCode(label.charCodeAt(0) - 1));

/** Why paragraph `next` continues paragraph `prev` (of the same group so far), or null. */
export function continues(prev: RawParagraph, next: RawParagraph, groupSoFar: RawParagraph[]): Omit<Join, 'paragraph'> | null {
  const p = prev.text.trimEnd();
  const n = next.text.trimStart();
  const group = groupSoFar.map((g) => g.text).join('\n');
  // Markup with no words ("---", "***") separates nothing on its own: it stays with what came before.
  if (!/[\p{L}\p{N}]/u.test(n)) return { rule: 'no-words', cue: n.slice(0, 10) };
  if (/\b(?:Regarding|Re:?)$/.test(p)) return { rule: 'regarding-fragment', cue: p.match(/\S+$/)![0] };
  // The fragment after "Regarding" is followed by the answer to it.
  const before = groupSoFar[groupSoFar.length - 2];
  if (before && /\b(?:Regarding|Re:?)$/.test(before.text.trimEnd()) && prev === groupSoFar[groupSoFar.length - 1]) {
    return { rule: 'answer-to-fragment', cue: before.text.trimEnd().match(/\S+$/)![0] };
  }
  if (prev.kind === 'quote' && next.kind !== 'quote') return { rule: 'answer-to-quote', cue: '>' };
  if (next.kind === 'quote' && prev.kind === 'quote') return { rule: 'quote-continues', cue: '>' };
  if (/^["“'‘].*\?["”'’]?$/.test(p)) return { rule: 'answer-to-quoted-question', cue: '?' };
  const reply = n.match(REPLY_OPENER);
  if (reply && next.kind !== 'item') return null;
  if (p.endsWith(':')) return { rule: 'ends-with-colon', cue: ':' };
  if (p.endsWith(',')) return { rule: 'ends-with-comma', cue: ',' };
  if (next.kind === 'item' && (prev.kind === 'item' || p.endsWith(':'))) return { rule: 'list-continues', cue: '-' };
  const dash = n.match(/^(?:-{1,3}|•|\*)\s*(?=\S)/);
  if (dash && groupSoFar.some((g) => /^(?:-{1,3}|•|\*)/.test(g.text) || g.text.trimEnd().endsWith(':'))) {
    return { rule: 'list-continues', cue: dash[0].trim() };
  }
  // "Case 2" continues a group that has "Case 1"; "Maybe 5) …" continues one that discussed "3)" and "2)".
  const step = n.match(LABEL);
  if (step && new RegExp(`\\b${step[1]} ${previousLabel(step[2]!)}\\b`).test(group)) return { rule: 'enumeration-continues', cue: `${step[1]} ${step[2]}` };
  const numbered = n.match(/^(?:\S+\s){0,2}?\(?(\d)\)/);
  if (numbered && /(?:^|\s)\(?\d\)/.test(group)) return { rule: 'enumeration-continues', cue: `${numbered[1]})` };
  // "… in case B it would …" refers to a case the group set out ("Case 1: This is either A: …, vs B: …").
  const refersToCase = n.match(/\bin case [A-Z\d]\b/i);
  if (refersToCase && /\bCase [A-Z\d]\b/.test(group)) return { rule: 'refers-to-case', cue: refersToCase[0] };
  // A paragraph that stops mid-sentence ("…observationally similar to") goes on in the next one.
  if (/[\p{L}\d]$/u.test(p) && (/^\p{Ll}/u.test(n) || /^(?:Case|Step|Part) (?:1|one|A)\b|^\(?1[.)]/.test(n))) {
    return { rule: 'unfinished-sentence', cue: p.match(/\S+$/)![0] };
  }
  // "Some thoughts." introduces what follows.
  if (/^(?:some|a few|my|quick|two|three|several|random)\b[\p{L}\s]{0,20}\b(?:thoughts|comments|notes|points|questions|remarks)\s?[.:]$/iu.test(p) && groupSoFar.length === 1) {
    return { rule: 'short-intro', cue: p };
  }
  const cue = CONTINUATIONS.find((c) => n.startsWith(c));
  if (cue) return { rule: 'continuation-cue', cue };
  const also = n.match(/^(?:[\p{L}']+\s){1,3}also\b/u);
  if (also) return { rule: 'also-continues', cue: also[0] };
  const demonstrative = n.match(DEMONSTRATIVE);
  if (demonstrative) return { rule: 'demonstrative-opening', cue: demonstrative[0] };
  return null;
}

/** Group paragraphs into comments, in file order. */
export function group(paragraphs: RawParagraph[]): Group[] {
  const groups: Group[] = [];
  for (const para of paragraphs) {
    const current = groups[groups.length - 1];
    const why = current ? continues(current.paragraphs[current.paragraphs.length - 1]!, para, current.paragraphs) : null;
    if (current && why) {
      current.joins.push({ paragraph: current.paragraphs.length, ...why });
      current.paragraphs.push(para);
    } else {
      groups.push({ paragraphs: [para], joins: [] });
    }
  }
  return groups;
}
