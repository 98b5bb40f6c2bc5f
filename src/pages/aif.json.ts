/**
 * `/aif.json`: the map in AIFdb's JSON (src/lib/aif.ts; README, "Exports"), from the same graph as
 * /graph.json. The build fails if it is not well-formed.
 */
import type { APIRoute } from 'astro';
import { loadGraph } from '../lib/collections.ts';
import { aifProblems, toAif } from '../lib/aif.ts';
import { aifSchema } from '../schemas/aif.ts';

export const GET: APIRoute = async () => {
  const aif = aifSchema.parse(toAif((await loadGraph()).graph));
  const problems = aifProblems(aif);
  if (problems.length) throw new Error(`aif.json is not well-formed: ${problems.slice(0, 5).join('; ')}`);
  return new Response(JSON.stringify(aif), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
