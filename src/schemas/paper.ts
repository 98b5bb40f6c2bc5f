import { z } from 'zod';
import { idSchema, offsetsSchema } from './common.ts';

/** One place where a work is mentioned. */
export const mentionSchema = z.object({
  /** The words that name the work, as written ("Berglund et. al. (2023)", "the Turpin paper"). */
  text: z.string().min(1),
  /** Comment the mention is in. */
  comment: idSchema,
  /** Author of that comment. */
  author: idSchema,
  /** Claim whose sentence holds the mention, when that sentence is a map node. */
  claim: idSchema.optional(),
  /** The whole sentence around the mention. */
  sentence: z.string(),
  /** Where the mention sits in the comment's text. */
  offsets: offsetsSchema,
});
export type Mention = z.infer<typeof mentionSchema>;

/** A cited work: paper, benchmark, dataset or link. Written to `content/papers/<id>.md`. */
export const paperSchema = z.object({
  /** Canonical key the mentions merged on: surname + year, an arXiv id or DOI, a surname, a normalised title, or an address. */
  key: z.string().min(1),
  /** Best readable title: the quoted title when one was given, else "Surname et al. (Year)". */
  title: z.string().min(1),
  /** What kind of work it is. */
  kind: z.enum(['paper', 'benchmark', 'dataset', 'link']),
  /** First-author surname, when known. */
  surname: z.string().optional(),
  /** Authors as the corpus names them (surnames, or names where given), first author first. */
  authors: z.array(z.string()).optional(),
  /** Year, when known. */
  year: z.number().int().optional(),
  /** The work's best address: https://arxiv.org/abs/<id>, https://doi.org/<doi>, or the linked address. */
  url: z.string().optional(),
  /** Identifiers read from its addresses; mentions with one id are one work. */
  ids: z.object({ arxiv: z.string().optional(), doi: z.string().optional() }).optional(),
  /** Every distinct way the corpus names it. */
  aliases: z.array(z.string()).min(1),
  /** Every mention, in corpus order. */
  mentions: z.array(mentionSchema).min(1),
});
export type Paper = z.infer<typeof paperSchema>;
