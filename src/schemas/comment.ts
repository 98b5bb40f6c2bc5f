import { z } from 'zod';
import { idSchema, lineRangeSchema, offsetsSchema } from './common.ts';

/** A run of inline text inside a paragraph, as remark parsed it. Plain data: pages escape it. */
export const inlineSchema = z.object({
  /** The visible text. */
  text: z.string(),
  /** Link target, only for http(s) and mailto links. */
  href: z.string().optional(),
  /** Emphasis (`*a*`). */
  em: z.boolean().optional(),
  /** Strong emphasis (`**a**`). */
  strong: z.boolean().optional(),
  /** Inline code (`` `a` ``). */
  code: z.boolean().optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

/** A paragraph of a comment: one line of a one-paragraph-per-line dump, or a blank-line separated block. */
export const paragraphSchema = z.object({
  /**
   * How the paragraph reads: plain text, a `>` quote, a list item, a heading, code, or a table. A table's
   * text is its cells, a tab between two cells and a line break between two rows (no cell holds either).
   */
  kind: z.enum(['text', 'quote', 'item', 'heading', 'code', 'table']),
  /** For a table: its first row is a header row (Markdown's delimiter row under it, or HTML `<th>` cells). */
  header: z.literal(true).optional(),
  /** Lines of the seed file it spans. */
  lines: lineRangeSchema,
  /** Where its plain text sits in the comment's `text`. */
  offsets: offsetsSchema,
  /** The paragraph's inline runs; their texts joined equal `text.slice(offsets.start, offsets.end)`. */
  inlines: z.array(inlineSchema),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** Why a paragraph was joined to the one before it into one comment. */
export const groupingSchema = z.object({
  /** Index of the paragraph (in this comment) that was attached to the previous one. */
  paragraph: z.number().int().positive(),
  /** The rule that fired, e.g. `ends-with-colon`. */
  rule: z.string(),
  /** The words that triggered it, if any. */
  cue: z.string().optional(),
});

/** The role of a sentence in the argument. `aside` sentences are not map nodes. */
export const roleSchema = z.enum(['claim', 'objection', 'support', 'question', 'aside']);
export type Role = z.infer<typeof roleSchema>;

/** A sentence of a comment, with its role and, unless it is an aside, its claim. */
export const sentenceSchema = z.object({
  /** Where the sentence sits in the comment's `text`. */
  offsets: offsetsSchema,
  /** The role mined for it. */
  role: roleSchema,
  /**
   * Id of the claim it became (absent for asides, and for sentences merged into another claim). For a
   * quote: the quoted claim (another comment's, or an outside claim), never a claim of this author.
   */
  claim: idSchema.optional(),
  /** True when the sentence quotes someone else's words (a `> ` quote, or words found in another comment). */
  quote: z.literal(true).optional(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/**
 * Where a comment stands on its forum, as a forum export (ForumMagnum GraphQL) gives it. Absent for
 * plain profile dumps, which carry none of this.
 */
export const forumSchema = z.object({
  /** The forum's comment id (`_id`). */
  id: z.string().min(1),
  /** Id of the post the comment is under (`postId`). */
  postId: z.string().optional(),
  /** Title of that post (`post.title`), when the export has it. */
  postTitle: z.string().optional(),
  /** Forum id of the comment this one replies to (`parentCommentId`); absent for a top-level comment. */
  parentId: z.string().optional(),
  /** Forum id of the top-level comment of its thread (`topLevelCommentId`). */
  topLevelId: z.string().optional(),
  /** When it was posted, ISO 8601 (`postedAt`). */
  postedAt: z.string().optional(),
  /** Its address on the forum (`pageUrl`). */
  url: z.string().optional(),
  /** Its score when exported (`baseScore`). */
  score: z.number().optional(),
});
export type Forum = z.infer<typeof forumSchema>;

/** One comment, possibly several paragraphs. Written to `content/comments/<id>.md`; the body is the raw text. */
export const commentSchema = z.object({
  /** Id of the author (`content/authors/<id>.md`). */
  author: idSchema,
  /** Seed file, relative to the seeds directory. */
  file: z.string().min(1),
  /** 0-based position of the comment in its seed file. */
  order: z.number().int().nonnegative(),
  /** Lines of the seed file the comment spans. */
  lines: lineRangeSchema,
  /** Plain text for display and matching: paragraphs joined by a blank line, Markdown syntax removed. */
  text: z.string(),
  /** The paragraphs, in order. */
  paragraphs: z.array(paragraphSchema).min(1),
  /** Why paragraphs were grouped into this comment (empty for one paragraph). */
  grouping: z.array(groupingSchema),
  /** Sentences in order, covering all non-blank text (filled by the mining stages). */
  sentences: z.array(sentenceSchema),
  /** The forum's metadata, for comments read from a forum export. */
  forum: forumSchema.optional(),
  /** Content id of the comment this one replies to, when that comment is in the corpus. */
  replyTo: idSchema.optional(),
});
export type Comment = z.infer<typeof commentSchema>;
