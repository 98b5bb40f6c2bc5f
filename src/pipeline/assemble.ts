/**
 * Assemble: ingested seed files → authors and comments (the corpus before mining).
 */
import { contentId, slugify, uniqueIds } from '../lib/ids.ts';
import type { Corpus, Entry, SeedFile } from './corpus.ts';
import { ingest, type IngestResult } from './ingest.ts';
import { group } from './group.ts';
import type { Author } from '../schemas/author.ts';
import type { Comment, Paragraph } from '../schemas/comment.ts';

/** A readable name from a file name: `jane_doe.txt` → "Jane Doe"; `000_5a90ad….txt` → "Commenter 000". */
export function nameFromFile(file: string): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const parts = stem.split(/[\s_.-]+/).filter((p) => p && !/^[0-9a-f]{8,}$/i.test(p));
  if (parts.length === 0) return `Commenter ${stem}`;
  if (parts.every((p) => /^\d+$/.test(p))) return `Commenter ${parts.join(' ')}`;
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' ');
}

/** Build authors and comments from the seed files, in file-name order. */
export function assemble(files: SeedFile[], progress?: (done: number, total: number) => void): Corpus {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const read: { file: string; result: IngestResult }[] = sorted.map((f, k) => {
    progress?.(k, sorted.length);
    return { file: f.name, result: ingest(f.label ?? f.name, f.bytes) };
  });
  progress?.(sorted.length, sorted.length);

  const authorIds = uniqueIds(read.map(({ file, result }) => slugify(result.handle ?? result.name ?? nameFromFile(file)) || 'commenter'));
  const authors: Entry<Author>[] = [];
  const comments: Entry<Comment>[] = [];
  // Two dumps can give the same name ("Ann.txt" and "ann.txt", or two people called Ann): readers must
  // tell them apart, so a repeated name gets its file name beside it.
  const names = read.map(({ file, result }) => result.name ?? nameFromFile(file));
  const uses = new Map<string, number>();
  for (const n of names) uses.set(n, (uses.get(n) ?? 0) + 1);
  const repeated = new Set(names.filter((n) => uses.get(n)! > 1));
  read.forEach(({ file, result }, k) => {
    const authorId = authorIds[k]!;
    const groups = group(result.paragraphs);
    const drafts = groups.map((g, order) => {
      const paragraphs: Paragraph[] = [];
      let text = '';
      for (const p of g.paragraphs) {
        if (text) text += '\n\n';
        const start = text.length;
        text += p.text;
        paragraphs.push({ kind: p.kind, lines: p.lines, offsets: { start, end: text.length }, inlines: p.inlines });
      }
      const data: Comment = {
        author: authorId,
        file,
        order,
        lines: { start: g.paragraphs[0]!.lines.start, end: g.paragraphs[g.paragraphs.length - 1]!.lines.end },
        text,
        paragraphs,
        grouping: g.joins,
        sentences: [],
      };
      return { id: contentId(authorId, text), data, body: g.paragraphs.map((p) => p.raw).join('\n\n') + '\n' };
    });
    const ids = uniqueIds(drafts.map((d) => d.id));
    drafts.forEach((d, i) => comments.push({ ...d, id: ids[i]! }));
    const author: Author = {
      name: repeated.has(names[k]!) ? `${names[k]} (${file})` : names[k]!,
      nameSource: result.name ? 'header' : 'file-name',
      file,
      skipped: result.skipped,
      commentCount: drafts.length,
    };
    if (result.handle) author.handle = result.handle;
    if (result.bio) author.bio = result.bio;
    authors.push({ id: authorId, data: author, body: result.bio ? `${result.bio}\n` : '' });
  });
  return { authors, comments, claims: [], papers: [] };
}
