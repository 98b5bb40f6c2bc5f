/**
 * `npm run build`: mine the seeds into content/ (src/pipeline/cli.ts), then build the site with Astro,
 * showing where the build is.
 *
 * On a terminal, one line redrawn in place: the mining steps with counts, then Astro's phases (syncing
 * content, bundling) with the seconds they take and its pages with counts and percentage. Elsewhere (CI,
 * a pipe) Astro's page-by-page log (a line per page: 28,000 lines at 10,000 comments) is replaced by one
 * summary line. Astro's warnings and errors always pass through, and if Astro fails its whole output is
 * printed. Arguments after `--` go to `astro build`; with `--verbose`, Astro's output is shown as it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { globSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { config } from './config.ts';
import { CLAIMS_PAGE_SIZE, pageCount } from './lib/paging.ts';
import { progressPrinter, type Progress } from './pipeline/progress.ts';

const fmt = (n: number) => n.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * How many files Astro will write: one per static route in src/pages, one per author, comment, claim and
 * paper, and the claims index's extra pages (src/pages/claims/page/[page].astro). Only the percentage
 * reads it (tests/build checks it against a real build).
 */
export function expectedRoutes(contentDir: string, pagesDir = 'src/pages'): number {
  const count = (dir: string) => {
    try {
      return readdirSync(join(contentDir, dir)).filter((f) => f.endsWith('.md')).length;
    } catch {
      return 0;
    }
  };
  const fixed = globSync('**/*.{astro,ts}', { cwd: pagesDir }).filter((f) => !f.includes('[')).length;
  const claims = count('claims');
  return fixed + count('authors') + count('comments') + claims + count('papers') + pageCount(claims, CLAIMS_PAGE_SIZE) - 1;
}

export interface AstroSummary {
  pages: number;
  /** Milliseconds per phase, from Astro's own log lines as they arrive. */
  phases: { name: string; ms: number }[];
  /** Warning and error records, each with its continuation lines, as Astro printed them. */
  problems: string[];
}

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** A line Astro prints for each file it writes: "22:25:52   ├─ /claims/x/index.html (+3ms)". */
const ROUTE_LINE = /^(?:\d\d:\d\d:\d\d )?\s*[├└]─ \//;
/** A new record starts with Astro's timestamp; lines without one continue the record before. */
const RECORD_START = /^\d\d:\d\d:\d\d /;
const PROBLEM = /\[(?:WARN|ERROR)\]|\bwarning\b/i;
const PHASES: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'syncing content'],
  [/\[build\] Building static entrypoints/, 'bundling'],
  [/generating static routes/, 'pages'],
  [/\[build\] Complete!/, 'done'],
];

/**
 * Reads Astro's build log line by line: counts the files written, times the phases, keeps the warnings
 * and errors whole. Pure apart from `now`; `onChange` hears of every phase change and written file.
 */
export function astroLogReader(now: () => number, onChange?: (phase: string, pages: number) => void) {
  const summary: AstroSummary = { pages: 0, phases: [], problems: [] };
  let phase = 'starting';
  let phaseStart = now();
  let record: string[] | undefined;
  const flush = () => {
    if (record) summary.problems.push(record.join('\n').trimEnd());
    record = undefined;
  };
  return {
    summary,
    /** The phase Astro is in, and when it began. */
    get phase() {
      return { name: phase, since: phaseStart };
    },
    line(raw: string) {
      // Astro colours its log when it believes the output can show colours (CI=1 does it): read the text.
      const line = stripAnsi(raw);
      if (ROUTE_LINE.test(line)) {
        flush();
        summary.pages++;
        onChange?.(phase, summary.pages);
        return;
      }
      const next = PHASES.find(([re]) => re.test(line))?.[1];
      if (next) {
        const t = now();
        summary.phases.push({ name: phase, ms: t - phaseStart });
        phase = next;
        phaseStart = t;
        onChange?.(phase, summary.pages);
      }
      if (RECORD_START.test(line)) {
        flush();
        if (PROBLEM.test(line)) record = [line];
      } else if (record) record.push(line);
    },
    end() {
      flush();
    },
  };
}

/** The astro command's script, from the installed package. */
function astroBin(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('astro/package.json');
  return join(dirname(pkg), (require(pkg) as { bin: { astro: string } }).bin.astro);
}

function mine(): number {
  const r = spawnSync(process.execPath, [resolve('src/pipeline/cli.ts')], { stdio: 'inherit' });
  return r.status ?? 1;
}

function astro(args: string[]): Promise<number> {
  const command = [astroBin(), 'build', ...args];
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Asked for Astro's own detail: show it all, as astro prints it.
  if (args.includes('--verbose')) return Promise.resolve(spawnSync(process.execPath, command, { stdio: 'inherit', env }).status ?? 1);

  const t0 = performance.now();
  const progress: Progress | undefined = process.stdout.isTTY ? progressPrinter({ write: (t) => process.stdout.write(t) }) : undefined;
  const total = expectedRoutes(config.content);
  const show = () => {
    const { name, since } = reader.phase;
    if (name === 'pages') progress?.update('astro: pages', reader.summary.pages, total);
    else if (name !== 'done') progress?.status(`astro: ${name}`, `… ${Math.round((performance.now() - since) / 1000)} s`);
  };
  const reader = astroLogReader(() => performance.now(), progress && show);
  const all: string[] = [];
  let printed = 0;
  // Problems pass through as soon as they are whole (the next record has started).
  const printProblems = () => {
    for (; printed < reader.summary.problems.length; printed++) {
      progress?.clear();
      console.error(reader.summary.problems[printed]);
    }
  };
  // Redraw the seconds of phases that print nothing while they run (syncing content takes ~12 s at 10k).
  const timer = progress ? setInterval(show, 1000) : undefined;
  return new Promise((done) => {
    const child = spawn(process.execPath, command, { env, stdio: ['inherit', 'pipe', 'pipe'] });
    const feed = (chunk: string, rest: { text: string }) => {
      rest.text += chunk;
      const lines = rest.text.split('\n');
      rest.text = lines.pop()!;
      for (const line of lines) {
        all.push(line);
        reader.line(line);
      }
      printProblems();
    };
    const out = { text: '' };
    const err = { text: '' };
    child.stdout.setEncoding('utf8').on('data', (c: string) => feed(c, out));
    child.stderr.setEncoding('utf8').on('data', (c: string) => feed(c, err));
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      for (const rest of [out, err]) if (rest.text) feed('\n', rest);
      reader.end();
      printProblems();
      progress?.clear();
      if (code !== 0) {
        console.error(all.join('\n'));
        console.error(`cruxmap: astro build failed (exit code ${code}); its whole output is above.`);
        done(code ?? 1);
        return;
      }
      const s = reader.summary;
      const phases = s.phases.map((p) => `${p.name === 'starting' ? 'start' : p.name} ${seconds(p.ms)}`).join(', ');
      console.log(`cruxmap: astro built ${fmt(s.pages)} files into ${config.outDir}/ in ${seconds(performance.now() - t0)} (${phases})`);
      done(0);
    });
  });
}

if (import.meta.main) {
  const code = mine();
  process.exitCode = code !== 0 ? code : await astro(process.argv.slice(2).filter((a) => a !== '--'));
}
