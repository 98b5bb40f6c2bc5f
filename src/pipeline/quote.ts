/**
 * Quote: which words of a comment are someone else's. Two kinds:
 *  - marked quotes: `> ` paragraphs (kind `quote`), whatever they quote;
 *  - in plain dumps, where the marks are gone, a passage of `minChars` or more that stands word for word
 *    in another comment: the comment that holds it as (nearly) a whole paragraph among its own words is
 *    the quoter, the other the source.
 * A quote whose words are found in another comment names that comment as its source. Matching goes
 * through a hash index of word shingles (runs of `shingle` words), so it costs the number of words, not
 * the number of pairs of comments. Pure: plain texts in, passages out.
 */
import type { MineStep, SentenceRecord } from './mining.ts';
import { ADDRESSEE_BACK_REFERENCE, ANAPHORIC_OPENING, BACK_REFERENCE } from './lexicon.ts';
import { normalise } from './nlp.ts';
import { hash, wordsOf, type Words } from './shingles.ts';

/** An objection that opens its paragraph pointing back at the words before it ("This framing seems false",
 * "Presumably you wouldn't say this of …?"). */
export const answersBack = (r: Pick<SentenceRecord, 'decision' | 'text'>) => {
  if (r.decision.role !== 'objection' || /\b(?:though|however)\b/i.test(r.text)) return false;
  const t = normalise(r.text);
  return BACK_REFERENCE.test(t) || ADDRESSEE_BACK_REFERENCE.test(t);
};

/** What the quote finder reads of a comment. */
export interface QuoteText {
  /** Author id: a commenter quoting their own earlier words is still quoting. */
  author: string;
  text: string;
  /** When it was posted (ISO 8601), if the export says: of two comments with the same words, the later quotes. */
  postedAt?: string;
  /** Seed file and position in it: a profile dump lists comments newest first, so of two comments of one
   * dump holding the same words, the one nearer the top quotes the other. */
  file?: string;
  order?: number;
  /** Paragraph ranges in `text`, and whether each is a marked (`> `) quote. */
  paragraphs: { start: number; end: number; quote: boolean }[];
  /**
   * A plain dump's comment, whose boundaries are guessed (group.ts): it may hold two comments of its
   * author, one repeating the other's words far from them, so its own words are searched in it too.
   */
  guessed?: boolean;
}

export interface Quote {
  /** Index of the quoting comment. */
  comment: number;
  /** Where the quoted words sit in the quoting comment's text. */
  start: number;
  end: number;
  /** Why it is a quote: a `> ` mark, the same words in another comment, or (plain dumps) a paragraph the
   * next one rebuts by pointing back at it. */
  rule: 'marked-quote' | 'same-words' | 'answered-back';
  /** The comment the words come from, and where they sit in it, when the corpus holds them. */
  source?: { comment: number; start: number; end: number };
}

export const QUOTE_PARAMS = {
  /**
   * A quote is at least this many characters: a sentence or a clause ("There are many different kinds of
   * suffering." is 45). Shorter runs of shared words are phrases any two commenters use ("I think this is
   * a good point").
   */
  minChars: 40,
  /** Words per shingle: 7 words is about 40 characters of English. */
  shingle: 7,
  /**
   * A shingle in more than this many comments is a stock phrase or a signature, not a quote: it finds no
   * sources (and keeps the index near-linear).
   */
  maxPostings: 8,
  /** A passage is (nearly) its whole paragraph when it covers this share of the paragraph's characters. */
  wholeParagraph: 0.85,
  /**
   * In a plain dump's comment, words that stand again at least this many paragraphs further down are a
   * quote of them: the upper one quotes (a profile dump lists comments newest first, and grouping may
   * have joined the two). On lw-dev/text, 39 comments as grouped hold a 40-character passage twice; the
   * ones a paragraph or two apart restate a point ("I'm pretty sure that AGI will be …") or quote and
   * re-quote the same words; those 3 or more apart are mostly one reply posted twice (RobbBB's "I don't
   * find this convincing. …" at lines 159 and 167).
   */
  selfQuoteGap: 3,
} as const;

/** Index of the paragraph of `c` that holds the character at `offset` (paragraphs are in text order). */
function paragraphIndex(c: QuoteText, offset: number): number {
  let lo = 0;
  let hi = c.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The paragraph of `c` around [start, end), and the share of it the range covers. */
function paragraphAround(c: QuoteText, start: number, end: number) {
  const p = c.paragraphs.find((q) => start >= q.start && start < q.end) ?? c.paragraphs[0]!;
  const len = Math.max(1, p.end - p.start);
  return { p, cover: (Math.min(end, p.end) - Math.max(start, p.start)) / len };
}

/**
 * Which of two comments holding the same words quotes the other: -1 (the first), 1 (the second), 0 (no
 * telling). A marked quote quotes; then the later post; then the one where the words are a paragraph of
 * their own while the other holds them inside its own prose; then, in one profile dump (newest first),
 * the one above; then, when both are a paragraph of their own, the one with other paragraphs around it;
 * then the one that opens with them.
 */
function quoter(a: QuoteText, ra: [number, number], b: QuoteText, rb: [number, number]): -1 | 0 | 1 {
  const pa = paragraphAround(a, ...ra);
  const pb = paragraphAround(b, ...rb);
  if (pa.p.quote !== pb.p.quote) return pa.p.quote ? -1 : 1;
  if (pa.p.quote && pb.p.quote) return 0;
  if (a.postedAt && b.postedAt && a.postedAt !== b.postedAt) return a.postedAt > b.postedAt ? -1 : 1;
  const whole = QUOTE_PARAMS.wholeParagraph;
  const aw = pa.cover >= whole;
  const bw = pb.cover >= whole;
  if (aw !== bw) return aw ? -1 : 1;
  if (a.file !== undefined && a.file === b.file && a.order !== undefined && b.order !== undefined && a.order !== b.order) return a.order < b.order ? -1 : 1;
  // Both a paragraph of their own: the original is a comment of that one paragraph, the quote one among others.
  if (aw && bw && (a.paragraphs.length > 1) !== (b.paragraphs.length > 1)) return a.paragraphs.length > 1 ? -1 : 1;
  // A reply opens with the words it answers; the original says them after its own opening.
  const aFirst = pa.p === a.paragraphs[0];
  const bFirst = pb.p === b.paragraphs[0];
  if (aFirst !== bFirst) return aFirst ? -1 : 1;
  return 0;
}

export function findQuotes(comments: QuoteText[]): Quote[] {
  const K = QUOTE_PARAMS.shingle;
  const words = comments.map((c) => wordsOf(c.text));
  // Every shingle as one 64-bit key, hash above and its number below, sorted natively: equal hashes end
  // up side by side, with no map of postings (at 10,000 comments a map of arrays spent most of its time
  // in the garbage collector). The keys are written through a 32-bit view (little-endian: low word first).
  let total = 0;
  for (const ws of words) total += Math.max(0, ws.hash.length - K + 1);
  const owner = new Int32Array(total);
  const at = new Int32Array(total);
  const keys = new BigUint64Array(total);
  const halves = new Uint32Array(keys.buffer);
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  let n = 0;
  words.forEach((ws, c) => {
    for (let p = 0; p + K <= ws.hash.length; p++, n++) {
      owner[n] = c;
      at[n] = p;
      halves[2 * n + (little ? 1 : 0)] = hash(ws, p, K);
      halves[2 * n + (little ? 0 : 1)] = n;
    }
  });
  keys.sort();
  const hashAt = (k: number) => halves[2 * k + (little ? 1 : 0)]!;
  const shingleAt = (k: number) => halves[2 * k + (little ? 0 : 1)]!;
  // Pairs of comments sharing a shingle that at most `maxPostings` comments hold.
  const pairs: { b: number; a: number; p: number; q: number }[] = [];
  for (let i = 0; i < total; ) {
    const h = hashAt(i);
    let j = i + 1;
    while (j < total && hashAt(j) === h) j++;
    if (j - i > 1 && j - i <= QUOTE_PARAMS.maxPostings) {
      for (let x = i; x < j; x++) {
        for (let y = x + 1; y < j; y++) {
          const u = shingleAt(x);
          const v = shingleAt(y);
          if (owner[u] === owner[v]) {
            // The same words twice in one comment: a quote only in a plain dump's comment, far apart.
            const c = comments[owner[u]!]!;
            if (!c.guessed) continue;
            const ws = words[owner[u]!]!;
            const [p0, p1] = at[u]! < at[v]! ? [at[u]!, at[v]!] : [at[v]!, at[u]!];
            if (paragraphIndex(c, ws.start[p1]!) - paragraphIndex(c, ws.end[p0 + K - 1]! - 1) < QUOTE_PARAMS.selfQuoteGap) continue;
            pairs.push({ b: owner[u]!, a: owner[u]!, p: p0, q: p1 });
            continue;
          }
          const [lo, hi] = owner[u]! < owner[v]! ? [u, v] : [v, u];
          pairs.push({ b: owner[lo]!, a: owner[hi]!, p: at[lo]!, q: at[hi]! });
        }
      }
    }
    i = j;
  }
  pairs.sort((x, y) => x.b - y.b || x.a - y.a || (x.q - x.p) - (y.q - y.p) || x.p - y.p);
  // Runs: consecutive shingles along one diagonal of one pair of comments.
  const runsOf = new Map<number, { a: number; p0: number; q0: number; p1: number }[]>();
  for (let k = 0; k < pairs.length; k++) {
    const x = pairs[k]!;
    const prev = k > 0 ? pairs[k - 1]! : undefined;
    const list = runsOf.get(x.b) ?? runsOf.set(x.b, []).get(x.b)!;
    const last = list[list.length - 1];
    if (prev && last && prev.b === x.b && prev.a === x.a && prev.q - prev.p === x.q - x.p && last.p1 === x.p - 1) last.p1 = x.p;
    else list.push({ a: x.a, p0: x.p, q0: x.q, p1: x.p });
  }
  const out: Quote[] = [];
  const seen = new Set<string>();
  words.forEach((ws, b) => {
    const runs = runsOf.get(b) ?? [];
    for (const run of runs) {
      const wa = words[run.a]!;
      const n = run.p1 - run.p0 + K;
      // Hashes can collide: keep the run only if its words are the same.
      let same = true;
      for (let k = 0; k < n && same; k++) same = ws.hash[run.p0 + k] === wa.hash[run.q0 + k];
      if (!same) continue;
      const rb: [number, number] = [ws.start[run.p0]!, ws.end[run.p0 + n - 1]!];
      const ra: [number, number] = [wa.start[run.q0]!, wa.end[run.q0 + n - 1]!];
      if (rb[1] - rb[0] < QUOTE_PARAMS.minChars) continue;
      // Within one comment the upper words quote the lower (unless only the lower are marked as a quote).
      const who = run.a === b ? (paragraphAround(comments[b]!, ...ra).p.quote && !paragraphAround(comments[b]!, ...rb).p.quote ? 1 : -1) : quoter(comments[b]!, rb, comments[run.a]!, ra);
      if (who === 0) continue;
      const [qc, qr, sc, sr] = who === -1 ? [b, rb, run.a, ra] : [run.a, ra, b, rb];
      const key = `${qc}:${qr[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ comment: qc, start: qr[0], end: qr[1], rule: 'same-words', source: { comment: sc, start: sr[0], end: sr[1] } });
    }
  });
  // Every marked quote, whether or not the corpus holds its words (the post, a comment of someone not in
  // the dumps): after the same-words quotes, so a sentence found in another comment points at its source.
  comments.forEach((c, k) => {
    for (const p of c.paragraphs) if (p.quote) out.push({ comment: k, start: p.start, end: p.end, rule: 'marked-quote' });
  });
  return out.sort((x, y) => x.comment - y.comment || Number(x.rule === 'marked-quote') - Number(y.rule === 'marked-quote') || x.start - y.start);
}

/**
 * The quote step, the one place a sentence becomes a quote: a sentence that mostly lies in a quote (a
 * `> ` paragraph, or words found in another comment) is someone else's words (role aside, rule `quote`).
 */
export const quoteStep: MineStep = {
  name: 'quote',
  run(m) {
    const { corpus, records } = m;
    const commentIndex = new Map(corpus.comments.map((c, k) => [c, k]));
    const quotes = findQuotes(corpus.comments.map((c) => {
      const q: Parameters<typeof findQuotes>[0][number] = {
        author: c.data.author,
        text: c.data.text,
        file: c.data.file,
        order: c.data.order,
        paragraphs: c.data.paragraphs.map((p) => ({ start: p.offsets.start, end: p.offsets.end, quote: p.kind === 'quote' })),
      };
      if (!c.data.forum) q.guessed = true;
      if (c.data.forum?.postedAt) q.postedAt = c.data.forum.postedAt;
      return q;
    }));
    // Per comment, the same-words quotes, then the marked ones (the order findQuotes gives), each sorted by
    // start, with the longest quote of each: a sentence looks only at the quotes that can reach it (a 10 MB
    // comment of quotes costs n log n, not n²).
    const byComment = new Map<number, { lists: Quote[][]; longest: number[] }>();
    for (const x of quotes) {
      const entry = byComment.get(x.comment) ?? byComment.set(x.comment, { lists: [[], []], longest: [0, 0] }).get(x.comment)!;
      const k = x.rule === 'marked-quote' ? 1 : 0;
      entry.lists[k]!.push(x);
      entry.longest[k] = Math.max(entry.longest[k]!, x.end - x.start);
    }
    const covering = (list: Quote[], longest: number, start: number, end: number): Quote | undefined => {
      // The last quote that starts before the sentence ends, then back while one could still reach it.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start < end) lo = mid + 1;
        else hi = mid;
      }
      const len = Math.max(1, end - start);
      let found: Quote | undefined;
      for (let k = lo - 1; k >= 0 && list[k]!.start + longest > start; k--) {
        const x = list[k]!;
        // A sentence is quoted when most of it lies in the quoted words; the earliest such quote wins.
        if ((Math.min(x.end, end) - Math.max(x.start, start)) / len >= 0.6) found = x;
      }
      return found;
    };
    for (const r of records) {
      const entry = byComment.get(commentIndex.get(r.comment)!);
      if (!entry) continue;
      const q = covering(entry.lists[0]!, entry.longest[0]!, r.offsets.start, r.offsets.end) ?? covering(entry.lists[1]!, entry.longest[1]!, r.offsets.start, r.offsets.end);
      if (!q) continue;
      r.quote = q;
      r.decision = { role: 'aside', rule: 'quote' };
    }
    // Plain dumps lose the `> ` marks: a paragraph that the next one opens by rebutting it with a pointer
    // back ("This framing seems false to me.", "That's accounting, not statistics.") is words the author
    // answers, not their own claim (issue 12: a denial across a paragraph break answers someone else's
    // words; an author qualifies their own point within it).
    let k = 0;
    while (k < records.length) {
      const c = records[k]!.comment;
      let end = k;
      while (end < records.length && records[end]!.comment === c) end++;
      if (!c.data.forum) {
        for (let i = k + 1; i < end; i++) {
          const r = records[i]!;
          // The rebuttal opens its paragraph, or follows only a short aside there ("Nice framing! But I
          // somewhat dispute that.").
          let lead = i;
          while (lead > k && records[lead - 1]!.paragraph === r.paragraph && records[lead - 1]!.decision.role === 'aside' && i - lead < 2) lead--;
          if (lead === k || records[lead - 1]!.paragraph === r.paragraph) continue;
          const before = records[lead - 1]!;
          if (before.paragraph !== r.paragraph - 1 || !answersBack(r)) continue;
          const p = c.data.paragraphs[before.paragraph]!;
          // "So, …", "But …": a paragraph that goes on from the one before it is the author's own.
          if (p.kind !== 'text' || ANAPHORIC_OPENING.test(normalise(c.data.text.slice(p.offsets.start, p.offsets.end)))) continue;
          const quoted: typeof records = [];
          for (let j = lead - 1; j >= k && records[j]!.paragraph === before.paragraph; j--) quoted.push(records[j]!);
          if (quoted.some((x) => x.quote)) continue;
          const q: Quote = { comment: commentIndex.get(c)!, start: p.offsets.start, end: p.offsets.end, rule: 'answered-back' };
          for (const x of quoted) {
            x.quote = q;
            x.decision = { role: 'aside', rule: 'quote' };
          }
        }
      }
      k = end;
    }
    return m;
  },
};
