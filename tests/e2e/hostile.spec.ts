/**
 * The site built from the hostile corpus (tests/support/hostile.ts; npm test builds it into
 * .tmp/hostile/dist), in Chromium, served WITHOUT the CSP header: escaping alone must keep every
 * payload inert. On every page with hostile text (and a few of the thousand tiny ones): no dialog
 * opens, no payload's marker is set, no element a payload could have injected exists, and (the
 * shared fixture) no request leaves the server and no error is thrown.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect } from './fixtures.ts';
import { serve } from '../support/serve.ts';
import { hostileDirs } from '../support/hostile.ts';

const FIRST_PORT = Number(process.env.CRUXMAP_PORT ?? 4173) + 2;

// One static server per worker (ports CRUXMAP_PORT+2, +3), and the pages' base URL pointing at it.
const test = base.extend<object, { hostilePort: number }>({
  hostilePort: [
    async ({}, use, workerInfo) => {
      const port = FIRST_PORT + workerInfo.parallelIndex;
      const server: Server = await serve(hostileDirs.dist, '/', port);
      await use(port);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ hostilePort }, use) => use(`http://127.0.0.1:${hostilePort}/`),
});

test.beforeEach(({}, info) => test.skip(info.project.name !== 'root', 'one server of its own, whatever the project'));

/** Every page in the sitemap that carries hostile text, three tiny-file pages, and the 404 page. */
function hostilePaths(): string[] {
  const xml = readFileSync(`${hostileDirs.dist}/sitemap.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>[a-z]+:\/\/[^/]+\/([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const tiny = paths.filter((p) => /(^|\/)tiny-\d{4}/.test(p));
  return [...paths.filter((p) => !tiny.includes(p)), ...tiny.slice(0, 3), 'no/such/page/'];
}

/** What a payload could have left in the page: a marker, a script, an element, an event handler.
 * (A style attribute is left to the static check: scripts may set one through CSSOM.) */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const problems: string[] = [];
    if (w.__pwned !== undefined) problems.push(`window.__pwned = ${String(w.__pwned)}`);
    for (const s of Array.from(document.scripts)) if (!s.src.startsWith(`${location.origin}/_astro/`)) problems.push(`script ${s.src || s.text.slice(0, 40)}`);
    // The only forms are the site's own search forms, which submit to its search page.
    const injected = 'iframe, frame, object, embed, base, form:not([role="search"][action="/search/"]), math, img, audio, video, body style, meta[http-equiv], a[href^="javascript:" i], a[href^="data:" i], link[rel~="stylesheet"]:not([href*="/_astro/"])';
    for (const el of Array.from(document.querySelectorAll(injected))) problems.push(`element ${el.outerHTML.slice(0, 80)}`);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) problems.push(`${el.tagName.toLowerCase()}[${a.name}]`);
    }
    return problems;
  });
}

if (!existsSync(`${hostileDirs.dist}/sitemap.xml`)) {
  test('the hostile site is built', () => {
    throw new Error('No .tmp/hostile/dist: run `node tests/support/hostile.ts` first (npm test does).');
  });
} else {
  const paths = hostilePaths();
  const CHUNK = 10;
  for (let i = 0; i < paths.length; i += CHUNK) {
    const chunk = paths.slice(i, i + CHUNK);
    test(`hostile pages ${i + 1}–${i + chunk.length} of ${paths.length}: no dialog, no script, no injected element`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(`${page.url()}: ${d.type()} "${d.message()}"`);
        await d.dismiss();
      });
      for (const path of chunk) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(path.startsWith('no/') ? 404 : 200);
        await page.waitForLoadState('load');
        // Give a timer or a late onerror/onload a moment to fire.
        await page.waitForTimeout(50);
        const found = await injected(page);
        expect(found, path).toEqual([]);
      }
      expect(dialogs).toEqual([]);
    });
  }

  test('the search over the hostile site shows payloads as text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const q of ['script', 'onerror', 'iframe', 'javascript', 'title']) {
      await page.goto(`search/?q=${q}`);
      await expect(page.getByRole('status')).toHaveText(new RegExp(`for “${q}”`));
      expect(await injected(page), q).toEqual([]);
    }
    await expect(page.getByRole('link', { name: /title breakout/ }).first()).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('hostile text reads as written: a payload, right-to-left text and emoji', async ({ page }) => {
    // The payload lines share their words (alert, script, onerror), so the dump reads as one comment.
    await page.goto('authors/html-payloads/');
    await page.getByRole('link', { name: /^Read comment 1 by/ }).click();
    await expect(page.getByText('Plain script: <script>window.__pwned = "script"; alert("script")</script> end.')).toBeVisible();
    await page.goto('authors/unicode/');
    await page.getByRole('link', { name: /^Read comment 1 by/ }).click();
    await expect(page.getByText(/Right to left: שלום עולם, this is Hebrew, and مرحبا بالعالم is Arabic/)).toBeVisible();
    await page.goto('authors/unicode/');
    await page.getByRole('link', { name: /^Read comment 3 by/ }).click();
    await expect(page.getByText(/👩‍👩‍👧‍👦 family, 🏳️‍🌈 flag/)).toBeVisible();
  });

  test('a table in a comment is a table: column headers, cells as text, a scroll box at 375 px, axe-clean', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('authors/html-table/');
    await page.getByRole('link', { name: /^Read comment \d+ by/ }).click();
    const table = page.getByRole('table');
    await expect(table).toHaveCount(1);
    await expect(table.getByRole('columnheader')).toHaveText(['Payload column', 'Second column']);
    await expect(table.getByRole('cell', { name: '<img src=x onerror=alert(5)> as text' })).toBeVisible();
    const box = page.getByRole('region', { name: 'Table in the comment' });
    await expect(box).toBeVisible();
    // The page itself never scrolls sideways: a wide table scrolls inside its box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await injected(page)).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('.table-scroll').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('a Markdown table with an empty corner cell is axe-clean', async ({ page }) => {
    await page.goto('authors/md-table/');
    await page.getByRole('link', { name: /^Read comment \d+ by/ }).click();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Markdown header', '<script>alert("md header")</script>']);
    const axe = await new AxeBuilder({ page }).include('.table-scroll').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
}
