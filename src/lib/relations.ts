/**
 * The relations between claims read generically, from visual.ts's one list: who links to a claim by
 * each relation, and the chain from a claim up to the one that started its exchange. Pure: plain
 * claims in (targets as ids), so the claim pages and the tests share it.
 */
import { RELATION_STYLES, type RelationKey } from './visual.ts';
import type { Incoming } from './debate.ts';
import type { Claim } from '../schemas/claim.ts';

/**
 * The relations between claims, in the order of visual.ts's one list (so a relation added there, like
 * `qualifies`, gets its sections on the claim pages without more work). `cites` points at papers.
 */
export const CLAIM_RELATIONS: readonly RelationKey[] = (Object.keys(RELATION_STYLES) as RelationKey[]).filter((k) => k !== 'cites');

/** Whether a relation has no direction ("relates to"): drawn without an arrow, listed from both ends. */
export const isSymmetric = (kind: RelationKey) => !RELATION_STYLES[kind].arrow;

/** A claim's outgoing links of one relation, as {target, evidence} (targets as plain ids). */
export function outgoing(claim: Claim, kind: RelationKey): { target: string; evidence: Incoming['evidence'] }[] {
  const links = (claim as unknown as Record<string, { target: string | { id: string }; evidence: Incoming['evidence'] }[] | undefined>)[kind] ?? [];
  return links.map((l) => ({ target: typeof l.target === 'string' ? l.target : l.target.id, evidence: l.evidence }));
}

/** Who links to each claim, per relation, sorted by source id (deterministic pages). */
export function incomingLinks(claims: Map<string, Claim>): Map<RelationKey, Map<string, Incoming[]>> {
  const out = new Map<RelationKey, Map<string, Incoming[]>>(CLAIM_RELATIONS.map((k) => [k, new Map()]));
  const push = (kind: RelationKey, key: string, value: Incoming) => {
    const m = out.get(kind)!;
    const list = m.get(key);
    if (list) list.push(value);
    else m.set(key, [value]);
  };
  for (const id of [...claims.keys()].sort()) {
    const claim = claims.get(id)!;
    for (const kind of CLAIM_RELATIONS) {
      for (const l of outgoing(claim, kind)) {
        push(kind, l.target, { source: id, evidence: l.evidence });
        if (isSymmetric(kind)) push(kind, id, { source: l.target, evidence: l.evidence });
      }
    }
  }
  return out;
}

/**
 * The way from a claim up to the claim that started its exchange: what it rebuts (or supports,
 * qualifies…), what that one answers, and so on, root first and this claim last. At each step the
 * first link of the first directed relation that has one is followed; a loop or 12 steps end it.
 */
export function chainUp(claims: Map<string, Claim>, id: string, max = 12): { id: string; relation?: RelationKey }[] {
  const directed = CLAIM_RELATIONS.filter((k) => !isSymmetric(k));
  const path: { id: string; relation?: RelationKey }[] = [{ id }];
  const seen = new Set([id]);
  let at = id;
  while (path.length <= max) {
    const claim = claims.get(at);
    if (!claim) break;
    let next: { target: string; kind: RelationKey } | undefined;
    for (const kind of directed) {
      const l = outgoing(claim, kind).find((x) => claims.has(x.target) && !seen.has(x.target));
      if (l) {
        next = { target: l.target, kind };
        break;
      }
    }
    if (!next) break;
    // `relation` says how the claim below relates to this one ("rebuts" the one above it).
    path[path.length - 1]!.relation = next.kind;
    path.push({ id: next.target });
    seen.add(next.target);
    at = next.target;
  }
  return path.reverse();
}
