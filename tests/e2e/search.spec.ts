import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { buildSearchIndex, type SearchDoc } from '../../src/lib/search.ts';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search claims, papers and authors' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** Press ArrowDown until `option` is the active one (aria-activedescendant), as a keyboard user would. */
async function arrowTo(page: Page, option: ReturnType<Page['getByRole']>): Promise<void> {
  const id = await option.getAttribute('id');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await searchBox(page).getAttribute('aria-activedescendant')) === id) break;
  }
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', id!);
  await expect(option).toHaveAttribute('aria-selected', 'true');
}

test('a misspelled word ("faithfulnes") reaches a claim about faithfulness by keyboard alone', async ({ page }) => {
  await page.goto('authors/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search claims, papers and authors' }).or(searchBox(page))).toBeFocused();
  await page.keyboard.type('faithfulnes');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  const option = results(page).getByRole('option', { name: /faithfulness/ }).first();
  await expect(option).toBeVisible();
  await expect(option.locator('mark').first()).toHaveText(/faithfulness/i);
  const href = await option.getAttribute('href');
  await arrowTo(page, option);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/faithfulness/i);
});

test('a misspelled name ("Berglnd") reaches the Berglund paper by keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Berglnd');
  const paper = results(page).getByRole('group', { name: /Papers/ }).getByRole('option', { name: /Berglund/ });
  await expect(paper).toBeVisible();
  await expect(paper).toContainText('Paper');
  await arrowTo(page, paper);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/papers\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Berglund');
});

test('results are grouped by kind, counted, and Escape closes them', async ({ page }) => {
  await page.goto('./');
  await searchBox(page).or(page.getByRole('searchbox', { name: 'Search claims, papers and authors' })).click();
  await page.keyboard.type('Turpin');
  await expect(results(page).getByRole('group', { name: /^Claims \(\d+\)$/ })).toBeVisible();
  await expect(results(page).getByRole('group', { name: /^Papers \(1\)$/ })).toBeVisible();
  // The count reaches screen readers through the live region once typing pauses.
  await expect(page.getByRole('search', { name: 'Site' }).getByRole('status')).toHaveText(/^\d+ results: \d+ claims?, 1 paper$/);
  await page.keyboard.press('ArrowDown');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant', /.*/);
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
});

test('a query with no match says so and how to do better', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('qwxzv');
  await expect(page.getByText('No results for “qwxzv”.')).toBeVisible();
  await expect(page.getByText(/Check the spelling/)).toBeVisible();
});

test('Enter without choosing a result opens the search page, and ?q= restores the search', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('gradient hacking');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=gradient(\+|%20)hacking$/);
  const input = page.getByRole('searchbox', { name: 'Search claims, papers and authors' });
  await expect(input).toHaveValue('gradient hacking');
  await expect(page.getByRole('status')).toHaveText(/^\d+ (results|claims).* for “gradient hacking”\.$/);
  const claims = page.getByRole('region', { name: /^Claims \(\d+\)$/ });
  await expect(claims.getByRole('link').first()).toContainText('gradient hacking');
  await expect(claims.locator('mark').first()).toHaveText('gradient hacking');

  // Typing keeps the address in step; the address alone brings the search back.
  await input.fill('Turpn');
  await expect(page).toHaveURL(/\?q=Turpn$/);
  await expect(page.getByRole('region', { name: 'Papers (1)' }).getByRole('link')).toBeVisible();
  await page.goto('search/?q=Berglnd');
  await expect(page.getByRole('searchbox', { name: 'Search claims, papers and authors' })).toHaveValue('Berglnd');
  await expect(page.getByRole('region', { name: 'Papers (1)' }).getByRole('link', { name: /Berglund/ })).toBeVisible();
  await expect(page).toHaveTitle(/“Berglnd” · Search/);
});

test('no search code and no index is requested before the reader starts to search', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  const scripts = requested.filter((p) => p.endsWith('.js'));
  expect(scripts, 'only the loader').toHaveLength(1);
  expect(requested.filter((p) => p.endsWith('search-index.json'))).toEqual([]);

  const index = page.waitForRequest((r) => r.url().endsWith('/search-index.json'));
  await page.getByRole('searchbox', { name: 'Search claims, papers and authors' }).focus();
  expect(new URL((await index).url()).pathname).toBe(`${new URL(baseURL!).pathname}search-index.json`);
  expect(requested.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(1);
});

test('comment text with HTML in it shows as text in the results, never as markup', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  const docs: SearchDoc[] = [
    { kind: 'claim', id: 'hostile-claim', role: 'objection', title: `Hostile onerror test ${payload} and more`, author: '<b>Mallory</b>' },
    { kind: 'paper', id: 'hostile-paper', role: 'paper', title: 'Onerror considered harmful', aliases: [`the ${payload} paper`] },
  ];
  await page.route('**/search-index.json', (route) => route.fulfill({ json: buildSearchIndex(docs) }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('onerror');
  const claim = results(page).getByRole('option', { name: /Hostile/ });
  await expect(claim).toContainText(`Hostile onerror test ${payload} and more`);
  await expect(claim).toContainText('by <b>Mallory</b>');
  await expect(results(page).getByRole('option', { name: /harmful/ })).toContainText(`the ${payload} paper`);
  await expect(page.locator('.search-popup img, .search-popup b')).toHaveCount(0);

  await page.goto('search/?q=onerror');
  await expect(page.getByRole('link', { name: /Hostile/ })).toContainText(payload);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('when the index cannot be loaded, the box says so and Enter still leads to the search page', async ({ page }) => {
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('Turpin');
  await expect(page.getByText('Search could not load its index. Press Enter to try the search page.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Turpin$/);
  await expect(page.getByRole('status')).toHaveText(/^Search could not load its index\./);
});

test('the open popup and the search page pass axe', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('CoT');
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('search/?q=alignment%20faking');
  await expect(page.getByRole('region').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box submits to the search page, which says why it cannot search and offers the lists', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search claims, papers and authors' });
    await box.fill('Turpin');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Turpin$/);
    await expect(page.getByText(/Searching needs JavaScript/)).toBeVisible();
    const browse = page.getByRole('navigation', { name: 'Browse' });
    // The lists of all claims and all papers come with the pages issue: link them once they exist.
    for (const [dir, name] of [['claims', 'All claims'], ['papers', 'All papers'], ['authors', 'All authors']] as const) {
      if (existsSync(`dist/${dir}/index.html`)) await expect(browse.getByRole('link', { name })).toBeVisible();
    }
    await browse.getByRole('link', { name: 'All authors' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Authors' })).toBeVisible();
  });
});
