// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { config } from './src/config.ts';

// Astro caches parsed content between builds (its data store, in cacheDir). One cache per content folder:
// a build of another folder (the scale bench, the hostile-input test) neither reuses nor spoils the
// cache of content/ (Astro would warn of "multiple entries with the same slug" from the other folder).
const contentPath = resolve(config.content);
const cacheDir =
  contentPath === resolve('content') ? undefined : `./node_modules/.astro/content-${createHash('sha256').update(contentPath).digest('hex').slice(0, 12)}/`;

// Everything configurable lives in src/config.ts (environment variables at build time).
export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The build lays out the map in a worker thread (src/lib/layout-async.ts); bundled, that module needs
    // to be told where the worker's source is. Server side only: no page's script reads it.
    define: { __CRUXMAP_LAYOUT_WORKER__: JSON.stringify(new URL('./src/lib/layout-worker.ts', import.meta.url).href) },
  },
  // Pages ship no client JavaScript unless a page asks for it; no prefetch script either.
  prefetch: false,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
