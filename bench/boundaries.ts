/**
 * Bench: how well comment boundaries are found in plain dumps, without an Astro build. Ingests and groups
 * every `*.txt` of a folder in-process (the same ingest → group the runner uses) and compares each found
 * comment's line range with the forum's own (truth.json: files.<file>.comments, comments.<id>.lines).
 * Prints, per file and in total: true comments, found comments, found/true, and how many true comments
 * were found exactly (same first and last line). A file that throws is reported, not skipped silently.
 * Goal (issue 12): found/true within 0.8–1.2 and ≥ 70 % exact.
 * Run: `node bench/boundaries.ts [folder] [truth.json]` (defaults: tests/corpora/lw-dev/text and its truth.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { assemble } from '../src/pipeline/assemble.ts';

const dir = process.argv[2] ?? 'tests/corpora/lw-dev/text';
const truthPath = process.argv[3] ?? join(dirname(dir), 'truth.json');
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as {
  files: Record<string, { layout?: string; comments: string[] }>;
  comments: Record<string, { lines: [number, number] }>;
};

const rows: string[][] = [['file', 'layout', 'true', 'found', 'found/true', 'exact', 'exact %']];
let allTrue = 0;
let allFound = 0;
let allExact = 0;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const file = truth.files[name];
  if (!file) continue;
  const wanted = file.comments.map((id) => truth.comments[id]!.lines.join('-'));
  allTrue += wanted.length;
  let found: string[];
  try {
    const corpus = assemble([{ name, bytes: readFileSync(join(dir, name)) }]);
    found = corpus.comments.map((c) => `${c.data.lines.start}-${c.data.lines.end}`);
  } catch (e) {
    rows.push([name, file.layout ?? '?', String(wanted.length), `THROWS: ${(e as Error).message.split('\n')[0]}`, '', '', '']);
    continue;
  }
  const got = new Set(found);
  const exact = wanted.filter((w) => got.has(w)).length;
  allFound += found.length;
  allExact += exact;
  rows.push([basename(name), file.layout ?? '?', String(wanted.length), String(found.length), ratio(found.length, wanted.length), String(exact), pct(exact, wanted.length)]);
}
rows.push(['total', '', String(allTrue), String(allFound), ratio(allFound, allTrue), String(allExact), pct(allExact, allTrue)]);
const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
for (const r of rows) console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
