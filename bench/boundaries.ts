/**
 * Bench: how well comment boundaries are found in plain dumps, without an Astro build. Ingests and groups
 * every `*.txt` of a folder in-process (the runner's own assemble: ingest → group) and compares each found
 * comment's line range with the forum's own (truth.json: files.<file>.comments, comments.<id>.lines).
 * Prints, per file and in total: true comments, found comments, found/true, and how many true comments
 * were found exactly (same first and last line). A file that throws is reported, not skipped silently.
 * Goal (issue 12): found/true within 0.8–1.2 and ≥ 70 % exact.
 *
 * `--fit` refits group.ts's BOUNDARY_MODEL: the weights by logistic regression (Newton steps, L2 1) on the
 * paragraphs that no rule joins and no reply opening cuts, each with the age of its true comment so far, printed as fitted on all
 * commenters, with the mean of the files' odds (meanOdds); then, with every commenter cut by weights and
 * meanOdds fitted on the others only, the totals each cohesion and split bias give (the honest figures:
 * other commenters' dumps judge the model).
 * All files are read together, as a build reads them (a paragraph found in another dump joins the next).
 * Run: `node bench/boundaries.ts [--fit] [folder] [truth.json]` (defaults: tests/corpora/lw-dev/text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assemble } from '../src/pipeline/assemble.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { BOUNDARY_FEATURES, BOUNDARY_MODEL, cut, fileOdds, gaps, MAX_AGE, sharedParagraphs, type BoundaryModel } from '../src/pipeline/group.ts';

const fit = process.argv.includes('--fit');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = args[0] ?? 'tests/corpora/lw-dev/text';
const truth = JSON.parse(readFileSync(args[1] ?? join(dirname(dir), 'truth.json'), 'utf8')) as {
  files: Record<string, { layout?: string; comments: string[] }>;
  comments: Record<string, { lines: [number, number] }>;
};
const names = readdirSync(dir).filter((n) => n.endsWith('.txt') && truth.files[n]).sort();
const wantedOf = (name: string) => truth.files[name]!.comments.map((id) => truth.comments[id]!.lines.join('-'));
const exactOf = (wanted: string[], found: string[]) => {
  const got = new Set(found);
  return wanted.filter((w) => got.has(w)).length;
};
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
  for (const r of rows) console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
};

if (!fit) {
  const rows: string[][] = [['file', 'layout', 'true', 'found', 'found/true', 'exact', 'exact %']];
  let allTrue = 0, allFound = 0, allExact = 0;
  // All files at once, as a build reads them: a paragraph found in another commenter's dump is a quote.
  let all: ReturnType<typeof assemble>['comments'] | undefined;
  let failure = '';
  try {
    all = assemble(names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }))).comments;
  } catch (e) {
    failure = (e as Error).message.split('\n')[0]!;
  }
  for (const name of names) {
    const wanted = wantedOf(name);
    allTrue += wanted.length;
    if (!all) {
      rows.push([name, truth.files[name]!.layout ?? '?', String(wanted.length), `THROWS: ${failure}`, '', '', '']);
      continue;
    }
    const found = all.filter((c) => c.data.file === name).map((c) => `${c.data.lines.start}-${c.data.lines.end}`);
    const exact = exactOf(wanted, found);
    allFound += found.length;
    allExact += exact;
    rows.push([name, truth.files[name]!.layout ?? '?', String(wanted.length), String(found.length), ratio(found.length, wanted.length), String(exact), pct(exact, wanted.length)]);
  }
  rows.push(['total', '', String(allTrue), String(allFound), ratio(allFound, allTrue), String(allExact), pct(allExact, allTrue)]);
  table(rows);
} else {
  type Weights = BoundaryModel['weights'];
  // Training rows: each paragraph no rule joins, with the age of the true comment before it.
  const ingested = names.map((name) => ingest(name, readFileSync(join(dir, name))).paragraphs);
  const shared = sharedParagraphs(ingested, names.map((_, k) => k));
  const files = names.map((name, f) => {
    const paragraphs = ingested[f]!;
    const starts = new Set(truth.files[name]!.comments.map((id) => truth.comments[id]!.lines[0]));
    const g = gaps(paragraphs, shared[f]);
    const rows: { x: number[]; y: number }[] = [];
    let start = 0;
    paragraphs.forEach((p, i) => {
      if (i === 0) return;
      const y = starts.has(p.lines.start);
      if (!g.rules[i] && !g.opens[i]) rows.push({ x: g.features[i]![Math.min(MAX_AGE, i - start) - 1]!, y: y ? 1 : 0 });
      if (y) start = i;
    });
    const rangeOf = (s: number[]) => s.map((a, k) => `${paragraphs[a]!.lines.start}-${paragraphs[(s[k + 1] ?? paragraphs.length) - 1]!.lines.end}`);
    return { name, g, rows, rangeOf, wanted: wantedOf(name) };
  });
  const train = (rows: { x: number[]; y: number }[]): Weights => {
    const d = BOUNDARY_FEATURES.length;
    let w = new Array<number>(d).fill(0);
    for (let step = 0; step < 25; step++) {
      const g = w.map((x) => x); // L2 1
      const h = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b ? 1 : 0)));
      for (const { x, y } of rows) {
        const p = 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * w[k]!, 0)));
        for (let a = 0; a < d; a++) {
          if (x[a] === 0) continue;
          g[a]! += (p - y) * x[a]!;
          for (let b = 0; b < d; b++) h[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
        }
      }
      const step_ = solve(h, g);
      w = w.map((v, k) => v - step_[k]!);
    }
    return Object.fromEntries(BOUNDARY_FEATURES.map((f, k) => [f, Math.round(w[k]! * 100) / 100])) as Weights;
  };
  const all = train(files.flatMap((f) => f.rows));
  console.log('weights (all commenters):', JSON.stringify(all));
  const meanOdds = (fs: typeof files, w: Weights) => fs.reduce((a, f) => a + fileOdds(f.g, w), 0) / fs.length;
  console.log('mean of the files\' odds (meanOdds):', meanOdds(files, all).toFixed(3));
  const heldOut = files.map((f) => {
    const others = files.filter((o) => o !== f);
    const weights = train(others.flatMap((o) => o.rows));
    return { weights, meanOdds: meanOdds(others, weights) };
  });
  const rows: string[][] = [['cohesion', 'split bias', 'true', 'found', 'found/true', 'exact', 'exact %']];
  const cohesions = [0.2, 0.3, 0.35, 0.4, 0.5];
  const biases = [1, 1.25, 1.5, 1.75, 2, 2.25];
  for (const cohesion of cohesions) {
    for (const splitBias of biases) {
      let t = 0, found = 0, exact = 0;
      files.forEach((f, k) => {
        const got = f.rangeOf(cut(f.g, { ...BOUNDARY_MODEL, ...heldOut[k]!, cohesion, splitBias }));
        t += f.wanted.length;
        found += got.length;
        exact += exactOf(f.wanted, got);
      });
      const mark = cohesion === BOUNDARY_MODEL.cohesion && splitBias === BOUNDARY_MODEL.splitBias ? ' (model)' : '';
      rows.push([String(cohesion), String(splitBias) + mark, String(t), String(found), ratio(found, t), String(exact), pct(exact, t)]);
    }
  }
  console.log('held out one commenter at a time:');
  table(rows);
}

/** Solve h·x = g by Gaussian elimination with partial pivoting (h is small and positive definite). */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const m = h.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < n; c++) {
    let best = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[best]![c]!)) best = r;
    [m[c], m[best]] = [m[best]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
