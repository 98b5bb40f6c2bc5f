/**
 * Prints the similarity of every cross-author pair of claims in the seeds that shares at least two
 * terms, best first, with the terms: the table the thresholds in LINK_PARAMS (src/pipeline/link.ts) were
 * read from. `node bench/link-scores.ts [seeds-dir]`.
 */
import { readSeeds } from '../src/pipeline/run.ts';
import { assemble } from '../src/pipeline/assemble.ts';
import { mine } from '../src/pipeline/mining.ts';
import { quietContext } from '../src/pipeline/stage.ts';
import { mineSteps } from '../src/pipeline/stages.ts';
import { buildIndex, terms, type LinkInput } from '../src/pipeline/link.ts';

const corpus = mine(assemble(readSeeds(process.argv[2] ?? 'seeds').files), mineSteps, quietContext);
const claims = corpus.claims.filter((c) => !c.data.external);
const inputs: LinkInput[] = claims.map((c, index) => ({ id: c.id, role: c.data.role, text: c.data.text, author: c.data.author!, comment: c.data.comment, index, paragraph: 0, terms: terms(c.data.text) }));
const index = buildIndex(inputs);
const rows: { score: number; line: string }[] = [];
for (let i = 0; i < inputs.length; i++) {
  for (let j = i + 1; j < inputs.length; j++) {
    if (inputs[i]!.author === inputs[j]!.author) continue;
    const a = index.vectors[i]!.weights;
    const b = index.vectors[j]!.weights;
    const shared = [...a.keys()].filter((t) => b.has(t));
    if (shared.length < 1) continue;
    let dot = 0;
    for (const t of shared) dot += a.get(t)! * b.get(t)!;
    const score = dot / (index.vectors[i]!.norm * index.vectors[j]!.norm);
    const tag = (t: string) => `${t}${index.specific(t) ? '*' : ''}`;
    rows.push({ score, line: `${score.toFixed(3)}  [${shared.map(tag).join(', ')}]\n       ${inputs[i]!.text.slice(0, 80)}\n       ${inputs[j]!.text.slice(0, 80)}` });
  }
}
rows.sort((x, y) => y.score - x.score);
console.log(`${rows.length} cross-author pairs sharing a term (* = specific term)`);
for (const r of rows.slice(0, Number(process.argv[3] ?? 60))) console.log(r.line);
