/**
 * `npm run mine` (and the first half of `npm run build`): seeds/ → content/.
 * Options: --seeds DIR, --content DIR, --quiet (print nothing but errors), --explain (every decision, with its evidence, and the
 * time of each step). On a terminal it shows progress through the long steps; elsewhere (CI, a pipe) it
 * prints only the closing summary line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../config.ts';
import { CruxError } from './messages.ts';
import { explain } from './explain.ts';
import { progressPrinter } from './progress.ts';
import { run } from './run.ts';
import { stages } from './stages.ts';

/** Progress through the long steps, on a terminal only (elsewhere the summary line is all). */
function progressLine() {
  if (!process.stdout.isTTY) return undefined;
  const printer = progressPrinter({ write: (text) => process.stdout.write(text) });
  return (step: string, done: number, total: number) => printer.update(step, done, total);
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
    const progress = values.quiet ? undefined : progressLine();
    const summary = run({ seedsDir: resolve(values.seeds), contentDir: resolve(values.content), stages, ...(progress ? { progress } : {}) });
    const ms = Math.round(performance.now() - t0);
    if (values.explain) {
      console.log(explain(summary.corpus));
      for (const t of summary.timings) console.log(`time ${(t.stage.includes('/') ? `  ${t.stage}` : t.stage).padEnd(18)} ${t.ms.toFixed(1).padStart(9)} ms`);
    }
    const skipped = summary.skippedFiles.length ? ` (skipped hidden: ${summary.skippedFiles.join(', ')})` : '';
    const n = (x: number) => x.toLocaleString('en');
    if (!values.quiet) {
      console.log(
        `cruxmap: read ${n(summary.files)} files${skipped}: ${n(summary.authors)} authors, ${n(summary.paragraphs)} paragraphs → ${n(summary.comments)} comments, ` +
          `${n(summary.claims)} claims, ${n(summary.papers)} papers; wrote ${n(summary.written)} files to ${values.content}/ in ${(ms / 1000).toFixed(1)} s`,
      );
    }
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
