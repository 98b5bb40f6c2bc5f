/**
 * Checks of the built site in dist/ (root) and .tmp/dist-sub (base /cruxmap/), made by tests/run.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds } from '../../src/pipeline/run.ts';
import { assemble } from '../../src/pipeline/assemble.ts';

const decodeEntities = (s: string) =>
  s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The visible text of a page, tags removed, entities decoded, white space folded. */
const visibleText = (html: string) =>
  decodeEntities(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

test('every paragraph of every seed is on its comment page', () => {
  const corpus = assemble(readSeeds('seeds').files);
  let checked = 0;
  for (const c of corpus.comments) {
    const page = join('dist/comments', c.id, 'index.html');
    assert.ok(existsSync(page), `${page} exists`);
    const text = visibleText(readFileSync(page, 'utf8'));
    for (const p of c.data.paragraphs) {
      const para = c.data.text.slice(p.offsets.start, p.offsets.end).replace(/\s+/g, ' ');
      assert.ok(text.includes(para), `${c.data.file}:${p.lines.start} is on ${page}`);
      checked++;
    }
  }
  assert.ok(checked >= 90, `checked ${checked} paragraphs`);
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
