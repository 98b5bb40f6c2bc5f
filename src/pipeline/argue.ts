/**
 * The mining stage: comments → sentences with roles, claims (a sentence or a short span), papers and the
 * links between them. Composes segment → roles (mine.ts) → spans → cite → link; pure. Each step is timed
 * through the stage context, so `--explain` can print a line per step.
 */
import { contentId, fingerprint, slugify, uniqueIds } from '../lib/ids.ts';
import type { Claim, Link } from '../schemas/claim.ts';
import type { Comment, Role, Sentence } from '../schemas/comment.ts';
import type { Corpus, Entry } from './corpus.ts';
import { citeComment, papersOf, type CitationSite } from './cite.ts';
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
  const citations: CitationSite[] = ctx.time('cite', () => corpus.comments.flatMap((comment) => citeComment(comment.data).map((c) => ({ comment, c }))));

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

    const cited = papersOf(citations, sentencesOf);
    for (const [id, links] of cited.cites) claims.get(id)!.cites.push(...links);

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
      papers: cited.papers,
    };
  });
}
