import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest, detectLayout, safeHref } from '../../src/pipeline/ingest.ts';
import { CruxError, messages } from '../../src/pipeline/messages.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

test('one paragraph per line, with a name/handle header', () => {
  const r = ingest('a.txt', bytes('Emanuel Ruzak\nemanuelr\nFirst comment here.\nSecond comment, on line four.\n'));
  assert.equal(r.name, 'Emanuel Ruzak');
  assert.equal(r.handle, 'emanuelr');
  assert.equal(r.layout, 'line');
  assert.deepEqual(r.paragraphs.map((p) => [p.text, p.lines.start, p.lines.end]), [
    ['First comment here.', 3, 3],
    ['Second comment, on line four.', 4, 4],
  ]);
  assert.deepEqual(r.skipped.map((s) => s.kind), ['name', 'handle']);
});

test('blank-line paragraphs, hard-wrapped over lines, with artefacts', () => {
  const r = ingest('b.txt', bytes('Wiki Contributions\n\n\nFirst para\nwraps here.\n\nSecond para.\n\nLoad More'));
  assert.equal(r.layout, 'block');
  assert.deepEqual(r.paragraphs.map((p) => [p.text, p.lines.start, p.lines.end]), [
    ['First para wraps here.', 4, 5],
    ['Second para.', 7, 7],
  ]);
  assert.deepEqual(r.skipped.map((s) => [s.line, s.kind, s.text]), [
    [1, 'artefact', 'Wiki Contributions'],
    [9, 'artefact', 'Load More'],
  ]);
  assert.equal(r.paragraphs[0]!.raw, 'First para\nwraps here.');
});

test('a bio line is header, not a comment', () => {
  const r = ingest('c.txt', bytes('Research associate at the University of Lancaster, studying AI safety.\nMy current views on AI:\nA real comment.\n'));
  assert.equal(r.bio, 'Research associate at the University of Lancaster, studying AI safety.\nMy current views on AI:');
  assert.deepEqual(r.paragraphs.map((p) => p.text), ['A real comment.']);
});

test('a first line that starts with I is a comment, not a bio', () => {
  const r = ingest('c.txt', bytes('I work at a lab and think this is wrong.\nAnother.\n'));
  assert.equal(r.bio, undefined);
  assert.equal(r.paragraphs.length, 2);
});

test('CRLF, lone CR and a BOM give the same paragraphs and lines as LF', () => {
  const lf = ingest('lf.txt', bytes('One.\n\nTwo\nthree.\n'));
  const crlf = ingest('crlf.txt', bytes('\uFEFFOne.\r\n\r\nTwo\r\nthree.\r\n'));
  const cr = ingest('cr.txt', bytes('One.\r\rTwo\rthree.\r'));
  const strip = (r: typeof lf) => r.paragraphs.map(({ text, lines }) => ({ text, lines }));
  assert.deepEqual(strip(crlf), strip(lf));
  assert.deepEqual(strip(cr), strip(lf));
  assert.equal(crlf.paragraphs[0]!.text, 'One.', 'the BOM is stripped');
});

test('Markdown: a list inside a > quote is quoted words, a list outside one is items', () => {
  const r = ingest('mdq.txt', bytes('> The post lists:\n>\n> 1. Assess risk from subsystems acting unilaterally.\n> 2. Inform the design of hard safety standards.\n\nI doubt step two helps.\n\n- My own item.\n'));
  assert.deepEqual(r.paragraphs.map((p) => [p.kind, p.text]), [
    ['quote', 'The post lists:'],
    ['quote', 'Assess risk from subsystems acting unilaterally.'],
    ['quote', 'Inform the design of hard safety standards.'],
    ['text', 'I doubt step two helps.'],
    ['item', 'My own item.'],
  ]);
});

test('Markdown: a link, emphasis and a > quote are parsed by remark', () => {
  const r = ingest('md.txt', bytes('> Is CoT faithful?\n\nSee [the *Turpin* paper](https://arxiv.org/abs/2305.04388) for **more**.\n'));
  assert.equal(r.paragraphs[0]!.kind, 'quote');
  assert.equal(r.paragraphs[0]!.text, 'Is CoT faithful?');
  const p = r.paragraphs[1]!;
  assert.equal(p.text, 'See the Turpin paper for more.');
  assert.deepEqual(p.inlines, [
    { text: 'See ' },
    { text: 'the ', href: 'https://arxiv.org/abs/2305.04388' },
    { text: 'Turpin', href: 'https://arxiv.org/abs/2305.04388', em: true },
    { text: ' paper', href: 'https://arxiv.org/abs/2305.04388' },
    { text: ' for ' },
    { text: 'more', strong: true },
    { text: '.' },
  ]);
});

test('raw HTML and bare markup are kept as literal text, never dropped', () => {
  const r = ingest('x.txt', bytes('<script>alert(1)</script>\n---\nText with <img src=x onerror=alert(1)> inside.\n'));
  assert.deepEqual(r.paragraphs.map((p) => p.text), [
    '<script>alert(1)</script>',
    '---',
    'Text with <img src=x onerror=alert(1)> inside.',
  ]);
});

test('javascript: links lose their href but keep their words', () => {
  const r = ingest('x.txt', bytes('[click](javascript:alert(1)) and [ok](https://example.org)\n'));
  assert.deepEqual(r.paragraphs[0]!.inlines, [{ text: 'click and ' }, { text: 'ok', href: 'https://example.org' }]);
  assert.equal(safeHref(' JAVASCRIPT:alert(1)'), undefined);
  assert.equal(safeHref('mailto:a@b.c'), 'mailto:a@b.c');
});

test('layout detection', () => {
  assert.equal(detectLayout(['a', 'b', 'c']), 'line');
  assert.equal(detectLayout(['a', '', 'b', '', 'c']), 'block');
  assert.equal(detectLayout(['a', 'b', 'c', 'd', 'e', 'f', 'g', '', 'h']), 'line');
});

test('bad input: empty, blank, binary, invalid UTF-8, header only', () => {
  assert.throws(() => ingest('e.txt', bytes('')), new CruxError(messages.emptyFile('e.txt')));
  assert.throws(() => ingest('w.txt', bytes('  \n\t\n')), new CruxError(messages.blankFile('w.txt', 3)));
  assert.throws(() => ingest('n.txt', bytes('ok\nbad\0here')), new CruxError(messages.binaryFile('n.txt', 2, 7)));
  assert.throws(() => ingest('u.txt', new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63])), new CruxError(messages.invalidUtf8('u.txt', 2, 4)));
  assert.throws(() => ingest('h.txt', bytes('Wiki Contributions\nLoad More\n')), new CruxError(messages.onlyHeader('h.txt')));
});

test('a profile header: the name the file is called by alone, or name and handle across blank lines', () => {
  const alone = ingest('text/Seth_Herd.txt', bytes('Seth Herd\nMessage me here or at seth dot herd at gmail dot com.\nFirst comment.\n'));
  assert.equal(alone.name, 'Seth Herd');
  assert.equal(alone.bio, 'Message me here or at seth dot herd at gmail dot com.');
  assert.deepEqual(alone.paragraphs.map((p) => p.text), ['First comment.']);
  const blank = ingest('RobbBB.txt', bytes('Rob Bensinger\n\nRobbBB\n\nFirst comment.\n\nSecond.\n'));
  assert.deepEqual([blank.name, blank.handle, blank.paragraphs[0]!.lines.start], ['Rob Bensinger', 'RobbBB', 5]);
  const handle = ingest('tailcalled.txt', bytes('\uFEFFtailcalled\r\n\r\nOnce you focus on parts of the brain, you restrict what you look at to what is active at some point.\r\n'));
  assert.equal(handle.name, 'tailcalled');
  assert.equal(handle.bio, undefined, 'a comment with "at" in it is not a bio');
  assert.equal(handle.paragraphs.length, 1);
  // A short line and a one-word line with blanks between are two comments unless one is the file's name.
  const two = ingest('notes.txt', bytes('Interesting.\n\nAgreed\n\nMore here.\n'));
  assert.equal(two.name, undefined);
  assert.equal(two.paragraphs.length, 3);
  const lone = ingest('notes.txt', bytes('Interesting\nA comment follows.\n'));
  assert.equal(lone.name, undefined, 'a capitalised word that is not the file name is a comment');
});

test('a long bio right under the name, when it opens with a short sentence about the person', () => {
  const bio = 'Agent-foundations researcher. Working on synthesizing standalone world-models, aiming at a technical solution to the AGI risk fit for worlds where alignment is punishingly hard and we only get one try.';
  const r = ingest('Thane_Ruthenis.txt', bytes(`Thane Ruthenis\n${bio}\nA comment.\n`));
  assert.equal(r.bio, bio);
  assert.deepEqual(r.paragraphs.map((p) => p.text), ['A comment.']);
});
