/** Tables in comments: Markdown (GFM) tables, HTML <table>, tab-separated dump rows → paragraph kind `table`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest, parseBlocks, tabTables } from '../../src/pipeline/ingest.ts';
import { htmlParagraphs, markdownParagraphs } from '../../src/pipeline/forum.ts';
import { assemble } from '../../src/pipeline/assemble.ts';
import { mine } from '../../src/pipeline/mining.ts';
import { mineSteps } from '../../src/pipeline/stages.ts';
import { quietContext } from '../../src/pipeline/stage.ts';
import { tableRows } from '../../src/lib/table.ts';
import { paragraphSchema, type Paragraph } from '../../src/schemas/comment.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const cellTexts = (p: Paragraph) => tableRows(p).rows.map((row) => row.map((cell) => cell.map((r) => r.text).join('')));
/** A raw paragraph as the schema's paragraph of a one-paragraph comment. */
const asParagraph = (p: { kind: Paragraph['kind']; lines: Paragraph['lines']; text: string; inlines: Paragraph['inlines']; header?: true }): Paragraph =>
  paragraphSchema.parse({ kind: p.kind, lines: p.lines, offsets: { start: 0, end: p.text.length }, inlines: p.inlines, ...(p.header ? { header: true } : {}) });

test('a Markdown table is one table paragraph: header from the delimiter row, cells with their marks, the text before stays text', () => {
  const md = 'Four quadrants:\n\n| \u00a0 | AI alignment work | Non-alignment work |\n| --- | --- | --- |\n| **High-EV absent a pause** | \u00a0 | [x](https://example.org/x) |\n| High-EV given a pause | a | b |';
  const ps = markdownParagraphs(md);
  assert.deepEqual(ps.map((p) => p.kind), ['text', 'table']);
  const t = ps[1]!;
  assert.equal(t.header, true);
  assert.deepEqual(t.lines, { start: 3, end: 6 });
  assert.equal(t.text, '\tAI alignment work\tNon-alignment work\nHigh-EV absent a pause\t\tx\nHigh-EV given a pause\ta\tb');
  assert.equal(t.inlines.map((r) => r.text).join(''), t.text);
  assert.ok(t.inlines.some((r) => r.strong && r.text === 'High-EV absent a pause'));
  assert.ok(t.inlines.some((r) => r.href === 'https://example.org/x' && r.text === 'x'));
  const p = asParagraph(t);
  assert.deepEqual(cellTexts(p), [['', 'AI alignment work', 'Non-alignment work'], ['High-EV absent a pause', '', 'x'], ['High-EV given a pause', 'a', 'b']]);
  assert.equal(tableRows(p).header, true);
});

test('pipes without a delimiter row are not a table; a table with no words keeps its characters (as any markup without words)', () => {
  assert.deepEqual(parseBlocks('| a | b |\n| c | d |', 0, ['| a | b |', '| c | d |'], false).map((p) => p.kind), ['text']);
  const empty = parseBlocks('| |\n|---|\n| |', 0, ['| |', '|---|', '| |'], false);
  assert.deepEqual(empty.map((p) => [p.kind, p.text]), [['text', '| | |---| | |']]);
});

test('an HTML table: <th> row is the header, block elements in a cell are spaces, scripts and on* attributes never reach the text', () => {
  const html = '<p>Before.</p><table onclick="alert(1)" style="x"><caption>Scores</caption><thead><tr><th onmouseover="steal()">Model</th><th>Score</th></tr></thead>'
    + '<tbody><tr><td><p>GPT</p><p><b>4</b></p><script>alert("cell")</script></td><td><img src=x onerror="alert(2)" alt="86"></td></tr>'
    + '<tr><td>&lt;script&gt;alert(3)&lt;/script&gt;</td><td>88</td></tr></tbody></table><p>After.</p>';
  const ps = htmlParagraphs(html);
  assert.deepEqual(ps.map((p) => p.kind), ['text', 'text', 'table', 'text']);
  assert.equal(ps[1]!.text, 'Scores');
  const t = ps[2]!;
  assert.equal(t.header, true);
  assert.equal(t.text, 'Model\tScore\nGPT 4\t[image: 86]\n<script>alert(3)</script>\t88');
  assert.ok(!/alert\(1\)|alert\(2\)|alert\("cell"\)|steal|onclick|onerror/.test(JSON.stringify(t)));
  // The escaped "<script>" in a cell is the commenter's words, kept as text (the page escapes it).
  assert.deepEqual(cellTexts(asParagraph(t))[2], ['<script>alert(3)</script>', '88']);
});

test('an HTML table without <th> has no header; rows of unequal width are padded for display', () => {
  const [t] = htmlParagraphs('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>');
  assert.equal(t!.kind, 'table');
  assert.equal(t!.header, undefined);
  assert.deepEqual(cellTexts(asParagraph(t!)), [['a', 'b'], ['c', '']]);
});

test('tab-separated dump lines: two or more with the same number of cells are a table; one alone, or ragged ones, stay text', () => {
  assert.deepEqual([...tabTables(['x', 'a\tb', 'c\td', '', 'e\tf'])], [[1, 3]]);
  assert.deepEqual([...tabTables(['a\tb', 'c\td\te'])], [], 'ragged: 2 cells then 3');
  assert.deepEqual([...tabTables(['```', 'a\tb', 'c\td', '```', 'e\tf', 'g\th'])], [[4, 6]], 'rows inside a code fence are code');
  assert.deepEqual([...tabTables(['a\tb', '', 'c\td'])], [], 'a blank line between: two lone lines');
  assert.deepEqual([...tabTables(['\tif (x) {', '\t  y();', '\t}'])], [], 'tab-indented lines are code, not rows');
  assert.deepEqual([...tabTables(['\tA\tB', 'row\t1\t2'])], [[0, 2]], 'an empty corner cell is still a row');
  // Line layout: the rows between two comments become one table paragraph with their file lines.
  const line = ingest('ann.txt', bytes('Ann\n@ann\nFirst comment here.\nModel\tScore\nGPT-4\t86\nClaude\t88\nA third comment.\nlone\tline here\n'));
  assert.deepEqual(line.paragraphs.map((p) => [p.kind, p.lines.start, p.lines.end, p.text]), [
    ['text', 3, 3, 'First comment here.'],
    ['table', 4, 6, 'Model\tScore\nGPT-4\t86\nClaude\t88'],
    ['text', 7, 7, 'A third comment.'],
    ['text', 8, 8, 'lone\tline here'],
  ]);
  assert.equal(line.paragraphs[1]!.header, undefined, 'a dump says nothing of a header');
  // Block layout: the rows inside a block are cut out of it; the lines around them stay paragraphs.
  const block = ingest('bo.txt', bytes('One comment.\n\nIntro line:\na\tb\nc\td\nOutro line.\n\nRagged\tx\ny\tz\tw\n\nLast.\n'));
  assert.deepEqual(block.paragraphs.map((p) => [p.kind, p.text]), [
    ['text', 'One comment.'], ['text', 'Intro line:'], ['table', 'a\tb\nc\td'], ['text', 'Outro line.'], ['text', 'Ragged\tx y\tz\tw'], ['text', 'Last.'],
  ]);
});

test('table cells are never claims: their sentences are asides, and still in the comment text', () => {
  const md = 'Caching is the main cost driver here.\n\n| Option | Verdict |\n| --- | --- |\n| Caching is always wrong. | I think this claim is false. |';
  const corpus = assemble([{ name: 'ann.json', bytes: bytes(JSON.stringify({ data: { comments: { results: [
    { _id: 'aaaaaaaaaaaaaaaaa', postId: 'p', user: { username: 'ann' }, contents: { markdown: md } },
  ] } } })) }]);
  const out = mine(corpus, mineSteps, quietContext);
  const c = out.comments[0]!;
  const table = c.data.paragraphs.find((p) => p.kind === 'table')!;
  assert.ok(table);
  const inTable = c.data.sentences.filter((s) => s.offsets.start >= table.offsets.start && s.offsets.end <= table.offsets.end);
  assert.ok(inTable.length > 0);
  assert.ok(inTable.every((s) => s.role === 'aside' && s.claim === undefined), JSON.stringify(inTable));
  assert.ok(!out.claims.some((cl) => /always wrong|claim is false/.test(cl.data.text)));
  assert.ok(out.claims.some((cl) => cl.data.text.startsWith('Caching is the main cost driver')), 'the prose before it is still a claim');
});
