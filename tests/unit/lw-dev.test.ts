/**
 * The real lw-dev corpus (tests/corpora/lw-dev, 14 LessWrong commenters) mines in-process with no
 * exception, and every paragraph of every file reaches a comment (and so a comment page). Each form of the
 * corpus is one row of FORMS: the profile dumps (text/), the exports one commenter a file (json/) and one
 * post a file (threads/). For the exports, the comments are also counted straight from the JSON
 * (JSON.parse, not the pipeline's reader): every comment with a body is one comment of the site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mineFolder } from '../support/mine.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import { readExport } from '../../src/pipeline/forum.ts';

const CORPUS = 'tests/corpora/lw-dev';

interface Form {
  /** Folder inside the corpus. */
  dir: string;
  /** Every paragraph a file holds, as its first line and text: each must be in one comment of that file. */
  paragraphs(file: string, bytes: Uint8Array): { line: number; text: string }[];
  /** For exports: the forum ids of the comments with a body, read with JSON.parse. */
  ids?(bytes: Uint8Array): string[];
}

const exportParagraphs = (file: string, bytes: Uint8Array) =>
  readExport(file, bytes).comments.flatMap((c) => c.paragraphs.map((p) => ({ line: p.lines.start, text: p.text })));
const exportIds = (bytes: Uint8Array): string[] => {
  const json = JSON.parse(new TextDecoder().decode(bytes));
  const results: { _id: string; contents?: { markdown?: string; html?: string } }[] = Array.isArray(json) ? json : json.data.comments.results;
  return results.filter((c) => /\S/.test(c.contents?.markdown ?? c.contents?.html ?? '')).map((c) => c._id);
};

const FORMS: Form[] = [
  { dir: 'text', paragraphs: (file, bytes) => ingest(file, bytes).paragraphs.map((p) => ({ line: p.lines.start, text: p.text })) },
  { dir: 'json', paragraphs: exportParagraphs, ids: exportIds },
  { dir: 'threads', paragraphs: exportParagraphs, ids: exportIds },
];

for (const form of FORMS) {
  test(`lw-dev/${form.dir}: mined with no exception, every paragraph in one comment with a page`, () => {
    const dir = join(CORPUS, form.dir);
    const { corpus, files } = mineFolder(dir);
    const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    if (form.dir === 'text' || form.dir === 'json') assert.equal(corpus.authors.length, names.length, 'one author per file');
    for (const name of names) {
      const mine = corpus.comments.filter((c) => c.data.file === name);
      const at = new Map<string, number>();
      for (const c of mine) {
        assert.ok(files.has(`comments/${c.id}.md`), `${name}: comment ${c.id} has a page`);
        for (const p of c.data.paragraphs) {
          const key = `${p.lines.start}:${c.data.text.slice(p.offsets.start, p.offsets.end)}`;
          at.set(key, (at.get(key) ?? 0) + 1);
        }
      }
      const bytes = readFileSync(join(dir, name));
      const wanted = new Map<string, number>();
      for (const p of form.paragraphs(name, bytes)) wanted.set(`${p.line}:${p.text}`, (wanted.get(`${p.line}:${p.text}`) ?? 0) + 1);
      assert.ok(wanted.size > 0, `${name} has paragraphs`);
      for (const [key, n] of wanted) assert.equal(at.get(key), n, `${name}:${key.slice(0, 70)} is in exactly ${n} comment paragraph(s)`);
      if (form.ids) {
        const ids = form.ids(bytes).sort();
        assert.deepEqual(mine.map((c) => c.data.forum?.id ?? '').sort(), ids, `${name}: one comment for each forum comment with a body`);
      }
    }
  });
}
