/**
 * Where a comment comes from, as a reader is told it on its page: for a forum export, the post, the
 * date, the comment it replies to and its address on the forum; for a plain dump, which paragraphs of
 * the commenter's profile dump it is. Pure: plain comments in, plain data out (no Astro imports).
 */
import type { Comment } from '../schemas/comment.ts';

export type Provenance =
  | {
      kind: 'forum';
      postTitle?: string;
      /** ISO 8601, and the same as a reader's date ("8 January 2025", UTC). */
      postedAt?: { iso: string; text: string };
      /** The forum's address of the comment (http(s) only: the reader checked it). */
      url?: string;
      /** The comment it replies to: its content id when it is in the corpus. */
      parent?: { id: string } | { outside: true; url?: string };
      /** Content ids of the comments in the corpus that reply to this one, in corpus order. */
      replies: string[];
    }
  | {
      kind: 'dump';
      /** 1-based paragraphs of the dump (the header not counted) that the comment spans. */
      paragraphs: { start: number; end: number };
      file: string;
      lines: Comment['lines'];
    };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-01-08T18:18:36.032Z" → "8 January 2025", in UTC so that every build says the same. */
export function readableDate(iso: string): string | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export interface ProvenanceIndex {
  /** First paragraph (1-based) of each plain-dump comment in its file. */
  firstParagraph: Map<string, number>;
  /** Replies in the corpus to each comment. */
  replies: Map<string, string[]>;
}

/** When a comment was posted, in ms; NaN when undated or unreadable. */
const postedMs = (c: Comment) => (c.forum?.postedAt ? Date.parse(c.forum.postedAt) : NaN);

/**
 * Earlier posted first, dated before undated; then the file and its order. Dates are compared as times,
 * not as strings: the pipeline writes UTC, but a hand-edited date may carry an offset ("…T09:00+02:00"
 * is before "…T08:00Z") or no time at all.
 */
function replyOrder(a: Comment, b: Comment): number {
  const x = postedMs(a);
  const y = postedMs(b);
  if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
  if (x !== y && !Number.isNaN(x)) return x - y;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.order - b.order;
}

/** One pass over all comments (pages must not scan all comments each). */
export function indexProvenance(comments: Iterable<[string, Comment]>): ProvenanceIndex {
  const byFile = new Map<string, [string, Comment][]>();
  const replies = new Map<string, string[]>();
  const replying = new Map<string, Comment>();
  for (const [id, c] of comments) {
    if (c.replyTo) {
      replying.set(id, c);
      const list = replies.get(c.replyTo);
      if (list) list.push(id);
      else replies.set(c.replyTo, [id]);
    }
    if (c.forum) continue;
    const list = byFile.get(c.file);
    if (list) list.push([id, c]);
    else byFile.set(c.file, [[id, c]]);
  }
  // Replies in the order they were posted (then in corpus order), whatever order the comments came in:
  // a thread reads down in time.
  for (const list of replies.values()) list.sort((a, b) => replyOrder(replying.get(a)!, replying.get(b)!) || (a < b ? -1 : a > b ? 1 : 0));
  const firstParagraph = new Map<string, number>();
  for (const list of byFile.values()) {
    list.sort((a, b) => a[1].order - b[1].order);
    let n = 1;
    for (const [id, c] of list) {
      firstParagraph.set(id, n);
      n += c.paragraphs.length;
    }
  }
  return { firstParagraph, replies };
}

const cache = new WeakMap<Map<string, Comment>, ProvenanceIndex>();

/** indexProvenance, once per map of comments (every comment page of a build shares the site's map). */
export function provenanceIndex(comments: Map<string, Comment>): ProvenanceIndex {
  let index = cache.get(comments);
  if (!index) cache.set(comments, (index = indexProvenance(comments)));
  return index;
}

/** A forum address for a comment id, from a sibling's `…?commentId=<id>` address (LessWrong's form). */
function commentUrl(siblingUrl: string | undefined, id: string): string | undefined {
  if (!siblingUrl || !/[?&]commentId=[^&#]*/.test(siblingUrl) || !/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  return siblingUrl.replace(/([?&]commentId=)[^&#]*/, `$1${id}`);
}

export function provenance(id: string, comment: Comment, index: ProvenanceIndex): Provenance {
  const f = comment.forum;
  if (!f) {
    const start = index.firstParagraph.get(id) ?? 1;
    return { kind: 'dump', paragraphs: { start, end: start + comment.paragraphs.length - 1 }, file: comment.file, lines: comment.lines };
  }
  const out: Provenance = { kind: 'forum', replies: index.replies.get(id) ?? [] };
  if (f.postTitle) out.postTitle = f.postTitle;
  if (f.postedAt) {
    const text = readableDate(f.postedAt);
    if (text) out.postedAt = { iso: f.postedAt, text };
  }
  if (f.url) out.url = f.url;
  if (comment.replyTo) out.parent = { id: comment.replyTo };
  else if (f.parentId) {
    const url = commentUrl(f.url, f.parentId);
    out.parent = url ? { outside: true, url } : { outside: true };
  }
  return out;
}

/**
 * Who a quote quotes, as its comment page says it after the quoted words: "quoting Ann’s comment 3" for a
 * claim of the corpus (its comment's number when known), "quoting words from outside this corpus" for an
 * outside claim (a post, a comment not collected).
 */
export function quotedFrom(quoted: { external: boolean; author?: string }, authorName: string, commentNumber?: number): string {
  if (quoted.external || !quoted.author) return 'quoting words from outside this corpus';
  return `quoting ${authorName}’s comment${commentNumber === undefined ? '' : ` ${commentNumber}`}`;
}

/** What a quote's attribution needs: its words, and the link the attribution points to. */
export interface QuoteMark {
  /** The attribution's words ("quoting Ann’s comment 3"). */
  quoting?: string;
  /** The quoted comment's page, which the attribution links; absent for outside words. */
  source?: string;
  /** The quoted words themselves (to tell words from bare punctuation such as "..."). */
  words?: string;
}

/**
 * The attributions after one paragraph's quotes: one per source (a quoted comment; all outside words are
 * one source), in the order the quotes come, so a paragraph quoting three sentences of Ann's comment says
 * "quoting Ann’s comment" once, not three times.
 * A "quote" of no letter or digit (an elision "..." split off as a sentence) gets none: it says nothing.
 */
export function quoteAttributions<Q extends QuoteMark>(quotes: readonly Q[]): Q[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    if (q.words !== undefined && !hasWords(q.words)) return false;
    const key = q.source ?? `outside\u0000${q.quoting ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when a text holds a letter or a digit (in any script). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * What a comment page says about its sentences: how many link to the claims they became, how many
 * quote someone else (those are not the commenter's claims), and whether the rest are asides.
 */
export function sentenceSummary(sentences: number, linked: number, quoted: number): string {
  const asides = sentences - linked - quoted;
  if (linked === 0 && quoted === 0) return 'No sentence of this comment became a claim: it is all asides.';
  const parts: string[] = [];
  if (linked === sentences) parts.push(`Each of its ${sentences} sentences links to the claim it became, underlined by role.`);
  else if (linked > 0) parts.push(`${linked} of its ${sentences} sentences ${linked === 1 ? 'links to the claim it' : 'link to the claims they'} became, underlined by role.`);
  else parts.push('None of its own sentences became a claim.');
  if (quoted > 0) parts.push(`${quoted === sentences ? (sentences === 1 ? 'Its sentence quotes' : `All ${sentences} sentences quote`) : quoted === 1 ? 'One sentence quotes' : `${quoted} sentences quote`} someone else’s words, shown as quotes with who is quoted.`);
  if (asides > 0 && (linked > 0 || quoted > 0)) parts.push(asides === 1 ? 'The one left is an aside.' : `The other ${asides} are asides.`);
  return parts.join(' ');
}
