/**
 * The mining stage: comments → sentences with roles, claims, papers and the links between them.
 * Composes segment → mine (roles) → cite (papers) → link (relations); pure.
 */
import { contentId, slugify, uniqueIds } from '../lib/ids.ts';
import type { Claim, Link } from '../schemas/claim.ts';
import type { Comment, Sentence } from '../schemas/comment.ts';
import type { Paper, Mention } from '../schemas/paper.ts';
import type { Corpus, Entry } from './corpus.ts';
import { canonicalKeys, cite, type Citation } from './cite.ts';
import { link, type LinkInput } from './link.ts';
import { classify, label } from './mine.ts';
import { segment } from './segment.ts';

interface Draft {
  comment: Entry<Comment>;
  sentence: number;
  claim: Claim;
  cue?: string;
  index: number;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTarget = (a: Link, b: Link) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/** The lines of the paragraph that holds `offset`. */
function linesAt(comment: Comment, offset: number) {
  const p = comment.paragraphs.find((q) => offset >= q.offsets.start && offset <= q.offsets.end) ?? comment.paragraphs[0]!;
  return p.lines;
}

export function argue(corpus: Corpus): Corpus {
  const drafts: Draft[] = [];
  const sentencesOf = new Map<string, Sentence[]>();
  const citations: { comment: Entry<Comment>; c: Citation }[] = [];

  for (const comment of corpus.comments) {
    const { text } = comment.data;
    const sentences: Sentence[] = [];
    let index = 0;
    for (const offsets of segment(text)) {
      const sentenceText = text.slice(offsets.start, offsets.end);
      const decision = classify(sentenceText);
      sentences.push({ offsets, role: decision.role });
      if (decision.role === 'aside') continue;
      const roleEvidence: Claim['roleEvidence'] = { rule: decision.rule };
      if (decision.cue) roleEvidence.cue = decision.cue;
      const claim: Claim = {
        role: decision.role,
        roleEvidence,
        label: label(sentenceText),
        text: sentenceText,
        external: false,
        author: comment.data.author,
        comment: comment.id,
        offsets,
        source: { file: comment.data.file, lines: linesAt(comment.data, offsets.start) },
        rebuts: [],
        supports: [],
        relates: [],
        cites: [],
      };
      const draft: Draft = { comment, sentence: sentences.length - 1, claim, index: index++ };
      if (decision.cue) draft.cue = decision.cue;
      drafts.push(draft);
    }
    sentencesOf.set(comment.id, sentences);
    for (const c of cite(text)) citations.push({ comment, c });
  }

  const ids = uniqueIds(drafts.map((d) => contentId(d.claim.author!, d.claim.text)));
  drafts.forEach((d, k) => {
    sentencesOf.get(d.comment.id)![d.sentence]!.claim = ids[k]!;
  });
  const claims = new Map<string, Claim>(drafts.map((d, k) => [ids[k]!, d.claim]));

  // Relations.
  const inputs: LinkInput[] = drafts.map((d, k) => {
    const input: LinkInput = { id: ids[k]!, role: d.claim.role, text: d.claim.text, author: d.claim.author!, comment: d.comment.id, index: d.index };
    if (d.cue) input.cue = d.cue;
    return input;
  });
  const { edges, externals } = link(inputs);
  const externalIds = new Map<string, string>();
  for (const x of externals) {
    const from = claims.get(x.from)!;
    const id = contentId('external', x.text);
    externalIds.set(`external:${x.key}`, id);
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
      relates: [],
      cites: [],
    });
  }
  for (const e of edges) {
    const target = externalIds.get(e.target) ?? e.target;
    claims.get(e.source)![e.kind].push({ target, evidence: e.evidence });
  }

  // Papers.
  const keys = canonicalKeys(citations.map((x) => x.c));
  const papers = new Map<string, Paper>();
  for (const { comment, c } of citations) {
    const key = keys.get(c.key)!;
    const sentences = sentencesOf.get(comment.id)!;
    const sentence = sentences.find((s) => c.offsets.start >= s.offsets.start && c.offsets.start < s.offsets.end);
    const mention: Mention = {
      text: c.text,
      comment: comment.id,
      author: comment.data.author,
      sentence: sentence ? comment.data.text.slice(sentence.offsets.start, sentence.offsets.end) : c.text,
      offsets: c.offsets,
    };
    if (sentence?.claim) mention.claim = sentence.claim;
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
    if (!paper.title) {
      const named = paper.mentions.map((m) => m.text).find((t) => /\band\b|&/.test(t) && /\(\d{4}\)/.test(t));
      paper.title = named
        ? named.replace(/\s*\((\d{4})\)/, ' ($1)')
        : paper.surname
          ? `${paper.surname} et al.${paper.year ? ` (${paper.year})` : ''}`
          : paper.aliases[0]!;
    }
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
    claim.relates.sort(byTarget);
    claim.cites.sort(byTarget);
  }
  const comments = corpus.comments.map((c) => ({ ...c, data: { ...c.data, sentences: sentencesOf.get(c.id)! } }));
  return {
    ...corpus,
    comments,
    claims: [...claims].map(([id, data]) => ({ id, data, body: '' })).sort(byId),
    papers: [...papers].map(([key, data]) => ({ id: paperIds.get(key)!, data, body: '' })).sort(byId),
  };
}
