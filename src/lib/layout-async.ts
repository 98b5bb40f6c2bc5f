/**
 * The map's layout in a worker thread, for the build (server side only; the browser uses layout.ts).
 *
 * Only `/graph.json` needs positions, and the layout is the most expensive single step of a large build
 * (about 8 s at 20,000 nodes on a 2-core machine, see BENCHMARKS.md). `startLayout` is called as soon as the
 * build has the graph (src/lib/site.ts), so the layout runs on the second core while the main thread renders
 * pages; `/graph.json`, rendered later, awaits the result. Same code, same positions as layoutGraph
 * (tests/build/map-layout.test.ts compares the two).
 */
import { Worker } from 'node:worker_threads';
import type { Graph } from '../schemas/graph.ts';
import { computeLayout, placeNodes, type LayoutOptions, type Positions } from './layout.ts';

/**
 * Where the worker's source is. The build defines it (astro.config.mjs): once bundled, this module no
 * longer sits next to layout-worker.ts. Unit tests run this file from src/lib, next to it.
 */
declare const __CRUXMAP_LAYOUT_WORKER__: string | undefined;
const WORKER = './layout-worker.ts';
const workerUrl = (): URL => (typeof __CRUXMAP_LAYOUT_WORKER__ === 'string' ? new URL(__CRUXMAP_LAYOUT_WORKER__) : new URL(WORKER, import.meta.url));

/** Node count from which the layout runs in a worker (below it, the layout takes about 0.1 s here). */
export const WORKER_FROM = 1000;

/** What the layout reads of a graph (layout.ts computeLayout): a smaller message to the worker. */
function skeleton(graph: Graph): Graph {
  return {
    version: graph.version,
    nodes: graph.nodes.map((n) => {
      const out: Graph['nodes'][number] = { id: n.id, kind: n.kind, label: '', url: '' };
      if (n.role) out.role = n.role;
      if (n.author) out.author = n.author;
      if (n.external) out.external = true;
      return out;
    }),
    edges: graph.edges.map((e) => ({ source: e.source, target: e.target, kind: e.kind, evidence: e.evidence })),
  };
}

function inWorker(graph: Graph, options: LayoutOptions): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: { graph: skeleton(graph), options } });
    worker.once('message', (positions: Positions) => resolve(positions));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the map's layout worker stopped with exit code ${code}`)));
  });
}

/**
 * Lays out `graph` and returns it positioned. Large graphs go to a worker thread, so the caller's thread
 * is free meanwhile; small ones are laid out at once, in this thread (a worker's start-up costs more than
 * their layout). The build calls it once (loadGraph in collections.ts memoises the promise).
 */
export async function startLayout(graph: Graph, options: LayoutOptions = {}): Promise<Graph> {
  const positions = graph.nodes.length < WORKER_FROM ? computeLayout(graph, options) : await inWorker(graph, options);
  return placeNodes(graph, positions);
}
