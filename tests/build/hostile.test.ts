/**
 * The hostile input corpus (tests/fixtures/hostile/README.md). Each "stops" case stops the pipeline with
 * its message from src/pipeline/messages.ts (file:line, what to do) and leaves content/ as it was; the
 * "builds" cases, committed and generated, were built into one site by tests/support/hostile.ts (npm
 * test runs it), which must hold every paragraph as text, no injected element, and sound exports.
 * In Chromium: tests/e2e/hostile.spec.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { messages } from '../../src/pipeline/messages.ts';
import { readSeeds } from '../../src/pipeline/run.ts';
import { assemble } from '../../src/pipeline/assemble.ts';
import { cspPlugin } from '../support/csp-rule.ts';
import { checkExports } from '../support/exports.ts';
import { visibleText, titleOf } from '../support/html.ts';
import { BIG_EXPORT_BYTES, BIG_EXPORT_COMMENTS, BIG_EXPORT_NAME, CASE_TWINS, FIXTURES, HOSTILE, HOSTILE_NAME, TINY_FILES, hostileDirs } from '../support/hostile.ts';
import { readExport } from '../../src/pipeline/forum.ts';

/** Run the pipeline on a seeds folder; content goes to a folder that already holds a file. */
function mine(seeds: string) {
  const content = join(HOSTILE, 'stop-content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'authors'), { recursive: true });
  writeFileSync(join(content, 'authors', 'before.md'), 'written by an earlier run\n');
  const r = spawnSync(process.execPath, ['src/pipeline/cli.ts', '--seeds', seeds, '--content', content], { encoding: 'utf8' });
  const untouched = readdirSync(join(content, 'authors')).join(',') === 'before.md' && readdirSync(content).join(',') === 'authors';
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, untouched };
}

const stops: { file: string; message: (label: string) => string }[] = [
  { file: 'empty.txt', message: (f) => messages.emptyFile(f) },
  { file: 'whitespace.txt', message: (f) => messages.blankFile(f, 5) },
  { file: 'nul-bytes.txt', message: (f) => messages.binaryFile(f, 2, 41) },
  { file: 'invalid-utf8.txt', message: (f) => messages.invalidUtf8(f, 3, 50) },
  { file: 'only-header.txt', message: (f) => messages.onlyHeader(f) },
  { file: 'invalid-json.json', message: (f) => messages.invalidJson(f, 5, 69, 'expected a key in quotes, found "}"') },
  { file: 'missing-field.json', message: (f) => messages.exportMissingField(f, 11, 2, 2, 'contents.markdown (or contents.html, or htmlBody)') },
  { file: 'duplicate-id.json', message: (f) => messages.duplicateCommentId(f, 11, 2, 'sameId', `${f}:2:2`) },
];

for (const { file, message } of stops) {
  test(`hostile input that stops the build: ${file}`, () => {
    const seeds = join(HOSTILE, 'stops', file.replace(/\.\w+$/, ''));
    rmSync(seeds, { recursive: true, force: true });
    mkdirSync(seeds, { recursive: true });
    copyFileSync(join(FIXTURES, 'stops', file), join(seeds, file));
    // A good dump next to the bad one does not make the bad one pass.
    copyFileSync(join(FIXTURES, 'builds', 'lone-cr.txt'), join(seeds, 'a-good-one.txt'));
    const r = mine(seeds);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `cruxmap: ${message(join(seeds, file))}\n`, 'one line: the message, no stack trace');
    assert.ok(r.untouched, 'content/ is left as it was');
  });
}

const built = existsSync(join(hostileDirs.dist, 'index.html'));
const skip = built ? false : 'the hostile site is not built: run `node tests/support/hostile.ts` (npm test does)';
const pages = built ? globSync('**/*.html', { cwd: hostileDirs.dist }).sort() : [];
/** Pages with hostile text on them: all but the thousand tiny authors and their comments. */
const hostilePages = pages.filter((p) => !/(^|\/)tiny-\d{4}/.test(p));

test('hostile corpus: every dump, generated ones included, is an author with a page', { skip }, () => {
  const seeds = readdirSync(hostileDirs.seeds);
  assert.ok(seeds.length >= TINY_FILES + 8, `${seeds.length} dumps`);
  assert.ok(seeds.includes(HOSTILE_NAME) && CASE_TWINS.every((t) => seeds.includes(t)));
  const authors = pages.filter((p) => /^authors\/[^/]+\/index\.html$/.test(p));
  // A plain dump is one author; a forum export holds as many as it has users.
  const exports = seeds.filter((f) => f.endsWith('.json'));
  const users = new Set(exports.flatMap((f) => readExport(f, readFileSync(join(hostileDirs.seeds, f))).comments.map((c) => c.user.key)));
  assert.ok(exports.length >= 2 && users.size >= 5, `${exports.length} exports, ${users.size} users`);
  assert.equal(authors.length, seeds.length - exports.length + users.size);
  const twins = CASE_TWINS.map((name) => authors.find((p) => readFileSync(join(hostileDirs.dist, p), 'utf8').includes(`<code>${name}</code>`)));
  assert.ok(twins[0] && twins[1] && twins[0] !== twins[1], `two pages for the case twins: ${twins.join(', ')}`);
});

test('hostile corpus: no two built files differ only in case (the site must copy to any file system)', { skip }, () => {
  const all = globSync('**/*', { cwd: hostileDirs.dist });
  const seen = new Map<string, string>();
  const clashes = all.filter((p) => {
    const other = seen.get(p.toLowerCase());
    seen.set(p.toLowerCase(), p);
    return other !== undefined && other !== p;
  });
  assert.deepEqual(clashes, []);
});

test('hostile corpus: every paragraph of every dump is on its comment page, as text', { skip }, () => {
  const corpus = assemble(readSeeds(hostileDirs.seeds).files);
  let checked = 0;
  for (const c of corpus.comments) {
    const text = visibleText(readFileSync(join(hostileDirs.dist, 'comments', c.id, 'index.html'), 'utf8'));
    for (const p of c.data.paragraphs) {
      const para = c.data.text.slice(p.offsets.start, p.offsets.end).replace(/\s+/g, ' ');
      assert.ok(text.includes(para), `${c.data.file}:${p.lines.start} is on comments/${c.id}/`);
      checked++;
    }
  }
  assert.ok(checked > TINY_FILES + 30, `${checked} paragraphs`);
});

test('hostile corpus: payloads are text: the title holds them literally, no page of the site gains an element', { skip }, () => {
  const breakout = hostilePages.find((p) => p.startsWith('comments/') && p.includes('title-script-alert-title-breakout'))!;
  const html = readFileSync(join(hostileDirs.dist, breakout), 'utf8');
  assert.match(titleOf(html), /^[^:]+: “<\/title><script>alert\("title breakout"\)<\/script> This comment/);
  const foreign = /<(?:script|iframe|object|embed|base|form|math|img|style|frame|audio|video)\b|<meta http-equiv|<link rel="stylesheet" href="(?!\/_astro\/)|<[a-z][^<>]*\son[a-z]+=/i;
  // Quoted attribute values may hold "<" as text (the description, og:title): blank them first. A
  // value whose quote was broken out of would leave its payload outside the quotes, and be caught.
  // The site's own script files and search forms (src/components/Search.astro, the search page) are
  // the only scripts and forms: with real quotes, such a tag cannot come from comment text, whose
  // quotes are escaped.
  const markup = (p: string) =>
    readFileSync(join(hostileDirs.dist, p), 'utf8')
      .replace(/<script type="module" src="\/_astro\/[^"<>]+\.js"><\/script>/g, '')
      .replace(/<form class="(?:site-search|search-page-form)" role="search" [^>]*action="\/search\/"[^>]*>/g, '')
      .replace(/="[^"]*"/g, '=""');
  const injected = pages.filter((p) => foreign.test(markup(p)));
  assert.deepEqual(injected, []);
  for (const literal of ['{{ 7 + 7 }}', '${7 + 7}', '<%= 7 + 7 %>', '{process.env.HOME}', 'title: pwned', '!!js/function', 'שלום עולם', '👩‍👩‍👧‍👦', 'cafe\u0301']) {
    assert.ok(hostilePages.some((p) => visibleText(readFileSync(join(hostileDirs.dist, p), 'utf8')).includes(literal)), `"${literal}" is shown as written`);
  }
});

test('hostile corpus: forum exports: no javascript: link, handlers and scripts gone, replies and cycles as the data says', { skip }, () => {
  const big = readFileSync(join(hostileDirs.seeds, BIG_EXPORT_NAME));
  assert.equal(big.length, BIG_EXPORT_BYTES, 'the 10 MB export');
  const corpus = assemble(readSeeds(hostileDirs.seeds).files);
  const forum = corpus.comments.filter((c) => c.data.forum);
  assert.equal(forum.filter((c) => c.data.file === BIG_EXPORT_NAME).length, BIG_EXPORT_COMMENTS);
  const byId = new Map(forum.map((c) => [c.data.forum!.id, c]));
  assert.equal(forum.filter((c) => c.data.forum!.id === 'hostileMd00000002').length, 1, 'a duplicate id with the same words is one comment');
  assert.equal(byId.get('hostileMd00000002')!.data.replyTo, byId.get('hostileHtml000001')!.id);
  assert.equal(byId.get('hostileOrphan0003')!.data.replyTo, undefined, 'a missing parent');
  assert.deepEqual(['hostileCycleA0004', 'hostileCycleB0005', 'hostileSelf000006'].map((k) => byId.get(k)!.data.replyTo), [undefined, byId.get('hostileCycleA0004')!.id, undefined], 'the cycle is cut');
  const html = hostilePages.filter((p) => p.startsWith('comments/')).map((p) => [p, readFileSync(join(hostileDirs.dist, p), 'utf8')] as const);
  assert.deepEqual(html.filter(([, h]) => /href="\s*(?:javascript|data|vbscript):/i.test(h)).map(([p]) => p), [], 'no javascript: link on any page');
  const page = (id: string) => visibleText(readFileSync(join(hostileDirs.dist, 'comments', byId.get(id)!.id, 'index.html'), 'utf8'));
  const htmlPage = page('hostileHtml000001');
  assert.ok(htmlPage.includes('An HTML body with a handler on its paragraph and a javascript: link and a good link.'));
  assert.ok(htmlPage.includes('Entities <script>alert("entity")</script> stay text.'), 'entities decode to text, shown as text');
  assert.ok(!htmlPage.includes('script in an export') && !htmlPage.includes('display:none'), 'script and style content is no words');
  const reply = readFileSync(join(hostileDirs.dist, 'comments', byId.get('hostileMd00000002')!.id, 'index.html'), 'utf8');
  assert.ok(reply.includes(`href="/comments/${byId.get('hostileHtml000001')!.id}/"`), 'in reply to: a link to the parent page');
  assert.ok(!visibleText(reply).includes('This comment on the forum'), 'a javascript: pageUrl gives no forum link');
});

test('hostile corpus: tables in forum comments are real tables, their cells text, their handlers and scripts gone', { skip }, () => {
  const corpus = assemble(readSeeds(hostileDirs.seeds).files);
  const page = (forumId: string) => {
    const c = corpus.comments.find((x) => x.data.forum?.id === forumId)!;
    assert.ok(c.data.paragraphs.some((p) => p.kind === 'table' && p.header), `${forumId} has a table with a header`);
    return readFileSync(join(hostileDirs.dist, 'comments', c.id, 'index.html'), 'utf8');
  };
  const html = page('hostileTable00007');
  const table = html.match(/<section class="table-scroll" aria-label="[^"]+" tabindex="0">\s*<table[^>]*>([\s\S]*?)<\/table>/)?.[1];
  assert.ok(table, 'a <table> in a scroll box');
  assert.match(table, /<thead><tr><th scope="col">Payload column<\/th> <th scope="col">Second column<\/th><\/tr><\/thead>/);
  // No attribute but the header cells' scope; the cells' words (which quote handlers) are text.
  assert.deepEqual([...table.matchAll(/<[a-z]+\s([^>]*)>/g)].map((m) => m[1]).filter((a) => a !== 'scope="col"'), []);
  assert.ok(!/<(?:script|img|a)\b/i.test(table), table);
  assert.ok(!html.includes('script in a cell'), 'a script in a cell is no words');
  const text = visibleText(html);
  for (const cell of ['Cell with a script', 'cell link', '<img src=x onerror=alert(5)> as text', '[image: cell image]']) assert.ok(text.includes(cell), `"${cell}" is shown as text`);
  const md = page('hostileTable00008');
  // An empty corner cell of a header row is no header (axe: empty-table-header).
  assert.match(md, /<thead><tr><td><\/td> <th scope="col">Markdown header<\/th> <th scope="col">&lt;script&gt;alert\(&quot;md header&quot;\)&lt;\/script&gt;<\/th>/);
  assert.ok(visibleText(md).includes('<img src=x onerror=alert(7)>'), 'raw HTML in a Markdown cell is shown as written');
  assert.ok(!/href="javascript:/i.test(md));
});

test('hostile corpus: every page title is one line of words (a comment that opens with a table has no tab or line break in it)', { skip }, () => {
  const broken = hostilePages.filter((p) => /[\t\n\r]|\s{2}/.test(titleOf(readFileSync(join(hostileDirs.dist, p), 'utf8'))));
  assert.deepEqual(broken, []);
});

test('hostile corpus: the pages with hostile text are valid HTML and CSP-safe', { skip }, async () => {
  const project = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  // long-title counts a title's characters as written in the source, entities included, so a title
  // quoting "<script>" looks longer than it is; it is a search-engine hint, not a safety check.
  const rules = { ...project.rules, 'long-title': 'off', 'cruxmap/csp-safe': 'error' } as const;
  const validator = new HtmlValidate({ ...project, root: true, plugins: [cspPlugin], rules });
  const errors: string[] = [];
  for (const p of hostilePages) {
    const report = await validator.validateFile(join(hostileDirs.dist, p));
    for (const r of report.results) for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
  }
  assert.equal(errors.length, 0, errors.slice(0, 20).join('\n'));
  assert.ok(hostilePages.length > 60, `${hostilePages.length} pages`);
});

test('hostile corpus: aif.json and map.argdown still say what graph.json says', { skip }, () => {
  const { statements } = checkExports(hostileDirs.dist);
  assert.ok(statements > 10, `${statements} statements`);
});
