/**
 * Ingest: one seed file's bytes → its author header and its paragraphs, each with its lines.
 * Pure: no disk access. Throws CruxError (with file and line) for input that is not a text dump.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
// GFM's table syntax only (not the rest of GFM, which would change how autolinks and ~ read): the two
// packages remark-gfm is made of, installed with Astro's Markdown.
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root, RootContent, PhrasingContent, ListItem, Table } from 'mdast';
import { CruxError, messages } from './messages.ts';
import type { Inline } from '../schemas/comment.ts';
import type { LineRange } from '../schemas/common.ts';

/** A paragraph as read from the file, before grouping into comments. */
export interface RawParagraph {
  /** How it reads. */
  kind: 'text' | 'quote' | 'item' | 'heading' | 'code' | 'table';
  /** For a table: the first row is a header row. */
  header?: true;
  /** Lines of the seed file. */
  lines: LineRange;
  /** Plain text (Markdown syntax removed, soft line breaks made spaces). */
  text: string;
  /** Inline runs; their texts joined equal `text`. */
  inlines: Inline[];
  /** The paragraph's source lines, exactly as in the file. */
  raw: string;
}

export interface SkippedLine {
  line: number;
  kind: 'name' | 'handle' | 'bio' | 'artefact';
  text: string;
}

export interface IngestResult {
  /** Display name from the header, if the dump starts with one. */
  name?: string;
  /** Forum handle from the header. */
  handle?: string;
  /** Profile bio from the header. */
  bio?: string;
  /** Header and artefact lines that are not comments. */
  skipped: SkippedLine[];
  /** Which layout the file uses. */
  layout: 'line' | 'block';
  paragraphs: RawParagraph[];
}

/** Page furniture scraped along with the comments: whole lines only, case-insensitive. */
const ARTEFACTS = new Set([
  'wiki contributions', 'load more', 'show more', 'see more', 'comments', 'posts', 'sequences',
  'subscribe', 'message', 'follow', 'karma', 'show all', 'all posts', 'see all',
]);

const HANDLE = /^@?[A-Za-z0-9][A-Za-z0-9_.-]{1,38}$/;
/** A display name: 1–4 words, each starting with a capital letter, no sentence punctuation. */
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}$/u;
/** A profile bio: a short line about a position or affiliation. */
const BIO = /\b(?:at|@|studying|working on|researcher|student|engineer|professor|scientist|founder|fellow|associate|director|phd|postdoc)\b/i;

/** Decode UTF-8 strictly: NUL bytes and invalid sequences are errors with a line and byte. */
export function decode(file: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new CruxError(messages.binaryFile(file, lineAt(bytes, nul), nul + 1));
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new CruxError(messages.invalidUtf8(file, lineAt(bytes, bad), bad + 1));
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Split decoded text into lines, accepting LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const isBlank = (line: string) => line.trim() === '';

/** A file's stem folded for comparison with a name line: `Seth_Herd.txt` and "Seth Herd" meet. */
const foldName = (s: string) => s.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '').replace(/[\s_.-]+/g, '').toLowerCase();

/** Read the profile header at the top of a dump: name, handle, bio, and artefact lines anywhere. */
function readHeader(lines: string[], file: string): Pick<IngestResult, 'name' | 'handle' | 'bio' | 'skipped'> & { first: number } {
  const skipped: SkippedLine[] = [];
  let i = 0;
  const skipBlanksAndArtefacts = () => {
    while (i < lines.length && (isBlank(lines[i]!) || ARTEFACTS.has(lines[i]!.trim().toLowerCase()))) {
      if (!isBlank(lines[i]!)) skipped.push({ line: i + 1, kind: 'artefact', text: lines[i]! });
      i++;
    }
  };
  skipBlanksAndArtefacts();
  let name: string | undefined;
  let handle: string | undefined;
  let bio: string | undefined;
  const at = (k: number) => (lines[k] ?? '').trim();
  // The next line with text after line k (dumps in the blank-line layout put one between name and handle).
  const nextText = (k: number) => {
    let j = k + 1;
    while (j < lines.length && isBlank(lines[j]!)) j++;
    return j;
  };
  const isHandle = (l: string) => HANDLE.test(l) && !/\s/.test(l) && !/[.!?:]$/.test(l);
  const h = nextText(i);
  // A name line counts when a handle line follows it, or when it is the name the file is called by
  // (`Seth_Herd.txt` starting "Seth Herd"): a capitalised short line alone is too easily the start of a comment.
  const named = (NAME.test(at(i)) || isHandle(at(i))) && !/[.!?:,]$/.test(at(i));
  // With blank lines between, a short line and a one-word line are as likely two comments ("One." "Two"):
  // there, one of the two must be the name the file is called by.
  const besideFile = (k: number) => foldName(at(k)) === foldName(file);
  if (named && isHandle(at(h)) && (h === i + 1 || besideFile(i) || besideFile(h))) {
    name = at(i);
    handle = at(h).replace(/^@/, '');
    skipped.push({ line: i + 1, kind: 'name', text: lines[i]! }, { line: h + 1, kind: 'handle', text: lines[h]! });
    i = h + 1;
    skipBlanksAndArtefacts();
  } else if (named && besideFile(i)) {
    name = at(i);
    skipped.push({ line: i + 1, kind: 'name', text: lines[i]! });
    i++;
    skipBlanksAndArtefacts();
  }
  const line = at(i);
  // Right under a name, a bio may go on longer when it opens with a short sentence about the person
  // ("Agent-foundations researcher. Working on …").
  const opening = line.match(/^[^.!?]{1,60}[.!?](?=\s|$)/)?.[0];
  const long = name !== undefined && opening !== undefined && BIO.test(opening) && line.length <= 300;
  // A bio is a noun phrase about the person; a line that talks to "you" or argues as "I" is a comment.
  if (line.length > 0 && (line.length <= 160 || long) && BIO.test(line) && !/\b(?:you|your|you're|I|I'm|I’m)\b/i.test(line) && !/^(?:I|I'm|I’m|We|My|This|That|It)\b/.test(line) && !line.endsWith('?')) {
    bio = line;
    skipped.push({ line: i + 1, kind: 'bio', text: lines[i]! });
    i++;
    // A bio may go on with a short line that introduces a list the scrape lost ("My current views on AI:").
    const next = at(i);
    if (next.length > 0 && next.length <= 80 && next.endsWith(':')) {
      bio += `\n${next}`;
      skipped.push({ line: i + 1, kind: 'bio', text: lines[i]! });
      i++;
    }
  }
  return { name, handle, bio, skipped, first: i };
}

/** Parse a dump: header, artefacts, then paragraphs in either layout. */
export function ingest(file: string, bytes: Uint8Array): IngestResult {
  if (bytes.length === 0) throw new CruxError(messages.emptyFile(file));
  const text = decode(file, bytes).replace(/^\uFEFF/, '');
  const lines = splitLines(text);
  if (lines.every(isBlank)) throw new CruxError(messages.blankFile(file, lines.length));
  const header = readHeader(lines, file);
  const skipped = [...header.skipped];
  // Content region: artefact lines anywhere below the header are set aside (as blank lines, so that
  // line numbers and paragraph breaks stay as they were).
  const body = lines.map((l, k) => {
    if (k < header.first) return '';
    if (ARTEFACTS.has(l.trim().toLowerCase())) {
      skipped.push({ line: k + 1, kind: 'artefact', text: l });
      return '';
    }
    return l;
  });
  const content = body.filter((l) => !isBlank(l)).length;
  if (content === 0) throw new CruxError(messages.onlyHeader(file));
  const layout = detectLayout(body);
  const paragraphs: RawParagraph[] = [];
  const tables = tabTables(body);
  if (layout === 'line') {
    for (let k = 0; k < body.length; k++) {
      const end = tables.get(k);
      if (end !== undefined) {
        paragraphs.push(tabTable(body, k, end, lines));
        k = end - 1;
      } else if (!isBlank(body[k]!)) paragraphs.push(...parseBlocks(body[k]!, k, lines));
    }
  } else {
    // Parse block by block so that one odd block cannot swallow the rest of the file (an unclosed
    // code fence, say): a block is a run of lines between blank lines.
    // A run of tab-separated rows is a table of its own, wherever it sits in a block.
    let start = -1;
    for (let k = 0; k <= body.length; k++) {
      const end = tables.get(k);
      const blank = k === body.length || isBlank(body[k]!) || end !== undefined;
      if (!blank && start < 0) start = k;
      if (blank && start >= 0) {
        paragraphs.push(...parseBlocks(body.slice(start, k).join('\n'), start, lines));
        start = -1;
      }
      if (end !== undefined) {
        paragraphs.push(tabTable(body, k, end, lines));
        k = end - 1;
      }
    }
  }
  skipped.sort((a, b) => a.line - b.line);
  return { name: header.name, handle: header.handle, bio: header.bio, skipped, layout, paragraphs };
}

/**
 * Tables a scrape turned into tab-separated lines (an HTML table's rows): two or more consecutive lines
 * that each hold a tab and have the same number of cells. One such line alone, lines whose cell
 * counts differ, lines that all open with a tab (indented code), or lines inside a code fence, stay text. Returns first line → line after the run (0-based).
 */
export function tabTables(body: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  // Lines inside a Markdown code fence are code (pasted tab-separated data, say), never rows.
  const fenced = new Set<number>();
  let fence: string | undefined;
  body.forEach((l, k) => {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(l)?.[1];
    if (fence === undefined && mark) fence = mark[0];
    else if (fence !== undefined && mark?.[0] === fence) fence = undefined;
    else if (fence !== undefined) fenced.add(k);
  });
  const cells = (l: string, k: number) => (fenced.has(k) || isBlank(l) || !l.includes('\t') ? 0 : l.split('\t').length);
  for (let k = 0; k < body.length; ) {
    const n = cells(body[k]!, k);
    let end = k + 1;
    while (n > 0 && end < body.length && cells(body[end]!, end) === n) end++;
    // Lines that all open with a tab are indented (code, say), not rows whose first cells are empty.
    const indented = body.slice(k, end).every((l) => l.split('\t')[0]!.trim() === '');
    if (n > 0 && end - k >= 2 && !indented) out.set(k, end);
    k = end;
  }
  return out;
}

/** Lines `start`..`end` (0-based, end exclusive) of tab-separated rows → one table paragraph. */
function tabTable(body: readonly string[], start: number, end: number, fileLines: string[]): RawParagraph {
  const rows = body.slice(start, end).map((l, k) =>
    l.split('\t').map((cell) => parseBlocks(cell.trim(), start + k, fileLines).flatMap((p, i) => (i > 0 ? [{ text: ' ' }, ...p.inlines] : p.inlines))),
  );
  const lines = { start: start + 1, end };
  const raw = fileLines.slice(start, end).join('\n');
  return tableParagraph(rows, false, lines, raw) ?? { kind: 'text', lines, text: raw.trim(), inlines: [{ text: raw.trim() }], raw };
}

/**
 * Rows of cells (each cell its inline runs) → a table paragraph: white space inside a cell becomes one
 * space, a tab joins two cells, a line break two rows; rows with no words are left out. Undefined when
 * no cell has a word.
 */
export function tableParagraph(cells: Inline[][][], header: boolean, lines: LineRange, raw: string): RawParagraph | undefined {
  const rows = cells
    .map((row) => row.map((cell) => oneSpace(tidy(cell.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }))))))
    .filter((row) => row.some((cell) => cell.length > 0));
  if (rows.length === 0) return undefined;
  const inlines: Inline[] = [];
  rows.forEach((row, i) => {
    if (i > 0) inlines.push({ text: '\n' });
    row.forEach((cell, j) => {
      if (j > 0) inlines.push({ text: '\t' });
      inlines.push(...cell);
    });
  });
  // Adjacent runs with the same marks merge (as tidy does), keeping the tabs and line breaks.
  const merged: Inline[] = [];
  for (const r of inlines) {
    const prev = merged[merged.length - 1];
    if (prev && prev.href === r.href && !!prev.em === !!r.em && !!prev.strong === !!r.strong && !!prev.code === !!r.code) prev.text += r.text;
    else merged.push({ ...r });
  }
  const text = merged.map((r) => r.text).join('');
  // A header row that was dropped (no words) leaves no header.
  const out: RawParagraph = { kind: 'table', lines, text, inlines: merged, raw };
  if (header && cells[0]!.some((cell) => cell.some((r) => r.text.trim() !== ''))) out.header = true;
  return out;
}

/** No two spaces in a row across runs either ("GPT " + " 4" → "GPT 4"). */
function oneSpace(runs: Inline[]): Inline[] {
  let space = false;
  for (const r of runs) {
    r.text = r.text.replace(/ {2,}/g, ' ');
    if (space) r.text = r.text.replace(/^ /, '');
    if (r.text !== '') space = r.text.endsWith(' ');
  }
  return runs.filter((r) => r.text !== '');
}

/**
 * One paragraph per line, or paragraphs separated by blank lines? A dump where blank lines are
 * common between text lines is in the block layout (a block may then be hard-wrapped over lines).
 */
export function detectLayout(body: string[]): 'line' | 'block' {
  let text = 0;
  let breaks = 0;
  let prevText = false;
  let gap = false;
  for (const l of body) {
    if (isBlank(l)) {
      if (prevText) gap = true;
      continue;
    }
    if (gap) breaks++;
    text++;
    prevText = true;
    gap = false;
  }
  return text > 1 && breaks >= (text - 1) / 3 ? 'block' : 'line';
}

const processor = unified()
  .use(remarkParse)
  .use(function tables(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  });

/**
 * One line of plain prose: no character that Markdown gives a meaning to (no emphasis, code, link,
 * HTML, entity or escape; no list, quote or heading marker at the start), no surrounding white space.
 * remark parses such a line to one paragraph of itself, so it is read directly: on the 50,000-sentence
 * bench that saved 80 % of the ingest time. tests/unit/ingest-fast.test.ts checks both agree.
 */
const PLAIN_LINE = /^(?![-+*>#]|\d{1,9}[.)](?:\s|$))\S(?:[^\\`*_[\]<>&\r\n]*\S)?$/;

/** Parse a chunk of source (starting at 0-based line `first`) into paragraphs with file lines. */
export function parseBlocks(source: string, first: number, fileLines: string[], fast = true): RawParagraph[] {
  if (fast && PLAIN_LINE.test(source) && !/[\\`*_[\]<>&]/.test(source)) {
    const line = first + 1;
    const inlines = tidy([{ text: source }]);
    return [{ kind: 'text', lines: { start: line, end: line }, text: inlines.map((r) => r.text).join(''), inlines, raw: fileLines[first]! }];
  }
  const tree = processor.parse(source) as Root;
  const out: RawParagraph[] = [];
  const rawOf = (start: number, end: number) => fileLines.slice(start - 1, end).join('\n');
  const push = (kind: RawParagraph['kind'], node: RootContent | ListItem, inlines: Inline[]) => {
    const start = first + (node.position?.start.line ?? 1);
    const end = first + (node.position?.end.line ?? 1);
    const cleaned = tidy(inlines);
    const text = cleaned.map((r) => r.text).join('');
    if (text.trim() === '') {
      // Markup with no words (a lone "---", an empty list item): keep its characters as text, so
      // nothing the commenter wrote is dropped.
      const raw = rawOf(start, end).trim();
      if (raw === '') return;
      out.push({ kind: 'text', lines: { start, end }, text: raw, inlines: [{ text: raw }], raw: rawOf(start, end) });
      return;
    }
    out.push({ kind, lines: { start, end }, text, inlines: cleaned, raw: rawOf(start, end) });
  };
  const sliceOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? source.length);

  const block = (node: RootContent | ListItem, kind: RawParagraph['kind']): void => {
    switch (node.type) {
      case 'paragraph':
        push(kind, node, phrasing(node.children, {}, sliceOf));
        return;
      case 'heading':
        push('heading', node, phrasing(node.children, {}, sliceOf));
        return;
      case 'blockquote':
        for (const child of node.children) block(child, 'quote');
        return;
      case 'list':
        // A list inside a `>` quote is quoted words too ("> 1. Assess risk …"), not the quoter's items.
        for (const item of node.children) block(item, kind === 'quote' ? 'quote' : 'item');
        return;
      case 'listItem': {
        // A list item's paragraphs read as one item.
        const runs: Inline[] = [];
        node.children.forEach((child, k) => {
          if (k > 0) runs.push({ text: ' ' });
          runs.push(...(child.type === 'paragraph' || child.type === 'heading'
            ? phrasing(child.children, {}, sliceOf)
            : [{ text: sliceOf(child) }]));
        });
        push(kind === 'quote' ? 'quote' : 'item', node, runs);
        return;
      }
      case 'code':
        push('code', node, [{ text: node.value, code: true }]);
        return;
      case 'table': {
        // GFM table: its first row is always the header (the delimiter row sits under it).
        const t = node as Table;
        const start = first + (t.position?.start.line ?? 1);
        const end = first + (t.position?.end.line ?? 1);
        const rows = t.children.map((row) => row.children.map((cell) => phrasing(cell.children, {}, sliceOf)));
        const table = tableParagraph(rows, true, { start, end }, rawOf(start, end));
        if (table) out.push(table);
        else push(kind, t, [{ text: sliceOf(t) }]);
        return;
      }
      default:
        // html, thematicBreak, table, definition…: shown as the literal characters.
        push(kind, node as RootContent, [{ text: sliceOf(node as RootContent) }]);
    }
  };
  for (const node of tree.children) block(node, 'text');
  return out;
}

type Marks = Pick<Inline, 'href' | 'em' | 'strong' | 'code'>;

function phrasing(
  nodes: PhrasingContent[],
  marks: Marks,
  sliceOf: (n: PhrasingContent) => string,
): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ text: node.value, ...marks });
        break;
      case 'emphasis':
        out.push(...phrasing(node.children, { ...marks, em: true }, sliceOf));
        break;
      case 'strong':
        out.push(...phrasing(node.children, { ...marks, strong: true }, sliceOf));
        break;
      case 'delete':
        out.push(...phrasing(node.children, marks, sliceOf));
        break;
      case 'inlineCode':
        out.push({ text: node.value, ...marks, code: true });
        break;
      case 'break':
        out.push({ text: ' ', ...marks });
        break;
      case 'link': {
        const href = safeHref(node.url);
        const inner = phrasing(node.children, href ? { ...marks, href } : marks, sliceOf);
        // A link without words still shows where it pointed.
        out.push(...(inner.some((r) => r.text.trim()) ? inner : [{ text: node.url, ...marks, ...(href ? { href } : {}) }]));
        break;
      }
      case 'image':
        out.push({ text: node.alt ? `[image: ${node.alt}]` : `[image: ${node.url}]`, ...marks });
        break;
      default:
        // Inline HTML, references, footnotes: the characters as written.
        out.push({ text: sliceOf(node), ...marks });
    }
  }
  return out;
}

/** Links are kept only for web and mail addresses: never `javascript:` or `data:`. */
export function safeHref(url: string): string | undefined {
  return /^(?:https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** Soft line breaks become spaces; adjacent runs with the same marks merge; outer white space goes. */
export function tidy(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const text = r.code ? r.text.replace(/\n/g, ' ') : r.text.replace(/[ \t]*\n[ \t]*/g, ' ');
    if (text === '') continue;
    const prev = out[out.length - 1];
    if (prev && prev.href === r.href && !!prev.em === !!r.em && !!prev.strong === !!r.strong && !!prev.code === !!r.code) {
      prev.text += text;
    } else {
      const run: Inline = { text };
      if (r.href) run.href = r.href;
      if (r.em) run.em = true;
      if (r.strong) run.strong = true;
      if (r.code) run.code = true;
      out.push(run);
    }
  }
  if (out.length) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, '');
  }
  return out.filter((r) => r.text !== '');
}
