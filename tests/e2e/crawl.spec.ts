/**
 * Crawl the served site over HTTP from its home page, as a visitor's browser would resolve links
 * (the static check in tests/build/site.test.ts reads files; this one goes through the server, nginx
 * for the sub-path): every internal link and asset answers 200, and none leaves the base path.
 */
import { test, expect } from './fixtures.ts';

test('every internal link and asset answers 200 under the base path', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  const seen = new Set<string>([base.href]);
  const queue = [base.href];
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${url}: ${response.status()}`);
      continue;
    }
    if (!response.headers()['content-type']?.startsWith('text/html')) continue;
    const html = await response.text();
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = new URL(raw!.replace(/&amp;/g, '&'), url);
      target.hash = '';
      if (target.origin !== base.origin) continue;
      if (!target.pathname.startsWith(base.pathname)) {
        broken.push(`${url}: ${raw} leaves the base path ${base.pathname}`);
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(60);
});
