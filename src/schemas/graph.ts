import { z } from 'zod';
import { evidenceSchema, relationSchema } from './evidence.ts';
import { roleSchema } from './comment.ts';

/** Version of the `/graph.json` contract. Bump it (and document the change in README) on any change. */
export const GRAPH_VERSION = 3;

/** A node of `/graph.json`. */
export const graphNodeSchema = z.object({
  /** Unique across kinds: `claim:<id>`, `paper:<id>`, `author:<id>`. */
  id: z.string().min(1),
  /** What the node is. */
  kind: z.enum(['claim', 'paper', 'author']),
  /** For claims: the role. */
  role: roleSchema.exclude(['aside']).optional(),
  /** Short label. */
  label: z.string(),
  /** Full text (claims) or title (papers). */
  text: z.string().optional(),
  /** Author id (claims). */
  author: z.string().optional(),
  /** The node's page, including the site's base path. */
  url: z.string(),
  /** Content id of the comment the claim is in (for an external target: the comment that names it). Claims only; since version 2. */
  comment: z.string().optional(),
  /**
   * Where a claim comes from: seed file and first line; for a comment read from a forum export, also
   * the forum's comment id, its address and when it was posted (since version 2). Outside claims quoted
   * from outside the corpus (role rule `quoted`) carry only `file`: the seed file where the corpus first
   * quotes them, not a place of their own (the words are not the quoting comment's). Absent for targets
   * the text names: their words are the naming comment's paraphrase.
   */
  source: z.object({
    /** Seed file, relative to the seeds folder. */
    file: z.string(),
    /** First line of the claim's paragraph in that file. Absent for outside quoted claims. */
    line: z.number().int().positive().optional(),
    /** The forum's comment id (`_id`). */
    id: z.string().optional(),
    /** The comment's address on the forum. */
    url: z.string().optional(),
    /** When the comment was posted, ISO 8601. */
    postedAt: z.string().optional(),
  }).optional(),
  /** True for a target named in the corpus but not in it. */
  external: z.boolean().optional(),
  /** Layout position computed at build time (map coordinates). */
  x: z.number().optional(),
  /** Layout position computed at build time (map coordinates). */
  y: z.number().optional(),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

/** An edge of `/graph.json`. */
export const graphEdgeSchema = z.object({
  /** Node id the edge starts from. */
  source: z.string(),
  /** Node id the edge points to. */
  target: z.string(),
  /** The relation. */
  kind: relationSchema,
  /** Why it exists. */
  evidence: evidenceSchema,
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

/** `/graph.json`: the public contract read by the map, the search, the exports and outside tools. */
export const graphSchema = z.object({
  /** Contract version; see GRAPH_VERSION. */
  version: z.literal(GRAPH_VERSION),
  /** All nodes. */
  nodes: z.array(graphNodeSchema),
  /** All edges; every endpoint is a node id. */
  edges: z.array(graphEdgeSchema),
});
export type Graph = z.infer<typeof graphSchema>;
