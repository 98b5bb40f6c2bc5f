/**
 * What the exports of a built site must say: the same as its /graph.json. /aif.json is well-formed
 * AIFdb JSON with an I-node per claim and paper and a CA/RA per rebuttal/support between the right
 * I-nodes; /map.argdown parses with @argdown/core without errors, with the same statements (word for
 * word) and relations, and the citations and topic links in the statements' data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aifSchema } from '../../src/schemas/aif.ts';
import { graphSchema, type Graph } from '../../src/schemas/graph.ts';
import { aifProblems } from '../../src/lib/aif.ts';
import { parseArgdown } from './argdown.ts';

const count = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');

export function checkExports(dir: string): { statements: number; relations: number } {
  const graph: Graph = graphSchema.parse(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')));
  const statements = graph.nodes.filter((n) => n.kind !== 'author');
  const textOf = new Map(statements.map((n) => [n.id, n.text ?? n.label]));
  const argumentative = graph.edges.filter((e) => e.kind === 'rebuts' || e.kind === 'supports');

  const aif = aifSchema.parse(JSON.parse(readFileSync(join(dir, 'aif.json'), 'utf8')));
  assert.deepEqual(aifProblems(aif), [], `${dir}/aif.json is well-formed`);
  const aifText = new Map(aif.nodes.map((n) => [n.nodeID, n.text]));
  assert.deepEqual(count(aif.nodes.filter((n) => n.type === 'I').map((n) => n.text)), count(statements.map((n) => textOf.get(n.id)!)), 'an I-node per claim and paper');
  const schemes = aif.nodes
    .filter((n) => n.type === 'CA' || n.type === 'RA')
    .map((s) => {
      const from = aif.edges.filter((e) => e.toID === s.nodeID).map((e) => aifText.get(e.fromID));
      const to = aif.edges.filter((e) => e.fromID === s.nodeID).map((e) => aifText.get(e.toID));
      return `${from.join('+')} -${s.type}-> ${to.join('+')}`;
    });
  assert.deepEqual(
    count(schemes),
    count(argumentative.map((e) => `${textOf.get(e.source)} -${e.kind === 'rebuts' ? 'CA' : 'RA'}-> ${textOf.get(e.target)}`)),
    'a CA per rebuttal and an RA per support, between the right I-nodes',
  );
  const authored = statements.filter((n) => n.author);
  assert.equal(aif.nodes.filter((n) => n.type === 'L').length, authored.length, 'an L-node per authored claim');
  assert.equal(aif.participants.length, graph.nodes.filter((n) => n.kind === 'author').length, 'a participant per author');

  const argdown = parseArgdown(readFileSync(join(dir, 'map.argdown'), 'utf8'));
  assert.deepEqual(argdown.errors, [], `${dir}/map.argdown parses without errors`);
  assert.deepEqual([...argdown.statements.keys()].sort(), statements.map((n) => n.id).sort(), 'the same statements');
  for (const n of statements) {
    const tags = n.kind === 'paper' ? ['paper'] : n.external ? [n.role, 'external'] : [n.role];
    assert.equal(argdown.statements.get(n.id)!.text, `${oneLine(textOf.get(n.id)!)} ${tags.map((t) => `#${t}`).join(' ')}`, `${n.id}: text word for word`);
  }
  assert.deepEqual(argdown.relations, argumentative.map((e) => `${e.source} ${e.kind === 'rebuts' ? 'attack' : 'support'} ${e.target}`).sort(), 'the same relations');
  for (const kind of ['cites', 'relates'] as const) {
    const fromData = [...argdown.statements].flatMap(([id, s]) => ((s.data[kind] as string[] | undefined) ?? []).map((t) => `${id} ${t}`)).sort();
    assert.deepEqual(fromData, graph.edges.filter((e) => e.kind === kind).map((e) => `${e.source} ${e.target}`).sort(), `${kind} links in the data`);
  }
  return { statements: statements.length, relations: argumentative.length };
}
