/**
 * `/search-index.json`: every claim, paper and author, shaped for search by src/lib/search.ts (each
 * text once; the browser builds its word index from them). The browser fetches it only when a reader starts to
 * search (src/scripts/search/), never on page load.
 */
import type { APIRoute } from 'astro';
import { loadGraphInput } from '../lib/collections.ts';
import { buildSearchIndex, searchDocs } from '../lib/search.ts';

export const GET: APIRoute = async () => {
  const file = buildSearchIndex(searchDocs(await loadGraphInput()));
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
