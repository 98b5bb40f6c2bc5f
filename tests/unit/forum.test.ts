import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlParagraphs, markdownParagraphs, readExport, MAX_DEPTH } from '../../src/pipeline/forum.ts';
import { assemble, linkReplies } from '../../src/pipeline/assemble.ts';
import { CruxError, messages } from '../../src/pipeline/messages.ts';
import { parseBlocks, splitLines } from '../../src/pipeline/ingest.ts';
import type { Entry } from '../../src/pipeline/corpus.ts';
import type { Comment } from '../../src/schemas/comment.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (name: string, value: unknown) => ({ name, bytes: bytes(typeof value === 'string' ? value : JSON.stringify(value, null, 1)) });

const comment = (id: string, user: string, markdown: string, extra: Record<string, unknown> = {}) => ({
  _id: id,
  postId: 'post1',
  parentCommentId: null,
  topLevelCommentId: null,
  postedAt: '2025-01-08T18:18:36.032Z',
  baseScore: 3,
  user: { username: user, displayName: user.toUpperCase() },
  post: { _id: 'post1', title: 'On Eating the Sun' },
  pageUrl: `https://www.lesswrong.com/posts/post1?commentId=${id}`,
  contents: { markdown },
  ...extra,
});
const answer = (...results: unknown[]) => ({ data: { comments: { results } } });

/** The message a CruxError carries, for assert.throws. */
const says = (message: string) => (e: unknown) => e instanceof CruxError && e.message === message;

test('an API answer: one comment per result, in file order, with the forum fields and the lines of its object', () => {
  const text = JSON.stringify(answer(comment('aaaaaaaaaaaaaaaaa', 'ann', 'First.\n\n> quoted words\n\n- an item'), comment('bbbbbbbbbbbbbbbbb', 'bo', 'Second.')), null, 1);
  const r = readExport('t.json', bytes(text));
  assert.equal(r.comments.length, 2);
  const [a, b] = r.comments;
  assert.deepEqual(a!.forum, {
    id: 'aaaaaaaaaaaaaaaaa', postId: 'post1', postTitle: 'On Eating the Sun', postedAt: '2025-01-08T18:18:36.032Z',
    url: 'https://www.lesswrong.com/posts/post1?commentId=aaaaaaaaaaaaaaaaa', score: 3,
  });
  assert.deepEqual(a!.user, { key: 'ann', username: 'ann', displayName: 'ANN' });
  assert.deepEqual(a!.paragraphs.map((p) => [p.kind, p.text]), [['text', 'First.'], ['quote', 'quoted words'], ['item', 'an item']]);
  const lines = splitLines(text);
  assert.equal(lines[a!.lines.start - 1]!.trim(), '{', 'the comment starts at its object');
  assert.equal(lines[a!.lines.end - 1]!.trim(), '},');
  assert.match(lines[a!.paragraphs[0]!.lines.start - 1]!, /"markdown":/, 'paragraph lines are the line of the body');
  assert.equal(b!.lines.start, a!.lines.end + 1);
});

test('Markdown bodies are read by the same code as the dumps', () => {
  const md = 'A [link](https://x.org) and *em*.\n\n```\ncode\n```\n\n## Head';
  const lines = splitLines(md);
  assert.deepEqual(markdownParagraphs(md), parseBlocks(lines.join('\n'), 0, lines));
  assert.deepEqual(markdownParagraphs(md).map((p) => p.kind), ['text', 'code', 'heading']);
});

test('a bare array of comments, a BOM and CRLF line ends are read too', () => {
  const r = readExport('t.json', bytes(`\uFEFF${JSON.stringify([comment('aaaaaaaaaaaaaaaaa', 'ann', 'Hi.')], null, 1).replace(/\n/g, '\r\n')}`));
  assert.equal(r.comments.length, 1);
  assert.equal(r.comments[0]!.lines.start, 2);
});

test('HTML bodies: a real parser, the same paragraph kinds as Markdown, no markup kept', () => {
  const html = '<p>One <em>two</em> <a href="https://x.org/a">three</a> <a href="javascript:alert(1)">four</a>.</p>'
    + '<blockquote><p>Quoted <strong>words</strong>.</p></blockquote><ul><li>item one</li><li>item <code>two</code></li></ul>'
    + '<h2>Head</h2><pre><code>let x = 1;\nx++;</code></pre><script>alert("x")</script><p onclick="alert(1)">Last &amp; <img src=x onerror=alert(1) alt="pic"> end</p>';
  const ps = htmlParagraphs(html);
  assert.deepEqual(ps.map((p) => [p.kind, p.text]), [
    ['text', 'One two three four.'],
    ['quote', 'Quoted words.'],
    ['item', 'item one'],
    ['item', 'item two'],
    ['heading', 'Head'],
    ['code', 'let x = 1; x++;'],
    ['text', 'Last & [image: pic] end'],
  ]);
  assert.deepEqual(ps[0]!.inlines, [{ text: 'One ' }, { text: 'two', em: true }, { text: ' ' }, { text: 'three', href: 'https://x.org/a' }, { text: ' four.' }]);
  assert.ok(!ps.some((p) => /alert|onerror|onclick/.test(p.text)), 'scripts and handlers are no words');
});

test('contents.html, then htmlBody, when there is no Markdown', () => {
  const r = readExport('t.json', bytes(JSON.stringify([
    { ...comment('aaaaaaaaaaaaaaaaa', 'ann', ''), contents: { html: '<p>From html.</p>' } },
    { ...comment('bbbbbbbbbbbbbbbbb', 'ann', ''), contents: undefined, htmlBody: '<p>From htmlBody.</p>' },
  ])));
  assert.deepEqual(r.comments.map((c) => c.paragraphs[0]!.text), ['From html.', 'From htmlBody.']);
});

test('authors from user.username/displayName, else userId; a body with no words is not a comment', () => {
  const r = readExport('t.json', bytes(JSON.stringify([
    { _id: 'a1', userId: 'u123', contents: { markdown: 'Hi.' } },
    { _id: 'a2', user: { username: 'ann' }, contents: { markdown: '   ' } },
  ])));
  assert.deepEqual(r.comments.map((c) => c.user), [{ key: 'u123', userId: 'u123' }]);
  assert.equal(r.empty, 1);
});

test('a javascript: pageUrl is not kept (it would become a link)', () => {
  const r = readExport('t.json', bytes(JSON.stringify([comment('a1', 'ann', 'Hi.', { pageUrl: 'javascript:alert(1)' })])));
  assert.equal(r.comments[0]!.forum.url, undefined);
});

test('invalid JSON: file:line:column and what to do', () => {
  assert.throws(() => readExport('t.json', bytes('{\n  "data": {\n    "comments": ]\n}')), says(messages.invalidJson('t.json', 3, 17, 'unexpected "]"')));
  assert.throws(() => readExport('t.json', bytes('[{"_id": "a"')), says(messages.invalidJson('t.json', 1, 13, 'expected "," or "}" after a value, found the end of the file')));
  assert.throws(() => readExport('t.json', bytes('[1] x')), says(messages.invalidJson('t.json', 1, 5, 'more text after the end of the JSON value')));
  assert.throws(() => readExport('t.json', bytes('["a\nb"]')), /t\.json:1:4: this is not valid JSON: a control character/);
  const deep = '['.repeat(100_000);
  assert.throws(() => readExport('t.json', bytes(deep)), says(messages.invalidJson('t.json', 1, MAX_DEPTH + 2, `nested deeper than ${MAX_DEPTH} levels`)));
});

test('JSON that is no export, an API error, a missing or mistyped field: file:line:column', () => {
  assert.throws(() => readExport('t.json', bytes('{"hello": 1}')), says(messages.notAnExport('t.json', 1, 1)));
  assert.throws(() => readExport('t.json', bytes('{"errors": [{"message": "Syntax Error"}]}')), says(messages.exportApiError('t.json', 1, 12, 'Syntax Error')));
  assert.throws(() => readExport('t.json', bytes('[\n  3\n]')), says(messages.exportNotAComment('t.json', 2, 3, 1)));
  assert.throws(() => readExport('t.json', bytes('[{"_id": "a", "user": {"username": "x"}},\n {"_id": "b"}]')), says(messages.exportMissingField('t.json', 1, 2, 1, 'contents.markdown (or contents.html, or htmlBody)')));
  assert.throws(() => readExport('t.json', bytes('[\n {"contents": {"markdown": "x"}}]')), says(messages.exportMissingField('t.json', 2, 2, 1, '_id')));
  assert.throws(() => readExport('t.json', bytes('[{"_id": "a", "contents": {"markdown": "x"}}]')), says(messages.exportMissingField('t.json', 1, 2, 1, 'user.username (or userId)')));
  assert.throws(() => readExport('t.json', bytes('[{"_id": "a", "userId": "u", "contents": {"markdown": 5}}]')), says(messages.exportBadField('t.json', 1, 55, 1, 'contents.markdown', 'a string')));
  assert.throws(() => readExport('t.json', bytes('[{"_id": "a", "userId": "u", "postedAt": "soon", "contents": {"markdown": "x"}}]')), /t\.json:1:42: postedAt of comment 1 should be a date/);
});

test('assemble: one author per forum user across files, replies resolved across files, ids stable', () => {
  const files = [
    file('b.json', answer(comment('bbbbbbbbbbbbbbbbb', 'bo', 'I disagree with you.', { parentCommentId: 'aaaaaaaaaaaaaaaaa' }), comment('ccccccccccccccccc', 'ann', 'Thanks.', { parentCommentId: 'bbbbbbbbbbbbbbbbb' }))),
    file('a.json', [comment('aaaaaaaaaaaaaaaaa', 'ann', 'A claim.'), comment('ddddddddddddddddd', 'ann', 'Reply to a missing one.', { parentCommentId: 'zzzzzzzzzzzzzzzzz' })]),
    file('dump.txt', 'A plain dump works as before.\n'),
  ];
  const c = assemble(files);
  assert.deepEqual(c.authors.map((a) => [a.id, a.data.name, a.data.nameSource, a.data.handle, a.data.file, a.data.commentCount]), [
    ['ann', 'ANN', 'forum', 'ann', 'a.json', 3],
    ['bo', 'BO', 'forum', 'bo', 'b.json', 1],
    ['dump', 'Dump', 'file-name', undefined, 'dump.txt', 1],
  ]);
  const byForum = new Map(c.comments.filter((x) => x.data.forum).map((x) => [x.data.forum!.id, x]));
  assert.equal(byForum.get('bbbbbbbbbbbbbbbbb')!.data.replyTo, byForum.get('aaaaaaaaaaaaaaaaa')!.id, 'across files');
  assert.equal(byForum.get('ccccccccccccccccc')!.data.replyTo, byForum.get('bbbbbbbbbbbbbbbbb')!.id);
  assert.equal(byForum.get('ddddddddddddddddd')!.data.replyTo, undefined, 'a parent not in the corpus');
  assert.equal(byForum.get('ddddddddddddddddd')!.data.forum!.parentId, 'zzzzzzzzzzzzzzzzz', 'but the forum parent is kept');
  assert.deepEqual(c.comments.map((x) => [x.data.file, x.data.order]), [['a.json', 0], ['a.json', 1], ['b.json', 0], ['b.json', 1], ['dump.txt', 0]]);
  assert.match(byForum.get('aaaaaaaaaaaaaaaaa')!.id, /^ann-a-claim-[0-9a-f]{6}$/);
  assert.deepEqual(assemble(files).comments.map((x) => x.id), c.comments.map((x) => x.id), 'same input, same ids');
  assert.equal(byForum.get('aaaaaaaaaaaaaaaaa')!.body, 'A claim.\n');
});

test('the same comment in two exports is read once; the same id with other words stops', () => {
  const one = comment('aaaaaaaaaaaaaaaaa', 'ann', 'Same words.');
  assert.equal(assemble([file('a.json', [one]), file('b.json', [one])]).comments.length, 1);
  const other = { ...one, contents: { markdown: 'Other words.' } };
  assert.throws(() => assemble([file('a.json', [one]), file('b.json', [other])]), says(messages.duplicateCommentId('b.json', 2, 2, 'aaaaaaaaaaaaaaaaa', 'a.json:2:2')));
});

test('a cycle of parents is cut at the comment that comes first, so a walk up a thread ends', () => {
  const entry = (id: string, parentId?: string): Entry<Comment> => ({
    id: `c-${id}`, body: '',
    data: { author: 'a', file: 'f.json', order: 0, lines: { start: 1, end: 1 }, text: id, paragraphs: [], grouping: [], sentences: [], forum: parentId ? { id, parentId } : { id } },
  });
  const cs = [entry('x', 'z'), entry('y', 'x'), entry('z', 'y'), entry('s', 's'), entry('t', 'y')];
  linkReplies(cs);
  assert.deepEqual(cs.map((c) => c.data.replyTo), [undefined, 'c-x', 'c-y', undefined, 'c-y']);
});
