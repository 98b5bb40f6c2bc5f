/**
 * The runner: the only module that touches the disk. Reads seeds/, runs the stages, writes content/
 * atomically: everything is computed and validated in memory first, written to a staging folder,
 * and only then swapped in, so a failed run leaves the previous content/ as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { assemble } from './assemble.ts';
import type { Corpus, SeedFile } from './corpus.ts';
import { emit, GENERATED_DIRS } from './emit.ts';
import { CruxError, messages } from './messages.ts';
import { parseOverrides, type Overrides } from './overrides.ts';
import type { Stage, StageContext } from './stage.ts';

export interface RunOptions {
  /** Folder of comment dumps. */
  seedsDir: string;
  /** Folder to write (authors/, comments/, claims/, papers/ inside it are replaced). */
  contentDir: string;
  /** Stages run after assembling authors and comments (mining adds its own). */
  stages?: Stage[];
  /** Called as long steps go (the CLI shows it on a terminal). */
  progress?: StageContext['progress'];
}

/** The hand-corrections file, inside the content folder (it is not generated, so a run keeps it). */
export const OVERRIDES_FILE = 'overrides.yaml';

export type { Stage };

export interface RunSummary {
  files: number;
  skippedFiles: string[];
  authors: number;
  paragraphs: number;
  comments: number;
  claims: number;
  papers: number;
  written: number;
  timings: { stage: string; ms: number }[];
  corpus: Corpus;
}

/** Read every dump in the seeds folder (hidden files aside), sorted by name. */
export function readSeeds(seedsDir: string): { files: SeedFile[]; skipped: string[] } {
  if (!existsSync(seedsDir)) throw new CruxError(messages.seedsMissing(seedsDir));
  if (!statSync(seedsDir).isDirectory()) throw new CruxError(messages.seedsNotDirectory(seedsDir));
  const names = readdirSync(seedsDir).sort();
  const files: SeedFile[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) {
      skipped.push(name);
      continue;
    }
    const path = join(seedsDir, name);
    const label = relative(process.cwd(), path) || path;
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new CruxError(messages.unreadable(label, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    if (stat.isDirectory()) throw new CruxError(messages.entryIsDirectory(label));
    try {
      files.push({ name, label, bytes: readFileSync(path) });
    } catch (e) {
      throw new CruxError(messages.unreadable(label, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
  }
  if (files.length === 0) throw new CruxError(messages.seedsEmpty(seedsDir));
  return { files, skipped };
}

/** Replace the generated folders of contentDir with `files` (paths relative to contentDir). */
export function writeContent(contentDir: string, files: Map<string, string>, progress?: (done: number, total: number) => void): void {
  const staging = join(contentDir, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const dir of GENERATED_DIRS) mkdirSync(join(staging, dir), { recursive: true });
    let done = 0;
    const made = new Set<string>();
    for (const [path, text] of files) {
      const dir = dirname(join(staging, path));
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(join(staging, path), text);
      if (++done % 100 === 0) progress?.(done, files.size);
    }
    progress?.(files.size, files.size);
    for (const dir of GENERATED_DIRS) {
      const live = join(contentDir, dir);
      const old = join(staging, `${dir}.old`);
      if (existsSync(live)) renameSync(live, old);
      renameSync(join(staging, dir), live);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Read and check `overrides.yaml` in the content folder; no file means no corrections. */
export function readOverrides(contentDir: string): Overrides {
  const path = join(contentDir, OVERRIDES_FILE);
  const label = relative(process.cwd(), path) || path;
  if (!existsSync(path)) return { file: label, entries: [] };
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CruxError(messages.unreadable(label, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  return parseOverrides(text, label);
}

export function run(options: RunOptions): RunSummary {
  const timings: RunSummary['timings'] = [];
  const timed = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const value = fn();
    timings.push({ stage, ms: performance.now() - t0 });
    return value;
  };
  const { files, skipped } = timed('read', () => readSeeds(options.seedsDir));
  const overrides = timed('read-overrides', () => readOverrides(options.contentDir));
  const report = (step: string) => (done: number, total: number) => options.progress?.(step, done, total);
  let corpus = timed('ingest', () => assemble(files, report('ingest')));
  for (const stage of options.stages ?? []) {
    const ctx: StageContext = {
      time: (step, fn) => timed(`${stage.name}/${step}`, fn),
      progress: (step, done, total) => options.progress?.(`${stage.name}/${step}`, done, total),
      overrides,
    };
    corpus = timed(stage.name, () => stage.run(corpus, ctx));
  }
  const out = timed('emit', () => emit(corpus, report('emit')));
  timed('write', () => writeContent(options.contentDir, out, report('write')));
  return {
    files: files.length,
    skippedFiles: skipped,
    authors: corpus.authors.length,
    paragraphs: corpus.comments.reduce((n, c) => n + c.data.paragraphs.length, 0),
    comments: corpus.comments.length,
    claims: corpus.claims.length,
    papers: corpus.papers.length,
    written: out.size,
    timings,
    corpus,
  };
}
