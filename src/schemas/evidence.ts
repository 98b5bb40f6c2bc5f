import { z } from 'zod';
import { RELATIONS } from './relations.ts';

/**
 * The rules that make links. One list: the linker may only use these, and `describeLink` words each one
 * (a `Record<LinkRule, …>`, so a new rule cannot ship without its sentence).
 */
export const linkRuleSchema = z.enum([
  /** The text names what it answers ("skeptical of the claim that X"). */
  'explicit-target',
  /** "Another critique is …": against what the comment's first critique answered. */
  'another-critique',
  /** Opens with a connective or demonstrative ("This is because …") → the claim just before it. */
  'connective-within-comment',
  /** Opens with a connective after a claim the author attributes to someone else ("You say X. But …"). */
  'answers-attributed',
  /** A sibling in its paragraph names the target. */
  'explicit-target-in-paragraph',
  /** The sentences after a quote answer the quoted words. */
  'answers-quote',
  /** A reply's objection or support answers the parent comment's most similar claim. */
  'reply-similar',
  /** …or, with no similar claim, the parent comment's main claim. */
  'reply-main-claim',
  /** A reply's main point answers its parent in the stance its opening words give ("Yeah;" supports, "No," rebuts). */
  'reply-stance',
  /** …or, when its opening says nothing of agreeing, as a reply that puts forward another view. */
  'reply-unmarked',
  /** The claim right after a quote that no objection or support answers: the comment's point about the quoted words, in the stance its words give. */
  'quote-point',
  /** A reply's claim and its parent's claim most like it, not linked otherwise (`relates`, one per reply). */
  'reply-topic',
  /** After a concession, "But …" argues against the other side: the claim of the comment it answers. */
  'after-concession',
  /** An author's caveat on their own previous claim (a `qualifies` link, never a rebuttal). */
  'caveat',
  /** "X. However, Y" within one comment, with no sign the author means someone else's X. */
  'own-contrast',
  /** The most similar claim of another comment, above a threshold. */
  'similar-claim',
  /** Claims of different authors on one topic (`relates`). */
  'shared-topic',
  /** Claims of different authors under the same post that share a rare term (`relates`). */
  'same-post-topic',
  /** A claim names a paper (`cites`). */
  'citation',
  /** A work named outside any claim (in a quote, a "Relevant paper: …" line) is cited by the nearest claim. */
  'citation-nearby',
  /** Added by hand in overrides.yaml. */
  'override',
]);
export type LinkRule = z.infer<typeof linkRuleSchema>;

/** The fields every piece of evidence carries, for links and for roles alike. */
const evidenceFields = {
  /** The cue words that triggered the rule, as they stand in the text. */
  cue: z.string().optional(),
  /** Similarity or confidence, 0..1, for rules that score. */
  score: z.number().min(0).max(1).optional(),
  /** Shared terms (stems or phrases) behind a similarity link. */
  terms: z.array(z.string()).optional(),
};

/** Why a link exists. Every mined or hand-made edge carries one. */
export const evidenceSchema = z.object({
  /** The rule that fired (see `linkRuleSchema`). */
  rule: linkRuleSchema,
  ...evidenceFields,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Why a claim has its role: the classifier's rule (e.g. `objection-cue`, `assertion`, `quoted`, `override`). */
export const roleEvidenceSchema = z.object({
  /** The rule that fired. */
  rule: z.string().min(1),
  ...evidenceFields,
});
export type RoleEvidence = z.infer<typeof roleEvidenceSchema>;

/** The relations of the map (the list itself is in relations.ts, free of zod for the browser). */
export const relationSchema = z.enum(RELATIONS);
export { RELATIONS, CLAIM_RELATIONS, ARGUING_RELATIONS, type Relation, type ClaimRelation } from './relations.ts';
