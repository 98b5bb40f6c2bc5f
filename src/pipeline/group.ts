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

/** Why paragraph `next` continues paragraph `prev` (of the same group so far), or null. */
export function continues(prev: RawParagraph, next: RawParagraph, groupSoFar: RawParagraph[]): Omit<Join, 'paragraph'> | null {
  const p = prev.text.trimEnd();
  const n = next.text.trimStart();
  // Markup with no words ("---", "***") separates nothing on its own: it stays with what came before.
  if (!/[\p{L}\p{N}]/u.test(n)) return { rule: 'no-words', cue: n.slice(0, 10) };
  if (p.endsWith(':')) return { rule: 'ends-with-colon', cue: ':' };
  if (p.endsWith(',')) return { rule: 'ends-with-comma', cue: ',' };
  if (/\b(?:Regarding|Re:?)$/.test(p)) return { rule: 'regarding-fragment', cue: p.match(/\S+$/)![0] };
  // The fragment after "Regarding" is followed by the answer to it.
  const before = groupSoFar[groupSoFar.length - 2];
  if (before && /\b(?:Regarding|Re:?)$/.test(before.text.trimEnd()) && prev === groupSoFar[groupSoFar.length - 1]) {
    return { rule: 'answer-to-fragment', cue: before.text.trimEnd().match(/\S+$/)![0] };
  }
  if (prev.kind === 'quote' && next.kind !== 'quote') return { rule: 'answer-to-quote', cue: '>' };
  if (next.kind === 'quote' && prev.kind === 'quote') return { rule: 'quote-continues', cue: '>' };
  if (/^["“'‘].*\?["”'’]?$/.test(p)) return { rule: 'answer-to-quoted-question', cue: '?' };
  if (next.kind === 'item' && (prev.kind === 'item' || p.endsWith(':'))) return { rule: 'list-continues', cue: '-' };
  const dash = n.match(/^(?:-{1,3}|•|\*)\s*(?=\S)/);
  if (dash && groupSoFar.some((g) => /^(?:-{1,3}|•|\*)/.test(g.text) || g.text.trimEnd().endsWith(':'))) {
    return { rule: 'list-continues', cue: dash[0].trim() };
  }
  const step = n.match(/^(Case|Step|Part|Option|Point) (\d+|[A-Z])\b/);
  if (step && groupSoFar.some((g) => new RegExp(`\\b${step[1]} `).test(g.text))) return { rule: 'enumeration-continues', cue: `${step[1]} ${step[2]}` };
  // A paragraph that stops mid-sentence ("…observationally similar to") goes on in the next one.
  if (/[\p{L}\d]$/u.test(p) && (/^\p{Ll}/u.test(n) || /^(?:Case|Step|Part) (?:1|one|A)\b|^\(?1[.)]/.test(n))) {
    return { rule: 'unfinished-sentence', cue: p.match(/\S+$/)![0] };
  }
  const cue = CONTINUATIONS.find((c) => n.startsWith(c));
  if (cue) return { rule: 'continuation-cue', cue };
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
