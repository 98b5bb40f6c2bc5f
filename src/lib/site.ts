/**
 * Everything the reading pages need, read from the content collections once per build (memoised:
 * Astro renders every page in the same process) and flattened to plain data for the pure helpers in
 * src/lib (debate index, cruxes, neighbourhoods). Only this module and collections.ts read collections.
 */
import { getCollection } from 'astro:content';
import { loadGraph, loadGraphInput } from './collections.ts';
import { indexDebate, type DebateIndex } from './debate.ts';
import { nodeStyleKey, type NodeStyleKey, type RelationKey } from './visual.ts';
import type { Incoming } from './debate.ts';
import { incomingLinks } from './relations.ts';
import { OUTSIDE } from './cruxes.ts';
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
  /** Each author's comment ids, in the order of their dump (by file, then in file order, for a forum user); built once: pages must not scan all comments. */
  commentsByAuthor: Map<string, string[]>;
  papers: Map<string, Paper>;
  /** Relation → claim id → the claims that link to it by that relation (both ends for symmetric ones). */
  incoming: Map<RelationKey, Map<string, Incoming[]>>;
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Site> {
  const input = await loadGraphInput();
  const { graph } = await loadGraph();
  const comments = await getCollection('comments');
  const index = indexDebate(input.claims);
  const authors = new Map(input.authors.map((a) => [a.id, a.data]));
  const commentsByAuthor = new Map<string, string[]>();
  // A forum user's comments can come from several files: file by file, each in its own order.
  for (const c of [...comments].sort((a, b) => (a.data.file < b.data.file ? -1 : a.data.file > b.data.file ? 1 : 0) || a.data.order - b.data.order || (a.id < b.id ? -1 : 1))) {
    const list = commentsByAuthor.get(c.data.author.id);
    if (list) list.push(c.id);
    else commentsByAuthor.set(c.data.author.id, [c.id]);
  }
  return {
    graph,
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
            // Kept: a quoted sentence is someone else's words, and its comment page shows it so.
            if (s.quote) out.quote = true;
            return out;
          }),
        };
        return [c.id, data];
      }),
    ),
    commentsByAuthor,
    papers: new Map(input.papers.map((p) => [p.id, p.data])),
    incoming: incomingLinks(index.claims),
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

export interface IndexItem {
  id: string;
  /** Author id, or OUTSIDE for claims outside the corpus. */
  group: string;
  comment: string | undefined;
}
const indexOrders = new WeakMap<Site, IndexItem[]>();

/**
 * Every claim in the order of the claims index: by author (by name), comment and position; claims outside
 * the corpus last. Computed once per site, not once per index page.
 */
export function claimsInIndexOrder(site: Site): IndexItem[] {
  let items = indexOrders.get(site);
  if (!items) {
    items = [
      ...site.authorIds.flatMap((a) =>
        (site.commentsByAuthor.get(a) ?? []).flatMap((cid) => (site.index.byComment.get(cid) ?? []).map((id) => ({ id, group: a, comment: cid as string | undefined }))),
      ),
      ...[...site.claims.entries()].filter(([, c]) => c.external).map(([id]) => ({ id, group: OUTSIDE, comment: undefined })),
    ];
    indexOrders.set(site, items);
  }
  return items;
}
