import { z } from 'zod';

/** One commenter: one plain dump, or one forum user across the exports. Written to `content/authors/<id>.md`. */
export const authorSchema = z.object({
  /** Display name: from the dump's header line or the forum export's user, else derived from the file name, else set in overrides. */
  name: z.string().min(1),
  /** Where `name` came from, so a reader knows whether it is a guess (`forum`: the export's user). */
  nameSource: z.enum(['header', 'file-name', 'forum', 'override']),
  /** Forum handle from the header (the line after the name), if the dump has one. */
  handle: z.string().optional(),
  /** Profile bio from the header, e.g. "Research associate at …". */
  bio: z.string().optional(),
  /** Seed file this author was read from, relative to the seeds directory (for a forum user: the first file with their comments). */
  file: z.string().min(1),
  /** Lines of the seed file that are header or scrape artefacts, not comments (kept for the record). */
  skipped: z.array(z.object({
    /** 1-based line number. */
    line: z.number().int().positive(),
    /** What the line was taken for. */
    kind: z.enum(['name', 'handle', 'bio', 'artefact']),
    /** The line as it is in the file. */
    text: z.string(),
  })),
  /** Number of comments read (for a forum user: from all files). */
  commentCount: z.number().int().nonnegative(),
});
export type Author = z.infer<typeof authorSchema>;
