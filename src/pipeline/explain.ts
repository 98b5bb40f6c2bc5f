/**
 * Explain: the mined corpus → a plain-text report of every decision, per seed file: the comments and
 * why their paragraphs were grouped, the claims by role with the cue that decided each, the papers
 * with every mention, and every edge with its evidence. Pure: returns the text; the CLI prints it.
 */
import { RELATIONS, type Evidence, type RoleEvidence } from '../schemas/evidence.ts';
import type { Corpus } from './corpus.ts';

const ROLES = ['claim', 'objection', 'support', 'question'] as const;
const KINDS = RELATIONS;

/** `rule "cue" score=0.31 terms=[cot, faithfulness]`: evidence on one line. */
export function formatEvidence(e: Evidence | RoleEvidence): string {
  const parts: string[] = [e.rule];
  if (e.cue) parts.push(JSON.stringify(e.cue));
  if (e.score !== undefined) parts.push(`score=${e.score}`);
  if (e.terms?.length) parts.push(`terms=[${e.terms.join(', ')}]`);
  return parts.join(' ');
}

const quote = (s: string, max = 100) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
};

/** Counts for the closing summary: claims by role, papers, edges by kind. */
export function counts(corpus: Corpus) {
  const roles: Record<string, number> = Object.fromEntries(ROLES.map((r) => [r, 0]));
  const edges: Record<string, number> = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let external = 0;
  for (const c of corpus.claims) {
    if (c.data.external) external++;
    else roles[c.data.role]!++;
    for (const k of KINDS) edges[k]! += c.data[k].length;
  }
  const asides = corpus.comments.reduce((n, c) => n + c.data.sentences.filter((s) => s.role === 'aside').length, 0);
  return { roles, external, asides, papers: corpus.papers.length, edges };
}

export function explain(corpus: Corpus): string {
  const out: string[] = [];
  const claimsById = new Map(corpus.claims.map((c) => [c.id, c]));
  const papersById = new Map(corpus.papers.map((p) => [p.id, p]));
  const files = [...new Set(corpus.comments.map((c) => c.data.file))];
  for (const file of files) {
    const author = corpus.authors.find((a) => a.data.file === file);
    out.push(`━━ ${file}${author ? ` — ${author.data.name} (${author.id})` : ''}`);
    const comments = corpus.comments.filter((c) => c.data.file === file);
    out.push(`  comments: ${comments.length}`);
    for (const c of comments) {
      const lines = c.data.lines.start === c.data.lines.end ? `${c.data.lines.start}` : `${c.data.lines.start}-${c.data.lines.end}`;
      out.push(`  ● ${file}:${lines} ${c.id} (${c.data.paragraphs.length} paragraph${c.data.paragraphs.length === 1 ? '' : 's'})`);
      for (const g of c.data.grouping) out.push(`      + paragraph ${g.paragraph} joined: ${g.rule}${g.cue ? ` ${JSON.stringify(g.cue)}` : ''}`);
      for (const s of c.data.sentences) {
        if (s.role !== 'aside') continue;
        out.push(`      · aside ${quote(c.data.text.slice(s.offsets.start, s.offsets.end), 80)}`);
      }
    }
    const claims = corpus.claims.filter((c) => c.data.source.file === file && !c.data.external);
    for (const role of ROLES) {
      const of = claims.filter((c) => c.data.role === role);
      out.push(`  ${role}s: ${of.length}`);
      for (const c of of) out.push(`    ${file}:${c.data.source.lines.start} ${c.id} [${formatEvidence(c.data.roleEvidence)}] ${quote(c.data.text)}`);
    }
    const externals = corpus.claims.filter((c) => c.data.source.file === file && c.data.external);
    if (externals.length) {
      out.push(`  targets named but not in the corpus: ${externals.length}`);
      for (const c of externals) out.push(`    ${c.id} ${quote(c.data.text)}`);
    }
    const papers = corpus.papers.filter((p) => p.data.mentions.some((m) => comments.some((c) => c.id === m.comment)));
    out.push(`  papers mentioned: ${papers.length}`);
    for (const p of papers) {
      out.push(`    ${p.id} "${p.data.title}" (${p.data.kind}, key ${p.data.key})`);
      for (const m of p.data.mentions) if (comments.some((c) => c.id === m.comment)) out.push(`      mention ${quote(m.text, 60)} in ${m.comment}`);
    }
    const edges: string[] = [];
    for (const c of claims.concat(externals)) {
      for (const kind of KINDS) {
        for (const l of c.data[kind]) {
          const target = kind === 'cites' ? papersById.get(l.target)?.data.title : claimsById.get(l.target)?.data.label;
          edges.push(`    ${c.id} ─${kind}→ ${l.target}\n      ${quote(c.data.label, 70)} → ${quote(target ?? '?', 70)}\n      evidence: ${formatEvidence(l.evidence)}`);
        }
      }
    }
    out.push(`  edges from this file: ${edges.length}`, ...edges, '');
  }
  const n = counts(corpus);
  out.push(
    `━━ total: claims ${ROLES.map((r) => `${r} ${n.roles[r]}`).join(', ')}; external targets ${n.external}; asides ${n.asides}; ` +
      `papers ${n.papers}; edges ${KINDS.map((k) => `${k} ${n.edges[k]}`).join(', ')}`,
  );
  return out.join('\n');
}
