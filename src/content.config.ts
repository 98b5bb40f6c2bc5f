/**
 * The content collections, built from the zod schemas in src/schemas (the single source of truth the
 * pipeline validates against). Here the plain id fields become `reference()`s, so that a dangling
 * link in content/ fails the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { config } from './config.ts';
import { authorSchema } from './schemas/author.ts';
import { commentSchema } from './schemas/comment.ts';

const loader = (dir: string) =>
  glob({
    pattern: '*.md',
    base: `${config.content}/${dir}`,
    // File names are already ids; keep them as they are.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  });

const authors = defineCollection({ loader: loader('authors'), schema: authorSchema });

const comments = defineCollection({
  loader: loader('comments'),
  schema: commentSchema.extend({ author: reference('authors') }),
});

export const collections = { authors, comments };
