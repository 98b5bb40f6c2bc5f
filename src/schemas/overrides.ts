import { z } from 'zod';
import { idSchema } from './common.ts';
import { relationSchema } from './evidence.ts';
import { roleSchema } from './comment.ts';

/** An edge named in a hand correction. `target` is a claim id, or a paper id for `cites`. */
const edgeSchema = z.strictObject({
  /** Claim the edge starts from. */
  source: idSchema,
  /** The relation. */
  kind: relationSchema,
  /** Claim (or, for `cites`, paper) it points to. */
  target: idSchema,
});

/**
 * One hand correction in `content/overrides.yaml`: a map with exactly one of these keys. Applied after
 * every mining run, in file order, so a correction survives re-mining.
 */
export const overrideSchema = z.union([
  /** Delete an edge the miner got wrong. */
  z.strictObject({ 'remove-edge': edgeSchema }),
  /** Add an edge the miner missed; `note` becomes the evidence's cue. */
  z.strictObject({ 'add-edge': edgeSchema.extend({ /** Why, shown as the evidence. */ note: z.string().min(1).optional() }) }),
  /** Merge works that are one: every mention and alias of `from` moves to `into`. */
  z.strictObject({ 'merge-papers': z.strictObject({ /** Paper that stays. */ into: idSchema, /** Papers merged into it. */ from: z.array(idSchema).min(1) }) }),
  /** Change a claim's role; `aside` takes it off the map (it stays on its comment page). */
  z.strictObject({ role: z.strictObject({ /** Claim id. */ claim: idSchema, /** New role. */ role: roleSchema, /** Why, shown as the role evidence. */ note: z.string().min(1).optional() }) }),
  /** Give an author a display name (the id, and so every URL, stays). */
  z.strictObject({ 'rename-author': z.strictObject({ /** Author id. */ author: idSchema, /** Display name. */ name: z.string().min(1) }) }),
]);
export type Override = z.infer<typeof overrideSchema>;
