/**
 * A deterministic synthetic `/graph.json` for benches and tests, shaped like the real one:
 * authors with favourite topics, topic clusters, claims of four roles, a few outside claims, papers
 * cited with a long tail, and a few hubs (heavily rebutted cruxes and much-cited papers). The same
 * options give the same bytes.
 *
 *   node bench/gen-graph.ts --nodes 5000 --edges 15000 [--seed 1] [--layout] [--base /] > graph.json
 */
import { parseArgs } from 'node:util';
import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from '../src/schemas/graph.ts';
import type { RelationKey } from '../src/lib/visual.ts';
import { mulberry32 } from '../src/lib/prng.ts';
import { layoutGraph } from '../src/lib/layout.ts';

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Base path the node URLs start with. */
  base?: string;
}

const WORDS = (
  'alignment model reward hacking chain thought faithfulness deception oversight scalable training data ' +
  'evaluation benchmark capability interpretability circuit feature probe steering gradient policy agent ' +
  'goal mesa optimizer corrigibility shutdown honesty sycophancy situational awareness scheming sandbagging ' +
  'monitor debate amplification emergent misalignment fine tuning pretraining scaling law compute'
).split(' ');

export function generateGraph(options: GenerateOptions): Graph {
  const rand = mulberry32(options.seed ?? 1);
  const base = options.base ?? '/';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const pad = (i: number, n: number) => String(i).padStart(String(n).length, '0');

  const n = options.nodes;
  const clusterCount = Math.max(2, Math.round(Math.sqrt(n) / 3));
  const authorCount = Math.max(3, Math.round(n / 60));
  const paperCount = Math.max(1, Math.round(n * 0.08));
  const externalCount = Math.round(n * 0.02);
  const claimCount = n - authorCount - paperCount - externalCount;

  const nodes: GraphNode[] = [];
  const cluster: number[] = [];
  const members: number[][] = Array.from({ length: clusterCount }, () => []);
  const papersIn: number[][] = Array.from({ length: clusterCount }, () => []);
  const hubsIn: number[][] = Array.from({ length: clusterCount }, () => []);
  const roles = ['claim', 'claim', 'claim', 'claim', 'objection', 'objection', 'objection', 'support', 'support', 'question'] as const;
  // Commenters have favourite topics: most of an author's claims sit in their home cluster.
  const home = Array.from({ length: authorCount }, () => Math.floor(rand() * clusterCount));
  for (let a = 0; a < authorCount; a++) {
    const id = `author-${pad(a, authorCount)}`;
    nodes.push({ id: `author:${id}`, kind: 'author', label: `Author ${pad(a, authorCount)}`, url: `${base}authors/${id}/` });
    cluster.push(home[a]!);
  }
  const firstClaim = nodes.length;
  for (let i = 0; i < claimCount; i++) {
    const a = Math.floor(rand() * authorCount);
    const c = rand() < 0.8 ? home[a]! : Math.floor(rand() * clusterCount);
    const author = `author-${pad(a, authorCount)}`;
    const id = `c-${pad(i, n)}`;
    const text = `${words(6 + Math.floor(rand() * 18))}.`;
    nodes.push({
      id: `claim:${id}`,
      kind: 'claim',
      role: pick(roles),
      label: text.length > 90 ? `${text.slice(0, text.lastIndexOf(' ', 88))}…` : text,
      text,
      author,
      url: `${base}claims/${id}/`,
      source: { file: `${author}.txt`, line: 1 + Math.floor(rand() * 400) },
    });
    cluster.push(c);
    members[c]!.push(nodes.length - 1);
    if (rand() < 0.015) hubsIn[c]!.push(nodes.length - 1);
  }
  for (let i = 0; i < externalCount; i++) {
    const c = Math.floor(rand() * clusterCount);
    const id = `x-${pad(i, n)}`;
    const text = `The post's claim that ${words(5)}`;
    nodes.push({ id: `claim:${id}`, kind: 'claim', role: 'claim', label: text, text, url: `${base}claims/${id}/`, external: true });
    cluster.push(c);
    members[c]!.push(nodes.length - 1);
  }
  for (let i = 0; i < paperCount; i++) {
    const c = Math.floor(rand() * clusterCount);
    const id = `p-${pad(i, n)}`;
    const title = `${pick(WORDS)[0]!.toUpperCase()}${words(3 + Math.floor(rand() * 4)).slice(1)} (${2017 + Math.floor(rand() * 9)})`;
    nodes.push({ id: `paper:${id}`, kind: 'paper', label: title, text: title, url: `${base}papers/${id}/` });
    cluster.push(c);
    papersIn[c]!.push(nodes.length - 1);
  }

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (s: number, t: number, kind: RelationKey) => {
    const key = `${s} ${t} ${kind}`;
    if (s === t || seen.has(key)) return;
    seen.add(key);
    const evidence =
      kind === 'cites'
        ? { rule: 'citation' as const, cue: nodes[t]!.label.slice(0, 30) }
        : kind === 'relates'
          ? { rule: 'shared-topic' as const, score: Math.round(rand() * 100) / 100, terms: [pick(WORDS), pick(WORDS)] }
          : { rule: 'connective-within-comment' as const, cue: kind === 'rebuts' ? pick(['but', 'however', 'I disagree']) : pick(['indeed', 'for example', 'this is why']) };
    edges.push({ source: nodes[s]!.id, target: nodes[t]!.id, kind, evidence });
  };
  // Papers are cited with a long tail: the first papers of a cluster get most citations.
  const zipf = (list: number[]) => list[Math.min(list.length - 1, Math.floor(list.length * rand() ** 3))]!;
  for (let attempts = 0; edges.length < options.edges && attempts < options.edges * 20; attempts++) {
    const s = firstClaim + Math.floor(rand() * claimCount);
    const c = rand() < 0.88 ? cluster[s]! : Math.floor(rand() * clusterCount);
    const role = nodes[s]!.role;
    const roll = rand();
    if (roll < 0.18 && papersIn[c]!.length) add(s, zipf(papersIn[c]!), 'cites');
    else if (roll < 0.3) add(s, pick(members[c]!), 'relates');
    else {
      const target = hubsIn[c]!.length && rand() < 0.3 ? pick(hubsIn[c]!) : pick(members[c]!);
      add(s, target, role === 'support' ? 'supports' : role === 'objection' || rand() < 0.5 ? 'rebuts' : 'supports');
    }
  }
  return { version: GRAPH_VERSION, nodes, edges };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '5000' },
      edges: { type: 'string', default: '15000' },
      seed: { type: 'string', default: '1' },
      base: { type: 'string', default: '/' },
      layout: { type: 'boolean', default: false },
    },
  });
  let graph = generateGraph({ nodes: Number(values.nodes), edges: Number(values.edges), seed: Number(values.seed), base: values.base });
  if (values.layout) graph = layoutGraph(graph);
  process.stdout.write(JSON.stringify(graph));
}
