/** The in-memory corpus that flows through the stages: one entry per future content file. */
import type { Author } from '../schemas/author.ts';
import type { Comment } from '../schemas/comment.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Paper } from '../schemas/paper.ts';

export interface Entry<T> {
  /** Content id (file name without `.md`). */
  id: string;
  /** Frontmatter. */
  data: T;
  /** Markdown body (for comments: the raw source text). */
  body: string;
}

export interface Corpus {
  authors: Entry<Author>[];
  comments: Entry<Comment>[];
  claims: Entry<Claim>[];
  papers: Entry<Paper>[];
}

/** One seed file as read from disk: its name relative to the seeds directory, and its bytes. */
export interface SeedFile {
  /** Name relative to the seeds directory (stored in content). */
  name: string;
  /** Path as shown in messages (relative to the working directory); defaults to `name`. */
  label?: string;
  bytes: Uint8Array;
}
