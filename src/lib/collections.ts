/**
 * Reads the content collections once and flattens references to plain ids, for the builders in
 * src/lib (graph, exports) that work on plain data.
 */
import { getCollection } from 'astro:content';
import type { GraphInput } from './graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Paper } from '../schemas/paper.ts';

export async function loadGraphInput(): Promise<GraphInput> {
  const [authors, claims, papers] = await Promise.all([getCollection('authors'), getCollection('claims'), getCollection('papers')]);
  const links = (ls: { target: { id: string }; evidence: Claim['rebuts'][number]['evidence'] }[]) => ls.map((l) => ({ target: l.target.id, evidence: l.evidence }));
  return {
    authors: authors.map((a) => ({ id: a.id, data: a.data })),
    claims: claims.map((c) => {
      const { author, ...rest } = c.data;
      const data: Claim = {
        ...rest,
        comment: c.data.comment.id,
        rebuts: links(c.data.rebuts),
        supports: links(c.data.supports),
        relates: links(c.data.relates),
        cites: links(c.data.cites),
      };
      if (author) data.author = author.id;
      return { id: c.id, data };
    }),
    papers: papers.map((p) => ({
      id: p.id,
      data: {
        ...p.data,
        mentions: p.data.mentions.map(({ claim, ...m }) => {
          const out: Paper['mentions'][number] = { ...m, comment: m.comment.id, author: m.author.id };
          if (claim) out.claim = claim.id;
          return out;
        }),
      },
    })),
  };
}
