import { test, expect } from './fixtures.ts';

test('home → author → comment → its text and source', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'cruxmap' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Emanuel Ruzak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emanuel Ruzak' })).toBeVisible();
  await expect(page.getByText('@emanuelr')).toBeVisible();
  await page.getByRole('link', { name: 'Read comment 1 by Emanuel Ruzak' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comment 1 by Emanuel Ruzak');
  await expect(page.getByText('I think that this should be in a framework that takes into account granularity')).toBeVisible();
  await expect(page.getByText("From Emanuel Ruzak’s profile dump, paragraph")).toBeVisible();
  await page.getByText('Source file').click();
  await expect(page.getByText(/Source: 002_29ba3db2e6fcad6a\.txt, lines 3–/)).toBeVisible();
});

test('a blank-line layout dump reads as comments with their quoted lists', async ({ page }) => {
  await page.goto('authors/commenter-004/');
  await expect(page.getByRole('heading', { level: 1, name: 'Commenter 004' })).toBeVisible();
  await expect(page.getByText('Wiki Contributions')).toHaveCount(0);
  await expect(page.getByText('Load More')).toHaveCount(0);
  await page.getByRole('link', { name: 'Read comment 1 by Commenter 004' }).click();
  await expect(page.getByText(/^Possible confound:/)).toBeVisible();
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'cruxmap' })).toBeVisible();
});

test('pages ship no client JavaScript but the search loader', async ({ page }) => {
  // The one agreed exception (README, "Search"): a tiny external module that loads the search code
  // only when a reader starts to search. Nothing else, and nothing inline (CSP script-src 'self').
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), bytes: (await r.body()).length });
  });
  for (const path of ['./', 'authors/emanuelr/', 'authors/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const tags = page.locator('script');
    expect(await tags.count()).toBe(1);
    expect(await tags.getAttribute('type')).toBe('module');
    expect(await tags.textContent()).toBe('');
  }
  expect(new Set(scripts.map((s) => s.url)).size).toBe(1);
  expect(scripts[0]!.bytes).toBeLessThan(3000);
  expect(scripts.some((s) => s.url.includes('search-index'))).toBe(false);
});

test('a claim deep in a long comment is shown with the paragraphs around it, and the whole comment is one click away', async ({ page }) => {
  // Real threads have comments of 40 paragraphs: the claim page showed them all, its marked claim far below.
  await page.goto('claims/');
  await page.getByRole('main').getByRole('link', { name: /^I think for this post’s hypothesis to work/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^I think for this post’s hypothesis to work/);
  const context = page.getByRole('region', { name: 'In its comment' });
  await expect(context.getByText('… 3 earlier paragraphs of the comment not shown')).toBeVisible();
  await expect(context.getByText(/^PD: I read the paper/)).toBeVisible();
  await expect(context.getByText(/^I’m skeptical of the claim that the model/)).toHaveCount(0);
  await expect(context.getByText(/^… 2 later paragraphs not shown/)).toBeVisible();
  // The notes are the site's words, not the comment's: outside the quote (a screen reader reads a quote as the comment).
  await expect(context.locator('blockquote').getByText(/not shown/)).toHaveCount(0);
  await context.getByRole('link', { name: /^Read the whole comment/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Comment \d+ by Emanuel Ruzak$/);
  await expect(page.getByText(/^I’m skeptical of the claim that the model/)).toBeVisible();
});

test('a prolific author’s page folds its long lists and says what is on it', async ({ page }) => {
  // lw-dev's Seth Herd: 821 claims and 97 comments made one page of 60,000 pixels.
  await page.goto('authors/emanuelr/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link', { name: /^Claims \(\d+\)$/ })).toBeVisible();
  const claims = page.getByRole('group').filter({ has: page.getByText(/^Show the other \d+ claims$/) });
  await expect(claims.getByRole('link').first()).toBeHidden();
  await claims.getByText(/^Show the other \d+ claims$/).click();
  await expect(claims.getByRole('link').first()).toBeVisible();
  await contents.getByRole('link', { name: /^Comments \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/#comments$/);
  await expect(page.getByRole('link', { name: 'Read comment 12 by Emanuel Ruzak' })).toBeVisible();
  const last = page.getByRole('link', { name: 'Read comment 14 by Emanuel Ruzak' });
  await expect(last).toBeHidden();
  await page.getByText(/^Show the other \d+ comments$/).click();
  await last.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comment 14 by Emanuel Ruzak');
});
