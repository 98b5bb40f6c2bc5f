/**
 * graphData: the content collections → the `/graph.json` contract (src/schemas/graph.ts). One builder,
 * read by the graph endpoint, the exports and the pages, so they cannot disagree. Pure: plain data in.
 * Map positions are added by the layout (layout.ts; during the build in a worker, see loadGraph in
 * collections.ts).
 */
import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from '../schemas/graph.ts';
import type { Author } from '../schemas/author.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Comment } from '../schemas/comment.ts';
import type { Paper } from '../schemas/paper.ts';
import { pageUrl } from './urls.ts';
import { CLAIM_RELATIONS } from '../schemas/relations.ts';

/** Plain entries: ids as strings (the pages pass collection entries with references flattened). */
export interface GraphInput {
  authors: { id: string; data: Author }[];
  claims: { id: string; data: Claim }[];
  papers: { id: string; data: Paper }[];
  /** Comments, for the forum provenance of their claims (only `forum` is read). */
  comments?: { id: string; data: Pick<Comment, 'forum'> }[];
}

export const nodeId = {
  claim: (id: string) => `claim:${id}`,
  paper: (id: string) => `paper:${id}`,
  author: (id: string) => `author:${id}`,
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The graph without positions (what the exports and the pages read). */
export function graphData(input: GraphInput, base: string): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const forumOf = new Map((input.comments ?? []).flatMap((c) => (c.data.forum ? [[c.id, c.data.forum] as const] : [])));
  for (const a of [...input.authors].sort((x, y) => cmp(x.id, y.id))) {
    nodes.push({ id: nodeId.author(a.id), kind: 'author', label: a.data.name, url: pageUrl(base, 'authors', a.id) });
  }
  for (const c of [...input.claims].sort((x, y) => cmp(x.id, y.id))) {
    const node: GraphNode = {
      id: nodeId.claim(c.id),
      kind: 'claim',
      role: c.data.role,
      label: c.data.label,
      text: c.data.text,
      url: pageUrl(base, 'claims', c.id),
      comment: c.data.comment,
    };
    // An outside claim has no place of its own in the seeds. Words a comment quotes from outside the corpus
    // (a post) say only in which file the corpus first quotes them: `{ file }`, no line, comment or forum
    // id, since the words are not that comment's (the quoting comments are in the claim's quotedIn). A
    // target the text names is the naming claim's paraphrase: no source at all.
    if (!c.data.external) {
      const source: NonNullable<GraphNode['source']> = { file: c.data.source.file, line: c.data.source.lines.start };
      const forum = forumOf.get(c.data.comment);
      if (forum) {
        source.id = forum.id;
        if (forum.url) source.url = forum.url;
        if (forum.postedAt) source.postedAt = forum.postedAt;
      }
      node.source = source;
    } else if (c.data.roleEvidence.rule === 'quoted') {
      node.source = { file: c.data.source.file };
    }
    if (c.data.author) node.author = c.data.author;
    if (c.data.external) node.external = true;
    nodes.push(node);
    for (const kind of CLAIM_RELATIONS) {
      for (const l of c.data[kind]) edges.push({ source: node.id, target: nodeId.claim(l.target), kind, evidence: l.evidence });
    }
    for (const l of c.data.cites) edges.push({ source: node.id, target: nodeId.paper(l.target), kind: 'cites', evidence: l.evidence });
  }
  for (const p of [...input.papers].sort((x, y) => cmp(x.id, y.id))) {
    nodes.push({ id: nodeId.paper(p.id), kind: 'paper', label: p.data.title, text: p.data.title, url: pageUrl(base, 'papers', p.id) });
  }
  return { version: GRAPH_VERSION, nodes, edges };
}

