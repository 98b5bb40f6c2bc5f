/**
 * The bench's synthetic corpus: `n` searchable entries made of real text from the seeds, recombined
 * with a seeded random source, so every run builds the same corpus from the same seeds.
 * Mix as in a grown site: 88 % claims (sentences spliced from two seed sentences), 9 % papers (with
 * aliases and 1–3 mention sentences), 3 % authors (with a handle and a bio).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDoc } from '../src/lib/search.ts';
import type { NodeStyleKey } from '../src/lib/visual.ts';
import { slugify } from '../src/lib/ids.ts';
import { mulberry32 } from '../src/lib/prng.ts';


/** The sentences of the seed dumps (header lines and page furniture are short and fall out). */
export function seedSentences(seedsDir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(seedsDir).sort()) {
    if (name.startsWith('.')) continue;
    const text = readFileSync(join(seedsDir, name), 'utf8').replace(/^\uFEFF/, '');
    for (const s of text.split(/(?<=[.?!])\s+|\n+/)) {
      const t = s.trim();
      if (t.length >= 30 && t.length <= 400) out.push(t);
    }
  }
  return out;
}

const SURNAMES = ['Turpin', 'Berglund', 'Lanham', 'Sheshadri', 'Popper', 'Hubinger', 'Greenblatt', 'Burns', 'Perez', 'Christiano', 'Olah', 'Nanda', 'Ngo', 'Carlsmith', 'Shlegeris', 'Kenton', 'Irving', 'Leike', 'Krakovna', 'Wentworth'];
const SYLLABLES = ['an', 'ber', 'cal', 'dor', 'el', 'fen', 'gar', 'hol', 'is', 'jan', 'kor', 'lin', 'mar', 'nor', 'os', 'per', 'quin', 'ros', 'sel', 'tor', 'ul', 'ven', 'wen', 'yar', 'zel'];
const FIRST = ['Alex', 'Sam', 'Jordan', 'Maya', 'Noah', 'Lena', 'Omar', 'Priya', 'Tomas', 'Yuki', 'Ines', 'Kofi', 'Elena', 'Ravi', 'Hana', 'Luca'];
const ROLES: NodeStyleKey[] = ['claim', 'claim', 'claim', 'objection', 'objection', 'support', 'question'];

export function syntheticCorpus(sentences: string[], n: number, seed = 20240601): SearchDoc[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const words = sentences.map((s) => s.split(' '));
  /** Half of one seed sentence + half of another: real words, real lengths, new sentences. */
  const sentence = () => {
    const a = pick(words);
    const b = pick(words);
    const cutA = Math.max(1, Math.floor(a.length * (0.3 + rnd() * 0.4)));
    const cutB = Math.floor(b.length * (0.3 + rnd() * 0.4));
    return [...a.slice(0, cutA), ...b.slice(cutB)].join(' ');
  };
  const surname = (i: number) => (i < SURNAMES.length ? SURNAMES[i]! : cap(pick(SYLLABLES) + pick(SYLLABLES) + pick(['', 'sen', 'ski', 'ton', 'ez'])));
  const nAuthors = Math.round(n * 0.03);
  const nPapers = Math.round(n * 0.09);
  const nClaims = n - nAuthors - nPapers;
  const authors = Array.from({ length: nAuthors }, (_, i) => `${pick(FIRST)} ${surname(i + 3)}`);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < nClaims; i++) {
    const title = sentence();
    const id = `${slugify(title, 5, 40)}-${i.toString(16).padStart(6, '0')}`;
    docs.push({ kind: 'claim', id, role: pick(ROLES), title, author: pick(authors) });
  }
  for (let i = 0; i < nPapers; i++) {
    const name = surname(i);
    const year = 2015 + Math.floor(rnd() * 11);
    const quoted = rnd() < 0.4 ? cap(pick(words).slice(0, 3 + Math.floor(rnd() * 4)).join(' ').replace(/[.,;:?!]+$/, '')) : '';
    const title = quoted || `${name} et al. (${year})`;
    const aliases = [`the ${name} paper`, `${name} et al.`, `(${name}, ${year})`].filter((a) => a !== title);
    const context = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => sentence());
    const id = `${slugify(name)}-${year}-${i}`;
    docs.push({ kind: 'paper', id, role: 'paper', title, aliases, context });
  }
  for (let i = 0; i < nAuthors; i++) {
    const name = authors[i]!;
    const id = `${slugify(name)}-${i}`;
    docs.push({ kind: 'author', id, role: 'author', title: name, aliases: [slugify(name).replace(/-/g, '')], context: [`Research associate at ${pick(SURNAMES)} Lab; ${sentence().slice(0, 80)}`] });
  }
  return docs;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What readers type, typos included; the bench runs every prefix of each, as typed key by key. */
export const BENCH_QUERIES = [
  'faithfulness', 'faithfulnes', 'Turpin', 'Turpn', 'gradient hacking', 'gradient hackng', 'alignment faking', 'aligment faking',
  'CoT', 'CoT faithfulness', 'Berglund', 'Berglnd', 'chain of thougt', 'abductive reasoning', 'natural abstractions',
  'situational awarenes', 'sycophancy vector', 'Sheshadri', 'Lanham paper', 'reward hacking',
];

/** Every keystroke of every query: "fa", "fai", …, "faithfulness" (one-letter prefixes are not searched). */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
}
