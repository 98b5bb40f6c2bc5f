import { z } from 'zod';
import { idSchema, offsetsSchema, sourceSchema } from './common.ts';
import { evidenceSchema, roleEvidenceSchema } from './evidence.ts';

/**
 * An outgoing link from a claim to another claim or to a paper. In content the target is always an id:
 * the linker's typed targets (`{claim}` | `{external}`, see src/pipeline/link.ts) are resolved to ids
 * when the claims are assembled.
 */
export const linkSchema = z.object({
  /** Id of the claim (or, for `cites`, the paper) the link points to. */
  target: idSchema,
  /** Why the link exists. */
  evidence: evidenceSchema,
});
export type Link = z.infer<typeof linkSchema>;

/** Map roles: the sentence roles less `aside`. */
export const claimRoleSchema = z.enum(['claim', 'objection', 'support', 'question']);
export type ClaimRole = z.infer<typeof claimRoleSchema>;

/**
 * An argumentative unit: a sentence or short span of a comment, or a target that the corpus names
 * but does not contain (`external`, e.g. "this post's claim"). Written to `content/claims/<id>.md`.
 */
export const claimSchema = z.object({
  /** What the unit does in the argument. */
  role: claimRoleSchema,
  /** Why the unit got its role: the rule and the cue words (for external targets: `named-target`). */
  roleEvidence: roleEvidenceSchema,
  /** Short label for the map: cut at a word boundary near 90 characters. */
  label: z.string().min(1),
  /** Full text of the unit. */
  text: z.string().min(1),
  /** True for a target named or quoted in the text but absent from the corpus (a parent post's claim). */
  external: z.boolean(),
  /** Author id; absent for external targets. */
  author: idSchema.optional(),
  /** Comment id; for an external target, the comment that names it. */
  comment: idSchema,
  /** Where the unit sits in the comment's text (for an external target: the words that name it). */
  offsets: offsetsSchema,
  /** Seed file and lines. */
  source: sourceSchema,
  /**
   * Where other comments quote these words (`> ` quotes, or the same words in a plain dump): the quoting
   * comment and where the quote sits in its text. The quote is not a claim of the quoting author.
   */
  quotedIn: z.array(z.object({
    /** The quoting comment. */
    comment: idSchema,
    /** Where the quoted words sit in that comment's text. */
    offsets: offsetsSchema,
  })).optional(),
  /** When the unit is several sentences: why they were kept together, and how many there are. */
  span: z.object({
    /** The rule, e.g. `unclosed-parenthesis`, `restatement`, `short-continuation`, `short-lead`. */
    rule: z.string().min(1),
    /** Number of sentences in the unit. */
    sentences: z.number().int().min(2),
  }).optional(),
  /** Claims this one argues against. */
  rebuts: z.array(linkSchema),
  /** Claims this one argues for. */
  supports: z.array(linkSchema),
  /** Claims of the same author that this one qualifies (a caveat the author puts on their own claim). */
  qualifies: z.array(linkSchema).default([]),
  /** Claims of other authors on the same topic. */
  relates: z.array(linkSchema),
  /** Papers this claim cites. */
  cites: z.array(linkSchema),
});
export type Claim = z.infer<typeof claimSchema>;
