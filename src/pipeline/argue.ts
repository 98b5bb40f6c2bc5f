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
import { findQuotes, type Quote } from './quote.ts';
import { classify, label, type RoleDecision } from './mine.ts';
import { tokensOfMany, type Token } from './nlp.ts';
import { segment } from './segment.ts';
import { quietContext, type StageContext } from './stage.ts';
import type { Offsets } from '../schemas/common.ts';

/** One sentence of a comment, with its role decision. */
interface SentenceRecord {
  comment: Entry<Comment>;
  offsets: Offsets;
  text: string;
  /** Paragraph (index in the comment) the sentence is in. */
  paragraph: number;
  decision: RoleDecision;
  words: number;
  /** Set when the sentence quotes someone else's words (see quote.ts). */
  quote?: Quote;
}

/** An argumentative unit: one sentence, or a sentence and the ones that continue it. */
export interface Unit {
  sentences: SentenceRecord[];
  role: Exclude<Role, 'aside'>;
  decision: RoleDecision;
  /** Why later sentences were merged into the first. */
  span?: string;
}

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

  // 3. Quotes: words of someone else are never the quoter's claims.
  const commentIndex = new Map(corpus.comments.map((c, k) => [c, k]));
  ctx.time('quote', () => {
    const quotes = findQuotes(corpus.comments.map((c) => {
      const q: Parameters<typeof findQuotes>[0][number] = {
        author: c.data.author,
        text: c.data.text,
        file: c.data.file,
        order: c.data.order,
        paragraphs: c.data.paragraphs.map((p) => ({ start: p.offsets.start, end: p.offsets.end, quote: p.kind === 'quote' })),
      };
      if (c.data.forum?.postedAt) q.postedAt = c.data.forum.postedAt;
      return q;
    }));
    const byComment = new Map<number, Quote[]>();
    for (const x of quotes) byComment.set(x.comment, [...(byComment.get(x.comment) ?? []), x]);
    for (const r of records) {
      const list = byComment.get(commentIndex.get(r.comment)!);
      if (!list) continue;
      const len = Math.max(1, r.offsets.end - r.offsets.start);
      // A sentence is quoted when most of it lies in the quoted words.
      const q = list.find((x) => (Math.min(x.end, r.offsets.end) - Math.max(x.start, r.offsets.start)) / len >= 0.6);
      if (!q) continue;
      r.quote = q;
      r.decision = { role: 'aside', rule: 'quote' };
    }
  });

  // 4. Units: a sentence, or a short span when one sentence cannot stand alone.
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
      qualifies: [],
      relates: [],
      cites: [],
    };
    if (u.span) claim.span = { rule: u.span, sentences: u.sentences.length };
    claims.set(claimIdOf.get(u)!, claim);
  }

  // Quotes point at what they quote: the claim of the comment that holds the words, else an outside claim
  // (one per quoted passage of a paragraph). Never a claim of the quoting author.
  const unitsOf = new Map<Entry<Comment>, Unit[]>();
  for (const u of units) {
    const c = u.sentences[0]!.comment;
    if (!unitsOf.has(c)) unitsOf.set(c, []);
    unitsOf.get(c)!.push(u);
  }
  const quoteTarget = new Map<SentenceRecord, string>();
  const inferredParent = new Map<string, string>();
  {
    let outside: { comment: Entry<Comment>; paragraph: number; start: number; end: number; records: SentenceRecord[] } | null = null;
    const flush = () => {
      if (!outside) return;
      const { comment, start, end } = outside;
      const text = comment.data.text.slice(start, end);
      const id = `external-${slugify(text, 5, 40) || 'quote'}-${fingerprint(`${comment.id}:${text}`).slice(0, 6)}`;
      if (!claims.has(id)) {
        claims.set(id, {
          role: 'claim',
          roleEvidence: { rule: 'quoted' },
          label: label(text),
          text,
          external: true,
          comment: comment.id,
          offsets: { start, end },
          source: { file: comment.data.file, lines: comment.data.paragraphs[outside.paragraph]!.lines },
          quotedIn: [{ comment: comment.id, offsets: { start, end } }],
          rebuts: [],
          supports: [],
          qualifies: [],
          relates: [],
          cites: [],
        });
      }
      for (const r of outside.records) quoteTarget.set(r, id);
      outside = null;
    };
    for (const r of records) {
      if (!r.quote) {
        flush();
        continue;
      }
      const q = r.quote;
      let target: string | undefined;
      if (q.source) {
        const src = corpus.comments[q.source.comment]!;
        // The sentence's place in the source: the same shift as the quoted words.
        const s0 = q.source.start + Math.max(0, r.offsets.start - q.start);
        const s1 = Math.min(q.source.end, q.source.start + (r.offsets.end - q.start));
        let best = 0;
        for (const u of unitsOf.get(src) ?? []) {
          const { offsets } = texts(u);
          const overlap = Math.min(s1, offsets.end) - Math.max(s0, offsets.start);
          if (overlap > best) {
            best = overlap;
            target = claimIdOf.get(u)!;
          }
        }
        if (target) {
          const claim = claims.get(target)!;
          (claim.quotedIn ??= []).push({ comment: r.comment.id, offsets: r.offsets });
          if (src.data.author !== r.comment.data.author && !inferredParent.has(r.comment.id)) inferredParent.set(r.comment.id, src.id);
        }
      }
      if (target) {
        flush();
        quoteTarget.set(r, target);
        continue;
      }
      if (outside && (outside.comment !== r.comment || outside.paragraph !== r.paragraph)) flush();
      if (!outside) outside = { comment: r.comment, paragraph: r.paragraph, start: r.offsets.start, end: r.offsets.end, records: [] };
      outside.end = r.offsets.end;
      outside.records.push(r);
    }
    flush();
  }

  // Sentences of each comment, with the role of their unit; the claim id on a unit's first sentence.
  const sentencesOf = new Map<string, Sentence[]>();
  for (const r of records) {
    const u = unitOf.get(r);
    const quoted = quoteTarget.get(r);
    const sentence: Sentence = { offsets: r.offsets, role: u ? u.role : quoted ? claims.get(quoted)!.role : 'aside' };
    if (u && u.sentences[0] === r) sentence.claim = claimIdOf.get(u)!;
    if (quoted) {
      sentence.claim = quoted;
      sentence.quote = true;
    } else if (r.quote) sentence.quote = true;
    if (!sentencesOf.has(r.comment.id)) sentencesOf.set(r.comment.id, []);
    sentencesOf.get(r.comment.id)!.push(sentence);
  }
  for (const c of corpus.comments) if (!sentencesOf.has(c.id)) sentencesOf.set(c.id, []);

  // The sentences after a quote answer it: the first objection or support before the next quote.
  const answers = new Map<Unit, string>();
  {
    let pending: string | undefined;
    let comment: Entry<Comment> | null = null;
    for (const r of records) {
      if (r.comment !== comment) {
        comment = r.comment;
        pending = undefined;
      }
      const quoted = quoteTarget.get(r);
      if (quoted) {
        pending = quoted;
        continue;
      }
      const u = unitOf.get(r);
      if (!pending || !u || u.sentences[0] !== r) continue;
      if (u.role === 'objection' || u.role === 'support') {
        answers.set(u, pending);
        pending = undefined;
      }
    }
  }

  // 5. Papers.
  const citations: { comment: Entry<Comment>; c: Citation }[] = ctx.time('cite', () =>
    corpus.comments.flatMap((comment) => withLinks(comment.data, cite(comment.data.text)).map((c) => ({ comment, c }))),
  );

  /** A unit's tokens, placed in the unit's text (the sentences' own tokens, shifted). */
  const unitTokens = (u: Unit): Token[] => {
    const base = u.sentences[0]!.offsets.start;
    return u.sentences.flatMap((s) => tokenCache.get(s)!.map((t) => (t.start === -1 ? t : { ...t, start: t.start + s.offsets.start - base })));
  };

  // 6. Relations.
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
      if (u.decision.rule) input.rule = u.decision.rule;
      const parent = first.comment.data.replyTo ?? inferredParent.get(first.comment.id);
      if (parent) input.replyTo = parent;
      const answered = answers.get(u);
      if (answered) input.answers = answered;
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
    return {
      ...corpus,
      comments,
      claims: [...claims].map(([id, data]) => ({ id, data, body: '' })).sort(byId),
      papers: [...papers].map(([key, data]) => ({ id: paperIds.get(key)!, data, body: '' })).sort(byId),
    };
  });
}
