/**
 * Forum exports: one `*.json` seed file's bytes → its comments, each with its author, its paragraphs and
 * the forum's metadata. The file is the answer of the ForumMagnum GraphQL API (LessWrong, the Alignment
 * Forum, the EA Forum): a bare array of comments, or `{"data": {"comments": {"results": [...]}}}`.
 * Comment boundaries, authors, dates and reply parents come from the data, not from guesses.
 *
 * Markdown bodies go through the same Markdown → paragraphs code as the plain dumps (ingest.ts); HTML
 * bodies are read with a real HTML parser (parse5, through hast-util-from-html) into the same shapes,
 * their markup never kept: text, emphasis, code and http(s)/mailto links only.
 *
 * Pure: no disk access. Throws CruxError with `file:line:column` for invalid JSON, a file that is not
 * an export, and a missing or mistyped field.
 */
import { fromHtml } from 'hast-util-from-html';
import type { ElementContent, RootContent, Element } from 'hast';
import { CruxError, messages } from './messages.ts';
import { decode, parseBlocks, safeHref, splitLines, tableParagraph, tidy, type RawParagraph } from './ingest.ts';
import type { Inline, Forum } from '../schemas/comment.ts';
import type { LineRange } from '../schemas/common.ts';

/** Who wrote a comment, as the export names them. */
export interface ForumUser {
  /** What makes two comments the same person's: the username, else the user id. */
  key: string;
  username?: string;
  displayName?: string;
  userId?: string;
}

/** One comment of an export, ready to be assembled like a comment of a plain dump. */
export interface ForumComment {
  user: ForumUser;
  forum: Forum;
  /** Paragraphs of the body; their lines are the line of the body's value in the JSON file. */
  paragraphs: RawParagraph[];
  /** Lines of the file the comment's object spans. */
  lines: LineRange;
  /** Where the comment's object starts, for messages. */
  at: { line: number; column: number };
  /** The body as the forum stores it (Markdown or HTML), kept as the content file's body. */
  body: string;
}

export interface ExportResult {
  comments: ForumComment[];
  /** Comments whose body holds no words (a deleted comment, say): nothing to show, so not read. */
  empty: number;
}

/** Is this seed file read as a forum export? */
export const isExport = (name: string) => /\.json$/i.test(name);

// ---------------------------------------------------------------------------------------------------
// JSON with positions: JSON.parse says neither where an error is nor where a value was, and both are
// needed for `file:line:column` messages. A small recursive-descent reader, depth-limited so that a
// hostile `[[[[…` gives a message rather than a stack overflow.

/** Where each object's values start (offsets into the text), keyed by the object. */
type Spans = WeakMap<object, { start: number; end: number; keys: Map<string, number> }>;

/** Nesting deeper than this is no forum export (the API's answers nest about 6 deep). */
export const MAX_DEPTH = 64;

class JsonReader {
  i = 0;
  readonly spans: Spans = new WeakMap();
  readonly text: string;
  readonly fail: (offset: number, problem: string) => never;
  constructor(text: string, fail: (offset: number, problem: string) => never) {
    this.text = text;
    this.fail = fail;
  }

  parse(): unknown {
    this.ws();
    const v = this.value(0);
    this.ws();
    if (this.i < this.text.length) this.fail(this.i, 'more text after the end of the JSON value');
    return v;
  }

  private ws(): void {
    const t = this.text;
    let c = t.charCodeAt(this.i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = t.charCodeAt(++this.i);
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(this.i, `nested deeper than ${MAX_DEPTH} levels`);
    const t = this.text;
    const c = t[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === undefined) this.fail(this.i, 'the file ends where a value should be');
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (t.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(t);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    return this.fail(this.i, `unexpected ${describe(c)}`);
  }

  private object(depth: number): Record<string, unknown> {
    const start = this.i++;
    const out: Record<string, unknown> = Object.create(null);
    const keys = new Map<string, number>();
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      this.spans.set(out, { start, end: this.i, keys });
      return out;
    }
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') this.fail(this.i, `expected a key in quotes, found ${describe(this.text[this.i])}`);
      const key = this.string();
      this.ws();
      if (this.text[this.i] !== ':') this.fail(this.i, `expected ":" after the key "${key}", found ${describe(this.text[this.i])}`);
      this.i++;
      this.ws();
      keys.set(key, this.i);
      out[key] = this.value(depth + 1);
      this.ws();
      const c = this.text[this.i++];
      if (c === '}') break;
      if (c !== ',') this.fail(this.i - 1, `expected "," or "}" after a value, found ${describe(c)}`);
    }
    this.spans.set(out, { start, end: this.i, keys });
    return out;
  }

  private array(depth: number): unknown[] {
    const start = this.i++;
    const out: unknown[] = [];
    const keys = new Map<string, number>();
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      this.spans.set(out, { start, end: this.i, keys });
      return out;
    }
    for (;;) {
      this.ws();
      keys.set(String(out.length), this.i);
      out.push(this.value(depth + 1));
      this.ws();
      const c = this.text[this.i++];
      if (c === ']') break;
      if (c !== ',') this.fail(this.i - 1, `expected "," or "]" after a value, found ${describe(c)}`);
    }
    this.spans.set(out, { start, end: this.i, keys });
    return out;
  }

  private string(): string {
    const t = this.text;
    const start = this.i;
    let escaped = false;
    let k = start + 1;
    for (; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        k++;
      } else if (c < 0x20) {
        this.fail(k, 'a control character (a raw line break or tab) inside a string; JSON writes it as \\n or \\t');
      }
    }
    if (k >= t.length) this.fail(start, 'a string that is never closed');
    this.i = k + 1;
    if (!escaped) return t.slice(start + 1, k);
    try {
      return JSON.parse(t.slice(start, k + 1)) as string;
    } catch {
      return this.fail(start, 'a string with an invalid escape (\\ must be followed by one of " \\ / b f n r t u)');
    }
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const describe = (c: string | undefined) => (c === undefined ? 'the end of the file' : `"${c}"`);

/** 1-based line and column of every offset, by binary search over the line starts. */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) starts.push(k + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

// ---------------------------------------------------------------------------------------------------

/** Read a forum export. */
export function readExport(file: string, bytes: Uint8Array): ExportResult {
  if (bytes.length === 0) throw new CruxError(messages.emptyFile(file));
  const text = decode(file, bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CruxError(messages.blankFile(file, splitLines(text).length));
  const where = locator(text);
  const fail = (offset: number, problem: string): never => {
    const { line, column } = where(offset);
    throw new CruxError(messages.invalidJson(file, line, column, problem));
  };
  const reader = new JsonReader(text, fail);
  const root = reader.parse();
  const spans = reader.spans;
  const pos = (offset: number) => where(offset);
  const startOf = (o: object) => spans.get(o)!.start;

  // The comments: a bare array, or the API's answer.
  let list: unknown[] | undefined;
  if (Array.isArray(root)) list = root;
  else if (isObject(root)) {
    const errors = root['errors'];
    if (Array.isArray(errors) && errors.length && !isObject(root['data'])) {
      const first = errors[0];
      const said = isObject(first) && typeof first['message'] === 'string' ? first['message'] : JSON.stringify(first);
      const { line, column } = pos(spans.get(root)!.keys.get('errors')!);
      throw new CruxError(messages.exportApiError(file, line, column, said.slice(0, 200)));
    }
    const data = root['data'];
    const comments = isObject(data) ? data['comments'] : undefined;
    const results = isObject(comments) ? comments['results'] : undefined;
    if (Array.isArray(results)) list = results;
  }
  if (!list) {
    const { line, column } = pos(isObject(root) || Array.isArray(root) ? startOf(root as object) : 0);
    throw new CruxError(messages.notAnExport(file, line, column));
  }

  const out: ForumComment[] = [];
  let empty = 0;
  list.forEach((raw, index) => {
    const listSpan = spans.get(list!)!;
    if (!isObject(raw)) {
      const { line, column } = pos(listSpan.keys.get(String(index))!);
      throw new CruxError(messages.exportNotAComment(file, line, column, index + 1));
    }
    const span = spans.get(raw)!;
    const at = pos(span.start);
    const fieldAt = (o: Record<string, unknown>, key: string) => pos(spans.get(o)!.keys.get(key) ?? spans.get(o)!.start);
    const missing = (field: string): never => {
      throw new CruxError(messages.exportMissingField(file, at.line, at.column, index + 1, field));
    };
    /** A string field, or undefined when absent or null; any other type is an error. */
    const str = (o: Record<string, unknown>, key: string, path = key): string | undefined => {
      const v = o[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') {
        const { line, column } = fieldAt(o, key);
        throw new CruxError(messages.exportBadField(file, line, column, index + 1, path, 'a string'));
      }
      return v;
    };
    const obj = (o: Record<string, unknown>, key: string): Record<string, unknown> | undefined => {
      const v = o[key];
      if (v === undefined || v === null) return undefined;
      if (!isObject(v)) {
        const { line, column } = fieldAt(o, key);
        throw new CruxError(messages.exportBadField(file, line, column, index + 1, key, 'an object'));
      }
      return v;
    };

    const id = str(raw, '_id')?.trim();
    if (!id) missing('_id');
    const user = obj(raw, 'user');
    const username = user ? str(user, 'username', 'user.username')?.trim() || undefined : undefined;
    const displayName = user ? str(user, 'displayName', 'user.displayName')?.trim() || undefined : undefined;
    const userId = str(raw, 'userId')?.trim() || undefined;
    const key = username ?? userId ?? displayName;
    if (!key) missing('user.username (or userId)');

    const contents = obj(raw, 'contents');
    const markdown = contents ? str(contents, 'markdown', 'contents.markdown') : undefined;
    const html = markdown === undefined ? ((contents ? str(contents, 'html', 'contents.html') : undefined) ?? str(raw, 'htmlBody')) : undefined;
    if (markdown === undefined && html === undefined) missing('contents.markdown (or contents.html, or htmlBody)');
    const bodyAt =
      markdown !== undefined ? fieldAt(contents!, 'markdown')
      : contents && typeof contents['html'] === 'string' ? fieldAt(contents, 'html')
      : fieldAt(raw, 'htmlBody');
    const body = (markdown ?? html)!;
    const paragraphs = (markdown !== undefined ? markdownParagraphs(markdown) : htmlParagraphs(body))
      .map((p) => ({ ...p, lines: { start: bodyAt.line, end: bodyAt.line } }));
    if (paragraphs.length === 0) {
      empty++;
      return;
    }

    const forum: Forum = { id: id! };
    const postId = str(raw, 'postId');
    if (postId) forum.postId = postId;
    const post = obj(raw, 'post');
    const postTitle = post ? str(post, 'title', 'post.title')?.trim() : undefined;
    if (postTitle) forum.postTitle = postTitle;
    const parentId = str(raw, 'parentCommentId');
    if (parentId) forum.parentId = parentId;
    const topLevelId = str(raw, 'topLevelCommentId');
    if (topLevelId) forum.topLevelId = topLevelId;
    const postedAt = str(raw, 'postedAt');
    if (postedAt) {
      const ms = Date.parse(postedAt);
      if (Number.isNaN(ms)) {
        const { line, column } = fieldAt(raw, 'postedAt');
        throw new CruxError(messages.exportBadField(file, line, column, index + 1, 'postedAt', 'a date (ISO 8601, e.g. 2025-01-08T18:18:36.032Z)'));
      }
      forum.postedAt = new Date(ms).toISOString();
    }
    // Only a web address is kept: a `javascript:` or `data:` pageUrl would become a link on the page.
    const url = str(raw, 'pageUrl');
    const safe = url ? safeHref(url) : undefined;
    if (safe && /^https?:/i.test(safe)) forum.url = safe;
    const score = raw['baseScore'];
    if (typeof score === 'number' && Number.isFinite(score)) forum.score = score;
    else if (score !== undefined && score !== null) {
      const { line, column } = fieldAt(raw, 'baseScore');
      throw new CruxError(messages.exportBadField(file, line, column, index + 1, 'baseScore', 'a number'));
    }

    const who: ForumUser = { key: key! };
    if (username) who.username = username;
    if (displayName) who.displayName = displayName;
    if (userId) who.userId = userId;
    out.push({ user: who, forum, paragraphs, lines: { start: at.line, end: pos(span.end - 1).line }, at, body });
  });
  return { comments: out, empty };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A Markdown body → paragraphs, by the same code as the plain dumps (lines relative to the body). */
export function markdownParagraphs(markdown: string): RawParagraph[] {
  const lines = splitLines(markdown);
  return parseBlocks(lines.join('\n'), 0, lines);
}

// ---------------------------------------------------------------------------------------------------
// HTML bodies

/** Elements whose content is no words of the comment (and must never reach a page as anything). */
const DROP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'frame', 'frameset', 'head', 'title', 'meta', 'link', 'base', 'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'select', 'option', 'textarea', 'input', 'button']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that end a paragraph and start another, with the kind of text inside them. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'center', 'body', 'html']);

type Kind = RawParagraph['kind'];
type Marks = Pick<Inline, 'href' | 'em' | 'strong' | 'code'>;

/** An HTML body → paragraphs: blockquote → quote, li → item, h1–h6 → heading, pre → code. */
export function htmlParagraphs(html: string): RawParagraph[] {
  const tree = fromHtml(html, { fragment: true });
  const out: RawParagraph[] = [];
  let runs: Inline[] = [];
  let pending: Kind = 'text';
  const flush = () => {
    const cleaned = tidy(runs.map((r) => (r.code ? r : { ...r, text: r.text.replace(/\s+/g, ' ') })));
    runs = [];
    if (cleaned.length === 0) return;
    const text = cleaned.map((r) => r.text).join('');
    out.push({ kind: pending, lines: { start: 1, end: 1 }, text, inlines: cleaned, raw: text });
  };
  const add = (run: Inline, kind: Kind) => {
    if (runs.length === 0) pending = kind;
    runs.push(run);
  };

  const inline = (node: ElementContent | RootContent, marks: Marks, kind: Kind): void => {
    if (node.type === 'text') {
      add({ text: node.value, ...marks }, kind);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (DROP.has(tag)) return;
    if (tag === 'br') return add({ text: ' ', ...marks }, kind);
    if (tag === 'img') {
      const alt = attr(node, 'alt');
      add({ text: alt ? `[image: ${alt}]` : '[image]', ...marks }, kind);
      return;
    }
    if (tag === 'a') {
      const href = safeHref(attr(node, 'href') ?? '');
      const before = runs.length;
      for (const child of node.children) inline(child, href ? { ...marks, href } : marks, kind);
      // A link without words still shows where it pointed.
      if (href && !runs.slice(before).some((r) => r.text.trim())) add({ text: href, ...marks, href }, kind);
      return;
    }
    const next: Marks =
      tag === 'em' || tag === 'i' || tag === 'cite' ? { ...marks, em: true }
      : tag === 'strong' || tag === 'b' ? { ...marks, strong: true }
      : tag === 'code' || tag === 'kbd' || tag === 'samp' || tag === 'tt' ? { ...marks, code: true }
      : marks;
    for (const child of node.children) inline(child, next, kind);
  };

  const block = (node: ElementContent | RootContent, kind: Kind): void => {
    if (node.type === 'text') return inline(node, {}, kind);
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (DROP.has(tag)) return;
    if (HEADINGS.has(tag)) {
      flush();
      for (const child of node.children) inline(child, {}, 'heading');
      flush();
    } else if (tag === 'blockquote') {
      flush();
      for (const child of node.children) block(child, 'quote');
      flush();
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
      flush();
      for (const child of node.children) block(child, kind === 'quote' ? 'quote' : 'item');
      flush();
    } else if (tag === 'li') {
      flush();
      for (const child of node.children) block(child, kind === 'quote' ? 'quote' : 'item');
      flush();
    } else if (tag === 'pre') {
      flush();
      const text = textOf(node);
      if (text.trim()) add({ text, code: true }, kind === 'quote' ? 'quote' : 'code');
      flush();
    } else if (tag === 'table') {
      flush();
      table(node, kind);
    } else if (tag === 'td' || tag === 'th') {
      for (const child of node.children) block(child, kind);
      add({ text: ' ' }, kind);
    } else if (BLOCKS.has(tag)) {
      flush();
      for (const child of node.children) block(child, kind);
      flush();
    } else {
      inline(node, {}, kind);
    }
  };
  /**
   * A <table> → one table paragraph: its rows (in <thead>, <tbody>, <tfoot> or bare), each cell's words
   * as inline runs (block elements inside a cell, a table in a cell too, become spaces). The first row is a header when it sits
   * in <thead> or all its cells are <th>. A <caption> is a text paragraph before it.
   */
  const table = (node: Element, kind: Kind): void => {
    const rows: { cells: Inline[][]; head: boolean }[] = [];
    const cellRuns = (cell: Element): Inline[] => {
      const saved = runs;
      runs = [];
      const walk = (child: ElementContent) => {
        if (child.type === 'element' && (BLOCKS.has(child.tagName) || HEADINGS.has(child.tagName) || ['li', 'ul', 'ol', 'pre', 'blockquote'].includes(child.tagName))) {
          add({ text: ' ' }, kind);
          child.children.forEach(walk);
          add({ text: ' ' }, kind);
        } else inline(child, {}, kind);
      };
      cell.children.forEach(walk);
      const mine = runs;
      runs = saved;
      return mine;
    };
    const visit = (el: Element, head: boolean) => {
      for (const child of el.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'caption') {
          for (const c of child.children) inline(c, {}, kind);
          flush();
        } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child, child.tagName === 'thead');
        else if (child.tagName === 'tr') {
          const cells = child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
          rows.push({ cells: cells.map(cellRuns), head: head || (cells.length > 0 && cells.every((c) => c.tagName === 'th')) });
        }
      }
    };
    visit(node, false);
    const made = tableParagraph(rows.map((r) => r.cells), rows[0]?.head ?? false, { start: 1, end: 1 }, '');
    if (made) out.push({ ...made, raw: made.text });
  };
  for (const node of tree.children) block(node, 'text');
  flush();
  return out;
}

function attr(node: Element, name: string): string | undefined {
  const v = node.properties?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join(' ') : undefined;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || DROP.has(node.tagName)) return '';
  return node.children.map(textOf).join('');
}
