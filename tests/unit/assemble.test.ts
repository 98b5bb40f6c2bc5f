import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, nameFromFile } from '../../src/pipeline/assemble.ts';
import { emit } from '../../src/pipeline/emit.ts';
import { parse } from 'yaml';
import { commentSchema } from '../../src/schemas/comment.ts';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

test('names from file names', () => {
  assert.equal(nameFromFile('000_5a90ada43e1ffc59.txt'), 'Commenter 000');
  assert.equal(nameFromFile('jane_doe.txt'), 'Jane Doe');
  assert.equal(nameFromFile('5a90ada43e1ffc59.txt'), 'Commenter 5a90ada43e1ffc59');
});

test('authors and comments with stable readable ids, in file order', () => {
  const c = assemble([file('b.txt', 'Emanuel Ruzak\nemanuelr\nHello there.\nThanks, agreed.\n'), file('a_01.txt', 'Only one.\n')]);
  assert.deepEqual(c.authors.map((a) => [a.id, a.data.name, a.data.nameSource]), [
    ['a-01', 'A 01', 'file-name'],
    ['emanuelr', 'Emanuel Ruzak', 'header'],
  ]);
  assert.match(c.comments[1]!.id, /^emanuelr-hello-there-[0-9a-f]{6}$/);
  assert.equal(c.comments[1]!.data.order, 0);
  assert.equal(c.comments[2]!.data.order, 1);
  // Same input, same ids.
  assert.deepEqual(assemble([file('b.txt', 'Emanuel Ruzak\nemanuelr\nHello there.\nThanks, agreed.\n')]).comments.map((x) => x.id), c.comments.slice(1).map((x) => x.id));
});

test('two files whose names differ only in case get distinct authors', () => {
  const c = assemble([file('Ann.txt', 'x.\n'), file('ann.txt', 'y.\n')]);
  assert.deepEqual(c.authors.map((a) => a.id), ['ann', 'ann-2']);
  assert.deepEqual(c.authors.map((a) => a.data.name), ['Ann (Ann.txt)', 'Ann (ann.txt)'], 'readers can tell them apart');
});

test('repeated comments get distinct ids', () => {
  const c = assemble([file('a.txt', 'Yes.\nNo.\nYes.\n')]);
  assert.equal(new Set(c.comments.map((x) => x.id)).size, 3);
});

test('emit writes YAML frontmatter that parses back to the schema, and the raw text as body', () => {
  const c = assemble([file('a.txt', 'Title: "quoted" --- and {{ x }} ${y}\n---\n')]);
  const out = emit(c);
  const [path, text] = [...out].find(([p]) => p.startsWith('comments/'))!;
  assert.match(path, /^comments\/a-title-quoted-and-x-y-[0-9a-f]{6}\.md$/);
  const [, fm, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const data = commentSchema.parse(parse(fm!));
  assert.equal(data.text, 'Title: "quoted" --- and {{ x }} ${y}\n\n---');
  assert.equal(body, 'Title: "quoted" --- and {{ x }} ${y}\n\n---\n');
});
