/**
 * Reads the content collections once and flattens references to plain ids, for the builders in
 * src/lib (graph, exports) that work on plain data.
 */
import { getCollection } from 'astro:content';
import { graphData, type GraphInput } from './graph.ts';
import { startLayout } from './layout-async.ts';
import type { Graph } from '../schemas/graph.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Paper } from '../schemas/paper.ts';

let input: Promise<GraphInput> | undefined;
let graphs: Promise<{ graph: Graph; laidOut: Promise<Graph> }> | undefined;

/** The collections as plain data, read once per build (every endpoint and page shares them). */
export function loadGraphInput(): Promise<GraphInput> {
  input ??= readGraphInput();
  return input;
}

/**
 * The build's graph without positions (the pages and the exports), and the same graph laid out for
 * /graph.json. The layout starts on the first call, in a worker thread, so it runs beside the pages.
 */
export function loadGraph(): Promise<{ graph: Graph; laidOut: Promise<Graph> }> {
  graphs ??= loadGraphInput().then((data) => {
    const graph = graphData(data, import.meta.env.BASE_URL);
    const laidOut = startLayout(graph);
    // /graph.json awaits it and fails the build if the layout failed; until then it is not unhandled.
    laidOut.catch(() => {});
    return { graph, laidOut };
  });
  return graphs;
}

async function readGraphInput(): Promise<GraphInput> {
  const [authors, claims, papers, comments] = await Promise.all([getCollection('authors'), getCollection('claims'), getCollection('papers'), getCollection('comments')]);
  const links = (ls: { target: { id: string }; evidence: Claim['rebuts'][number]['evidence'] }[]) => ls.map((l) => ({ target: l.target.id, evidence: l.evidence }));
  return {
    authors: authors.map((a) => ({ id: a.id, data: a.data })),
    comments: comments.flatMap((c) => (c.data.forum ? [{ id: c.id, data: { forum: c.data.forum } }] : [])),
    claims: claims.map((c) => {
      const { author, ...rest } = c.data;
      const data: Claim = {
        ...rest,
        comment: c.data.comment.id,
        rebuts: links(c.data.rebuts),
        supports: links(c.data.supports),
        qualifies: links(c.data.qualifies),
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
