/**
 * `/graph.json`: the public contract (schema: src/schemas/graph.ts; documented in README). Validated
 * against its schema at build time, so a broken graph fails the build instead of reaching readers.
 */
import type { APIRoute } from 'astro';
import { loadGraph } from '../lib/collections.ts';
import { graphSchema } from '../schemas/graph.ts';

export const GET: APIRoute = async () => {
  const graph = graphSchema.parse(await (await loadGraph()).laidOut);
  const ids = new Set(graph.nodes.map((n) => n.id));
  const dangling = graph.edges.filter((e) => !ids.has(e.source) || !ids.has(e.target));
  if (dangling.length) throw new Error(`graph.json: ${dangling.length} edges point to missing nodes, e.g. ${JSON.stringify(dangling[0])}`);
  return new Response(JSON.stringify(graph), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
