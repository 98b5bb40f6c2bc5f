/**
 * A deterministic, seed-like corpus for the scale benches: N comments over ~200 authors, recombined
 * from the real seed sentences (so citation patterns, objection cues and the shared topics survive),
 * in both dump layouts, with profile headers and scrape artefacts like the real dumps.
 *
 *   node bench/gen-corpus.ts --comments 10000 --out bench/out/corpus-10k/seeds
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeeds } from '../src/pipeline/run.ts';
import { assemble } from '../src/pipeline/assemble.ts';
import { segment } from '../src/pipeline/segment.ts';
import { mulberry32 } from '../src/lib/prng.ts';


const FIRST = ['Ada', 'Ben', 'Chloe', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Maya', 'Nils', 'Olga', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tove'];
const LAST = ['Abbott', 'Brandt', 'Castro', 'Dubois', 'Eklund', 'Fischer', 'Garcia', 'Haddad', 'Ivanova', 'Jansen'];
const BIOS = ['Research scientist at an AI lab, working on interpretability.', 'PhD student at a university, studying alignment.', 'Engineer at a startup working on evals.'];

export interface CorpusOptions {
  comments: number;
  authors?: number;
  seed?: number;
}

/** The corpus as file name → text. */
export function generateCorpus(sentences: string[], options: CorpusOptions): Map<string, string> {
  const rand = mulberry32(options.seed ?? 42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const authors = options.authors ?? Math.min(200, Math.max(3, Math.round(options.comments / 50)));
  const perAuthor = Array.from({ length: authors }, () => 0);
  for (let i = 0; i < options.comments; i++) perAuthor[Math.floor(rand() * authors)]!++;
  const files = new Map<string, string>();
  perAuthor.forEach((count, a) => {
    const name = `${FIRST[a % FIRST.length]} ${LAST[Math.floor(a / FIRST.length) % LAST.length]}`;
    const header: string[] = [];
    const style = a % 3;
    if (style === 0) header.push(name, `${name.toLowerCase().replace(/\s+/g, '')}${a}`);
    else if (style === 1) header.push(pick(BIOS));
    else header.push('Wiki Contributions', '');
    const blankLayout = a % 2 === 1;
    const comments: string[] = [];
    for (let c = 0; c < Math.max(1, count); c++) {
      const n = 1 + Math.floor(rand() * 4);
      const parts: string[] = [];
      for (let s = 0; s < n; s++) parts.push(pick(sentences));
      comments.push(parts.join(' '));
    }
    const body = comments.join(blankLayout ? '\n\n' : '\n');
    files.set(`gen_${String(a).padStart(4, '0')}.txt`, `${header.join('\n')}\n${body}\n${style === 2 ? '\nLoad More\n' : ''}`);
  });
  return files;
}

/** Every sentence of the real seeds, in order: the material the corpus recombines. */
export function seedSentences(seedsDir = 'seeds'): string[] {
  const corpus = assemble(readSeeds(seedsDir).files);
  const out: string[] = [];
  for (const c of corpus.comments) for (const o of segment(c.data.text)) out.push(c.data.text.slice(o.start, o.end).replace(/\s+/g, ' '));
  return out;
}

export function writeCorpus(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { comments: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } } });
  const n = Number(values.comments);
  const out = values.out ?? `bench/out/corpus-${n}/seeds`;
  const files = generateCorpus(seedSentences(), { comments: n, seed: Number(values.seed) });
  writeCorpus(out, files);
  console.log(`wrote ${files.size} files, ${n} comments, to ${out}`);
}
