/**
 * The claims step: units → claims (content-derived ids), and quotes → the claims they quote. A quoted
 * sentence points at the claim of the comment that holds its words, else at an outside claim made for
 * the quoted passage; it is never a claim of the quoting author. A quote of a corpus comment by another
 * author also says which comment the quoter replies to, when the export did not. The sentences after a
 * quote answer it: the first objection or support before the next quote.
 */
import { contentId, fingerprint, slugify, uniqueIds } from '../lib/ids.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Comment, Sentence } from '../schemas/comment.ts';
import type { Entry } from './corpus.ts';
import { label } from './mine.ts';
import { unitText, type MineStep, type SentenceRecord, type Unit } from './mining.ts';

export const claimsStep: MineStep = {
  name: 'claims',
  run(m) {
    const { corpus, records, units } = m;
    const unitOf = new Map<SentenceRecord, Unit>();
    for (const u of units) for (const s of u.sentences) unitOf.set(s, u);
    const ids = uniqueIds(units.map((u) => contentId(u.sentences[0]!.comment.data.author, unitText(u).text)));
    const claimIdOf = new Map<Unit, string>(units.map((u, k) => [u, ids[k]!]));
    const claims = new Map<string, Claim>();
    for (const u of units) {
      const first = u.sentences[0]!;
      const { offsets, text } = unitText(u);
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
    const replyTo = new Map<string, string>();
    for (const c of corpus.comments) if (c.data.replyTo) replyTo.set(c.id, c.data.replyTo);
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
          // The source's units are in text order: find the first that ends after s0 by bisection, so a long
          // comment quoted sentence by sentence costs n log n, not n².
          const list = unitsOf.get(src) ?? [];
          let lo = 0;
          let hi = list.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (unitText(list[mid]!).offsets.end <= s0) lo = mid + 1;
            else hi = mid;
          }
          let best = 0;
          for (let k = lo; k < list.length; k++) {
            const { offsets } = unitText(list[k]!);
            if (offsets.start >= s1) break;
            const overlap = Math.min(s1, offsets.end) - Math.max(s0, offsets.start);
            if (overlap > best) {
              best = overlap;
              target = claimIdOf.get(list[k]!)!;
            }
          }
          if (target) {
            const claim = claims.get(target)!;
            (claim.quotedIn ??= []).push({ comment: r.comment.id, offsets: r.offsets });
            if (src.data.author !== r.comment.data.author && !replyTo.has(r.comment.id)) replyTo.set(r.comment.id, src.id);
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

    // In a plain dump, a comment made only of words quoted from another comment is a quote cut from the
    // words that answer it (no one posts a comment of someone else's words alone): the next comment of the
    // same file and author is that answer. It replies where the quote does, and its first claim answers
    // the last quoted claim.
    const carried = new Map<string, string>();
    {
      const onlyQuoted = new Map<Entry<Comment>, string | null>();
      for (const r of records) {
        const prev = onlyQuoted.get(r.comment);
        if (prev === null) continue;
        const target = quoteTarget.get(r);
        onlyQuoted.set(r.comment, target && claims.has(target) && !claims.get(target)!.external ? target : null);
      }
      const next = new Map<string, Entry<Comment>>();
      for (const c of corpus.comments) next.set(`${c.data.file}\u0000${c.data.order}`, c);
      for (const [c, last] of onlyQuoted) {
        if (!last || c.data.forum || !replyTo.has(c.id)) continue;
        const after = next.get(`${c.data.file}\u0000${c.data.order + 1}`);
        if (!after || after.data.author !== c.data.author || after.data.forum || replyTo.has(after.id) || onlyQuoted.get(after)) continue;
        replyTo.set(after.id, replyTo.get(c.id)!);
        carried.set(after.id, last);
      }
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

    // The sentences after a quote answer it: the first objection or support before the next quote; and
    // the first plain claim right after the quote, the reply's point (the linker gives it its stance). A
    // passage of several quoted sentences is answered as a whole, through its first claim: its head (the
    // rest elaborates it: "(Which I do find quite possible …)").
    const answers = new Map<Unit, string>();
    const quotedBefore = new Map<Unit, string>();
    {
      let pending: string | undefined;
      let last: string | undefined;
      let first = false;
      let inQuote = false;
      let comment: Entry<Comment> | null = null;
      for (const r of records) {
        if (r.comment !== comment) {
          comment = r.comment;
          pending = carried.get(comment.id);
          last = pending;
          first = pending !== undefined;
          inQuote = false;
        }
        const quoted = quoteTarget.get(r);
        if (quoted) {
          // One's own words said again (a reply posted twice, a self-quote) are not an argument to answer.
          const own = claims.get(quoted)!.author === r.comment.data.author;
          if (!inQuote) {
            pending = own ? undefined : quoted;
            last = pending;
            first = !own;
          }
          inQuote = true;
          continue;
        }
        inQuote = false;
        const u = unitOf.get(r);
        if (u && u.sentences[0] === r && last) quotedBefore.set(u, last);
        if (!pending || !u || u.sentences[0] !== r) continue;
        if (u.role === 'objection' || u.role === 'support') {
          answers.set(u, pending);
          pending = undefined;
        } else if (first && u.role === 'claim') answers.set(u, pending);
        first = false;
      }
    }
    return { ...m, claimIdOf, claims, sentencesOf, answers, quotedBefore, replyTo };
  },
};
