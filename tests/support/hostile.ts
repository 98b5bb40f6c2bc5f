/**
 * The hostile input corpus (tests/fixtures/hostile/README.md): the "builds" cases, committed and
 * generated, are gathered into one seeds folder and built into one site, which tests/build/hostile.test.ts
 * and tests/e2e/hostile.spec.ts then examine. Big and many files, and file names that a Windows or
 * macOS checkout could not hold, are generated here rather than committed.
 *
 * Usage: node tests/support/hostile.ts   (npm test runs it; writes .tmp/hostile/{seeds,content,dist})
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

export const HOSTILE = '.tmp/hostile';
export const FIXTURES = 'tests/fixtures/hostile';
export const hostileDirs = { seeds: `${HOSTILE}/seeds`, content: `${HOSTILE}/content`, dist: `${HOSTILE}/dist` };

/** How many tiny files the "many files" case writes. */
export const TINY_FILES = 1000;
/** Size of the single-line file. */
export const BIG_LINE_BYTES = 1024 * 1024;
/** A file name that is an HTML payload (legal on Linux, not on Windows). */
export const HOSTILE_NAME = '"><svg onload=alert(\'file name\')>.txt';
/** Size of the big forum export, and how many comments it holds. */
export const BIG_EXPORT_BYTES = 10 * 1024 * 1024;
export const BIG_EXPORT_COMMENTS = 100;
export const BIG_EXPORT_NAME = 'ten-megabyte-export.json';

/** Two files whose names differ only in case (one file on a case-insensitive file system). */
export const CASE_TWINS = ['Twin.txt', 'twin.txt'] as const;

/** A deterministic 1 MB line: words, commas, and a sentence end only every ~100 kB. */
export function bigLine(bytes = BIG_LINE_BYTES): string {
  const words = ['alignment', 'model', 'faithful', 'reasoning', 'evidence', 'scaling', 'the', 'of', 'and', 'a', 'chain', 'thought', 'reward', 'signal', 'probe'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const parts: string[] = ['One enormous line'];
  let size = parts[0]!.length;
  while (size < bytes - 1) {
    const w = words[next() % words.length]!;
    const sep = size % 100_000 < 12 ? '. ' : next() % 9 === 0 ? ', ' : ' ';
    parts.push(sep, w);
    size += sep.length + w.length;
  }
  return `${parts.join('').slice(0, bytes - 1)}.`;
}

/**
 * A deterministic 10 MB forum export: 100 comments of one user in one thread, each with a ~1 kB Markdown
 * body (what the miner reads: 100 kB, so that the site stays small enough to validate page by page;
 * the 1 MB line tests a big text) and the fields an API answer carries beside it that the reader skips
 * (an HTML copy of the body, a profile field), as a `{"data": {"comments": {"results": […]}}}` answer.
 */
export function bigExport(bytes = BIG_EXPORT_BYTES, count = BIG_EXPORT_COMMENTS): string {
  const words = ['alignment', 'model', 'faithful', 'reasoning', 'evidence', 'scaling', 'the', 'of', 'and', 'a', 'chain', 'thought', 'reward', 'signal', 'probe'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const prose = (n: number) => {
    const out: string[] = [];
    let size = 0;
    let sentence = 0;
    while (size < n) {
      const w = words[next() % words.length]!;
      const s = sentence === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w;
      sentence = (sentence + 1) % 14;
      out.push(sentence === 0 ? `${s}.` : s);
      size += s.length + 1;
    }
    return `${out.join(' ')}.`;
  };
  const body = 1024;
  const markdowns = Array.from({ length: count }, () => prose(body));
  const answer = (padding: number) => {
    const profile = padding > 0 ? 'x'.repeat(padding) : '';
    const results = markdowns.map((markdown, k) => {
      const id = `bigExport${String(k).padStart(8, '0')}`;
      return {
        _id: id,
        postId: 'bigExportPost0001',
        parentCommentId: k > 0 ? `bigExport${String(k - 1).padStart(8, '0')}` : null,
        topLevelCommentId: k > 0 ? 'bigExport00000000' : null,
        postedAt: new Date(Date.UTC(2025, 0, 1) + k * 3_600_000).toISOString(),
        baseScore: k % 7,
        user: { username: 'big-export', displayName: 'Big Export', profile },
        post: { _id: 'bigExportPost0001', title: 'A post with a very long thread' },
        pageUrl: `https://forum.example/posts/bigExportPost0001?commentId=${id}`,
        contents: { markdown, html: `<p>${markdown}</p>` },
      };
    });
    return JSON.stringify({ data: { comments: { results } } }, null, 1);
  };
  const bare = answer(0).length;
  const text = answer(Math.max(0, Math.floor((bytes - bare - 1) / count)));
  return text.length < bytes ? `${text}${' '.repeat(bytes - text.length - 1)}\n` : text;
}

/** Every generated "builds" case: file name → contents. */
export function generatedCases(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('one-megabyte-line.txt', bigLine());
  files.set(CASE_TWINS[0], 'The upper-case twin says one thing about faithfulness.\n');
  files.set(CASE_TWINS[1], 'The lower-case twin says another thing about scaling.\n');
  files.set(HOSTILE_NAME, 'This dump has an HTML payload for a file name.\n');
  files.set(BIG_EXPORT_NAME, bigExport());
  for (let i = 0; i < TINY_FILES; i++) files.set(`tiny-${String(i).padStart(4, '0')}.txt`, `Tiny comment number ${i}.\n`);
  return files;
}

/** Fill the seeds folder: the committed "builds" cases, then the generated ones. */
export function prepareSeeds(seeds = hostileDirs.seeds): void {
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync(join(FIXTURES, 'builds'))) copyFileSync(join(FIXTURES, 'builds', name), join(seeds, name));
  for (const [name, text] of generatedCases()) writeFileSync(join(seeds, name), text);
}

/** Mine and build the hostile site (root base), as `npm run build` would with these seeds. */
export function buildHostileSite(): void {
  prepareSeeds();
  const env = {
    ...process.env,
    // The Node running this script (the project's own, >= 22.12) for the pipeline and Astro too.
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    CRUXMAP_SEEDS: hostileDirs.seeds,
    CRUXMAP_CONTENT: hostileDirs.content,
    CRUXMAP_OUT: hostileDirs.dist,
    CRUXMAP_BASE: '/',
  };
  execFileSync(process.execPath, ['src/pipeline/cli.ts'], { env, stdio: 'inherit' });
  execFileSync('npx', ['astro', 'build', '--silent'], { env, stdio: 'inherit' });
}

if (import.meta.main) {
  const t0 = performance.now();
  buildHostileSite();
  console.log(`hostile site built into ${hostileDirs.dist} in ${Math.round(performance.now() - t0)} ms`);
}
