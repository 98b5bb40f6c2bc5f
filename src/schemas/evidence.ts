import { z } from 'zod';

/** Why a link exists. Every mined or hand-made edge carries one. */
export const evidenceSchema = z.object({
  /** The rule that fired, e.g. `cue-within-comment`, `explicit-target`, `tfidf`, `citation`, `override`. */
  rule: z.string().min(1),
  /** The cue words that triggered the rule, as they stand in the text. */
  cue: z.string().optional(),
  /** Similarity or confidence, 0..1, for rules that score. */
  score: z.number().min(0).max(1).optional(),
  /** Shared terms (stems or phrases) behind a similarity link. */
  terms: z.array(z.string()).optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The relations of the map. */
export const relationSchema = z.enum(['rebuts', 'supports', 'relates', 'cites']);
export type Relation = z.infer<typeof relationSchema>;
