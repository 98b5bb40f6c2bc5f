/**
 * Assemble: ingested seed files → authors and comments (the corpus before mining). Plain dumps
 * (`*.txt`, anything not `.json`) go through ingest and group; forum exports (`*.json`) through
 * forum.ts, whose comments come with their boundaries, users, dates and reply parents.
 */
import { contentId, fingerprint, slugify, uniqueIds } from '../lib/ids.ts';
import type { Corpus, Entry, SeedFile } from './corpus.ts';
import { ingest, type IngestResult, type RawParagraph } from './ingest.ts';
import { isExport, readExport, type ExportResult, type ForumUser } from './forum.ts';
import { group, sharedParagraphs } from './group.ts';
import { CruxError, messages } from './messages.ts';
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

type Read =
  | { kind: 'dump'; file: string; result: IngestResult }
  | { kind: 'export'; file: string; label: string; result: ExportResult };

/** An author before ids: one per plain dump, one per forum user across all exports. */
interface Person {
  slug: string;
  name: string;
  nameSource: Author['nameSource'];
  file: string;
  handle?: string;
  bio?: string;
  skipped: Author['skipped'];
  /** Told apart from a namesake by this, in brackets. */
  distinct: string;
}

/** Paragraphs → the comment's text and paragraph offsets. */
function joinParagraphs(raw: RawParagraph[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const p of raw) {
    if (text) text += '\n\n';
    const start = text.length;
    text += p.text;
    const paragraph: Paragraph = { kind: p.kind, lines: p.lines, offsets: { start, end: text.length }, inlines: p.inlines };
    if (p.header) paragraph.header = true;
    paragraphs.push(paragraph);
  }
  return { text, paragraphs };
}

/** Build authors and comments from the seed files, in file-name order (comments in each file's order). */
export function assemble(files: SeedFile[], progress?: (done: number, total: number) => void): Corpus {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const read: Read[] = sorted.map((f, k) => {
    progress?.(k, sorted.length);
    const label = f.label ?? f.name;
    return isExport(f.name)
      ? { kind: 'export', file: f.name, label, result: readExport(label, f.bytes) }
      : { kind: 'dump', file: f.name, result: ingest(label, f.bytes) };
  });
  progress?.(sorted.length, sorted.length);

  // People, in the order they first appear: a dump is one; a forum user is one however many files
  // hold their comments.
  const people: Person[] = [];
  const personOfFile: number[] = [];
  const personOfUser = new Map<string, number>();
  const personOfComment: number[][] = [];
  read.forEach((r, k) => {
    if (r.kind === 'dump') {
      const { result } = r;
      personOfFile[k] = people.length;
      const person: Person = {
        slug: slugify(result.handle ?? result.name ?? nameFromFile(r.file)) || 'commenter',
        name: result.name ?? nameFromFile(r.file),
        nameSource: result.name ? 'header' : 'file-name',
        file: r.file,
        skipped: result.skipped,
        distinct: r.file,
      };
      if (result.handle) person.handle = result.handle;
      if (result.bio) person.bio = result.bio;
      people.push(person);
      return;
    }
    personOfComment[k] = r.result.comments.map((c) => {
      let p = personOfUser.get(c.user.key);
      if (p === undefined) {
        p = people.length;
        personOfUser.set(c.user.key, p);
        people.push(forumPerson(c.user, r.file));
      }
      return p;
    });
  });
  const authorIds = uniqueIds(people.map((p) => p.slug));
  // Two people can give the same name ("Ann.txt" and "ann.txt", two users called Ann): readers must
  // tell them apart, so a repeated name gets its file name (or forum handle) beside it.
  const uses = new Map<string, number>();
  for (const p of people) uses.set(p.name, (uses.get(p.name) ?? 0) + 1);
  const counts = people.map(() => 0);

  // Paragraphs of a dump that stand in another commenter's dump: quoted words whose marks were lost, or
  // the words others quoted. Either way the paragraph after them is of the same comment.
  const dumps = read.flatMap((r, k) => (r.kind === 'dump' ? [k] : []));
  const sharedOf = new Map(sharedParagraphs(
    dumps.map((k) => (read[k] as Extract<Read, { kind: 'dump' }>).result.paragraphs),
    dumps.map((k) => personOfFile[k]!),
  ).map((flags, d) => [dumps[d]!, flags]));

  const drafts: Entry<Comment>[] = [];
  /** Forum id → where it was first read, for duplicates. */
  const seen = new Map<string, { text: string; at: string }>();
  read.forEach((r, k) => {
    if (r.kind === 'dump') {
      const person = personOfFile[k]!;
      const authorId = authorIds[person]!;
      const groups = group(r.result.paragraphs, undefined, sharedOf.get(k));
      const own = groups.map((g, order) => {
        const { text, paragraphs } = joinParagraphs(g.paragraphs);
        const data: Comment = {
          author: authorId,
          file: r.file,
          order,
          lines: { start: g.paragraphs[0]!.lines.start, end: g.paragraphs[g.paragraphs.length - 1]!.lines.end },
          text,
          paragraphs,
          grouping: g.joins,
          sentences: [],
        };
        return { id: contentId(authorId, text), data, body: g.paragraphs.map((p) => p.raw).join('\n\n') + '\n' };
      });
      const ids = uniqueIds(own.map((d) => d.id));
      own.forEach((d, i) => drafts.push({ ...d, id: ids[i]! }));
      counts[person]! += own.length;
      return;
    }
    let order = 0;
    r.result.comments.forEach((c, i) => {
      const person = personOfComment[k]![i]!;
      const authorId = authorIds[person]!;
      const { text, paragraphs } = joinParagraphs(c.paragraphs);
      const before = seen.get(c.forum.id);
      if (before) {
        // The same comment in two exports (a user's comments and a post's, say) is read once.
        if (before.text === text) return;
        throw new CruxError(messages.duplicateCommentId(r.label, c.at.line, c.at.column, c.forum.id, before.at));
      }
      seen.set(c.forum.id, { text, at: `${r.label}:${c.at.line}:${c.at.column}` });
      const data: Comment = { author: authorId, file: r.file, order: order++, lines: c.lines, text, paragraphs, grouping: [], sentences: [], forum: c.forum };
      // Content-derived and stable: the author, the first words, and the forum's own id (which, unlike
      // the words, two comments never share).
      const id = [authorId, slugify(text, 5, 40), fingerprint(c.forum.id).slice(0, 6)].filter(Boolean).join('-');
      drafts.push({ id, data, body: c.body.endsWith('\n') ? c.body : `${c.body}\n` });
      counts[person]!++;
    });
  });

  const ids = uniqueIds(drafts.map((d) => d.id));
  const comments: Entry<Comment>[] = drafts.map((d, i) => ({ ...d, id: ids[i]! }));
  linkReplies(comments);

  const authors: Entry<Author>[] = people.map((p, k) => {
    const author: Author = {
      name: uses.get(p.name)! > 1 ? `${p.name} (${p.distinct})` : p.name,
      nameSource: p.nameSource,
      file: p.file,
      skipped: p.skipped,
      commentCount: counts[k]!,
    };
    if (p.handle) author.handle = p.handle;
    if (p.bio) author.bio = p.bio;
    return { id: authorIds[k]!, data: author, body: p.bio ? `${p.bio}\n` : '' };
  });
  return { authors, comments, claims: [], papers: [] };
}

function forumPerson(user: ForumUser, file: string): Person {
  const name = user.displayName ?? user.username ?? user.userId ?? user.key;
  const person: Person = {
    slug: slugify(user.username ?? user.displayName ?? user.userId ?? user.key) || 'commenter',
    name,
    nameSource: 'forum',
    file,
    skipped: [],
    distinct: user.username ? `@${user.username}` : (user.userId ?? file),
  };
  if (user.username) person.handle = user.username;
  return person;
}

/**
 * `replyTo`: the content id of the comment's forum parent, when the parent is in the corpus. A cycle
 * of parents (which no forum makes, but a hand-edited export can) is cut where it was entered, at the
 * comment of the cycle that comes first in the corpus, so that walking up a thread always ends.
 */
export function linkReplies(comments: Entry<Comment>[]): void {
  const byForumId = new Map<string, number>();
  comments.forEach((c, k) => {
    if (c.data.forum) byForumId.set(c.data.forum.id, k);
  });
  const parent: (number | undefined)[] = comments.map((c, k) => {
    const p = c.data.forum?.parentId === undefined ? undefined : byForumId.get(c.data.forum.parentId);
    return p === k ? undefined : p;
  });
  const state = new Uint8Array(comments.length); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < comments.length; start++) {
    const path: number[] = [];
    let cur: number | undefined = start;
    while (cur !== undefined && state[cur] === 0) {
      state[cur] = 1;
      path.push(cur);
      cur = parent[cur];
    }
    if (cur !== undefined && state[cur] === 1) {
      const cycle = path.slice(path.indexOf(cur));
      parent[Math.min(...cycle)] = undefined;
    }
    for (const k of path) state[k] = 2;
  }
  comments.forEach((c, k) => {
    const p = parent[k];
    if (p !== undefined) c.data.replyTo = comments[p]!.id;
    else delete c.data.replyTo;
  });
}
