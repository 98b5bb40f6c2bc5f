import { z } from 'zod';

/**
 * `/aif.json`: the map in AIFdb's JSON, the Argument Interchange Format as OVA and AIFdb read it.
 * Node and edge ids are numeric strings, as AIFdb writes them.
 */

/** AIF node types used here: information, locution, inference (support), conflict (rebuttal), illocution. */
export const aifNodeTypeSchema = z.enum(['I', 'L', 'RA', 'CA', 'YA']);
export type AifNodeType = z.infer<typeof aifNodeTypeSchema>;

export const aifNodeSchema = z.object({
  /** Unique within the file ("1", "2", …). */
  nodeID: z.string().regex(/^\d+$/),
  /** I: the claim's text or the paper's title; L: "Speaker: text"; RA/CA/YA: the scheme's name. */
  text: z.string(),
  /** The node type. */
  type: aifNodeTypeSchema,
});
export type AifNode = z.infer<typeof aifNodeSchema>;

export const aifEdgeSchema = z.object({
  /** Unique within the file. */
  edgeID: z.string().regex(/^\d+$/),
  /** nodeID the edge leaves. */
  fromID: z.string(),
  /** nodeID the edge enters. */
  toID: z.string(),
  /** AIFdb's form edge; unused here, always null. */
  formEdgeID: z.null(),
});
export type AifEdge = z.infer<typeof aifEdgeSchema>;

/** Who said an L-node. */
export const aifLocutionSchema = z.object({
  /** The L-node. */
  nodeID: z.string(),
  /** The participant who said it. */
  personID: z.string(),
  /** When it was said, as AIFdb writes it ("2025-01-08 18:18:36", UTC): the comment's postedAt, where the input gives it. */
  timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/).optional(),
});
export type AifLocution = z.infer<typeof aifLocutionSchema>;

/** A commenter. */
export const aifParticipantSchema = z.object({
  /** Unique within the file. */
  participantID: z.string().regex(/^\d+$/),
  /** First word of the display name. */
  firstname: z.string(),
  /** The rest of the display name (may be empty). */
  surname: z.string(),
});
export type AifParticipant = z.infer<typeof aifParticipantSchema>;

export const aifSchema = z.object({
  nodes: z.array(aifNodeSchema),
  edges: z.array(aifEdgeSchema),
  locutions: z.array(aifLocutionSchema),
  participants: z.array(aifParticipantSchema),
});
export type Aif = z.infer<typeof aifSchema>;
