/**
 * Screenshots for looking at what we built (not a test): every given path at 1280 and 375 px, light
 * and dark, from a running server. Usage:
 *   node tests/support/screenshots.ts --base http://127.0.0.1:4173/ --out .tmp/shots / authors/emanuelr/
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: 'http://127.0.0.1:4173/' }, out: { type: 'string', default: '.tmp/shots' }, full: { type: 'boolean', default: false } },
});
mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
for (const path of positionals.length ? positionals : ['']) {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 800 }, colorScheme: scheme });
      await page.goto(new URL(path.replace(/^\//, ''), values.base).href);
      await page.waitForTimeout(300);
      const name = `${values.out}/${(path.replace(/^\/|\/$/g, '') || 'home').replace(/[/?=&]+/g, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: values.full });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
