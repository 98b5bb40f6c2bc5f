/**
 * The map's first view on a built site, as a reader sees it: for each screen (1280×800, 375×812) and
 * colour scheme (light, dark), how many of the nodes that must carry a label (every crux and every node
 * with a rebuttal) do, how many of those are cut to a word or two (`data-labels-cramped`), what the
 * first view chose and what choosing it cost (`cruxmap:first-view`, on an address without state), and
 * a screenshot to look at. Prints a Markdown table.
 *
 *   node bench/map-labels.ts [--dir dist] [--out .tmp/map-shots] [--port 4391] [--query '']
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { serve } from '../tests/support/serve.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '.tmp/map-shots' },
    port: { type: 'string', default: '4391' },
    query: { type: 'string', default: '' },
  },
});
mkdirSync(values.out, { recursive: true });
const server = await serve(values.dir, '/', Number(values.port));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking'],
});
console.log('| screen | scheme | labels | must be labelled | of them placed | cut to a word or two | shown | choosing it | note |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
try {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${values.port}/map/${values.query}`);
      const canvas = page.getByRole('application', { name: 'Argument map' });
      await page.locator('cruxmap-map[data-state="ready"]').waitFor();
      await page.waitForTimeout(300);
      const get = async (name: string) => Number(await canvas.getAttribute(name));
      const [labels, required, missing, cramped] = [await get('data-labels'), await get('data-labels-required'), await get('data-labels-missing'), await get('data-labels-cramped')];
      const note = ((await page.locator('[data-map-labels]').textContent().catch(() => '')) ?? '').trim();
      const bar = page.locator('.map-pager');
      const shown = (await bar.isVisible()) ? ((await bar.locator('[data-pager-text]').textContent()) ?? '').trim() : 'the whole debate';
      const chose = await page.evaluate(() => performance.getEntriesByName('cruxmap:first-view')[0]?.duration);
      const cost = chose === undefined ? '–' : `${chose.toFixed(0)} ms`;
      const file = `${values.out}/map-${viewport.width}-${scheme}.png`;
      await page.screenshot({ path: file });
      console.log(`| ${viewport.width}×${viewport.height} | ${scheme} | ${labels} | ${required} | ${required - missing} | ${cramped} | ${shown} | ${cost} | ${note.slice(0, 80)} |`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
