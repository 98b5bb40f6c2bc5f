/**
 * `/graph.json` → AIFdb JSON (src/schemas/aif.ts), and the well-formedness check the endpoint and the
 * tests run on it. Pure.
 *
 * - every claim and every paper is an I-node (its text; the paper's title);
 * - a rebuttal A rebuts B is A → CA "Default Conflict" → B; a support A supports B is A → RA
 *   "Default Inference" → B;
 * - a claim with an author is also said: an L-node "Name: text", anchored to its I-node through a
 *   YA "Asserting" node, with a locution naming the participant (one participant per author);
 * - `cites`, `relates` and `qualifies` are not argument relations in AIF's sense (a citation may back
 *   a claim or be its target; a shared topic is no inference; a caveat an author puts on their own
 *   claim neither attacks nor supports it, and AIF has no scheme for it), so they stay in graph.json
 *   and map.argdown only.
 */
import type { Graph } from '../schemas/graph.ts';
import type { Aif, AifNode, AifNodeType } from '../schemas/aif.ts';

export const SCHEME_TEXT = { RA: 'Default Inference', CA: 'Default Conflict', YA: 'Asserting' } as const;

export function toAif(graph: Graph): Aif {
  const aif: Aif = { nodes: [], edges: [], locutions: [], participants: [] };
  const node = (type: AifNodeType, text: string): string => {
    const nodeID = String(aif.nodes.length + 1);
    aif.nodes.push({ nodeID, text, type });
    return nodeID;
  };
  const edge = (fromID: string, toID: string) => aif.edges.push({ edgeID: String(aif.edges.length + 1), fromID, toID, formEdgeID: null });

  const people = new Map<string, { id: string; name: string }>();
  for (const n of graph.nodes) {
    if (n.kind !== 'author') continue;
    const participantID = String(people.size + 1);
    const [firstname = '', ...rest] = n.label.trim().split(/\s+/);
    aif.participants.push({ participantID, firstname, surname: rest.join(' ') });
    people.set(n.id.replace(/^author:/, ''), { id: participantID, name: n.label });
  }

  const iNode = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.kind === 'author') continue;
    iNode.set(n.id, node('I', n.text ?? n.label));
  }
  for (const n of graph.nodes) {
    const who = n.kind === 'claim' && n.author ? people.get(n.author) : undefined;
    if (!who) continue;
    const l = node('L', `${who.name}: ${n.text ?? n.label}`);
    const timestamp = aifTimestamp(n.source?.postedAt);
    aif.locutions.push(timestamp ? { nodeID: l, personID: who.id, timestamp } : { nodeID: l, personID: who.id });
    const ya = node('YA', SCHEME_TEXT.YA);
    edge(l, ya);
    edge(ya, iNode.get(n.id)!);
  }
  for (const e of graph.edges) {
    if (e.kind !== 'rebuts' && e.kind !== 'supports') continue;
    const from = iNode.get(e.source);
    const to = iNode.get(e.target);
    if (!from || !to) continue;
    const type = e.kind === 'rebuts' ? 'CA' : 'RA';
    const s = node(type, SCHEME_TEXT[type]);
    edge(from, s);
    edge(s, to);
  }
  return aif;
}

/** ISO 8601 → AIFdb's "YYYY-MM-DD HH:MM:SS" in UTC; undefined for no date or one that is not a date. */
export function aifTimestamp(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * What is wrong with an AIF graph, as sentences (empty when well-formed): ids unique, every edge
 * between existing nodes, no edge between two I-nodes, every RA/CA with premises from I-nodes and
 * exactly one conclusion I-node, every YA from an L-node to one I-node, every L-node said by a
 * participant that exists.
 */
export function aifProblems(aif: Aif): string[] {
  const problems: string[] = [];
  const byId = new Map<string, AifNode>();
  for (const n of aif.nodes) {
    if (byId.has(n.nodeID)) problems.push(`node ${n.nodeID} is defined twice`);
    byId.set(n.nodeID, n);
  }
  const edgeIds = new Set<string>();
  const into = new Map<string, AifNode[]>();
  const out = new Map<string, AifNode[]>();
  for (const e of aif.edges) {
    if (edgeIds.has(e.edgeID)) problems.push(`edge ${e.edgeID} is defined twice`);
    edgeIds.add(e.edgeID);
    const from = byId.get(e.fromID);
    const to = byId.get(e.toID);
    if (!from || !to) {
      problems.push(`edge ${e.edgeID} joins ${e.fromID} → ${e.toID}, and ${!from ? e.fromID : e.toID} is no node`);
      continue;
    }
    if (from.type === 'I' && to.type === 'I') problems.push(`edge ${e.edgeID} joins two I-nodes (${e.fromID} → ${e.toID}) without a scheme node`);
    out.set(from.nodeID, [...(out.get(from.nodeID) ?? []), to]);
    into.set(to.nodeID, [...(into.get(to.nodeID) ?? []), from]);
  }
  const people = new Set(aif.participants.map((p) => p.participantID));
  const said = new Map(aif.locutions.map((l) => [l.nodeID, l.personID]));
  for (const n of aif.nodes) {
    const ins = into.get(n.nodeID) ?? [];
    const outs = out.get(n.nodeID) ?? [];
    if (n.type === 'RA' || n.type === 'CA') {
      if (ins.length === 0 || ins.some((m) => m.type !== 'I')) problems.push(`${n.type} node ${n.nodeID} needs premises from I-nodes only`);
      if (outs.length !== 1 || outs[0]!.type !== 'I') problems.push(`${n.type} node ${n.nodeID} needs exactly one conclusion I-node`);
    }
    if (n.type === 'YA' && (ins.length !== 1 || ins[0]!.type !== 'L' || outs.length !== 1 || outs[0]!.type !== 'I')) {
      problems.push(`YA node ${n.nodeID} must anchor one L-node to one I-node`);
    }
    if (n.type === 'L') {
      const person = said.get(n.nodeID);
      if (!person) problems.push(`L node ${n.nodeID} has no locution`);
      else if (!people.has(person)) problems.push(`L node ${n.nodeID} is said by participant ${person}, who does not exist`);
    }
  }
  for (const l of aif.locutions) if (byId.get(l.nodeID)?.type !== 'L') problems.push(`locution for ${l.nodeID}, which is no L-node`);
  return problems;
}
