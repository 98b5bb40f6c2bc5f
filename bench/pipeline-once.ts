/**
 * Runs the pipeline once, in this process, and prints its per-stage timings as JSON (for bench/scale.ts,
 * which measures the process's peak memory from outside).
 *   node bench/pipeline-once.ts SEEDS_DIR CONTENT_DIR
 */
import { resolve } from 'node:path';
import { run } from '../src/pipeline/run.ts';
import { stages } from '../src/pipeline/stages.ts';

const [seeds, content] = process.argv.slice(2);
if (!seeds || !content) throw new Error('usage: node bench/pipeline-once.ts SEEDS_DIR CONTENT_DIR');
const s = run({ seedsDir: resolve(seeds), contentDir: resolve(content), stages });
console.log(JSON.stringify({ comments: s.comments, claims: s.claims, papers: s.papers, written: s.written, timings: s.timings.map((t) => ({ stage: t.stage, ms: Math.round(t.ms) })) }));
