/**
 * Mining steps that stay here until their own files land: spans (units of one or more sentences), cite
 * (citations, with Markdown links) and assemble (claims, named targets and papers → the corpus). The
 * order of all the steps is in stages.ts.
 */
import { fingerprint, slugify } from '../lib/ids.ts';
import type { Link } from '../schemas/claim.ts';
import type { Comment } from '../schemas/comment.ts';
import type { Paper, Mention } from '../schemas/paper.ts';
import type { Entry } from './corpus.ts';
import { canonicalKeys, cite, paperTitle, type Citation } from './cite.ts';
import { label } from './mine.ts';
import type { MineStep, SentenceRecord, Unit } from './mining.ts';
import { segment } from './segment.ts';

export type { SentenceRecord, Unit } from './mining.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTarget = (a: Link, b: Link) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

function paragraphAt(comment: Comment, offset: number): number {
  const k = comment.paragraphs.findIndex((q) => offset >= q.offsets.start && offset <= q.offsets.end);
  return k === -1 ? 0 : k;
}

/** More "(" than ")": the sentence opens a parenthesis that a later sentence closes. */
const unclosed = (text: string) => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

/**
 * Why `next` continues the unit `unit` instead of starting its own, or null. Only within a paragraph,
 * and only for sentences that cannot stand alone as a claim on the map:
 *  - unclosed-parenthesis: "(This is on the margin." + "Here I'm focused on … if they tried.)";
 *  - restatement: "I.e. replicating their methodology wouldn't be very exciting.";
 *  - short-continuation: a plain sentence of at most 4 words ("This isn't shocking!");
 *  - short-lead: the unit is a plain opening sentence of at most 5 words ("The results are quite mixed.").
 */
export function continuesUnit(unit: Unit, next: SentenceRecord): string | null {
  const last = unit.sentences[unit.sentences.length - 1]!;
  if (last.paragraph !== next.paragraph || next.decision.role === 'aside') return null;
  if (unclosed(unit.sentences.map((s) => s.text).join(' '))) return 'unclosed-parenthesis';
  if (/^(?:i\.\s?e\.|e\.\s?g\.|that is,)/i.test(next.text)) return 'restatement';
  if (next.decision.rule === 'assertion' && next.words <= 4) return 'short-continuation';
  if (unit.sentences.length === 1 && unit.decision.rule === 'assertion' && last.words <= 5 && /[.!]$/.test(last.text)) {
    const first = last.comment.data.paragraphs[last.paragraph]!.offsets.start === last.offsets.start;
    if (first) return 'short-lead';
  }
  return null;
}

/** Sentences → units, per comment: asides stay out, continuations join the unit before them. */
export function spans(sentences: SentenceRecord[]): Unit[] {
  const units: Unit[] = [];
  let open: Unit | null = null;
  let comment: Entry<Comment> | null = null;
  for (const s of sentences) {
    if (s.comment !== comment) {
      open = null;
      comment = s.comment;
    }
    const why = open ? continuesUnit(open, s) : null;
    if (open && why) {
      open.sentences.push(s);
      open.span ??= why;
      // A plain lead takes the role of what follows it ("The results are quite mixed. On the other, …").
      if (open.decision.rule === 'assertion' && s.decision.role !== 'claim') {
        open.decision = s.decision;
        open.role = s.decision.role as Unit['role'];
      }
      continue;
    }
    if (s.decision.role === 'aside') {
      open = null;
      continue;
    }
    open = { sentences: [s], role: s.decision.role, decision: s.decision };
    units.push(open);
  }
  return units;
}

/**
 * Markdown links: a citation whose words are a link's text takes the link's address ("[Lanham et al.
 * (2023)](https://arxiv.org/abs/2307.13702)"); a link to a paper host that no citation covers is cited as
 * the link itself.
 */
export function withLinks(comment: Comment, citations: Citation[]): Citation[] {
  const out = citations.map((c) => ({ ...c }));
  for (const p of comment.paragraphs) {
    let at = p.offsets.start;
    for (const inline of p.inlines) {
      const start = at;
      at += inline.text.length;
      if (!inline.href || !/^https?:/.test(inline.href)) continue;
      const covered = out.filter((c) => c.offsets.start < at && c.offsets.end > start);
      for (const c of covered) c.url ??= inline.href;
      if (covered.length === 0 && /arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|proceedings\./.test(inline.href)) {
        for (const c of cite(inline.href)) out.push({ ...c, text: inline.text, offsets: { start, end: at }, rule: `link-${c.rule}` });
      }
    }
  }
  return out.sort((a, b) => a.offsets.start - b.offsets.start);
}

/** The segment step: every comment → its sentences, each placed in its paragraph (roles come next). */
export const segmentStep: MineStep = {
  name: 'segment',
  run(m) {
    const records: SentenceRecord[] = [];
    for (const comment of m.corpus.comments) {
      const { text } = comment.data;
      for (const offsets of segment(text)) {
        const paragraph = paragraphAt(comment.data, offsets.start);
        records.push({ comment, offsets, text: text.slice(offsets.start, offsets.end), paragraph, decision: { role: 'aside', rule: 'fragment' }, words: 0 });
      }
    }
    return { ...m, records };
  },
};

/** The spans step: a unit is a sentence, or a short span when one sentence cannot stand alone. */
export const spansStep: MineStep = { name: 'spans', run: (m) => ({ ...m, units: spans(m.records) }) };

/** The cite step: citations in each comment's text and links. */
export const citeStep: MineStep = {
  name: 'cite',
  run: (m) => ({ ...m, citations: m.corpus.comments.flatMap((comment) => withLinks(comment.data, cite(comment.data.text)).map((c) => ({ comment, c }))) }),
};

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

    const keys = canonicalKeys(citations.map((x) => x.c));
    const papers = new Map<string, Paper>();
    for (const { comment, c } of citations) {
      const key = keys.get(c.key)!;
      const sentences = sentencesOf.get(comment.id)!;
      const k = sentences.findIndex((s) => c.offsets.start >= s.offsets.start && c.offsets.start < s.offsets.end);
      const sentence = sentences[k];
      const mention: Mention = {
        text: c.text,
        comment: comment.id,
        author: comment.data.author,
        sentence: sentence ? comment.data.text.slice(sentence.offsets.start, sentence.offsets.end) : c.text,
        offsets: c.offsets,
      };
      // A sentence merged into a span cites through the span's claim (its first sentence holds the id).
      for (let j = k; j >= 0 && sentence && sentence.role !== 'aside'; j--) {
        if (sentences[j]!.claim) {
          mention.claim = sentences[j]!.claim!;
          break;
        }
      }
      let paper = papers.get(key);
      if (!paper) {
        paper = { key, title: '', kind: c.kind, aliases: [], mentions: [] };
        papers.set(key, paper);
      }
      if (c.surname && !paper.surname) paper.surname = c.surname;
      if (c.year && !paper.year) paper.year = c.year;
      if (c.url && !paper.url) paper.url = c.url;
      if (c.title && !paper.title) paper.title = c.title;
      if (!paper.aliases.includes(c.text)) paper.aliases.push(c.text);
      paper.mentions.push(mention);
    }
    const paperIds = new Map<string, string>();
    for (const [key, paper] of papers) {
      paper.title = paperTitle(paper);
      paperIds.set(key, slugify(key, 12, 80) || 'paper');
    }
    for (const [key, paper] of papers) {
      for (const m of paper.mentions) {
        if (!m.claim) continue;
        const claim = claims.get(m.claim)!;
        const target = paperIds.get(key)!;
        if (!claim.cites.some((l) => l.target === target)) claim.cites.push({ target, evidence: { rule: 'citation', cue: m.text } });
      }
    }

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
      papers: [...papers].map(([key, data]) => ({ id: paperIds.get(key)!, data, body: '' })).sort(byId),
    };
    return { ...m, corpus: assembled };
  },
};
