/**
 * The mining stage: comments → sentences with roles, claims (a sentence or a short span), papers and the
 * links between them. Composes segment → roles (mine.ts) → spans → cite → link; pure. Each step is timed
 * through the stage context, so `--explain` can print a line per step.
 */
import { contentId, fingerprint, slugify, uniqueIds } from '../lib/ids.ts';
import type { Claim, Link } from '../schemas/claim.ts';
import type { Comment, Role, Sentence } from '../schemas/comment.ts';
import type { Paper, Mention } from '../schemas/paper.ts';
import type { Corpus, Entry } from './corpus.ts';
import { canonicalKeys, cite, paperTitle, type Citation } from './cite.ts';
import { link, terms, type LinkInput } from './link.ts';
import { classify, label, type RoleDecision } from './mine.ts';
import { tokensOfMany, type Token } from './nlp.ts';
import { segment } from './segment.ts';
import { spans, type SentenceRecord, type Unit } from './span.ts';
import { quietContext, type StageContext } from './stage.ts';
import type { Offsets } from '../schemas/common.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTarget = (a: Link, b: Link) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

function paragraphAt(comment: Comment, offset: number): number {
  const k = comment.paragraphs.findIndex((q) => offset >= q.offsets.start && offset <= q.offsets.end);
  return k === -1 ? 0 : k;
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

export function argue(corpus: Corpus, ctx: StageContext = quietContext): Corpus {
  // 1. Sentences.
  const records: SentenceRecord[] = ctx.time('segment', () => {
    const out: SentenceRecord[] = [];
    for (const comment of corpus.comments) {
      const { text } = comment.data;
      for (const offsets of segment(text)) {
        const paragraph = paragraphAt(comment.data, offsets.start);
        out.push({ comment, offsets, text: text.slice(offsets.start, offsets.end), paragraph, decision: { role: 'aside', rule: 'fragment' }, words: 0 });
      }
    }
    return out;
  });

  // 2. Roles (the one wink-nlp parse per sentence; its tokens are reused for the link terms).
  const tokenCache = new Map<SentenceRecord, Token[]>();
  ctx.time('roles', () => {
    const batch = 2000;
    for (let k = 0; k < records.length; k += batch) {
      ctx.progress('roles', k, records.length);
      const slice = records.slice(k, k + batch);
      const toks = tokensOfMany(slice.map((r) => r.text));
      slice.forEach((r, i) => {
        const p = r.comment.data.paragraphs[r.paragraph]!;
        tokenCache.set(r, toks[i]!);
        r.words = toks[i]!.filter((t) => t.type === 'word').length;
        // A "> quote" holds the words of the comment being answered, not the author's own claims.
        r.decision = p.kind === 'quote'
          ? { role: 'aside', rule: 'quote' }
          : classify(r.text, { wholeParagraph: p.offsets.start === r.offsets.start && p.offsets.end === r.offsets.end }, toks[i]!);
      });
    }
    ctx.progress('roles', records.length, records.length);
  });

  // 3. Units: a sentence, or a short span when one sentence cannot stand alone.
  const units = ctx.time('spans', () => spans(records));
  const unitOf = new Map<SentenceRecord, Unit>();
  for (const u of units) for (const s of u.sentences) unitOf.set(s, u);

  const texts = (u: Unit) => {
    const first = u.sentences[0]!;
    const last = u.sentences[u.sentences.length - 1]!;
    return { offsets: { start: first.offsets.start, end: last.offsets.end }, text: first.comment.data.text.slice(first.offsets.start, last.offsets.end) };
  };
  const ids = uniqueIds(units.map((u) => contentId(u.sentences[0]!.comment.data.author, texts(u).text)));
  const claimIdOf = new Map<Unit, string>(units.map((u, k) => [u, ids[k]!]));
  const claims = new Map<string, Claim>();
  const indexInComment = new Map<Unit, number>();
  {
    let comment: Entry<Comment> | null = null;
    let k = 0;
    for (const u of units) {
      if (u.sentences[0]!.comment !== comment) {
        comment = u.sentences[0]!.comment;
        k = 0;
      }
      indexInComment.set(u, k++);
    }
  }
  for (const u of units) {
    const first = u.sentences[0]!;
    const { offsets, text } = texts(u);
    const roleEvidence: Claim['roleEvidence'] = { rule: u.decision.rule };
    if (u.decision.cue) roleEvidence.cue = u.decision.cue;
    const claim: Claim = {
      role: u.role,
      roleEvidence,
      label: label(text),
      text,
      external: false,
      author: first.comment.data.author,
      comment: first.comment.id,
      offsets,
      source: { file: first.comment.data.file, lines: first.comment.data.paragraphs[first.paragraph]!.lines },
      rebuts: [],
      supports: [],
      relates: [],
      cites: [],
    };
    if (u.span) claim.span = { rule: u.span, sentences: u.sentences.length };
    claims.set(claimIdOf.get(u)!, claim);
  }

  // Sentences of each comment, with the role of their unit; the claim id on a unit's first sentence.
  const sentencesOf = new Map<string, Sentence[]>();
  for (const r of records) {
    const u = unitOf.get(r);
    const sentence: Sentence = { offsets: r.offsets, role: u ? u.role : 'aside' };
    if (u && u.sentences[0] === r) sentence.claim = claimIdOf.get(u)!;
    if (!sentencesOf.has(r.comment.id)) sentencesOf.set(r.comment.id, []);
    sentencesOf.get(r.comment.id)!.push(sentence);
  }
  for (const c of corpus.comments) if (!sentencesOf.has(c.id)) sentencesOf.set(c.id, []);

  // 4. Papers.
  const citations: { comment: Entry<Comment>; c: Citation }[] = ctx.time('cite', () =>
    corpus.comments.flatMap((comment) => withLinks(comment.data, cite(comment.data.text)).map((c) => ({ comment, c }))),
  );

  /** A unit's tokens, placed in the unit's text (the sentences' own tokens, shifted). */
  const unitTokens = (u: Unit): Token[] => {
    const base = u.sentences[0]!.offsets.start;
    return u.sentences.flatMap((s) => tokenCache.get(s)!.map((t) => (t.start === -1 ? t : { ...t, start: t.start + s.offsets.start - base })));
  };

  // 5. Relations.
  const { edges, externals } = ctx.time('link', () => {
    const inputs: LinkInput[] = units.map((u) => {
      const first = u.sentences[0]!;
      const input: LinkInput = {
        id: claimIdOf.get(u)!,
        role: u.role,
        text: texts(u).text,
        author: first.comment.data.author,
        comment: first.comment.id,
        index: indexInComment.get(u)!,
        paragraph: first.paragraph,
        terms: terms(texts(u).text, unitTokens(u)),
      };
      if (u.decision.cue) input.cue = u.decision.cue;
      return input;
    });
    return link(inputs, (done, total) => ctx.progress('link', done, total));
  });

  return ctx.time('assemble', () => {
    const externalIds = new Map<string, string>();
    for (const x of externals) {
      const from = claims.get(x.from)!;
      // Keyed by the naming comment too: "a point in the post" in two comments names two different posts.
      const id = `external-${slugify(x.text, 5, 40) || 'target'}-${fingerprint(x.key).slice(0, 6)}`;
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
  });
}
