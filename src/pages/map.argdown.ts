/**
 * `/map.argdown`: the map as Argdown text (src/lib/argdown.ts; README, "Exports"), from the same graph
 * as /graph.json.
 */
import type { APIRoute } from 'astro';
import { buildGraph } from '../lib/graph.ts';
import { loadGraphInput } from '../lib/collections.ts';
import { toArgdown } from '../lib/argdown.ts';
import { config } from '../config.ts';

export const GET: APIRoute = async () =>
  new Response(toArgdown(buildGraph(await loadGraphInput(), import.meta.env.BASE_URL), config.title), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
