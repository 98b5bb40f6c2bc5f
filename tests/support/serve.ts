/**
 * A small static file server for the tests: serves a built site under a base path, answers
 * directories with their index.html and misses with 404.html, like a plain nginx would.
 * Usage: node tests/support/serve.ts --dir dist --base /cruxmap/ --port 4174
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.argdown': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function serve(dir: string, base: string, port: number, headers: Record<string, string> = {}): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = (status: number, body: Buffer | string, type: string) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (!path.startsWith(base)) {
      if (path === base.replace(/\/$/, '')) {
        res.writeHead(301, { location: base });
        return res.end();
      }
      return send(404, 'not under the base path', 'text/plain');
    }
    path = normalize(join(dir, path.slice(base.length)));
    if (!path.startsWith(normalize(dir))) return send(403, 'forbidden', 'text/plain');
    try {
      const s = await stat(path);
      if (s.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/` });
          return res.end();
        }
        path = join(path, 'index.html');
      }
      return send(200, await readFile(path), TYPES[extname(path)] ?? 'application/octet-stream');
    } catch {
      try {
        return send(404, await readFile(join(dir, '404.html')), TYPES['.html']!);
      } catch {
        return send(404, 'not found', 'text/plain');
      }
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '4173' } },
  });
  await serve(values.dir, values.base, Number(values.port));
  console.log(`serving ${values.dir} at http://127.0.0.1:${values.port}${values.base}`);
}
