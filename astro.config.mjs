// @ts-check
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';

// Everything configurable lives in src/config.ts (environment variables at build time).
export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages ship no client JavaScript unless a page asks for it; no prefetch script either.
  prefetch: false,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
