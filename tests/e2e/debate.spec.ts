/**
 * Reading the debate as a reader does: from a claim to its rebuttal and back, from a paper to the
 * claims that cite it, around a claim's local graph. Claims are found by what they say (stable across
 * re-mining), never by id. Every text the site writes is asserted through the function that writes it.
 */
import { test, expect } from './fixtures.ts';
import { describeLink } from '../../src/lib/evidence.ts';

test('a claim → its rebuttal → the evidence → back up with “Rebuts”', async ({ page }) => {
  await page.goto('claims/');
  const target = page.getByRole('region', { name: 'Outside the corpus' }).getByRole('link', { name: /^the model was primarily more aligned than others/ });
  await target.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^the model was primarily more aligned than others due to the gradient hacking/);
  const first = page.url();

  const rebuttals = page.getByRole('region', { name: /^Rebuttals/ });
  await rebuttals.getByRole('link', { name: /^I’m skeptical of the claim that/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^I’m skeptical of the claim that the model was primarily more aligned/);
  await expect(page.getByText('An objection: it says “I\'m skeptical”.', { exact: false })).toBeVisible();

  const rebuts = page.getByRole('region', { name: 'Rebuts' });
  await expect(rebuts.getByText(describeLink('rebuts', { rule: 'explicit-target', cue: 'skeptical of the claim that' }))).toBeVisible();
  await rebuts.getByRole('link', { name: /^the model was primarily more aligned/ }).click();
  expect(page.url()).toBe(first);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^the model was primarily more aligned/);
});

test('a rebuttal’s own rebuttals are nested under it, and each card says why it is linked', async ({ page }) => {
  // A claim whose rebuttal is itself rebuttted: found on the claims index by its words.
  await page.goto('claims/');
  await page.getByRole('link', { name: /^I naively expect o1's CoT to be more faithful/ }).click();
  const rebuttals = page.getByRole('region', { name: /^Rebuttals/ });
  const card = rebuttals.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^It's a shame that OpenAI/ }) }).first();
  await expect(card.getByText(/^Why linked:/)).toBeVisible();
  await expect(card.getByText(describeLink('rebuts', { rule: 'cue-within-comment', cue: 'confounded' }))).toBeVisible();
});

test('a paper lists every mention and the claims that cite it; a claim links back to the paper', async ({ page }) => {
  await page.goto('papers/');
  await page.getByRole('link', { name: 'Berglund et al. (2023)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berglund et al. (2023)' })).toBeVisible();
  const mentions = page.getByRole('region', { name: /^Mentions/ });
  await expect(mentions.locator('mark')).toHaveText(['(Berglund, 2023)', 'Berglund et. al. (2023)']);
  const citing = page.getByRole('region', { name: /^Claims that cite it/ });
  await expect(citing.getByRole('link', { name: /^Berglund et\. al\. \(2023\) utilise a prompt/ })).toBeVisible();
  await citing.getByRole('link', { name: /^If not, \(and I put quite high weight/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^If not, \(and I put quite high weight on this,\)/);
  await page.getByRole('region', { name: 'Cites' }).getByRole('link', { name: 'Berglund et al. (2023)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berglund et al. (2023)' })).toBeVisible();
});

test('the local graph: every node a link, two steps on demand, relations filtered, keyboard to a neighbour', async ({ page }) => {
  await page.goto('claims/');
  await page.getByRole('link', { name: /^I naively expect o1's CoT to be more faithful/ }).click();
  const graph = page.getByRole('group', { name: 'Local graph of this claim' });
  const nodes = graph.getByRole('link');
  await expect(nodes.first()).toBeVisible();
  const one = await nodes.count();
  expect(one).toBeGreaterThan(1);
  // The HTML list holds the same first ring.
  const list = page.getByRole('list', { name: 'Linked claims and papers' });
  await expect(list.locator(':scope > li')).toHaveCount(one - 1);

  const expand = page.getByRole('button', { name: 'Show two steps' });
  await expect(expand).toHaveAttribute('aria-pressed', 'false');
  await expand.click();
  await expect(expand).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => nodes.count()).toBeGreaterThan(one);
  const two = await nodes.count();
  await page.getByRole('checkbox', { name: 'relates to' }).uncheck();
  await expect.poll(() => nodes.count()).toBeLessThan(two);
  await page.getByRole('checkbox', { name: 'relates to' }).check();
  await expect(nodes).toHaveCount(two);

  // Keyboard: tab from the last control into the graph, to a neighbour, and open it.
  await page.getByRole('checkbox', { name: 'relates to' }).focus();
  await page.keyboard.press('Tab');
  await expect(graph.getByRole('link', { name: /^This claim/ })).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = graph.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', /^Objection by Commenter 000, rebuts this claim: It's a shame/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^It's a shame that OpenAI won't let researchers access o1 CoT/);
});

test('client JavaScript only where a graph is drawn', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  const plain = ['./', 'claims/', 'papers/', 'authors/emanuelr/', 'papers/berglund-2023/', 'no/such/page/'];
  for (const path of plain) await page.goto(path);
  await page.goto('authors/emanuelr/');
  await page.getByRole('link', { name: 'Read comment 1 by Emanuel Ruzak' }).click();
  // A claim with no link to draw: no graph, no script.
  await page.goto('claims/');
  await page.getByRole('link', { name: /^A LLM will use the knowledge it gained via pre-training/ }).click();
  await expect(page.getByText('No links to other claims or papers were found for this claim.')).toBeVisible();
  expect(scripts).toEqual([]);
  // A claim with links: the local graph's module, and nothing else.
  await page.goto('claims/');
  await page.getByRole('link', { name: /^I naively expect o1's CoT to be more faithful/ }).click();
  await expect(page.getByRole('group', { name: 'Local graph of this claim' })).toBeVisible();
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(/\/_astro\/LocalGraph[^/]*\.js$/);
});
