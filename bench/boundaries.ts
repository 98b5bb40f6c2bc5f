/**
 * Bench: how well comment boundaries are found in plain dumps, without an Astro build. Ingests and groups
 * every `*.txt` of a folder in-process (the runner's own assemble: ingest → group) and compares each found
 * comment's line range with the forum's own (truth.json: files.<file>.comments, comments.<id>.lines).
 * Prints, per file and in total: true comments, found comments, found/true, and how many true comments
 * were found exactly (same first and last line). A file that throws is reported, not skipped silently.
 * Goal (issue 12): found/true within 0.8–1.2 and ≥ 70 % exact.
 *
 * `--fit` refits group.ts's BOUNDARY_WEIGHTS (logistic regression, Newton steps, L2 1) on the paragraphs
 * that no rule joins, with the true comments so far as context, prints them, and prints the totals each
 * threshold gives when every commenter is grouped with weights fitted on the others only.
 * Run: `node bench/boundaries.ts [--fit] [folder] [truth.json]` (defaults: tests/corpora/lw-dev/text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assemble } from '../src/pipeline/assemble.ts';
import { ingest, type RawParagraph } from '../src/pipeline/ingest.ts';
import { BOUNDARY_FEATURES, boundaryFeatures, continues, group, newCommentOdds, vocabularies, type BOUNDARY_WEIGHTS } from '../src/pipeline/group.ts';

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
const rangeOf = (ps: RawParagraph[]) => `${ps[0]!.lines.start}-${ps[ps.length - 1]!.lines.end}`;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
  for (const r of rows) console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
};

if (!fit) {
  const rows: string[][] = [['file', 'layout', 'true', 'found', 'found/true', 'exact', 'exact %']];
  let allTrue = 0, allFound = 0, allExact = 0;
  for (const name of names) {
    const wanted = wantedOf(name);
    allTrue += wanted.length;
    let found: string[];
    try {
      found = assemble([{ name, bytes: readFileSync(join(dir, name)) }]).comments.map((c) => `${c.data.lines.start}-${c.data.lines.end}`);
    } catch (e) {
      rows.push([name, truth.files[name]!.layout ?? '?', String(wanted.length), `THROWS: ${(e as Error).message.split('\n')[0]}`, '', '', '']);
      continue;
    }
    const exact = exactOf(wanted, found);
    allFound += found.length;
    allExact += exact;
    rows.push([name, truth.files[name]!.layout ?? '?', String(wanted.length), String(found.length), ratio(found.length, wanted.length), String(exact), pct(exact, wanted.length)]);
  }
  rows.push(['total', '', String(allTrue), String(allFound), ratio(allFound, allTrue), String(allExact), pct(allExact, allTrue)]);
  table(rows);
} else {
  type Weights = typeof BOUNDARY_WEIGHTS;
  // Training rows: each paragraph no rule joins, with the true comment so far.
  const files = names.map((name) => {
    const paragraphs = ingest(name, readFileSync(join(dir, name))).paragraphs;
    const starts = new Set(truth.files[name]!.comments.map((id) => truth.comments[id]!.lines[0]));
    const vectors = vocabularies(paragraphs.map((p) => p.text));
    const rows: { x: number[]; y: number }[] = [];
    let start = 0;
    paragraphs.forEach((p, i) => {
      if (i === 0) return;
      if (!starts.has(p.lines.start) && continues(paragraphs[i - 1]!, p, paragraphs.slice(start, i))) return;
      if (continues(paragraphs[i - 1]!, p, paragraphs.slice(start, i)) === null) rows.push({ x: boundaryFeatures(paragraphs, vectors, i, start), y: starts.has(p.lines.start) ? 1 : 0 });
      if (starts.has(p.lines.start)) start = i;
    });
    return { name, paragraphs, rows, wanted: wantedOf(name) };
  });
  const train = (rows: { x: number[]; y: number }[]): Weights => {
    const d = BOUNDARY_FEATURES.length;
    let w = new Array<number>(d).fill(0);
    for (let step = 0; step < 30; step++) {
      const g = w.map((x) => x); // L2 1
      const h = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b ? 1 : 0)));
      for (const { x, y } of rows) {
        const p = 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * w[k]!, 0)));
        for (let a = 0; a < d; a++) {
          g[a]! += (p - y) * x[a]!;
          for (let b = 0; b < d; b++) h[a]![b]! += p * (1 - p) * x[a]! * x[b]!;
        }
      }
      w = w.map((v, k) => v - solve(h, g)[k]!);
    }
    return Object.fromEntries(BOUNDARY_FEATURES.map((f, k) => [f, Math.round(w[k]! * 100) / 100])) as Weights;
  };
  const all = train(files.flatMap((f) => f.rows));
  console.log('weights (all commenters):', JSON.stringify(all));
  // TRAINING_MEAN_ODDS: the mean odds at open paragraphs, each taken as if the one before began a comment.
  const local = files.flatMap((f) => {
    const v = vocabularies(f.paragraphs.map((p) => p.text));
    return f.paragraphs.flatMap((p, i) => (i > 0 && !continues(f.paragraphs[i - 1]!, p, [f.paragraphs[i - 1]!]) ? [newCommentOdds(boundaryFeatures(f.paragraphs, v, i, i - 1), all)] : []));
  });
  console.log('mean odds at open paragraphs (TRAINING_MEAN_ODDS):', (local.reduce((a, p) => a + p, 0) / local.length).toFixed(3));
  const heldOut = files.map((f) => train(files.filter((o) => o !== f).flatMap((o) => o.rows)));
  const rows: string[][] = [['threshold', 'true', 'found', 'found/true', 'exact', 'exact %']];
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    let t = 0, found = 0, exact = 0;
    files.forEach((f, k) => {
      const got = group(f.paragraphs, heldOut[k]!, threshold).map((g) => rangeOf(g.paragraphs));
      t += f.wanted.length;
      found += got.length;
      exact += exactOf(f.wanted, got);
    });
    rows.push([String(threshold), String(t), String(found), ratio(found, t), String(exact), pct(exact, t)]);
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
