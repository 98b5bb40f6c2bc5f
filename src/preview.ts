/**
 * `npm run preview`: serve the built site (CRUXMAP_OUT, default dist/) under its base path (CRUXMAP_BASE)
 * the way docs/nginx.conf serves it, so what you check here is what a self-hoster gets:
 *
 * - `/base/authors/` answers with its index.html; `/base/authors` and `/base` redirect there (301, a
 *   relative Location, as `absolute_redirect off` gives);
 * - a missing file answers with the site's 404.html and status 404;
 * - nginx's content types (mime.types, `map.argdown` as text/plain) with `charset=utf-8` on text;
 * - the same headers: Cache-Control (a year for `_astro/`, revalidate the rest), the Content-Security-Policy
 *   and the other security headers (tests/unit/preview.test.ts checks they match docs/nginx.conf).
 *
 * It does not compress, answer conditional requests (ETag/304) or ranges: a preview on 127.0.0.1 needs
 * none of them, and README says so.
 *
 * Usage: npm run preview [-- --port 4321]    (the tests also call `previewServer` on folders of their own)
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { config, normaliseBase } from './config.ts';

/** nginx's mime.types for the files a build holds, plus `.argdown` as docs/nginx.conf adds it. */
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.json': 'application/json',
  '.xml': 'text/xml',
  '.txt': 'text/plain',
  '.argdown': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const DEFAULT_TYPE = 'application/octet-stream';
/** docs/nginx.conf's `charset utf-8` applies to text/html and to its `charset_types`. */
const CHARSET_TYPES = new Set(['text/html', 'text/css', 'text/plain', 'text/xml', 'application/xml', 'application/json', 'application/javascript', 'image/svg+xml']);

/** The headers docs/nginx.conf adds to every answer, Cache-Control aside. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
/** docs/nginx.conf's `$cruxmap_cache_control`: content-hashed files for a year, the rest revalidated. */
export const CACHE_CONTROL = { hashed: 'public, max-age=31536000, immutable', other: 'no-cache' } as const;

export function contentType(path: string): string {
  const type = TYPES[extname(path).toLowerCase()] ?? DEFAULT_TYPE;
  return CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}

export interface PreviewOptions {
  /** The built site (Astro's outDir). */
  dir: string;
  /** The base path it was built for ("/" or "/cruxmap/"). */
  base: string;
  port: number;
  /** Extra headers, replacing ours of the same name (the hostile-input tests drop the CSP this way). */
  headers?: Record<string, string>;
  /** Send docs/nginx.conf's headers (default true). */
  nginxHeaders?: boolean;
}

export function previewServer({ dir, base: rawBase, port, headers = {}, nginxHeaders = true }: PreviewOptions): Promise<Server> {
  const root = resolve(dir);
  const base = normaliseBase(rawBase);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const head = (path: string) => ({
      ...(nginxHeaders
        ? { ...SECURITY_HEADERS, 'Cache-Control': path.startsWith(`${base}_astro/`) ? CACHE_CONTROL.hashed : CACHE_CONTROL.other }
        : {}),
      ...headers,
    });
    const send = (status: number, body: Buffer, type: string, path: string) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...head(path) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const redirect = (location: string) => {
      res.writeHead(301, { Location: location + url.search, 'Content-Length': 0, ...head(url.pathname) });
      res.end();
    };
    const notFound = async () => {
      try {
        send(404, await readFile(join(root, '404.html')), contentType('404.html'), url.pathname);
      } catch {
        send(404, Buffer.from('404 Not Found\n'), contentType('.txt'), url.pathname);
      }
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0, ...head(url.pathname) });
      return res.end();
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Length': 0, ...head(url.pathname) });
      return res.end();
    }
    if (`${path}/` === base) return redirect(`${url.pathname}/`);
    if (!path.startsWith(base) || path.includes('\0')) return notFound();
    const file = resolve(root, `.${path.slice(base.length - 1)}`);
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    try {
      const s = await stat(file);
      if (s.isDirectory()) {
        if (!url.pathname.endsWith('/')) return redirect(`${url.pathname}/`);
        return send(200, await readFile(join(file, 'index.html')), contentType('index.html'), url.pathname);
      }
      if (path.endsWith('/')) return notFound();
      return send(200, await readFile(file), contentType(file), url.pathname);
    } catch {
      return notFound();
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
  const port = Number(values.port);
  try {
    await stat(join(config.outDir, 'index.html'));
  } catch {
    console.error(`cruxmap: ${config.outDir}/index.html does not exist: build the site first (npm run build), with the same CRUXMAP_BASE and CRUXMAP_OUT.`);
    process.exit(1);
  }
  try {
    await previewServer({ dir: config.outDir, base: config.base, port });
  } catch (e) {
    console.error(`cruxmap: cannot listen on 127.0.0.1:${port} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): stop the other server, or pick a port: npm run preview -- --port 4322`);
    process.exit(1);
  }
  console.log(`cruxmap: serving ${config.outDir}/ at http://127.0.0.1:${port}${config.base} as docs/nginx.conf would (Ctrl-C stops)`);
}
