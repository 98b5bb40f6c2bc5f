/**
 * `npm run preview` (src/preview.ts) answers like docs/nginx.conf: on a tiny built site in a temp folder,
 * under a sub-path, over real HTTP on 127.0.0.1.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get as httpGet, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_CONTROL, SECURITY_HEADERS, contentType, previewServer } from '../../src/preview.ts';

let dir: string;
let server: Server;
let origin: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cruxmap-preview-'));
  mkdirSync(join(dir, 'authors'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'authors', 'index.html'), '<p>authors</p>');
  writeFileSync(join(dir, '404.html'), '<p>Page not found</p>');
  writeFileSync(join(dir, 'map.argdown'), '[claim:a]: A claim.');
  writeFileSync(join(dir, '_astro', 'page.abc123.css'), 'p{}');
  server = await previewServer({ dir, base: '/cruxmap/', port: 0 });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

test('a directory without its slash redirects there, relatively, keeping the query', async () => {
  for (const [path, location] of [
    ['/cruxmap', '/cruxmap/'],
    ['/cruxmap/authors', '/cruxmap/authors/'],
    ['/cruxmap/authors?x=1', '/cruxmap/authors/?x=1'],
  ]) {
    const r = await get(path!);
    assert.equal(r.status, 301, path);
    assert.equal(r.headers.get('location'), location, path);
  }
});

test('a directory answers with its index.html', async () => {
  const r = await get('/cruxmap/authors/');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(await r.text(), '<p>authors</p>');
});

test('a missing page, a file with a slash, or a path outside the base answers 404 with the site 404 page', async () => {
  for (const path of ['/cruxmap/no/such/page/', '/cruxmap/map.argdown/', '/elsewhere/', '/cruxmap/../etc/passwd', '/cruxmap/%2e%2e/%2e%2e/etc/passwd']) {
    const r = await get(path);
    assert.equal(r.status, 404, path);
    assert.equal(await r.text(), '<p>Page not found</p>', path);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
  }
});

test('an encoded slash cannot climb out of the site (the path reaches the server as sent)', async () => {
  const status = await new Promise<number>((done, fail) =>
    httpGet(`${origin}/cruxmap/..%2F..%2F..%2Fetc%2Fpasswd`, (r) => (r.resume(), done(r.statusCode!))).on('error', fail),
  );
  assert.equal(status, 404);
});

test('map.argdown is text/plain in UTF-8; hashed assets are cached for a year, the rest revalidated', async () => {
  const argdown = await get('/cruxmap/map.argdown');
  assert.equal(argdown.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(argdown.headers.get('cache-control'), 'no-cache');
  const css = await get('/cruxmap/_astro/page.abc123.css');
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.equal(css.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});

test('content types as nginx names them, with the charset on text only', () => {
  assert.equal(contentType('graph.json'), 'application/json; charset=utf-8');
  assert.equal(contentType('sitemap.xml'), 'text/xml; charset=utf-8');
  assert.equal(contentType('favicon.svg'), 'image/svg+xml; charset=utf-8');
  assert.equal(contentType('social.png'), 'image/png');
  assert.equal(contentType('x.unknown'), 'application/octet-stream');
});

test('the headers are those of docs/nginx.conf, word for word', () => {
  const conf = readFileSync('docs/nginx.conf', 'utf8');
  const added = Object.fromEntries([...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)].map((m) => [m[1], m[2]]));
  assert.deepEqual(added, SECURITY_HEADERS);
  assert.match(conf, new RegExp(`_astro/\\s+"${CACHE_CONTROL.hashed}"`));
  assert.match(conf, new RegExp(`default\\s+"${CACHE_CONTROL.other}"`));
  assert.match(conf, /^\s*add_header Cache-Control \$cruxmap_cache_control always;/m);
});

test('HEAD has no body; other methods are refused', async () => {
  const head = await fetch(`${origin}/cruxmap/`, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
  const post = await fetch(`${origin}/cruxmap/`, { method: 'POST' });
  assert.equal(post.status, 405);
});
