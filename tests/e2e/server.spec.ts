/**
 * What docs/nginx.conf promises a self-hoster, checked against the real nginx of the `subpath` project:
 * slash redirects that stay on the sub-path, a real 404 status with the site's 404 page, long caching
 * for hashed assets only, security headers on every answer, sensible content types.
 */
import { test, expect } from './fixtures.ts';

test.beforeEach(({}, info) => test.skip(info.project.name !== 'subpath', 'checks the nginx configuration'));

test('a directory without its slash redirects, relatively, under the sub-path', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  for (const path of [base.pathname.replace(/\/$/, ''), `${base.pathname}authors`]) {
    const response = await request.get(new URL(path, base).href, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers()['location'], path).toBe(`${path}/`);
  }
});

test('a missing page answers 404 with the site 404 page and the same headers', async ({ request }) => {
  const response = await request.get('no/such/page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('hashed assets are cached for a year, pages are revalidated', async ({ request, page }) => {
  const html = await request.get('./');
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['etag']).toBeTruthy();
  await page.goto('./');
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(css).toMatch(/\/_astro\/.+\.css$/);
  const asset = await request.get(new URL(css!, page.url()).href);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toBe('text/css; charset=utf-8');
});

test('security headers on every answer', async ({ request }) => {
  const response = await request.get('authors/');
  const h = response.headers();
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['server']).toBe('nginx');
});

test('content types of the published files', async ({ request }) => {
  const types: Record<string, RegExp> = {
    './': /^text\/html; charset=utf-8$/,
    'sitemap.xml': /^(text|application)\/xml; charset=utf-8$/,
    'robots.txt': /^text\/plain; charset=utf-8$/,
    'favicon.svg': /^image\/svg\+xml; charset=utf-8$/,
    'social.png': /^image\/png$/,
    'graph.json': /^application\/json; charset=utf-8$/,
    'aif.json': /^application\/json; charset=utf-8$/,
    'map.argdown': /^text\/plain; charset=utf-8$/,
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
  }
});

test('text is sent compressed', async ({ request }) => {
  const response = await request.get('authors/', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
});
