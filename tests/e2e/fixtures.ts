/**
 * The test fixture every spec uses: a page that fails the test on any request to another host
 * (the built site must make none) and on any uncaught page error.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) foreign.push(url);
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use();
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
