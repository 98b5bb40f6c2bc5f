/**
 * `/map.argdown`: the map as Argdown text (src/lib/argdown.ts; README, "Exports"), from the same graph
 * as /graph.json.
 */
import type { APIRoute } from 'astro';
import { loadGraph } from '../lib/collections.ts';
import { toArgdown } from '../lib/argdown.ts';
import { config } from '../config.ts';

export const GET: APIRoute = async () =>
  new Response(toArgdown((await loadGraph()).graph, config.title), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
