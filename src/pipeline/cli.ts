/**
 * `npm run mine` (and the first half of `npm run build`): seeds/ → content/.
 * Options: --seeds DIR, --content DIR, --quiet, --explain (every decision, with its evidence, and the
 * time of each step). On a terminal it shows progress through the long steps; elsewhere (CI, a pipe) it
 * prints only the closing summary line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../config.ts';
import { CruxError } from './messages.ts';
import { explain } from './explain.ts';
import { run } from './run.ts';
import { stages } from './stages.ts';

/** A progress line redrawn in place, on a terminal only, and only for inputs large enough to wait for. */
function progressLine() {
  if (!process.stdout.isTTY) return undefined;
  let shown = '';
  return (step: string, done: number, total: number) => {
    if (total < 5000) return;
    const line = `cruxmap: ${step} ${done}/${total} (${Math.floor((100 * done) / total)}%)`;
    if (line === shown) return;
    shown = line;
    process.stdout.write(`\r\x1b[K${done === total ? '' : line}`);
  };
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string', default: config.seeds },
        content: { type: 'string', default: config.content },
        quiet: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    console.error(`cruxmap: ${(e as Error).message}. Run \`npm run mine -- --help\` for the options.`);
    return 2;
  }
  if (values.help) {
    console.log('Usage: npm run mine -- [--seeds DIR] [--content DIR] [--quiet] [--explain]');
    return 0;
  }
  const t0 = performance.now();
  try {
    const progress = progressLine();
    const summary = run({ seedsDir: resolve(values.seeds), contentDir: resolve(values.content), stages, ...(progress ? { progress } : {}) });
    const ms = Math.round(performance.now() - t0);
    if (values.explain) {
      console.log(explain(summary.corpus));
      for (const t of summary.timings) console.log(`time ${(t.stage.includes('/') ? `  ${t.stage}` : t.stage).padEnd(18)} ${t.ms.toFixed(1).padStart(9)} ms`);
    }
    const skipped = summary.skippedFiles.length ? ` (skipped hidden: ${summary.skippedFiles.join(', ')})` : '';
    console.log(
      `cruxmap: read ${summary.files} files${skipped}: ${summary.authors} authors, ${summary.paragraphs} paragraphs → ${summary.comments} comments, ` +
        `${summary.claims} claims, ${summary.papers} papers; wrote ${summary.written} files to ${values.content}/ in ${ms} ms`,
    );
    return 0;
  } catch (e) {
    if (e instanceof CruxError) {
      console.error(`cruxmap: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
