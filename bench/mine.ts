/**
 * Bench: mine a corpus of about 50,000 sentences made deterministically from the real seed text, and
 * print the time of each stage and step, and the peak memory. Goal on the 2-core reference machine:
 * under 15 s and 1.5 GB. Run by hand: `node bench/mine.ts [--sentences 53500] [--write]`
 * (--write also writes the content files to a temporary folder, as `npm run mine` would).
 *
 * 53,500 drawn sentences make about 50,000 once segmented (some draws join). The corpus: every sentence of seeds/, drawn with a seeded PRNG into comments of 1–4 sentences, one
 * comment per line, 125 sentences per synthetic commenter; one word of each drawn sentence is swapped
 * for another word of the seeds, so that sentences are near-duplicates (as in a real thread), never
 * copies. Same seed, same corpus, same figures (up to the machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assemble } from '../src/pipeline/assemble.ts';
import type { SeedFile } from '../src/pipeline/corpus.ts';
import { emit } from '../src/pipeline/emit.ts';
import { counts } from '../src/pipeline/explain.ts';
import { readSeeds, writeContent } from '../src/pipeline/run.ts';
import { segment } from '../src/pipeline/segment.ts';
import { quietContext, type StageContext } from '../src/pipeline/stage.ts';
import { stages } from '../src/pipeline/stages.ts';
import { mulberry32 } from '../src/lib/prng.ts';

const { values } = parseArgs({ options: { sentences: { type: 'string', default: '53500' }, write: { type: 'boolean', default: false } } });
const target = Number(values.sentences);


function makeCorpus(): SeedFile[] {
  const seeds = assemble(readSeeds('seeds').files);
  const sentences = seeds.comments.flatMap((c) => segment(c.data.text).map((o) => c.data.text.slice(o.start, o.end).replace(/\s+/g, ' ')));
  const words = [...new Set(sentences.flatMap((s) => s.split(' ')).filter((w) => /^[a-z]{4,}$/.test(w)))].sort();
  const random = mulberry32(20260101);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const files: SeedFile[] = [];
  const perAuthor = 125;
  for (let made = 0, a = 0; made < target; a++) {
    const lines = [`Bench Author ${a}`, `bench${a}`];
    for (let n = 0; n < perAuthor && made < target; ) {
      const k = Math.min(1 + Math.floor(random() * 4), perAuthor - n, target - made);
      const parts: string[] = [];
      for (let i = 0; i < k; i++) {
        const s = pick(sentences).split(' ');
        const at = Math.floor(random() * s.length);
        if (/^[a-z]{4,}$/.test(s[at]!)) s[at] = pick(words);
        parts.push(s.join(' '));
      }
      lines.push(parts.join(' '));
      n += k;
      made += k;
    }
    files.push({ name: `bench_${String(a).padStart(4, '0')}.txt`, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) });
  }
  return files;
}

const timings: { step: string; ms: number; cpu: number }[] = [];
const timed = <T>(step: string, fn: () => T): T => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const v = fn();
  const c = process.cpuUsage(c0);
  timings.push({ step, ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
  return v;
};

const t0 = performance.now();
const files = timed('make corpus', makeCorpus);
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
const tMine = performance.now();
let corpus = timed('ingest+group', () => assemble(files));
for (const stage of stages) {
  const ctx: StageContext = { ...quietContext, time: (step, fn) => timed(`  ${stage.name}/${step}`, fn) };
  corpus = timed(stage.name, () => stage.run(corpus, ctx));
}
const out = timed('emit', () => emit(corpus));
if (values.write) {
  const dir = mkdtempSync(join(tmpdir(), 'cruxmap-bench-'));
  try {
    timed('write', () => writeContent(dir, out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const mineMs = performance.now() - tMine;

const sentences = corpus.comments.reduce((n, c) => n + c.data.sentences.length, 0);
const n = counts(corpus);
console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${corpus.comments.length} comments, ${sentences} sentences`);
console.log(`mined: claims ${Object.entries(n.roles).map(([r, k]) => `${r} ${k}`).join(', ')}; external ${n.external}; papers ${n.papers}; edges ${Object.entries(n.edges).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`${'step'.padEnd(22)} ${'wall'.padStart(7)}   ${'CPU'.padStart(7)}`);
for (const t of timings) console.log(`${t.step.padEnd(22)} ${(t.ms / 1000).toFixed(2).padStart(7)} s ${(t.cpu / 1000).toFixed(2).padStart(7)} s`);
console.log(`${'total (ingest→emit)'.padEnd(22)} ${(mineMs / 1000).toFixed(2).padStart(7)} s   (with corpus making: ${((performance.now() - t0) / 1000).toFixed(2)} s)`);
const cpu = process.cpuUsage();
console.log(`${'CPU time (user+sys)'.padEnd(22)} ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(7)} s   (wall-clock figures above grow when other work shares the machine)`);
console.log(`peak memory (max RSS)  ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(7)} MB`);
