/**
 * The test fixture every spec uses: `import { test, expect } from './fixtures.ts'`, never from
 * '@playwright/test' (tests/build/e2e-specs.test.ts fails a spec that does). Its page fails the test on
 *   - any request to another host (the built site must make none, whatever the comments link to),
 *   - any uncaught error in the page,
 *   - any Content-Security-Policy violation the browser reports in the console (the `subpath` project
 *     is served by nginx with docs/nginx.conf, whose policy forbids inline scripts and inline styles).
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/** How Chromium reports a blocked inline script or style or a blocked load (and, should a policy
 * require Trusted Types, a blocked HTML or script-URL sink). */
export const CSP_REPORT = /Content Security Policy|Trusted ?(?:HTML|Script|Type)/i;

export const isCspReport = (msg: ConsoleMessage) => (msg.type() === 'error' || msg.type() === 'warning') && CSP_REPORT.test(msg.text());

export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      const csp: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) foreign.push(url);
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (isCspReport(msg)) csp.push(`${page.url()}: ${msg.text()}`);
      });
      await use();
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(csp, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
