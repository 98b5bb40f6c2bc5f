import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressPrinter, progressText } from '../../src/pipeline/progress.ts';
import { astroLogReader, expectedRoutes } from '../../src/build.ts';

test('progress shows counts and a percentage that reaches 100 only when the step is through', () => {
  assert.equal(progressText('mine/link', 12000, 20604), 'mine/link 12,000/20,604 (58%)');
  assert.equal(progressText('write', 28726, 28727), 'write 28,726/28,727 (99%)');
  assert.equal(progressText('write', 28727, 28727), 'write 28,727/28,727 (100%)');
  assert.equal(progressText('pages', 30, 20), 'pages 20/20 (100%)');
});

test('a step is drawn only once it has run a quarter second, at most ten times a second, and erased when through', () => {
  let t = 0;
  const out: string[] = [];
  const p = progressPrinter({ write: (s) => out.push(s), now: () => t });
  p.update('link', 0, 100);
  t = 100;
  p.update('link', 10, 100);
  assert.deepEqual(out, [], 'nothing in the first 250 ms: quick steps never flicker');
  t = 300;
  p.update('link', 40, 100);
  t = 350;
  p.update('link', 50, 100);
  t = 420;
  p.update('link', 60, 100);
  assert.deepEqual(out, ['\r\x1b[Kcruxmap: link 40/100 (40%)', '\r\x1b[Kcruxmap: link 60/100 (60%)']);
  p.update('link', 100, 100);
  assert.equal(out.at(-1), '\r\x1b[K', 'the line is erased when the step is through');
  p.clear();
  assert.equal(out.length, 3, 'nothing to erase twice');
});

test("Astro's build log: files counted, phases timed, warnings kept whole", () => {
  let t = 0;
  const seen: string[] = [];
  const r = astroLogReader(() => t, (phase, pages) => seen.push(`${phase}:${pages}`));
  const log = [
    '22:25:32 [content] Syncing content',
    '22:25:32 [WARN] [glob-loader] **papers** contains multiple entries with the same slug: `turpin`.',
    '',
    'Entries: ',
    '- content/papers/turpin.md',
    '22:25:46 [content] Synced content',
    '\x1b[2m22:25:46\x1b[22m \x1b[34m[build]\x1b[39m Building static entrypoints...',
    '22:25:50 [vite] ✓ built in 3.57s',
    ' generating static routes ',
    '22:25:52   ├─ /404.html (+21ms) ',
    // As under CI=1, when Astro colours its log.
    '\x1b[2m22:25:52\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/claims/error-bars/index.html\x1b[22m \x1b[2m(+3ms)\x1b[22m ',
    '22:25:53   └─ /sitemap.xml (+108ms) ',
    '22:26:26 [build] 3 page(s) built in 54.37s',
    '22:26:26 [build] Complete!',
  ];
  const times = [0, 0, 0, 0, 0, 14000, 14000, 17000, 18000, 18100, 18200, 18300, 54000, 54000];
  log.forEach((line, i) => {
    t = times[i]!;
    r.line(line);
  });
  r.end();
  assert.equal(r.summary.pages, 3);
  assert.deepEqual(r.summary.phases, [
    { name: 'starting', ms: 0 },
    { name: 'syncing content', ms: 14000 },
    { name: 'bundling', ms: 4000 },
    { name: 'pages', ms: 36000 },
  ]);
  assert.deepEqual(r.summary.problems, [
    '22:25:32 [WARN] [glob-loader] **papers** contains multiple entries with the same slug: `turpin`.\n\nEntries: \n- content/papers/turpin.md',
  ]);
  assert.deepEqual(seen, ['syncing content:0', 'bundling:0', 'pages:0', 'pages:1', 'pages:2', 'pages:3', 'done:3']);
});

test('the expected file count: fixed routes, one page per entry, and the extra pages of the claims index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cruxmap-routes-'));
  const pages = join(dir, 'pages');
  for (const [sub, n] of [['authors', 2], ['comments', 3], ['claims', 401], ['papers', 1]] as const) {
    mkdirSync(join(dir, 'content', sub), { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(join(dir, 'content', sub, `${i}.md`), '');
  }
  mkdirSync(join(pages, 'claims', 'page'), { recursive: true });
  for (const f of ['index.astro', 'graph.json.ts', 'claims/index.astro', 'claims/[id].astro', 'claims/page/[page].astro']) writeFileSync(join(pages, f), '');
  // 3 fixed + 2 + 3 + 401 + 1 + 1 extra index page (401 claims at 400 a page).
  assert.equal(expectedRoutes(join(dir, 'content'), pages), 411);
});
