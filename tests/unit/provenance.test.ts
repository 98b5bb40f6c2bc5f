import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasWords, indexProvenance, provenance, quoteAttributions, quotedFrom, readableDate, sentenceSummary } from '../../src/lib/provenance.ts';
import { graphData } from '../../src/lib/graph.ts';
import { graphSchema, GRAPH_VERSION } from '../../src/schemas/graph.ts';
import type { Comment, Forum } from '../../src/schemas/comment.ts';
import type { Claim } from '../../src/schemas/claim.ts';

const para = (n: number) => Array.from({ length: n }, (_, k) => ({ kind: 'text' as const, lines: { start: k + 1, end: k + 1 }, offsets: { start: 0, end: 1 }, inlines: [{ text: 'x' }] }));
const comment = (file: string, order: number, paragraphs: number, extra: Partial<Comment> = {}): Comment => ({
  author: 'ann', file, order, lines: { start: 1, end: 2 }, text: 'x', paragraphs: para(paragraphs), grouping: [], sentences: [], ...extra,
});

test('dates read the same in every build: UTC, day month year', () => {
  assert.equal(readableDate('2025-01-08T23:59:59.000Z'), '8 January 2025');
  assert.equal(readableDate('2025-12-31T23:30:00-02:00'), '1 January 2026');
  assert.equal(readableDate('soon'), undefined);
});

test('a plain dump: which paragraphs of the dump, counted over the comments before it', () => {
  const comments: [string, Comment][] = [['c2', comment('ann.txt', 1, 3)], ['c1', comment('ann.txt', 0, 2)], ['o', comment('bo.txt', 0, 1)]];
  const ix = indexProvenance(comments);
  assert.deepEqual(provenance('c1', comments[1]![1], ix), { kind: 'dump', paragraphs: { start: 1, end: 2 }, file: 'ann.txt', lines: { start: 1, end: 2 } });
  const second = provenance('c2', comments[0]![1], ix);
  assert.deepEqual(second.kind === 'dump' && second.paragraphs, { start: 3, end: 5 });
});

test('a forum comment: post, date, parent in the corpus or not, its replies, its address', () => {
  const forum = (id: string, more: Partial<Forum> = {}): Forum => ({ id, postTitle: 'On Eating the Sun', postedAt: '2025-01-08T18:18:36.032Z', url: `https://forum.example/posts/p?commentId=${id}`, ...more });
  const comments: [string, Comment][] = [
    ['a', comment('t.json', 0, 1, { forum: forum('A') })],
    ['b', comment('t.json', 1, 1, { forum: forum('B', { parentId: 'A' }), replyTo: 'a' })],
    ['c', comment('t.json', 2, 1, { forum: forum('C', { parentId: 'Z' }) })],
    ['d', comment('t.json', 3, 1, { forum: { id: 'D', parentId: 'Z' } })],
  ];
  const ix = indexProvenance(comments);
  assert.deepEqual(provenance('a', comments[0]![1], ix), {
    kind: 'forum', postTitle: 'On Eating the Sun', postedAt: { iso: '2025-01-08T18:18:36.032Z', text: '8 January 2025' },
    url: 'https://forum.example/posts/p?commentId=A', replies: ['b'],
  });
  const b = provenance('b', comments[1]![1], ix);
  assert.deepEqual(b.kind === 'forum' && b.parent, { id: 'a' });
  const c = provenance('c', comments[2]![1], ix);
  assert.deepEqual(c.kind === 'forum' && c.parent, { outside: true, url: 'https://forum.example/posts/p?commentId=Z' }, 'the parent on the forum, from the address form');
  const d = provenance('d', comments[3]![1], ix);
  assert.deepEqual(d, { kind: 'forum', replies: [], parent: { outside: true } });
});

test('replies are listed in the order they were posted, whatever order the comments come in', () => {
  // lw-dev: Seth Herd's comment 63 listed "Raemon’s comment 69, Raemon’s comment 68" (content ids sort
  // by their words, not by time).
  const forum = (id: string, postedAt?: string): Forum => ({ id, ...(postedAt ? { postedAt } : {}) });
  const comments: [string, Comment][] = [
    ['p', comment('s.json', 0, 1, { forum: forum('P', '2025-09-01T00:00:00Z') })],
    ['z-late', comment('r.json', 5, 1, { forum: forum('L', '2025-09-03T12:00:00Z'), replyTo: 'p' })],
    ['a-early', comment('r.json', 9, 1, { forum: forum('E', '2025-09-02T12:00:00Z'), replyTo: 'p' })],
    ['m-undated-2', comment('r.json', 2, 1, { forum: forum('U2'), replyTo: 'p' })],
    ['m-undated-1', comment('r.json', 1, 1, { forum: forum('U1'), replyTo: 'p' })],
  ];
  const p = provenance('p', comments[0]![1], indexProvenance(comments));
  assert.deepEqual(p.kind === 'forum' && p.replies, ['a-early', 'z-late', 'm-undated-1', 'm-undated-2']);
  // Times, not strings: a hand-edited date with an offset is placed by the moment it names.
  const edited: [string, Comment][] = [
    comments[0]!,
    ['b-utc', comment('r.json', 1, 1, { forum: forum('B', '2025-09-02T08:00:00.000Z'), replyTo: 'p' })],
    ['a-offset', comment('r.json', 2, 1, { forum: forum('A', '2025-09-02T09:00:00+02:00'), replyTo: 'p' })],
    ['c-unreadable', comment('r.json', 0, 1, { forum: forum('C', 'soon'), replyTo: 'p' })],
  ];
  const q = provenance('p', edited[0]![1], indexProvenance(edited));
  assert.deepEqual(q.kind === 'forum' && q.replies, ['a-offset', 'b-utc', 'c-unreadable']);
});

test('graph.json v2–3: claims name their comment; forum ones carry the forum id, address and date; an outside quoted claim (v3) its file only', () => {
  const claim = (comment: string, external = false, rule = 'r'): Claim => ({
    role: 'claim', roleEvidence: { rule }, label: 'L', text: 'T', external, comment, offsets: { start: 0, end: 1 },
    source: { file: 'f.json', lines: { start: 7, end: 7 } }, rebuts: [], supports: [], qualifies: [], relates: [], cites: [], ...(external ? {} : { author: 'ann' }),
  });
  const graph = graphData({
    authors: [{ id: 'ann', data: { name: 'Ann', nameSource: 'forum', file: 'f.json', skipped: [], commentCount: 1 } }],
    claims: [{ id: 'k1', data: claim('c1') }, { id: 'k2', data: claim('c2') }, { id: 'k3', data: claim('c1', true) }, { id: 'k4', data: claim('c1', true, 'quoted') }],
    papers: [],
    comments: [{ id: 'c1', data: { forum: { id: 'AAAAAAAAAAAAAAAAA', url: 'https://forum.example/c', postedAt: '2025-01-08T18:18:36.032Z' } } }, { id: 'c2', data: {} }],
  }, '/');
  assert.equal(graphSchema.parse(graph).version, GRAPH_VERSION);
  assert.equal(GRAPH_VERSION, 3);
  const node = (id: string) => graph.nodes.find((n) => n.id === `claim:${id}`)!;
  assert.deepEqual([node('k1').comment, node('k1').source], ['c1', { file: 'f.json', line: 7, id: 'AAAAAAAAAAAAAAAAA', url: 'https://forum.example/c', postedAt: '2025-01-08T18:18:36.032Z' }]);
  assert.deepEqual([node('k2').comment, node('k2').source], ['c2', { file: 'f.json', line: 7 }], 'a plain dump: file and line only');
  assert.deepEqual([node('k3').comment, node('k3').source], ['c1', undefined], 'an external target names the comment that names it, but its words are not from there');
  const quoted = node('k4');
  assert.deepEqual([quoted.comment, quoted.source], ['c1', { file: 'f.json' }], 'words quoted from outside: the file that first quotes them, no line, no forum id');
  // score-threads places a claim by any 17-character forum id anywhere in its node: an outside quote must hold none.
  assert.doesNotMatch(JSON.stringify({ ...quoted, label: '', text: '' }), /AAAAAAAAAAAAAAAAA/);
});

test('a quote says whose words it is: a commenter of the corpus, or words from outside it', () => {
  assert.equal(quotedFrom({ external: false, author: 'ann' }, 'Ann'), 'quoting Ann’s comment');
  assert.equal(quotedFrom({ external: true }, 'outside the corpus'), 'quoting words from outside this corpus');
  assert.equal(quotedFrom({ external: false, author: 'ann' }, 'Ann', 3), 'quoting Ann’s comment 3', 'which comment of hers');
});

test('one attribution per quoted source in a paragraph; a bare "..." gets none', () => {
  // lw-dev Raemon's comment 68 quoted three sentences of Seth Herd's comment 63 in one paragraph, one of
  // them split off as "...": the page said "(quoting words from outside this corpus) (quoting Seth Herd’s
  // comment) (quoting Seth Herd’s comment)".
  const seth = { quoting: 'quoting Seth Herd’s comment 63', source: '/comments/seth-63/' };
  const quotes = [
    { ...seth, href: '/claims/s1/', words: 'I am thinking of a plan.' },
    { quoting: 'quoting words from outside this corpus', href: '/claims/external-dots/', words: '...' },
    { ...seth, href: '/claims/s2/', words: 'Getting new people is another route.' },
    { quoting: 'quoting words from outside this corpus', href: '/claims/external-a/', words: 'From the post.' },
    { quoting: 'quoting words from outside this corpus', href: '/claims/external-b/', words: 'Also the post.' },
  ];
  assert.deepEqual(quoteAttributions(quotes).map((q) => [q.quoting, q.href]), [
    ['quoting Seth Herd’s comment 63', '/claims/s1/'],
    ['quoting words from outside this corpus', '/claims/external-a/'],
  ]);
  assert.equal(hasWords('…'), false);
  assert.equal(hasWords('Ja, 42'), true);
  assert.equal(hasWords('Да'), true);
});

test('a comment page counts its quotes apart from its claims, and says what is left', () => {
  assert.equal(sentenceSummary(3, 0, 0), 'No sentence of this comment became a claim: it is all asides.');
  assert.equal(sentenceSummary(3, 3, 0), 'Each of its 3 sentences links to the claim it became, underlined by role.');
  assert.equal(sentenceSummary(4, 2, 1), '2 of its 4 sentences link to the claims they became, underlined by role. One sentence quotes someone else’s words, shown as quotes with who is quoted. The one left is an aside.');
  assert.equal(sentenceSummary(2, 0, 2), 'None of its own sentences became a claim. All 2 sentences quote someone else’s words, shown as quotes with who is quoted.');
  assert.equal(sentenceSummary(5, 1, 2), '1 of its 5 sentences links to the claim it became, underlined by role. 2 sentences quote someone else’s words, shown as quotes with who is quoted. The other 2 are asides.');
});
