/**
 * Scale bench: the pipeline and the full `npm run build` at 1,000 and 10,000 comments, next to an empty
 * Astro 7 site built in the same run (a ratio, since this machine is noisy). Prints Markdown tables.
 *
 *   node bench/scale.ts                     (1k and 10k, one run each)
 *   node bench/scale.ts --sizes 1000 --runs 3
 *
 * For each size: the corpus (bench/gen-corpus.ts) is written; the pipeline runs once on its own
 * (bench/pipeline-once.ts: per-stage times, peak memory); then `node src/build.ts` (what `npm run build`
 * runs: mine, then astro build) runs cold: no content/, no dist/, no Astro content cache for that
 * folder, as on a fresh clone; then once more, warm (content unchanged, Astro's content cache kept).
 * Peak memory is GNU time's maximum resident set: the largest single process of the command.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus, seedSentences, writeCorpus } from './gen-corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '1' }, warm: { type: 'boolean', default: true } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));
const OUT = resolve('bench/out');
// The project's own Node first on PATH, as under `npm run` (astro's shebang is `env node`). CI=1: the
// build prints its one-line summaries, not the terminal's progress line.
const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
const node = resolve('node_modules/.bin/node');

function timed(cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  // Let the previous step's writes reach the disk first: write-back during a timed step skews it.
  spawnSync('sync');
  const t0 = performance.now();
  // GNU time reports the peak resident set of the largest process of the command, children included.
  const r = spawnSync('/usr/bin/time', ['-f', '__MAXRSS_KB=%M __CPU=%U+%S', cmd, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-3000), r.stderr.slice(-3000));
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  }
  const kb = Number(/__MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  const cpu = /__CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  // CPU time (user + system, all processes): steadier than wall time on a shared machine.
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  return { ms, cpuMs, peakMB: kb / 1024, stdout: r.stdout, stderr: r.stderr };
}

function dirSize(dir: string): { bytes: number; gzip: number; pages: number } {
  let bytes = 0;
  let gzip = 0;
  let pages = 0;
  for (const f of globSync('**/*', { cwd: dir, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    bytes += statSync(path).size;
    if (/\.(html|json|js|css|xml|txt|argdown)$/.test(f.name)) gzip += gzipSync(readFileSync(path)).length;
    if (f.name.endsWith('.html')) pages++;
  }
  return { bytes, gzip, pages };
}

/** A one-page Astro 7 site, built with the same astro binary: the yardstick. */
function emptySite(): number {
  const dir = join(OUT, 'empty-site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(join(dir, 'src/pages/index.astro'), '<html lang="en"><head><title>x</title></head><body><p>empty</p></body></html>\n');
  return timed(resolve('node_modules/.bin/astro'), ['build', '--root', dir]).ms;
}

/** Astro's content cache for a content folder (astro.config.mjs keeps one per folder). */
function astroCache(content: string): string {
  return resolve(`node_modules/.astro/content-${createHash('sha256').update(resolve(content)).digest('hex').slice(0, 12)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en');

interface Row {
  size: number;
  comments: number;
  claims: number;
  mine: number;
  mineCpu: number;
  minePeak: number;
  stages: string;
  build: number;
  buildCpu: number;
  buildPeak: number;
  astroPhases: string;
  warm: number | undefined;
  empty: number;
  files: { bytes: number; gzip: number; pages: number };
}

const sentences = seedSentences();
const rows: Row[] = [];
const load = [loadavg()[0]!];
for (const size of sizes) {
  const base = join(OUT, `scale-${size}`);
  const seeds = join(base, 'seeds');
  const content = join(base, 'content');
  const dist = join(base, 'dist');
  writeCorpus(seeds, generateCorpus(sentences, { comments: size }));
  const samples: Row[] = [];
  for (let k = 0; k < runs; k++) {
    const empty = emptySite();
    rmSync(content, { recursive: true, force: true });
    const mine = timed(node, ['bench/pipeline-once.ts', seeds, content]);
    const summary = JSON.parse(mine.stdout.trim().split('\n').pop()!) as { comments: number; claims: number; timings: { stage: string; ms: number }[] };
    const stages = summary.timings.filter((t) => t.ms >= 50).map((t) => `${t.stage} ${fmt(t.ms)}`).join(', ');
    // Cold: as on a fresh clone.
    for (const dir of [content, dist, astroCache(content)]) rmSync(dir, { recursive: true, force: true });
    const buildEnv = { CRUXMAP_SEEDS: seeds, CRUXMAP_CONTENT: content, CRUXMAP_OUT: dist };
    const build = timed(node, ['src/build.ts'], buildEnv);
    const astroLine = build.stdout.split('\n').find((l) => l.startsWith('cruxmap: astro built')) ?? '';
    const astroPhases = /\((.*)\)\s*$/.exec(astroLine)?.[1] ?? '';
    const warm = values.warm ? timed(node, ['src/build.ts'], buildEnv).ms : undefined;
    const row: Row = { size, comments: summary.comments, claims: summary.claims, mine: mine.ms, mineCpu: mine.cpuMs, minePeak: mine.peakMB, stages, build: build.ms, buildCpu: build.cpuMs, buildPeak: build.peakMB, astroPhases, warm, empty, files: dirSize(dist) };
    samples.push(row);
    load.push(loadavg()[0]!);
    console.log(
      `${n(size)} comments, run ${k + 1}: mine ${fmt(row.mine)} (CPU ${fmt(row.mineCpu)}, peak ${row.minePeak.toFixed(0)} MB) [${stages}]; ` +
        `npm run build ${fmt(row.build)} cold (CPU ${fmt(row.buildCpu)}, peak ${row.buildPeak.toFixed(0)} MB; astro: ${astroPhases})${warm === undefined ? '' : `, ${fmt(warm)} warm`}; empty Astro site ${fmt(empty)}`,
    );
  }
  // The run with the median full build stands for the size.
  const mid = median(samples.map((s) => s.build));
  rows.push(samples.find((s) => s.build === mid)!);
}

console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
    `load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}; ${runs} run${runs === 1 ? '' : 's'} a size, the median shown.\n`,
);
console.log('| comments | claims | mine (CPU) | mine peak | `npm run build`, cold (CPU) | build peak | vs empty Astro site | warm rebuild | pages | pages/s | dist/ |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${n(r.size)} | ${n(r.claims)} | ${fmt(r.mine)} (${fmt(r.mineCpu)}) | ${r.minePeak.toFixed(0)} MB | ${fmt(r.build)} (${fmt(r.buildCpu)}) | ${r.buildPeak.toFixed(0)} MB | ${(r.build / r.empty).toFixed(1)}× (${fmt(r.empty)}) | ` +
      `${r.warm === undefined ? '–' : fmt(r.warm)} | ${n(r.files.pages)} | ${(r.files.pages / (r.build / 1000)).toFixed(0)} | ${(r.files.bytes / 1e6).toFixed(1)} MB (${(r.files.gzip / 1e6).toFixed(1)} MB gz) |`,
  );
}
console.log('');
for (const r of rows) console.log(`${n(r.size)} comments (${n(r.comments)} after grouping, ${n(r.claims)} claims): mine ${r.stages}; astro ${r.astroPhases}`);
const [small, big] = [rows.find((r) => r.size === 1000), rows.find((r) => r.size === 10000)];
if (small && big) {
  console.log(`\ncost ratio 10k/1k, wall: mining ${(big.mine / small.mine).toFixed(1)}, full build ${(big.build / small.build).toFixed(1)}`);
  console.log(`cost ratio 10k/1k, CPU: mining ${(big.mineCpu / small.mineCpu).toFixed(1)}, full build ${(big.buildCpu / small.buildCpu).toFixed(1)}`);
}
