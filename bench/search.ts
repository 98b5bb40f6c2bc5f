/**
 * Search speed and size at 10,000 entries (issue 6). Run by hand:
 *
 *   node bench/search.ts            (./node_modules/.bin/node, or through npx)
 *
 * 1. Builds a deterministic synthetic corpus of 10,000 searchable entries from the seeds
 *    (bench/search-corpus.ts) and its index with src/lib/search.ts, as the site's build does.
 * 2. Sizes: the index file raw and gzipped.
 * 3. In headless Chromium: the time of every keystroke of a fixed list of queries with typos,
 *    p50/p95/max, on the main thread (src/lib/search.ts's runSearch) and as the site runs it, a round
 *    trip through the real search worker (src/scripts/search/worker.ts); long tasks seen on the main
 *    thread meanwhile; time to open the index (fetch, parse, build the word index).
 * 4. Quality on the real content/: the first hits of the queries README "Search" talks about, and
 *    the matching rules of issue 14 (stems, the phrase table, names as whole words).
 * Prints the figures and a Markdown block for BENCHMARKS.md.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { BENCH_QUERIES, keystrokes, seedSentences, syntheticCorpus } from './search-corpus.ts';
import { buildSearchIndex, openSearchIndex, runSearch, SEARCH_KINDS, searchDocs } from '../src/lib/search.ts';
import type { GraphInput } from '../src/lib/graph.ts';

const ENTRIES = 10_000;
/** Every keystroke is timed this many times (the worker is started afresh each round, so its word cache starts empty). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_KIND = 5; // as many as the header popup shows
const PORT = Number(process.env.CRUXMAP_BENCH_PORT ?? 4677);
const OUT = 'bench/out/search';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const stats = (xs: number[]) => ({ p50: pct(xs, 0.5), p95: pct(xs, 0.95), max: Math.max(...xs) });

// 1–2. Corpus, index, sizes.
mkdirSync(OUT, { recursive: true });
const docs = syntheticCorpus(seedSentences('seeds'), ENTRIES);
let t = performance.now();
const indexJson = JSON.stringify(buildSearchIndex(docs));
const buildMs = performance.now() - t;
writeFileSync(join(OUT, 'search-index.json'), indexJson);
const raw = Buffer.byteLength(indexJson);
const gzip = gzipSync(indexJson).length;
const kinds = Object.fromEntries(SEARCH_KINDS.map((k) => [k, docs.filter((d) => d.kind === k).length]));
console.log(`corpus: ${docs.length} entries (${JSON.stringify(kinds)}), index built in ${ms(buildMs)}`);
console.log(`index: ${kb(raw)} raw, ${kb(gzip)} gzipped`);

// 3. The browser side, bundled from the real modules.
await build({ entryPoints: ['src/scripts/search/worker.ts'], bundle: true, format: 'esm', outfile: join(OUT, 'worker.js'), logLevel: 'warning' });
await build({
  stdin: { contents: "export { openSearchIndex, runSearch } from './src/lib/search.ts';", resolveDir: '.', loader: 'ts' },
  bundle: true, format: 'esm', outfile: join(OUT, 'search.js'), logLevel: 'warning',
});
writeFileSync(join(OUT, 'index.html'), '<!doctype html><meta charset="utf-8"><title>search bench</title><p>bench</p>');
const server = createServer((req, res) => {
  const path = join(OUT, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html'));
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));

const browser = await chromium.launch({ executablePath: process.env.CRUXMAP_CHROMIUM ?? '/usr/bin/chromium', args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${PORT}/`);
const typed = keystrokes(BENCH_QUERIES);
const loadBefore = loadavg()[0]!;
const browserFigures = await page.evaluate(
  async ({ typed, perKind, rounds }) => {
    type Mod = typeof import('../src/lib/search.ts');
    const m = (await import('/search.js' as string)) as Mod;
    const now = () => performance.now();
    // Main thread: fetch, parse, open; then every keystroke, `rounds` times, each round with a cold word cache.
    let t0 = now();
    const file = await (await fetch('/search-index.json')).json();
    const parseMs = now() - t0;
    t0 = now();
    const engine = m.openSearchIndex(file, '/');
    const openMs = now() - t0;
    for (const q of typed.slice(0, 20)) m.runSearch(engine, q, perKind); // warm up the JIT
    const main: number[][] = typed.map(() => []);
    for (let round = 0; round < rounds; round++) {
      engine.termCache.clear();
      typed.forEach((q, i) => {
        const s = now();
        m.runSearch(engine, q, perKind);
        main[i]!.push(now() - s);
      });
    }
    // The site's way: the worker, one query at a time, while watching the main thread.
    const longTasks: number[] = [];
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the (long) timing task above end unobserved
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
    const ready: number[] = [];
    const roundTrip: number[][] = typed.map(() => []);
    for (let round = 0; round < rounds; round++) {
      const worker = new Worker('/worker.js', { type: 'module' });
      const ask = (msg: unknown) => new Promise<{ type: string }>((resolve) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage(msg);
      });
      t0 = now();
      const answer = await ask({ type: 'open', url: '/search-index.json', base: '/' });
      ready.push(now() - t0);
      if (answer.type !== 'ready') throw new Error(JSON.stringify(answer));
      let id = 1;
      for (const [i, q] of typed.entries()) {
        const s = now();
        await ask({ type: 'search', id: id++, query: q, perKind });
        roundTrip[i]!.push(now() - s);
      }
      worker.terminate();
    }
    return { parseMs, openMs, main, ready, roundTrip, longTasks };
  },
  { typed, perKind: PER_KIND, rounds: ROUNDS },
);
const loadAfter = loadavg()[0]!;
const chromiumVersion = browser.version();
await browser.close();
server.close();

const median = (xs: number[]) => pct(xs, 0.5);
/** All samples, and each keystroke's median over the rounds (less swayed by other work on the machine). */
const both = (samples: number[][]) => ({ all: stats(samples.flat()), median: stats(samples.map(median)) });
const main = both(browserFigures.main);
const trip = both(browserFigures.roundTrip);
const ready = stats(browserFigures.ready);
const line = (x: { p50: number; p95: number; max: number }) => `p50 ${ms(x.p50)}, p95 ${ms(x.p95)}, max ${ms(x.max)}`;
console.log(`keystrokes: ${typed.length} (${BENCH_QUERIES.length} queries) × ${ROUNDS} rounds; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
console.log(`worker round trip:        ${line(trip.all)} (per-keystroke medians: ${line(trip.median)}); main-thread long tasks meanwhile: ${browserFigures.longTasks.length} (${browserFigures.longTasks.map((d) => ms(d)).join(', ') || 'none'})`);
console.log(`runSearch on main thread: ${line(main.all)} (per-keystroke medians: ${line(main.median)})`);
console.log(`open: worker fetch+parse+open ${line(ready)}; on the main thread: fetch+parse ${ms(browserFigures.parseMs)}, openSearchIndex ${ms(browserFigures.openMs)}`);

// 4. Quality on the real content.
const read = (dir: string) =>
  readdirSync(join('content', dir)).sort().map((f) => ({ id: f.replace(/\.md$/, ''), data: parse(readFileSync(join('content', dir, f), 'utf8').split(/^---$/m)[1]!) }));
const real = openSearchIndex(buildSearchIndex(searchDocs({ authors: read('authors'), claims: read('claims'), papers: read('papers') } as GraphInput)), '/');
const QUALITY = ['chain of thought', 'faithful', 'turpin', 'perturbing', 'faithfulness', 'faithfulnes', 'Turpin', 'Turpn', 'gradient hacking', 'gradient hackng', 'alignment faking', 'aligment faking', 'CoT', 'CoT faithfulness', 'Berglund', 'Berglnd'];
const quality = QUALITY.map((q) => {
  const r = runSearch(real, q, 3);
  const best = r.groups.flatMap((g) => g.hits).sort((a, b) => a.score - b.score)[0];
  return `| ${q} | ${r.total} (${r.counts.claim} claims, ${r.counts.paper} papers, ${r.counts.author} authors) | ${best ? `${best.kind}: ${best.title.slice(0, 60).replace(/\|/g, '/')}${best.title.length > 60 ? '…' : ''}` : '–'} |`;
});

// The matching rules of issue 14, checked on the real content.
const found = (q: string) => new Set(runSearch(real, q, 10_000).groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${h.id}`)));
const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const rules = [
  ['"faithfulness" finds all that "faithful" finds', within(found('faithful'), found('faithfulness'))],
  ['"chain of thought" finds what "CoT" finds', within(found('CoT'), found('chain of thought'))],
  ['"turpin" finds no claim saying "perturbing"', ![...found('turpin')].some((x) => within(new Set([x]), found('perturbing')))],
  ['"Turpn" finds what "turpin" finds', within(found('turpin'), found('Turpn'))],
] as const;
for (const [rule, ok] of rules) console.log(`${ok ? 'ok  ' : 'FAIL'} ${rule}`);

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'cpu'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${osType()} ${release()}, Node ${process.version}, Chromium ${chromiumVersion} (headless); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} during the run`;
console.log(`
--- BENCHMARKS.md ---
Machine: ${machine}. Corpus: ${docs.length} entries (${kinds.claim} claims, ${kinds.paper} papers, ${kinds.author} authors) recombined from the seeds; ${typed.length} keystrokes of ${BENCH_QUERIES.length} queries, ${ROUNDS} rounds.

| figure | value | goal |
| --- | --- | --- |
| index size | ${kb(raw)} raw, ${kb(gzip)} gzipped | ≤ 1 MB gzipped |
| per keystroke, round trip through the worker (as the site runs it) | ${line(trip.all)} | p95 ≤ 30 ms |
| … each keystroke's median of ${ROUNDS} | ${line(trip.median)} | |
| per keystroke, runSearch on the main thread | ${line(main.all)} | |
| … each keystroke's median of ${ROUNDS} | ${line(main.median)} | |
| main-thread long tasks (> 50 ms) while typing, worker | ${browserFigures.longTasks.length}${browserFigures.longTasks.length ? ` (${browserFigures.longTasks.map((d) => ms(d)).join(', ')})` : ''} | 0 |
| time to open: worker fetch + parse + word index | ${line(ready)} (main thread: parse ${ms(browserFigures.parseMs)}, open ${ms(browserFigures.openMs)}) | |

Real content (${real.docs.length} entries):

| query | matches | best hit |
| --- | --- | --- |
${quality.join('\n')}

${rules.map(([rule, ok]) => `- ${ok ? 'holds' : 'FAILS'}: ${rule}`).join('\n')}
`);
