/**
 * axe-core on one page of every kind (tests/e2e/pages.ts), in light and in dark mode: 0 violations.
 * Run in the `root` project only: the sub-path build has the same pages, and axe is slow here.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { pageTypes } from './pages.ts';

test.beforeEach(({}, info) => test.skip(info.project.name !== 'root', 'the same pages as the root build'));

for (const { name, path, status } of pageTypes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${name} page has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
