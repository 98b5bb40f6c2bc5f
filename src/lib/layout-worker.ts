/**
 * Worker entry of layout-async.ts: runs the map's layout (layout.ts) off the build's main thread and
 * posts the positions back. Loaded by Node directly (type stripping), never bundled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout, type LayoutOptions } from './layout.ts';
import type { Graph } from '../schemas/graph.ts';

const { graph, options } = workerData as { graph: Graph; options: LayoutOptions };
parentPort!.postMessage(computeLayout(graph, options));
