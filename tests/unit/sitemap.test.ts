import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitemapXml, robotsTxt } from '../../src/lib/sitemap.ts';

test('sitemap: one <url> per address, sorted, duplicates dropped, XML escaped', () => {
  const xml = sitemapXml(['https://e.org/b/', 'https://e.org/a/?x=1&y=<2>', 'https://e.org/b/']);
  assert.equal(
    xml,
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      '  <url><loc>https://e.org/a/?x=1&amp;y=&lt;2&gt;</loc></url>\n  <url><loc>https://e.org/b/</loc></url>\n</urlset>\n',
  );
});

test('robots.txt allows everything and names the sitemap', () => {
  assert.equal(robotsTxt('https://e.org/cruxmap/sitemap.xml'), 'User-agent: *\nDisallow:\n\nSitemap: https://e.org/cruxmap/sitemap.xml\n');
});
