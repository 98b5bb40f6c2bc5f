/**
 * Evidence in plain words: why two claims are linked, why a claim cites a paper, why a sentence got
 * its role. One place for the wording, so every page (and the map's side panel) says it the same way.
 * Pure: plain data in, a sentence out; the pages escape it like any other text.
 */
import type { Evidence, LinkRule, Relation, RoleEvidence } from '../schemas/evidence.ts';
import type { ClaimRole } from '../schemas/claim.ts';

const q = (s: string) => `“${s.trim()}”`;
const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** "similarity 0.26 out of 1": scores are 0..1, shown with two decimals. */
export function scoreWords(score: number): string {
  return `similarity ${score.toFixed(2)} out of 1`;
}

/** "the shared terms “cot” and “faithfulness” (similarity 0.28 out of 1)", or "" without terms or score. */
function similarity(e: Evidence | RoleEvidence): string {
  const terms = e.terms?.length ? `the shared ${e.terms.length === 1 ? 'term' : 'terms'} ${list(e.terms.map(q))}` : '';
  const score = e.score === undefined ? '' : scoreWords(e.score);
  if (terms && score) return `${terms} (${score})`;
  return terms || score;
}

const NOUN: Record<Relation, string> = { rebuts: 'rebuttal', supports: 'support', qualifies: 'qualification', relates: 'relation', cites: 'citation' };

/**
 * Where a reply's claim is aimed: "the terms “cache” and “latency”, which the reply shares with it (…)".
 * The reply, not the claim: a claim with nothing alike in its own words ("I don't think that is the
 * issue at all") takes the aim of another claim of its reply (link.ts, `parentTarget`), so the terms may
 * not be in its own words.
 */
function replyAim(e: Evidence): string {
  if (!e.terms?.length) return e.score === undefined ? '' : `the reply's wording (${scoreWords(e.score)})`;
  const terms = `the ${e.terms.length === 1 ? 'term' : 'terms'} ${list(e.terms.map(q))}, which the reply shares with it`;
  return e.score === undefined ? terms : `${terms} (${scoreWords(e.score)})`;
}

const opens = (e: Evidence, rest: string, bare: string) => (e.cue ? `It opens with ${q(e.cue)}, ${rest}` : bare);

/** One sentence per link rule: a `Record`, so a rule added to the enum cannot ship without its words. */
const LINK_WORDS: Record<LinkRule, (kind: Relation, e: Evidence) => string> = {
  'explicit-target': (_, e) => (e.cue ? `The words ${q(e.cue)} name the claim it answers.` : 'Its text names the claim it answers.'),
  'another-critique': (_, e) =>
    opens(e, "so it argues against what the comment's first critique answered.", "It argues against what the comment's first critique answered."),
  'connective-within-comment': (kind, e) =>
    kind === 'supports'
      ? opens(e, 'backing the claim just before it in the same comment.', 'It backs the claim just before it in the same comment.')
      : opens(e, 'answering the words just before it in the same comment.', 'It answers the words just before it in the same comment.'),
  'answers-attributed': (_, e) =>
    opens(e, 'answering the claim before it, which the comment attributes to someone else.', 'It answers the claim before it, which the comment attributes to someone else.'),
  'explicit-target-in-paragraph': (_, e) =>
    e.cue ? `A sentence of the same paragraph names what it answers, after the words ${q(e.cue)}.` : 'A sentence of the same paragraph names what it answers.',
  'answers-quote': (kind) => `It follows a quote of this claim in its comment: a ${NOUN[kind]} of the quoted words.`,
  'reply-similar': (kind, e) => {
    const sim = replyAim(e);
    return sim ? `A ${NOUN[kind]} in a reply to this claim's comment, aimed at this claim by ${sim}.` : `A ${NOUN[kind]} in a reply to this claim's comment, aimed at this claim by its wording.`;
  },
  'reply-main-claim': (kind) => `A ${NOUN[kind]} in a reply to this claim's comment; no claim of it is more alike, so it answers its main claim.`,
  'reply-stance': (kind, e) => {
    const aim = replyAim(e);
    const how = e.cue ? `It opens a reply to this claim's comment with ${q(e.cue)}, so it is a ${NOUN[kind]} of it` : `A ${NOUN[kind]} in a reply to this claim's comment`;
    return aim ? `${how}, aimed at this claim by ${aim}.` : `${how}: its main point, answering this claim.`;
  },
  'reply-unmarked': (kind, e) => {
    const aim = replyAim(e);
    const how = `The main point of a reply to this claim's comment; the reply does not say it agrees, so it is read as a ${NOUN[kind]}`;
    return aim ? `${how}, aimed at this claim by ${aim}.` : `${how} of the comment's main claim.`;
  },
  'quote-point': (kind, e) =>
    e.cue
      ? `It comes right after a quote of this claim and says ${q(e.cue)}: its point about the quoted words, a ${NOUN[kind]} of them.`
      : `It comes right after a quote of this claim: its point about the quoted words, a ${NOUN[kind]} of them.`,
  // `relates` has no direction: the same words are read on both claims' pages (and map panels), so they
  // must not say which of the two "this claim" is.
  'reply-topic': (_, e) => {
    const sim = similarity(e);
    return sim ? `A reply and the comment it answers take up one point: ${sim}.` : 'A reply and the comment it answers take up one point.';
  },
  'after-concession': (_, e) =>
    e.cue
      ? `After conceding a point, the author turns with ${q(e.cue)} against the comment they reply to, not against their own concession.`
      : 'After conceding a point, the author turns against the comment they reply to, not against their own concession.',
  caveat: () => "A caveat the author puts on their own claim: it qualifies it, it doesn't argue against it.",
  'own-contrast': (_, e) =>
    e.cue
      ? `It opens with ${q(e.cue)} right after the author's own claim: the author qualifies it rather than rebutting themselves.`
      : "It follows the author's own claim: the author qualifies it rather than rebutting themselves.",
  'similar-claim': (kind, e) => {
    const sim = similarity(e);
    const cue = e.cue ? `the cue ${q(e.cue)}` : '';
    const parts = [cue, sim].filter(Boolean);
    return parts.length ? `A ${NOUN[kind]} from another comment, found by ${list(parts)}.` : `A ${NOUN[kind]} from another comment, found by similar wording.`;
  },
  'shared-topic': (_, e) => {
    const sim = similarity(e);
    return sim ? `Same topic: ${sim}.` : 'Same topic.';
  },
  'same-post-topic': (_, e) => {
    const sim = similarity(e);
    return sim ? `Same subject under the same post: ${sim}.` : 'Same subject under the same post.';
  },
  citation: (_, e) => (e.cue ? `Names the work as ${q(e.cue)}.` : 'Names the work.'),
  'citation-nearby': (_, e) => (e.cue ? `The work is named as ${q(e.cue)} next to this claim, outside any claim of its own.` : 'The work is named next to this claim, outside any claim of its own.'),
  override: (kind, e) => (e.cue ? `This ${NOUN[kind]} was added by hand: ${q(e.cue)}.` : `This ${NOUN[kind]} was added by hand.`),
};

/**
 * Why a link exists, in one sentence, e.g. "The words “skeptical of the claim that” name the claim it
 * answers." The wording does not depend on which end of the link the reader stands at.
 */
export function describeLink(kind: Relation, e: Evidence): string {
  return LINK_WORDS[e.rule](kind, e);
}

const ROLE_WORD: Record<ClaimRole, string> = { claim: 'a claim', objection: 'an objection', support: 'a support', question: 'a question' };

/** Why a claim got its role, in one sentence, e.g. "An objection: it says “I’m skeptical”." */
export function describeRole(role: ClaimRole, e: RoleEvidence, external = false): string {
  const what = ROLE_WORD[role];
  const What = what[0]!.toUpperCase() + what.slice(1);
  if (e.rule === 'quoted') {
    return 'Not a sentence of the corpus: words a comment quotes from outside it (the post, or a comment not in the dumps), so it has no author here.';
  }
  if (external || e.rule === 'named-target') {
    return 'Not a sentence of the corpus: a claim that a comment names and answers (for instance the post being discussed), so it has no author here.';
  }
  switch (e.rule) {
    case 'objection-cue':
    case 'support-cue':
      return e.cue ? `${What}: it says ${q(e.cue)}.` : `${What}: it carries a cue word.`;
    case 'explicit-target-cue':
      return e.cue ? `${What}: it names what it answers, ${q(e.cue)}.` : `${What}: it names what it answers.`;
    case 'clarification-cue':
      return e.cue ? `${What}: it asks for clarification, ${q(e.cue)}.` : `${What}: it asks for clarification.`;
    case 'negated-stance':
      return e.cue ? `${What}: it takes a negated stance, ${q(e.cue)}.` : `${What}: it takes a negated stance.`;
    case 'question-mark':
      return `${What}: it ends with a question mark.`;
    case 'assertion':
      return `${What}: a statement with no cue of objection, support or question.`;
    case 'override':
      return e.cue ? `${What}, set by hand: ${q(e.cue)}.` : `${What}, set by hand.`;
    default:
      return e.cue ? `${What}, by the rule ${q(e.rule)} (cue ${q(e.cue)}).` : `${What}, by the rule ${q(e.rule)}.`;
  }
}

const SPAN: Record<string, string> = {
  'unclosed-parenthesis': 'a parenthesis opened in one sentence closes in a later one',
  restatement: 'a sentence restates the one before it (“i.e.”, “e.g.”)',
  'short-continuation': 'a sentence of a few words continues the one before it',
  'short-lead': 'a short opening sentence leads into the next',
};

/** Why several sentences make one claim, e.g. "One claim of 2 sentences: a sentence restates …". */
export function describeSpan(span: { rule: string; sentences: number }): string {
  return `One claim of ${span.sentences} sentences: ${SPAN[span.rule] ?? `kept together by the rule ${q(span.rule)}`}.`;
}
