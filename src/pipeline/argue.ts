/**
 * The assemble step, the last of the mining steps (the order is in stages.ts): named targets become
 * outside claims, the edges are placed on their claims, the papers and their `cites` links come from
 * cite.ts, and each comment gets its sentences. Pure.
 */
import { fingerprint, slugify } from '../lib/ids.ts';
import type { Link } from '../schemas/claim.ts';
import { papersOf } from './cite.ts';
import { label } from './mine.ts';
import type { MineStep } from './mining.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTarget = (a: Link, b: Link) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/** The assemble step: named targets become outside claims, edges are placed on their claims, papers are built. */
export const assembleStep: MineStep = {
  name: 'assemble',
  run(m) {
    const { corpus, claims, sentencesOf, citations, edges, externals } = m;
    const externalIds = new Map<string, string>();
    for (const x of externals) {
      const from = claims.get(x.from)!;
      // Keyed by the naming comment too: "a point in the post" in two comments names two different posts.
      const id = `external-${slugify(x.text, 5, 40) || 'target'}-${fingerprint(x.key).slice(0, 6)}`;
      externalIds.set(x.key, id);
      if (claims.has(id)) continue;
      claims.set(id, {
        role: 'claim',
        roleEvidence: { rule: 'named-target', cue: x.text },
        label: label(x.text),
        text: x.text,
        external: true,
        comment: from.comment,
        offsets: { start: from.offsets.start + x.start, end: from.offsets.start + x.end },
        source: from.source,
        rebuts: [],
        supports: [],
        qualifies: [],
        relates: [],
        cites: [],
      });
    }
    for (const e of edges) {
      const target = 'claim' in e.target ? e.target.claim : externalIds.get(e.target.external)!;
      claims.get(e.source)![e.kind].push({ target, evidence: e.evidence });
    }

    const cited = papersOf(citations, sentencesOf);
    for (const [id, links] of cited.cites) claims.get(id)!.cites.push(...links);

    for (const claim of claims.values()) {
      claim.rebuts.sort(byTarget);
      claim.supports.sort(byTarget);
      claim.qualifies.sort(byTarget);
      claim.quotedIn?.sort((a, b) => (a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : a.offsets.start - b.offsets.start));
      claim.relates.sort(byTarget);
      claim.cites.sort(byTarget);
    }
    const comments = corpus.comments.map((c) => ({ ...c, data: { ...c.data, sentences: sentencesOf.get(c.id)! } }));
    const assembled = {
      ...corpus,
      comments,
      claims: [...claims].map(([id, data]) => ({ id, data, body: '' })).sort(byId),
      papers: cited.papers,
    };
    return { ...m, corpus: assembled };
  },
};
