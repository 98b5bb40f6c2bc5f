/**
 * Lighthouse scores of the built site, mobile (Lighthouse's default: a mid-range phone, simulated
 * slow 4G and 4× CPU slowdown), for one page of each kind worth measuring. Goals (issue 7):
 * performance ≥ 95, accessibility 100, best practices 100, SEO 100.
 *
 * The site in dist/ is served by nginx with docs/nginx.conf (gzip, caching and security headers, as a
 * self-hoster would serve it), or by tests/support/serve.ts when nginx is missing; Chromium is
 * Debian's /usr/bin/chromium (or CRUXMAP_CHROMIUM). Prints a Markdown table of medians; copy it into
 * BENCHMARKS.md with the machine it ran on.
 *
 * Usage: npm run build && npm run bench:lighthouse -- [--runs 3] [--port 4277] [--dist dist] [--content content] [--only map,search]
 * (--dist and --content measure another build, e.g. lw-dev's exports in .tmp/lw-json/; --only some page kinds.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from '../tests/support/nginx.ts';
import { serve } from '../tests/support/serve.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4277' },
    dist: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
    only: { type: 'string', default: '' },
  },
});
const DIST = values.dist;
const CONTENT = values.content;
const ONLY = new Set(values.only.split(',').filter(Boolean));
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page of a kind, by its first entry in content/ (pages appear here as they are added). */
function first(dir: string, pattern: RegExp = /./): string | undefined {
  if (!existsSync(`${CONTENT}/${dir}`)) return undefined;
  const file = readdirSync(`${CONTENT}/${dir}`).sort().find((f) => pattern.test(readFileSync(`${CONTENT}/${dir}/${f}`, 'utf8')));
  return file && `${dir}/${file.replace(/\.md$/, '')}/`;
}
const pages: [string, string | undefined][] = [
  ['home', ''],
  ['author', first('authors')],
  ['comment', first('comments')],
  ['claim', first('claims', /^external: false$/m)],
  ['paper', first('papers')],
  ['search', existsSync(`${DIST}/search/index.html`) ? 'search/?q=faithfulness' : undefined],
  ['map', existsSync(`${DIST}/map/index.html`) ? 'map/' : undefined],
];

if (!existsSync(`${DIST}/index.html`)) throw new Error(`No ${DIST}/: run \`npm run build\` first.`);

let stop: () => void;
let server: string;
try {
  const nginx = await startNginx({ dir: DIST, base: '/', port: PORT });
  stop = () => nginx.kill('SIGTERM');
  server = 'nginx with docs/nginx.conf';
} catch (e) {
  console.error(`(nginx unavailable: ${(e as Error).message}; using tests/support/serve.ts)`);
  const s = await serve(DIST, '/', PORT);
  stop = () => s.close();
  server = 'tests/support/serve.ts';
}

const chromePath = process.env.CRUXMAP_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Plain --headless: with --headless=new, Debian's Chromium 156 here gave NO_NAVSTART (no trace).
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless', '--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost', '--disable-background-networking', '--disable-component-update'],
});

/** One Lighthouse run. Chromium here now and then records no trace (NO_NAVSTART): run again. */
async function audit(url: string, attempt = 1) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError?.code === 'NO_NAVSTART' && attempt < 4) return audit(url, attempt + 1);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
const failures: string[] = [];
try {
  for (const [kind, path] of pages) {
    if (path === undefined || (ONLY.size && !ONLY.has(kind))) continue;
    const url = `http://127.0.0.1:${PORT}/${path}`;
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const lhr = await audit(url);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      runs.push({
        ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        bytes: value('total-byte-weight'),
      });
      if (i === 0) {
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a && a.score !== null && a.score < 1 && c !== 'performance') failures.push(`${kind}: ${c}: ${a.id}: ${a.title}`);
          }
        }
      }
    }
    const m = (k: string) => median(runs.map((r) => r[k]!));
    rows.push(
      `| ${kind} | \`/${path}\` | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${m('seo')} | ${(m('fcp') / 1000).toFixed(1)} s | ${(m('lcp') / 1000).toFixed(1)} s | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} | ${(m('bytes') / 1024).toFixed(1)} KiB |`,
    );
  }
} finally {
  chrome.kill();
  stop();
}

console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, median of ${RUNS} runs; served by ${server}`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}\n`);
console.log('| page | path | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | transfer |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
if (failures.length) console.log(`\nAudits below 100 outside performance:\n${failures.map((f) => `- ${f}`).join('\n')}`);
