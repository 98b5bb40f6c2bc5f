/**
 * `npm run mine` (and the first half of `npm run build`): seeds/ → content/.
 * Options: --seeds DIR, --content DIR, --quiet.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../config.ts';
import { CruxError } from './messages.ts';
import { run } from './run.ts';
import { stages } from './stages.ts';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string', default: config.seeds },
        content: { type: 'string', default: config.content },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    console.error(`cruxmap: ${(e as Error).message}. Run \`npm run mine -- --help\` for the options.`);
    return 2;
  }
  if (values.help) {
    console.log('Usage: npm run mine -- [--seeds DIR] [--content DIR] [--quiet]');
    return 0;
  }
  const t0 = performance.now();
  try {
    const summary = run({ seedsDir: resolve(values.seeds), contentDir: resolve(values.content), stages });
    const ms = Math.round(performance.now() - t0);
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
