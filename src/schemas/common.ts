import { z } from 'zod';

/** A 1-based, inclusive range of lines in a seed file. */
export const lineRangeSchema = z.object({
  /** First line (1-based). */
  start: z.number().int().positive(),
  /** Last line (1-based, inclusive). */
  end: z.number().int().positive(),
});
export type LineRange = z.infer<typeof lineRangeSchema>;

/** Where a piece of text came from: the seed file (relative to the seeds directory) and its lines. */
export const sourceSchema = z.object({
  /** Seed file name, relative to the seeds directory, e.g. `000_5a90.txt`. */
  file: z.string().min(1),
  /** Lines of that file the text spans. */
  lines: lineRangeSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** Character offsets into a comment's `text`, end exclusive (UTF-16 code units, as JavaScript strings). */
export const offsetsSchema = z.object({
  /** First character. */
  start: z.number().int().nonnegative(),
  /** One past the last character. */
  end: z.number().int().nonnegative(),
});
export type Offsets = z.infer<typeof offsetsSchema>;

/**
 * Content ids are lowercase slugs: readable, derived from content, safe in a URL and a file name.
 * Example: `emanuelr-i-think-that-this-should-3f9a1c`.
 */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by "-"');
