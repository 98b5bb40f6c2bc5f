/**
 * Checks of the built site in dist/ (root) and .tmp/dist-sub (base /cruxmap/), made by tests/run.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds } from '../../src/pipeline/run.ts';
import { assemble } from '../../src/pipeline/assemble.ts';
import { decodeEntities, visibleText } from '../support/html.ts';
import { comparable, seedSentences } from '../support/sentences.ts';

test('every sentence of every seed is on a comment page of its file, word for word', () => {
  // Pages, from the HTML: a comment page names its seed file ("Source: <code>file</code>"), an
  // author page names the author's file.
  const bySource = new Map<string, string>();
  for (const page of globSync('comments/*/index.html', { cwd: 'dist' })) {
    const html = readFileSync(join('dist', page), 'utf8');
    const file = decodeEntities(html.match(/Source: <code>([^<]*)<\/code>/)?.[1] ?? '');
    bySource.set(file, `${bySource.get(file) ?? ''} ${comparable(visibleText(html))}`);
  }
  const authorPage = new Map(
    globSync('authors/*/index.html', { cwd: 'dist' }).map((p) => {
      const html = readFileSync(join('dist', p), 'utf8');
      return [decodeEntities(html.match(/<code>([^<]*)<\/code>/)?.[1] ?? ''), comparable(visibleText(html))];
    }),
  );
  // Only which lines are header or furniture comes from the pipeline; those lines are checked too.
  const { files } = readSeeds('seeds');
  const corpus = assemble(files);
  let checked = 0;
  for (const seed of files) {
    const author = corpus.authors.find((a) => a.data.file === seed.name)!;
    const skip = new Set(author.data.skipped.map((l) => l.line));
    for (const l of author.data.skipped) {
      if (l.kind === 'artefact') assert.ok(l.text.trim().length <= 40 && !/[.!?]\s/.test(l.text), `${seed.name}:${l.line} is page furniture, not a comment: "${l.text}"`);
      else assert.ok(authorPage.get(seed.name)?.includes(comparable(l.text)), `${seed.name}:${l.line} (${l.kind}) is on the author page`);
    }
    const pages = bySource.get(seed.name) ?? '';
    for (const { line, sentence } of seedSentences(seed.bytes, skip)) {
      assert.ok(pages.includes(sentence), `${seed.name}:${line}: "${sentence}" is on a comment page of ${seed.name}`);
      checked++;
    }
  }
  assert.ok(checked >= 150, `checked ${checked} sentences`);
});

/** Internal links of a built site, resolved to files: every one must exist. */
function brokenLinks(dir: string, base: string): string[] {
  const broken: string[] = [];
  for (const file of globSync('**/*.html', { cwd: dir })) {
    const html = readFileSync(join(dir, file), 'utf8');
    const pageUrl = new URL(`http://site${base}${file.replace(/index\.html$/, '')}`);
    for (const [, attr] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = new URL(decodeEntities(attr!), pageUrl);
      if (target.host !== 'site') continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${file}: ${attr} is outside the base ${base}`);
        continue;
      }
      const rel = decodeURIComponent(target.pathname.slice(base.length));
      const path = join(dir, rel);
      const ok = existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'index.html')));
      if (!ok) broken.push(`${file}: ${attr}`);
    }
  }
  return broken;
}

test('no broken internal links at the root', () => {
  assert.deepEqual(brokenLinks('dist', '/'), []);
});

test('no broken internal links under the sub-path /cruxmap/', () => {
  assert.deepEqual(brokenLinks('.tmp/dist-sub', '/cruxmap/'), []);
  assert.ok(globSync('**/*.html', { cwd: '.tmp/dist-sub' }).length > 50);
});

test("npm run build's progress counts every file Astro writes: the expected total matches the build", async () => {
  const { expectedRoutes } = await import('../../src/build.ts');
  // What Astro renders: every page, and the endpoints at the root (graph.json, sitemap.xml, …); public/ holds none of these.
  const written = globSync('**/*', { cwd: 'dist', withFileTypes: true }).filter(
    (f) => f.isFile() && (f.name.endsWith('.html') || (f.parentPath.replace(/\/$/, '').endsWith('dist') && /\.(json|xml|txt|argdown)$/.test(f.name))),
  );
  assert.equal(expectedRoutes('content'), written.length);
});

test("a comment page's previous and next links go to the same author's comments just before and after it", () => {
  const pages = new Map<string, { author: string; order: number; prev?: string; next?: string }>();
  for (const page of globSync('comments/*/index.html', { cwd: 'dist' })) {
    const html = readFileSync(join('dist', page), 'utf8');
    const id = page.split('/')[1]!;
    const crumbs = html.match(/<nav class="breadcrumbs"[^]*?<\/nav>/)?.[0] ?? '';
    const author = crumbs.match(/href="\/authors\/([^/]+)\/"/)?.[1];
    const order = Number(crumbs.match(/aria-current="page">Comment (\d+)</)?.[1]);
    assert.ok(author && order, `${page}: breadcrumb names the author and the comment's number`);
    const prev = html.match(/href="\/comments\/([^/]+)\/" rel="prev"/)?.[1];
    const next = html.match(/href="\/comments\/([^/]+)\/" rel="next"/)?.[1];
    pages.set(id, { author, order, ...(prev ? { prev } : {}), ...(next ? { next } : {}) });
  }
  assert.ok(pages.size > 10);
  for (const [id, p] of pages) {
    const last = Math.max(...[...pages.values()].filter((q) => q.author === p.author).map((q) => q.order));
    assert.equal(p.prev !== undefined, p.order > 1, `${id}: a previous link unless it is the first comment`);
    assert.equal(p.next !== undefined, p.order < last, `${id}: a next link unless it is the last comment`);
    if (p.prev) assert.deepEqual([pages.get(p.prev)!.author, pages.get(p.prev)!.order], [p.author, p.order - 1], `${id}: previous`);
    if (p.next) assert.deepEqual([pages.get(p.next)!.author, pages.get(p.next)!.order], [p.author, p.order + 1], `${id}: next`);
  }
});
