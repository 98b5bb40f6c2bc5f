/**
 * Everything the reading pages need, read from the content collections once per build (memoised:
 * Astro renders every page in the same process) and flattened to plain data for the pure helpers in
 * src/lib (debate index, cruxes, neighbourhoods). Only this module and collections.ts read collections.
 */
import { getCollection } from 'astro:content';
import { loadGraphInput } from './collections.ts';
import { buildGraph } from './graph.ts';
import { indexDebate, type DebateIndex } from './debate.ts';
import { nodeStyleKey, type NodeStyleKey } from './visual.ts';
import type { Graph } from '../schemas/graph.ts';
import type { Author } from '../schemas/author.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Comment } from '../schemas/comment.ts';
import type { Paper } from '../schemas/paper.ts';

export interface Site {
  graph: Graph;
  index: DebateIndex;
  claims: Map<string, Claim>;
  authors: Map<string, Author>;
  /** Authors sorted by name. */
  authorIds: string[];
  comments: Map<string, Comment>;
  papers: Map<string, Paper>;
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Site> {
  const input = await loadGraphInput();
  const comments = await getCollection('comments');
  const index = indexDebate(input.claims);
  const authors = new Map(input.authors.map((a) => [a.id, a.data]));
  return {
    graph: buildGraph(input, import.meta.env.BASE_URL),
    index,
    claims: index.claims,
    authors,
    authorIds: [...authors.keys()].sort((a, b) => authors.get(a)!.name.localeCompare(authors.get(b)!.name, 'en') || (a < b ? -1 : 1)),
    comments: new Map(
      comments.map((c) => {
        const data: Comment = {
          ...c.data,
          author: c.data.author.id,
          sentences: c.data.sentences.map((s) => {
            const out: Comment['sentences'][number] = { offsets: s.offsets, role: s.role };
            if (s.claim) out.claim = s.claim.id;
            return out;
          }),
        };
        return [c.id, data];
      }),
    ),
    papers: new Map(input.papers.map((p) => [p.id, p.data])),
  };
}

/** Style key (visual.ts) of a claim. */
export function claimStyle(claim: Claim): NodeStyleKey {
  return nodeStyleKey({ kind: 'claim', role: claim.role, external: claim.external });
}

/** "Emanuel Ruzak", or a plain description for claims outside the corpus. */
export function authorName(site: Site, claim: Claim): string {
  return claim.author ? (site.authors.get(claim.author)?.name ?? claim.author) : 'outside the corpus';
}

/** "Comment 3", numbered from 1 in the author's dump as on the author page. */
export function commentTitle(comment: Comment): string {
  return `Comment ${comment.order + 1}`;
}
