/**
 * Scale bench: the pipeline and the full build at 1,000 and 10,000 comments, next to an empty Astro 7
 * site built in the same run (a ratio, since this machine is noisy). Prints a Markdown table.
 *
 *   node bench/scale.ts            (1k and 10k)
 *   node bench/scale.ts --sizes 1000
 */
import { spawnSync } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus, seedSentences, writeCorpus } from './gen-corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
const OUT = resolve('bench/out');
// The project's own Node first on PATH, as under `npm run` (astro's shebang is `env node`).
const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

function timed(cmd: string, args: string[], extraEnv: Record<string, string> = {}, cwd = process.cwd()) {
  const t0 = performance.now();
  // GNU time reports the peak resident set of the whole command, children included.
  const r = spawnSync('/usr/bin/time', ['-f', '__MAXRSS_KB=%M', cmd, ...args], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-3000), r.stderr.slice(-3000));
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  }
  const kb = Number(/__MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, peakMB: kb / 1024, stdout: r.stdout, stderr: r.stderr };
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

const sentences = seedSentences();
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: string[] = [];
const results: Record<number, { mine: number; build: number }> = {};
const emptyMs = emptySite();
console.log(`empty Astro site: ${fmt(emptyMs)}`);

for (const n of sizes) {
  const base = join(OUT, `scale-${n}`);
  const seeds = join(base, 'seeds');
  const content = join(base, 'content');
  const dist = join(base, 'dist');
  writeCorpus(seeds, generateCorpus(sentences, { comments: n }));
  rmSync(content, { recursive: true, force: true });
  const mine = timed(resolve('node_modules/.bin/node'), ['bench/pipeline-once.ts', seeds, content]);
  const summary = JSON.parse(mine.stdout.trim().split('\n').pop()!) as { comments: number; claims: number; timings: { stage: string; ms: number }[] };
  const stages = `${summary.comments} comments, ${summary.claims} claims; ${summary.timings.map((t) => `${t.stage} ${fmt(t.ms)}`).join(', ')}`;
  const build = timed(resolve('node_modules/.bin/astro'), ['build'], { CRUXMAP_CONTENT: content, CRUXMAP_OUT: dist, CRUXMAP_SEEDS: seeds });
  const size = dirSize(dist);
  const total = mine.ms + build.ms;
  results[n] = { mine: mine.ms, build: total };
  console.log(`${n} comments: mine ${fmt(mine.ms)} (peak ${mine.peakMB.toFixed(0)} MB) [${stages}], astro build ${fmt(build.ms)} (peak ${build.peakMB.toFixed(0)} MB), ${size.pages} pages`);
  rows.push(
    `| ${n.toLocaleString('en')} | ${fmt(mine.ms)} | ${mine.peakMB.toFixed(0)} MB | ${fmt(build.ms)} | ${build.peakMB.toFixed(0)} MB | ${fmt(total)} | ${(total / emptyMs).toFixed(1)}× | ${size.pages.toLocaleString('en')} | ${(size.pages / (build.ms / 1000)).toFixed(0)} | ${(size.bytes / 1e6).toFixed(1)} MB (${(size.gzip / 1e6).toFixed(1)} MB gz) |`,
  );
  console.log(`   per stage: ${stages}`);
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; empty Astro 7 site: ${fmt(emptyMs)}\n`);
console.log('| comments | mine | mine peak | astro build | build peak | total | vs empty site | pages | pages/s | dist/ |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
if (results[1000] && results[10000]) console.log(`\ncost ratio 10k/1k: mining ${(results[10000].mine / results[1000].mine).toFixed(1)}, full build ${(results[10000].build / results[1000].build).toFixed(1)}`);
