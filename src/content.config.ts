/**
 * The content collections, built from the zod schemas in src/schemas (the single source of truth the
 * pipeline validates against). Here the plain id fields become `reference()`s, so that a dangling
 * link in content/ (a hand edit gone wrong, say) fails the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { config } from './config.ts';
import { authorSchema } from './schemas/author.ts';
import { commentSchema, sentenceSchema } from './schemas/comment.ts';
import { claimSchema, linkSchema } from './schemas/claim.ts';
import { mentionSchema, paperSchema } from './schemas/paper.ts';

const loader = (dir: string) =>
  glob({
    pattern: '*.md',
    base: `${config.content}/${dir}`,
    // File names are already ids; keep them as they are.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  });

const claimLink = linkSchema.extend({ target: reference('claims') });
const paperLink = linkSchema.extend({ target: reference('papers') });

const authors = defineCollection({ loader: loader('authors'), schema: authorSchema });

const comments = defineCollection({
  loader: loader('comments'),
  schema: commentSchema.extend({
    author: reference('authors'),
    sentences: z.array(sentenceSchema.extend({ claim: reference('claims').optional() })),
  }),
});

const claims = defineCollection({
  loader: loader('claims'),
  schema: claimSchema.extend({
    author: reference('authors').optional(),
    comment: reference('comments'),
    rebuts: z.array(claimLink),
    qualifies: z.array(claimLink).default([]),
    supports: z.array(claimLink),
    relates: z.array(claimLink),
    cites: z.array(paperLink),
  }),
});

const papers = defineCollection({
  loader: loader('papers'),
  schema: paperSchema.extend({
    mentions: z.array(mentionSchema.extend({ comment: reference('comments'), author: reference('authors'), claim: reference('claims').optional() })).min(1),
  }),
});

export const collections = { authors, comments, claims, papers };
