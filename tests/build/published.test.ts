/**
 * What a published site needs, on both builds: a sitemap listing exactly the indexable pages,
 * robots.txt naming it, and on every page a title, a description, a canonical address and social
 * preview meta (the 404 page: noindex and no canonical address).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../../src/config.ts';

const builds = [
  { dir: 'dist', base: '/' },
  { dir: '.tmp/dist-sub', base: '/cruxmap/' },
];
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, attr: 'name' | 'property', key: string) => {
  const m = html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`));
  return m ? decode(m[1]!) : undefined;
};

for (const { dir, base } of builds) {
  const site = new URL(base, config.site).href;
  // Pages that ask not to be indexed stay out of the sitemap and name no canonical address.
  const noindex = (page: string) => /<meta name="robots" content="noindex">/.test(readFileSync(join(dir, page, 'index.html'), 'utf8'));
  const pages = globSync('**/index.html', { cwd: dir }).map((f) => f.replace(/index\.html$/, '')).filter((p) => !noindex(p)).sort();

  test(`${dir}: the sitemap lists exactly the built pages, robots.txt names it`, () => {
    const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const listed = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decode(m[1]!));
    for (const url of listed) assert.ok(url.startsWith(site), `${url} is on ${site}`);
    assert.deepEqual(listed.map((u) => u.slice(site.length)).sort(), pages, 'sitemap entries = built pages (add new kinds of page to src/pages/sitemap.xml.ts)');
    assert.equal(readFileSync(join(dir, 'robots.txt'), 'utf8').match(/^Sitemap: (.*)$/m)?.[1], `${site}sitemap.xml`);
  });

  test(`${dir}: every page has a unique title, a description, its canonical address and preview meta`, () => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
      const where = `${dir}/${page}index.html`;
      const title = decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
      assert.ok(title.trim(), `${where} has a title`);
      assert.ok(!titles.has(title), `${where} and ${titles.get(title)} share the title "${title}"`);
      titles.set(title, where);
      assert.ok(meta(html, 'name', 'description')?.trim(), `${where} has a description`);
      assert.equal(html.match(/<link rel="canonical" href="([^"]*)"/)?.[1], `${site}${page}`, `${where}: canonical address`);
      assert.equal(meta(html, 'property', 'og:url'), `${site}${page}`, `${where}: og:url`);
      assert.equal(meta(html, 'property', 'og:title'), title, `${where}: og:title`);
      const image = meta(html, 'property', 'og:image');
      assert.equal(image, `${site}social.png`, `${where}: og:image`);
      assert.ok(existsSync(join(dir, 'social.png')));
      assert.ok(html.includes(`<link rel="icon" href="${base}favicon.svg"`), `${where}: favicon`);
    }
  });

  test(`${dir}: the 404 page asks not to be indexed and names no canonical address`, () => {
    const html = readFileSync(join(dir, '404.html'), 'utf8');
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(html, /rel="canonical"|og:url/);
  });
}
