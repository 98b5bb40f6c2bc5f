/**
 * The debate seen from each claim: links are stored on the claim that makes them (`rebuts`,
 * `supports`, `qualifies`, `relates`, `cites`), and a reader also wants the other direction (who rebuts this
 * claim?). `indexDebate` builds those reverse lists once; the cruxes and the who-rebuts-whom matrix
 * are read from it. Pure: plain entries in (ids as strings, as `loadGraphInput` gives them).
 */
import type { Claim } from '../schemas/claim.ts';
import type { Evidence } from '../schemas/evidence.ts';

export interface ClaimEntry {
  id: string;
  data: Claim;
}

/** A link seen from its target: the claim it comes from, and why it exists. */
export interface Incoming {
  source: string;
  evidence: Evidence;
}

export interface DebateIndex {
  claims: Map<string, Claim>;
  /** Claim id → the claims that rebut it. */
  rebuttedBy: Map<string, Incoming[]>;
  /** Claim id → the claims that support it. */
  supportedBy: Map<string, Incoming[]>;
  /** Claim id → the caveats its author puts on it. */
  qualifiedBy: Map<string, Incoming[]>;
  /** Claim id → claims of other authors on the same topic, both directions, with the evidence. */
  related: Map<string, Incoming[]>;
  /** Paper id → the claims that cite it. */
  citedBy: Map<string, Incoming[]>;
  /** Comment id → its claims (not the external ones it names), in text order. */
  byComment: Map<string, string[]>;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDebate(entries: readonly ClaimEntry[]): DebateIndex {
  const sorted = [...entries].sort((a, b) => cmp(a.id, b.id));
  const index: DebateIndex = {
    claims: new Map(sorted.map((c) => [c.id, c.data])),
    rebuttedBy: new Map(),
    supportedBy: new Map(),
    qualifiedBy: new Map(),
    related: new Map(),
    citedBy: new Map(),
    byComment: new Map(),
  };
  for (const c of sorted) {
    for (const l of c.data.rebuts) push(index.rebuttedBy, l.target, { source: c.id, evidence: l.evidence });
    for (const l of c.data.supports) push(index.supportedBy, l.target, { source: c.id, evidence: l.evidence });
    for (const l of c.data.qualifies ?? []) push(index.qualifiedBy, l.target, { source: c.id, evidence: l.evidence });
    for (const l of c.data.cites) push(index.citedBy, l.target, { source: c.id, evidence: l.evidence });
    for (const l of c.data.relates) {
      push(index.related, c.id, { source: l.target, evidence: l.evidence });
      push(index.related, l.target, { source: c.id, evidence: l.evidence });
    }
    if (!c.data.external) push(index.byComment, c.data.comment, c.id);
  }
  for (const ids of index.byComment.values()) ids.sort((a, b) => index.claims.get(a)!.offsets.start - index.claims.get(b)!.offsets.start || cmp(a, b));
  for (const list of index.related.values()) list.sort((a, b) => (b.evidence.score ?? 0) - (a.evidence.score ?? 0) || cmp(a.source, b.source));
  return index;
}

/** The claims before and after this one in its comment (undefined at either end, and for external claims). */
export function siblings(index: DebateIndex, id: string): { previous?: string; next?: string } {
  const claim = index.claims.get(id);
  if (!claim || claim.external) return {};
  const ids = index.byComment.get(claim.comment) ?? [];
  const i = ids.indexOf(id);
  const out: { previous?: string; next?: string } = {};
  if (i > 0) out.previous = ids[i - 1]!;
  if (i >= 0 && i < ids.length - 1) out.next = ids[i + 1]!;
  return out;
}
