/** ingest reads a line of plain prose directly; it must give what remark gives for it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { parseBlocks, splitLines } from '../../src/pipeline/ingest.ts';

const lines = [
  ...globSync('{seeds,tests/fixtures/*/seeds}/*').flatMap((f) => splitLines(readFileSync(f, 'utf8'))),
  'Plain prose, with commas; colons: and a question?', '---If opus and Haiku were trained', '- a list item', '1. a numbered item', '2) another',
  '> a quote', '# a heading', 'a *stressed* word', 'an _underscored_ word', 'some `code`', 'a [link](https://example.org)', 'a <b>tag</b>',
  'an &amp; entity', 'an escaped \\* star', 'trailing spaces  ', '    indented code', 'ends with a backslash \\', 'https://example.org/a_b',
  'Thanks for having a read!', '100% sure', '3) could be a subset of 2)', '***', '***bold italic***', 'a | b | c', '~~strike~~', '1999. A year',
];

test('the fast path and remark agree on every line of the seeds and on tricky lines', () => {
  let fast = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const file = [line];
    const a = parseBlocks(line, 0, file, true);
    const b = parseBlocks(line, 0, file, false);
    assert.deepEqual(a, b, JSON.stringify(line));
    if (a.length === 1 && a[0]!.inlines.length === 1 && !/[*_`[<&\\]/.test(line)) fast++;
  }
  assert.ok(fast > 80, `${fast} lines took the fast path`);
});
