/**
 * Bench: who answers whom in plain profile dumps, where no reply parent is marked (issue 12 item 4).
 * Builds nothing: reads every dump of a folder as a build does (ingest → group), runs the mining steps up
 * to `claims` (which sets a reply parent only for a comment that quotes another commenter's words), then
 * scores candidate rules that infer a parent for the other comments, against the forum's own metadata
 * (truth.json, used ONLY to measure). A guess "child → parent" is right when one of the true comments
 * whose lines overlap the found child replies to a true comment whose lines overlap the found parent
 * (same file). "pairs" counts the true replies to another commenter's comment in the corpus that a guess
 * covers: the most that `replies answered` (score-threads.mjs) can gain from that rule.
 *
 * Signals, each one that holds in any forum profile dump:
 *  - quote-found: today's parents (claims.ts), the baseline;
 *  - is-a-reply cues: a reply opener (GROUPING_REPLY_START) or second-person address ("you", "your");
 *  - name: the comment names another commenter of the corpus (display name, handle, the first word of a
 *    two-word name, @handle), its parent then that commenter's comment it shares most rare terms with;
 *  - rare shared terms at the sentence level: a pair's score is the best pair of sentences' sum of idf
 *    over the terms they share whose sentence frequency is at most `maxDf`, quoted sentences left out
 *    (terms: the linker's nouns and phrases, with content-word bigrams for echoed phrases);
 *  - time: the dumps list comments newest first, so a parent sits near the same relative position in
 *    its dump (a weak prior: |Δ position / dump length| ≤ 0.15);
 *  - conversation: the two authors already answer each other somewhere (a quote-found parent).
 * Prints one row per rule (and points of the ranked ones: the top k by score), the signals' diagnostics,
 * and CPU time with the machine's load. Figures only, no timed tests.
 * Run: `node bench/replies.ts [folder] [truth.json]` (defaults: tests/corpora/lw-dev/text and its truth.json).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { assemble } from '../src/pipeline/assemble.ts';
import { GROUPING_REPLY_START, GROUPING_STOP_WORDS } from '../src/pipeline/lexicon.ts';
import { contentWords, terms } from '../src/pipeline/link.ts';
import { startMining, type Mining, type SentenceRecord } from '../src/pipeline/mining.ts';
import { readSeeds } from '../src/pipeline/run.ts';
import { quietContext } from '../src/pipeline/stage.ts';
import { mineSteps } from '../src/pipeline/stages.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = args[0] ?? 'tests/corpora/lw-dev/text';
const truthPath = args[1] ?? join(dirname(dir), 'truth.json');
interface TrueComment { user: string; file: string; lines: [number, number]; parent: string | null; parentUser: string | null; parentInCorpus: boolean }
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { comments: Record<string, TrueComment> };

const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const corpus = assemble(readSeeds(dir).files);
let m: Mining = startMining(corpus);
for (const step of mineSteps) {
  m = step.run(m, quietContext);
  if (step.name === 'claims') break;
}
const cpuMine = process.cpuUsage(cpu0);
const wallMine = performance.now() - wall0;

// --- found comments ↔ true comments
const comments = corpus.comments;
const k = new Map(comments.map((c, i) => [c.id, i]));
const trueRows = new Map<string, { id: string; from: number; to: number }[]>();
for (const [id, c] of Object.entries(truth.comments)) (trueRows.get(c.file) ?? trueRows.set(c.file, []).get(c.file)!).push({ id, from: c.lines[0], to: c.lines[1] });
const trueOf = comments.map((c) => (trueRows.get(c.data.file) ?? []).filter((r) => r.from <= c.data.lines.end && r.to >= c.data.lines.start).map((r) => r.id));
const right = (child: number, parent: number) => {
  const p = new Set(trueOf[parent]);
  return trueOf[child]!.some((t) => truth.comments[t]!.parent !== null && p.has(truth.comments[t]!.parent!));
};
const truePairs = Object.entries(truth.comments)
  .filter(([, c]) => c.parentInCorpus && truth.comments[c.parent!] && truth.comments[c.parent!]!.user !== c.user)
  .map(([id, c]) => [id, c.parent!] as const);
const foundOf = new Map<string, number[]>();
trueOf.forEach((ts, i) => {
  for (const t of ts) (foundOf.get(t) ?? foundOf.set(t, []).get(t)!).push(i);
});
const author = (i: number) => comments[i]!.data.author;
const position = (() => {
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const c of comments) total.set(c.data.file, (total.get(c.data.file) ?? 0) + 1);
  return comments.map((c) => {
    const n = seen.get(c.data.file) ?? 0;
    seen.set(c.data.file, n + 1);
    return n / total.get(c.data.file)!;
  });
})();
const near = (i: number, j: number) => Math.abs(position[i]! - position[j]!) <= 0.15;

type Guess = { parent: number; score: number; terms: string[] };
const quoteFound = new Map<number, Guess>();
for (const [child, parent] of m.replyTo) quoteFound.set(k.get(child)!, { parent: k.get(parent)!, score: Infinity, terms: [] });

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
const rows: string[][] = [['rule', 'inferred', 'right', 'precision', 'pairs', 'new pairs']];
function covered(guesses: Map<number, Guess>) {
  const got = new Set<string>();
  for (const [t, p] of truePairs) if ((foundOf.get(t) ?? []).some((c) => guesses.has(c) && trueOf[guesses.get(c)!.parent]!.includes(p))) got.add(t);
  return got;
}
const baseline = covered(quoteFound);
function row(name: string, guesses: Map<number, Guess>) {
  let ok = 0;
  for (const [c, g] of guesses) if (right(c, g.parent)) ok++;
  const got = covered(guesses);
  rows.push([name, String(guesses.size), String(ok), pct(ok, guesses.size), `${got.size}/${truePairs.length}`, String([...got].filter((t) => !baseline.has(t)).length)]);
}
/** A ranked rule: the whole list, then its top k by score. */
function ranked(name: string, guesses: Map<number, Guess>) {
  row(name, guesses);
  const order = [...guesses].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  for (const top of [10, 20, 40]) if (order.length > top) row(`  top ${top} (score ≥ ${order[top - 1]![1].score.toFixed(1)})`, new Map(order.slice(0, top)));
}

// --- sentence terms, two kinds: `nouns`, the linker's nouns and phrases with bigrams of content words;
// `words`, the plain words (stop words aside) with every bigram of adjacent words that are not both stop
// words (an echoed phrase: "coming anywhere close", "making this calculation").
const own = m.records.filter((r) => !r.quote);
type TermKind = 'nouns' | 'words';
const termsOf: Record<TermKind, Map<SentenceRecord, Set<string>>> = { nouns: new Map(), words: new Map() };
for (const r of own) {
  const toks = m.tokens.get(r)!;
  const content = contentWords(toks);
  const nouns = new Set(terms(r.text, toks));
  for (let n = 0; n + 1 < content.length; n++) nouns.add(`${content[n]} ${content[n + 1]}`);
  if (nouns.size) termsOf.nouns.set(r, nouns);
  const w = (r.text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).map((x) => x.replace(/'s$/, ''));
  const stop = (x: string) => x.length <= 2 || GROUPING_STOP_WORDS.has(x);
  const words = new Set<string>();
  for (let n = 0; n < w.length; n++) {
    if (!stop(w[n]!)) words.add(w[n]!.replace(/s$/, ''));
    if (n + 1 < w.length && !(stop(w[n]!) && stop(w[n + 1]!))) words.add(`${w[n]} ${w[n + 1]}`);
  }
  if (words.size) termsOf.words.set(r, words);
}

/** For each comment, the comments of other authors it shares rare terms with: best sentence pair's idf sum. */
function pairScores(kind: TermKind, maxDf: number): Map<number, Map<number, { score: number; terms: string[] }>> {
  const df = new Map<string, number>();
  for (const set of termsOf[kind].values()) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const sentences = [...termsOf[kind].keys()];
  const N = sentences.length;
  const postings = new Map<string, number[]>();
  sentences.forEach((s, n) => {
    for (const t of termsOf[kind].get(s)!) if (df.get(t)! >= 2 && df.get(t)! <= maxDf) (postings.get(t) ?? postings.set(t, []).get(t)!).push(n);
  });
  const out = new Map<number, Map<number, { score: number; terms: string[] }>>();
  sentences.forEach((s) => {
    const x = k.get(s.comment.id)!;
    const acc = new Map<number, { score: number; terms: string[] }>();
    for (const t of termsOf[kind].get(s)!) {
      for (const n of postings.get(t) ?? []) {
        const o = sentences[n]!;
        if (o.comment.data.author === s.comment.data.author) continue;
        const a = acc.get(n) ?? acc.set(n, { score: 0, terms: [] }).get(n)!;
        a.score += Math.log(N / df.get(t)!);
        a.terms.push(t);
      }
    }
    const best = out.get(x) ?? out.set(x, new Map()).get(x)!;
    for (const [n, a] of acc) {
      const y = k.get(sentences[n]!.comment.id)!;
      if (m.replyTo.get(comments[y]!.id) === comments[x]!.id) continue; // x's own child is no parent of x
      if ((best.get(y)?.score ?? 0) < a.score) best.set(y, a);
    }
  });
  return out;
}
const bestOf = (cands: Map<number, { score: number; terms: string[] }> | undefined, accept: (y: number) => boolean): Guess | null => {
  let g: Guess | null = null;
  for (const [y, a] of cands ?? []) if (accept(y) && (!g || a.score > g.score || (a.score === g.score && y < g.parent))) g = { parent: y, score: a.score, terms: a.terms };
  return g;
};
const unparented = comments.map((_, i) => i).filter((i) => !quoteFound.has(i));

// --- is-a-reply cues
const firstOwn = new Map<number, string>();
const ownText = new Map<number, string>();
for (const r of own) {
  const i = k.get(r.comment.id)!;
  if (!firstOwn.has(i)) firstOwn.set(i, r.text);
  ownText.set(i, `${ownText.get(i) ?? ''} ${r.text}`);
}
const opener = (i: number) => GROUPING_REPLY_START.test(firstOwn.get(i) ?? '');
const secondPerson = (i: number) => /\b(?:you|your|you're|you've|you'd|yours)\b/i.test(ownText.get(i) ?? '');
const replyCue = (i: number) => opener(i) || secondPerson(i);

// --- names of the commenters, as a dump's header gives them
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameRes = corpus.authors.map((a) => {
  const forms = new Set<string>([a.data.name]);
  if (a.data.handle) forms.add(a.data.handle);
  const first = a.data.name.split(/\s+/);
  if (first.length > 1 && first[0]!.length >= 3) forms.add(first[0]!);
  return { author: a.id, re: new RegExp(`(?<![\\w@])@?(?:${[...forms].map(esc).join('|')})(?![\\w])`) };
});
const named = (i: number) => nameRes.filter((n) => n.author !== author(i) && n.re.test(ownText.get(i) ?? '')).map((n) => n.author);

// --- conversations: author pairs with a quote-found reply
const talking = new Set<string>();
for (const [c, g] of quoteFound) {
  talking.add(`${author(c)}\u0000${author(g.parent)}`);
  talking.add(`${author(g.parent)}\u0000${author(c)}`);
}

row('quote-found (today, claims.ts)', quoteFound);
for (const [kind, maxDf] of [['nouns', 3], ['nouns', 8], ['words', 3], ['words', 8]] as const) {
  const scores = pairScores(kind, maxDf);
  const pick = (accept: (x: number, y: number) => boolean, only: (x: number) => boolean = () => true) => {
    const out = new Map<number, Guess>();
    for (const x of unparented) {
      if (!only(x)) continue;
      const g = bestOf(scores.get(x), (y) => accept(x, y));
      if (g) out.set(x, g);
    }
    return out;
  };
  const all = pick(() => true);
  ranked(`${kind} df≤${maxDf}: best match`, all);
  ranked(`${kind} df≤${maxDf} + time`, pick(near));
  ranked(`${kind} df≤${maxDf} + reply cue + time`, pick(near, replyCue));
  const mutual = new Map([...all].filter(([x, g]) => all.get(g.parent)?.parent === x));
  ranked(`${kind} df≤${maxDf}: mutual best`, mutual);
  ranked(`${kind} df≤${maxDf} + conversation`, pick((x, y) => talking.has(`${author(x)}\u0000${author(y)}`)));
  ranked(`${kind} df≤${maxDf} + conversation + time`, pick((x, y) => near(x, y) && talking.has(`${author(x)}\u0000${author(y)}`)));
  ranked(`name + ${kind} df≤${maxDf}`, pick((x, y) => named(x).includes(author(y))));
  ranked(`name + ${kind} df≤${maxDf} + time`, pick((x, y) => near(x, y) && named(x).includes(author(y))));
}
// Answer-back: a quote-found reply c → p starts an exchange; p's author answers c in one of the few comments
// they posted after p (just above p in a newest-first dump), the one sharing most rare terms with c. Each
// answer found is itself a reply that can be answered back (a chain), up to `depth` steps.
for (const [kind, maxDf] of [['words', 8], ['nouns', 8]] as const) {
  const scores = pairScores(kind, maxDf);
  const inFile = new Map<string, number[]>();
  comments.forEach((c, i) => (inFile.get(c.data.file) ?? inFile.set(c.data.file, []).get(c.data.file)!).push(i));
  const placeIn = comments.map((c) => c.data.order);
  for (const W of [1, 3, 6]) {
    for (const minScore of [-1, 0, 10]) {
      const out = new Map<number, Guess>();
      let frontier = [...quoteFound].map(([c, g]) => [c, g.parent] as const);
      for (let depth = 0; depth < 4 && frontier.length; depth++) {
        const next: (readonly [number, number])[] = [];
        for (const [c, p] of frontier) {
          const file = inFile.get(comments[p]!.data.file)!;
          const at = file.indexOf(p);
          let best: Guess & { child: number } | null = null;
          for (const y of file.slice(Math.max(0, at - W), at)) {
            if (quoteFound.has(y) || out.has(y) || placeIn[y]! >= placeIn[p]!) continue;
            // minScore -1: position alone, the nearest comment above p when none shares a rare term with c.
            const a = scores.get(y)?.get(c) ?? (minScore < 0 ? { score: 0, terms: [] } : undefined);
            if (a && a.score > minScore && (!best || a.score > best.score)) best = { child: y, parent: c, score: a.score, terms: a.terms };
          }
          if (best) {
            out.set(best.child, best);
            next.push([best.child, c]);
          }
        }
        frontier = next;
      }
      row(`answer-back ${kind} df≤${maxDf}, ${W} above, ${minScore < 0 ? 'any score' : `score > ${minScore}`}`, out);
    }
  }
}

// Where the true parent stands among a child's matches (the children quote-found leaves without one).
const rankRows: string[] = [];
for (const [kind, maxDf] of [['words', 8], ['nouns', 8]] as const) {
  const scores = pairScores(kind, maxDf);
  const ranks: number[] = [];
  for (const [t, p] of truePairs) {
    if (baseline.has(t)) continue;
    let best = Infinity;
    for (const c of foundOf.get(t) ?? []) {
      const list = [...(scores.get(c) ?? [])].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
      const at = list.findIndex(([y]) => trueOf[y]!.includes(p));
      if (at !== -1) best = Math.min(best, at);
    }
    ranks.push(best);
  }
  const upTo = (n: number) => ranks.filter((r) => r < n).length;
  rankRows.push(`${kind} df≤${maxDf}: of the ${ranks.length} true replies quote-found misses, the parent is the best match for ${upTo(1)}, in the top 3 for ${upTo(3)}, top 10 for ${upTo(10)}; shares no rare term with ${ranks.filter((r) => r === Infinity).length}`);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  '));

// --- diagnostics of the signals on their own
for (const r of rankRows) console.log(r);
const isReply = (i: number) => trueOf[i]!.some((t) => truth.comments[t]!.parent !== null);
const children = new Set(truePairs.flatMap(([t]) => foundOf.get(t) ?? []));
for (const [name, f] of [['reply opener', opener], ['second person', secondPerson], ['opener or second person', replyCue], ['any comment', () => true]] as const) {
  const sel = comments.map((_, i) => i).filter(f);
  console.log(`${name}: ${sel.length} comments, replying to anyone ${pct(sel.filter(isReply).length, sel.length)}, found children of the ${truePairs.length} in-corpus replies ${sel.filter((i) => children.has(i)).length}/${children.size}`);
}
{
  const withName = comments.map((_, i) => i).filter((i) => named(i).length);
  const toNamed = withName.filter((i) => trueOf[i]!.some((t) => {
    const p = truth.comments[t]!.parent;
    return p !== null && truth.comments[p] !== undefined && foundOf.get(p)!.some((q) => named(i).includes(author(q)));
  }));
  console.log(`name: ${withName.length} comments name another commenter; ${toNamed.length} of them reply (in the corpus) to a comment of a commenter they name`);
}
{
  const pairs = truePairs.flatMap(([t, p]) => (foundOf.get(t) ?? []).slice(0, 1).flatMap((c) => (foundOf.get(p) ?? []).slice(0, 1).map((q) => [c, q] as const)));
  let all = 0;
  let close = 0;
  for (let i = 0; i < comments.length; i++) for (let j = 0; j < comments.length; j++) if (author(i) !== author(j)) { all++; if (near(i, j)) close++; }
  console.log(`time: ${pairs.filter(([c, q]) => near(c, q)).length}/${pairs.length} true pairs lie within 0.15 of each other's relative position, against ${pct(close, all)} of all cross-author pairs`);
}
{
  // Echo: two comments of different authors that alone in the corpus share a phrase of three words, two of
  // them content words ("coming anywhere close"), quoted sentences left out. Unordered: right either way.
  const stop = (x: string) => x.length <= 2 || GROUPING_STOP_WORDS.has(x);
  const phrases = new Map<string, Set<number>>();
  for (const r of own) {
    const w = r.text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
    for (let n = 0; n + 3 <= w.length; n++) {
      const g = w.slice(n, n + 3);
      if (g.filter((x) => !stop(x)).length < 2) continue;
      const key = g.join(' ');
      (phrases.get(key) ?? phrases.set(key, new Set()).get(key)!).add(k.get(r.comment.id)!);
    }
  }
  const shared = new Map<string, number>();
  for (const set of phrases.values()) {
    if (set.size !== 2) continue;
    const [a, b] = [...set].sort((x, y) => x - y) as [number, number];
    if (author(a) !== author(b)) shared.set(`${a} ${b}`, (shared.get(`${a} ${b}`) ?? 0) + 1);
  }
  for (const min of [1, 2, 3]) {
    const sel = [...shared].filter(([, n]) => n >= min).map(([key]) => key.split(' ').map(Number) as [number, number]);
    const ok = sel.filter(([a, b]) => right(a, b) || right(b, a)).length;
    const quoted = sel.filter(([a, b]) => quoteFound.get(a)?.parent === b || quoteFound.get(b)?.parent === a).length;
    console.log(`echo: ${sel.length} pairs of comments share ${min}+ phrase(s) of three words found nowhere else; ${ok} are a reply and its parent (${quoted} of those already quote-found)`);
  }
}
const cpu = process.cpuUsage(cpu0);
console.log(`comments ${comments.length}, own sentences ${own.length}; ingest + mining to claims: ${Math.round(wallMine)} ms wall, ${Math.round((cpuMine.user + cpuMine.system) / 1000)} ms CPU; whole bench ${Math.round(performance.now() - wall0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
