/**
 * `/graph.json` → Argdown (https://argdown.org), the text format argument mappers edit and render.
 * Pure. Every claim and paper is a statement titled by its graph node id (`[claim:…]`, `[paper:…]`),
 * tagged with its role (#claim, #objection, …, #paper); `rebuts` become attacks (`->`), `supports`
 * become supports (`+>`), the same relations as /aif.json. `cites`, `relates` and `qualifies` (an
 * author's caveat on their own claim), which are not argument relations, go in the statement's data
 * (`{cites: [...], relates: [...], qualifies: [...]}`), with its author,
 * page and source line.
 */
import type { Relation } from '../schemas/evidence.ts';
import type { Graph, GraphNode } from '../schemas/graph.ts';

/**
 * Text as Argdown reads it literally: characters that open Argdown syntax are escaped with "\"
 * (tags, mentions, references, emphasis, data, comments), and so are "." and ":" before a non-space
 * (".v." and ":smile:" are shortcodes). Line breaks of any kind become spaces.
 */
export function escapeArgdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    .replace(/[\\@#*_[\]<>{}/]/g, (c) => `\\${c}`)
    .replace(/[.:](?=\S)/g, (c) => `\\${c}`);
}

/** A YAML flow value that is always a quoted string (ids hold ":"). */
const q = (s: string) => JSON.stringify(s);

export function toArgdown(graph: Graph, title: string): string {
  const authors = new Map(graph.nodes.filter((n) => n.kind === 'author').map((n) => [n.id.replace(/^author:/, ''), n.label]));
  const outgoing = new Map<string, Record<Relation, string[]>>();
  for (const e of graph.edges) {
    const o = outgoing.get(e.source) ?? { rebuts: [], supports: [], qualifies: [], cites: [], relates: [] };
    o[e.kind].push(e.target);
    outgoing.set(e.source, o);
  }
  const statement = (n: GraphNode): string => {
    const o = outgoing.get(n.id);
    const data: string[] = [];
    if (n.author) data.push(`author: ${q(authors.get(n.author) ?? n.author)}`);
    data.push(`url: ${q(n.url)}`);
    if (n.source) data.push(`source: ${q(n.source.line === undefined ? n.source.file : `${n.source.file}:${n.source.line}`)}`);
    if (o?.cites.length) data.push(`cites: [${o.cites.map(q).join(', ')}]`);
    if (o?.relates.length) data.push(`relates: [${o.relates.map(q).join(', ')}]`);
    if (o?.qualifies.length) data.push(`qualifies: [${o.qualifies.map(q).join(', ')}]`);
    const tag = n.kind === 'paper' ? 'paper' : n.external ? `${n.role ?? 'claim'} #external` : (n.role ?? 'claim');
    const lines = [`[${n.id}]: ${escapeArgdown(n.text ?? n.label)} #${tag} {${data.join(', ')}}`];
    for (const t of o?.rebuts ?? []) lines.push(`  -> [${t}]`);
    for (const t of o?.supports ?? []) lines.push(`  +> [${t}]`);
    return lines.join('\n');
  };
  const claims = graph.nodes.filter((n) => n.kind === 'claim');
  const papers = graph.nodes.filter((n) => n.kind === 'paper');
  return [
    `===\ntitle: ${q(title)}\n===`,
    '# Claims',
    ...claims.map(statement),
    '# Papers',
    ...papers.map(statement),
  ].join('\n\n') + '\n';
}
