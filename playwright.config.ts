/**
 * End-to-end tests against the real built site, in real Chromium: the one named by CRUXMAP_CHROMIUM,
 * else Debian's /usr/bin/chromium, else Playwright's own browser (tests/support/install.ts finds it, and
 * `npm test` installs or asks for it before running anything). The same specs run against the
 * site built at the root (`npm run preview`'s server, src/preview.ts) and the site built under a sub-path (real nginx with
 * docs/nginx.conf and its strict CSP); tests/run.ts builds both. Specs import `test` from
 * tests/e2e/fixtures.ts, never from '@playwright/test'.
 */
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/support/install.ts';

const chromium = findChromium();
// Several checkouts can run their suites side by side: CRUXMAP_PORT moves both servers.
const ROOT_PORT = Number(process.env.CRUXMAP_PORT ?? 4173);
const SUB_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.tmp/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['line'], ['json', { outputFile: '.tmp/e2e-results.json' }]] : [['list'], ['json', { outputFile: '.tmp/e2e-results.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      // Chromium otherwise tries to reach Google's hosts at start-up; this machine has no network.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}/cruxmap/` } },
  ],
  webServer: [
    // The root build is served by `npm run preview`'s server (src/preview.ts), docs/nginx.conf's headers included.
    {
      command: `node src/preview.ts --port ${ROOT_PORT}`,
      env: { CRUXMAP_OUT: 'dist', CRUXMAP_BASE: '/' },
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    // The sub-path build is served by real nginx with docs/nginx.conf: its headers (strict CSP among
    // them) apply to every spec of this project.
    {
      command: `node tests/support/nginx.ts --dir .tmp/dist-sub --base /cruxmap/ --port ${SUB_PORT}`,
      url: `http://127.0.0.1:${SUB_PORT}/cruxmap/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
    },
  ],
});
