/**
 * Strict Content-Security-Policy. The `subpath` project is served by nginx with docs/nginx.conf, whose
 * policy allows only the site's own script and style files; the shared fixture fails any test that
 * makes the browser report a violation. Here: the header is really sent, every kind of page loads
 * under it without a report, and the policy really stops what it should (so the check can fail).
 */
import { test, expect, isCspReport } from './fixtures.ts';
import { pageTypes } from './pages.ts';

test.beforeEach(({}, info) => test.skip(info.project.name !== 'subpath', 'only the nginx server sends the policy'));

test('nginx sends a strict policy: scripts and styles from the site only, no inline, no eval', async ({ page }) => {
  const response = await page.goto('./');
  const policy = (await response!.headerValue('content-security-policy')) ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
});

for (const { name, path, status } of pageTypes) {
  test(`${name} page runs under the policy without a violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    expect(await response!.headerValue('content-security-policy')).toContain("script-src 'self'");
    await page.waitForLoadState('load');
  });
}

test('the policy blocks HTML that escaped into a page: inline script, handler, style', async ({ browser, baseURL }) => {
  // A page of our own (not the fixture's), since this one is meant to produce reports.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const reports: string[] = [];
  page.on('console', (msg) => isCspReport(msg) && reports.push(msg.text()));
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, d.dismiss()));
  // As if comment text had reached the HTML unescaped: the server's response, with the policy header
  // it came with, plus the payloads.
  await page.route('**/authors/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '</main>',
      '<script>window.pwned = 1; alert(1)</script><img src="x.png" alt="" onerror="window.pwned = 2"><p style="color: red">x</p></main>',
    );
    await route.fulfill({ response, body });
  });
  await page.goto('authors/');
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  await expect.poll(() => reports.length).toBeGreaterThanOrEqual(3);
  expect(reports.join('\n')).toMatch(/script-src/);
  expect(reports.join('\n')).toMatch(/style-src/);
  await context.close();
});
