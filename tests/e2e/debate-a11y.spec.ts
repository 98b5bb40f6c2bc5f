/**
 * axe (WCAG 2.x A/AA and best practices) on every page type of the reading site, in the light and the
 * dark theme, at desktop and phone widths: 0 violations. Pages are reached by their words, not ids.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const open = {
  home: (page: Page) => page.goto('./'),
  'claims index': (page: Page) => page.goto('claims/'),
  'papers index': (page: Page) => page.goto('papers/'),
  'authors index': (page: Page) => page.goto('authors/'),
  author: (page: Page) => page.goto('authors/emanuelr/'),
  comment: async (page: Page) => {
    await page.goto('authors/emanuelr/');
    await page.getByRole('link', { name: 'Read comment 9 by Emanuel Ruzak' }).click();
  },
  'claim with a graph, two steps shown': async (page: Page) => {
    // Emanuel Ruzak's objection to "the model was primarily more aligned …": linked, and linked around.
    await page.goto('claims/');
    await page.getByRole('link', { name: /^I’m skeptical of the claim that the model was primarily/ }).click();
    await page.getByRole('button', { name: 'Show two steps' }).click();
    await page.getByRole('group', { name: 'Local graph of this claim' }).getByRole('link').nth(1).focus();
  },
  'claim outside the corpus': async (page: Page) => {
    await page.goto('claims/');
    await page.getByRole('link', { name: /^the model was primarily more aligned than others/ }).click();
  },
  paper: (page: Page) => page.goto('papers/berglund-2023/'),
  '404': (page: Page) => page.goto('no/such/page/'),
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, go] of Object.entries(open)) {
    test(`axe: ${name}, ${scheme}`, async ({ page }) => {
      // Two full axe runs on long pages, on a shared 2-core machine.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await go(page);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      }
    });
  }
}
