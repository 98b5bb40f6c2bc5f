/**
 * The real lw-dev corpus (tests/corpora/lw-dev, 14 LessWrong commenters) mines in-process with no
 * exception, and every paragraph of every file reaches a comment (and so a comment page). Each form of the
 * corpus is one row of FORMS: the forum-export form (json/) is added by giving its folder and how to read
 * the paragraphs its files hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mineFolder } from '../support/mine.ts';
import { ingest } from '../../src/pipeline/ingest.ts';

const CORPUS = 'tests/corpora/lw-dev';

interface Form {
  /** Folder inside the corpus. */
  dir: string;
  /** Every paragraph a file holds, as its first line and text: each must be in one comment of that file. */
  paragraphs(file: string, bytes: Uint8Array): { line: number; text: string }[];
}

const FORMS: Form[] = [
  { dir: 'text', paragraphs: (file, bytes) => ingest(file, bytes).paragraphs.map((p) => ({ line: p.lines.start, text: p.text })) },
];

for (const form of FORMS) {
  test(`lw-dev/${form.dir}: mined with no exception, every paragraph in one comment with a page`, () => {
    const dir = join(CORPUS, form.dir);
    const { corpus, files } = mineFolder(dir);
    const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    assert.equal(corpus.authors.length, names.length, 'one author per file');
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
      const wanted = form.paragraphs(name, readFileSync(join(dir, name)));
      assert.ok(wanted.length > 0, `${name} has paragraphs`);
      for (const p of wanted) {
        assert.equal(at.get(`${p.line}:${p.text}`), 1, `${name}:${p.line}: "${p.text.slice(0, 60)}" is in exactly one comment`);
      }
    }
  });
}
