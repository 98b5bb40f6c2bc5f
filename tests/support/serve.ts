/**
 * The tests' static server: `npm run preview`'s (src/preview.ts), which serves a built site the way
 * docs/nginx.conf does (slash redirects, 404.html with status 404, nginx's content types), here by
 * default WITHOUT docs/nginx.conf's headers, so that escaping alone is tested (tests/e2e/hostile.spec.ts).
 * Usage: node tests/support/serve.ts --dir dist --base /cruxmap/ --port 4174
 */
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { previewServer } from '../../src/preview.ts';

export function serve(dir: string, base: string, port: number, headers: Record<string, string> = {}): Promise<Server> {
  return previewServer({ dir, base, port, headers, nginxHeaders: false });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '4173' } },
  });
  await serve(values.dir, values.base, Number(values.port));
  console.log(`serving ${values.dir} at http://127.0.0.1:${values.port}${values.base}`);
}
