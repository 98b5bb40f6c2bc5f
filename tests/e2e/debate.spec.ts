/**
 * Reading the debate as a reader does: from a claim to its rebuttal and back, from a paper to the
 * claims that cite it, around a claim's local graph. Claims are found by what they say or by the shape
 * of the graph (stable across re-mining), never by id; evidence texts are asserted through the function
 * that writes them, fed with the evidence the site publishes in /graph.json.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { describeLink } from '../../src/lib/evidence.ts';
import { neighbourhood } from '../../src/lib/neighbourhood.ts';
import { fold } from '../../src/lib/words.ts';
import { LOCAL_GRAPH_SCRIPT, SITE_WIDE_SCRIPTS } from '../support/scripts.ts';
import type { Graph, GraphNode } from '../../src/schemas/graph.ts';

const graphOf = async (page: Page) => (await (await page.request.get('graph.json')).json()) as Graph;
const startsWith = (text: string) => new RegExp(`^${text.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
/** A claim's link on a card or in a list: its whole text, or its opening words when the card folds the rest. */
const cardName = (node: GraphNode) => {
  const { head, tail } = fold(node.text ?? node.label, 320);
  return tail ? `${head}…` : head;
};
/** Open a claim as a reader would: from the index of all claims, by what it says. */
async function openFromIndex(page: Page, node: GraphNode) {
  await page.goto('claims/');
  await page.getByRole('main').getByRole('link', { name: cardName(node), exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(startsWith(node.text ?? node.label));
}

test('a claim → its rebuttal → the evidence → back up with “Rebuts”', async ({ page }) => {
  const graph = await graphOf(page);
  const objection = graph.nodes.find((n) => n.text?.startsWith('I’m skeptical of the claim that the model was primarily more aligned'))!;
  const edge = graph.edges.find((e) => e.source === objection.id && e.kind === 'rebuts')!;

  await page.goto('claims/');
  await page.getByRole('region', { name: 'Outside the corpus' }).getByRole('link', { name: /^the model was primarily more aligned than others/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^the model was primarily more aligned than others due to the gradient hacking/);
  const first = page.url();

  await page.getByRole('region', { name: /^Rebuttals/ }).getByRole('link', { name: /^I’m skeptical of the claim that/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^I’m skeptical of the claim that the model was primarily more aligned/);
  const rebuts = page.getByRole('region', { name: 'Rebuts' });
  await expect(rebuts.getByText(describeLink('rebuts', edge.evidence))).toBeVisible();
  await rebuts.getByRole('link', { name: /^the model was primarily more aligned/ }).click();
  expect(page.url()).toBe(first);
});

test('a rebuttal’s card opens the comment it was said in, and that comment links the rebuttal back', async ({ page }) => {
  // A reader who came to see who answers whom: from the answered claim to the reply, in one click.
  await page.goto('claims/');
  await page.getByRole('region', { name: 'Outside the corpus' }).getByRole('link', { name: /^the model was primarily more aligned than others/ }).click();
  const card = page.getByRole('region', { name: /^Rebuttals/ }).getByRole('listitem').filter({ has: page.getByRole('link', { name: /^I’m skeptical of the claim that/ }) });
  const toComment = card.getByRole('link', { name: /^comment \d+ by / });
  await expect(toComment).toHaveCount(1);
  const [, n, who] = (await toComment.textContent())!.match(/^comment (\d+) by (.+)$/)!;
  await toComment.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Comment ${n} by ${who}`);
  await page.getByRole('link', { name: /^I’m skeptical of the claim that/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^I’m skeptical of the claim that the model was primarily more aligned/);
});

test('a rebuttal’s own rebuttals are nested under it, each card saying why it is linked', async ({ page }) => {
  const graph = await graphOf(page);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const rebuts = graph.edges.filter((e) => e.kind === 'rebuts');
  // A chain claim ◀ rebuttal ◀ counter-rebuttal, whatever the mining found.
  const chain = rebuts.flatMap((r) => rebuts.filter((c) => c.target === r.source).map((c) => ({ claim: nodes.get(r.target)!, r, c }))).find((x) => !x.claim.external)!;
  // The seeds' only chain was one author rebutting their own rebuttal in one comment (issue 12: those
  // are qualifications now); their three commenters never answer each other.
  test.skip(!chain, 'the seeds hold no rebutted rebuttal');
  await openFromIndex(page, chain.claim);
  const card = page.getByRole('region', { name: /^Rebuttals/ }).getByRole('listitem').filter({ has: page.getByRole('link', { name: cardName(nodes.get(chain.r.source)!), exact: true }) }).first();
  await expect(card.getByText(describeLink('rebuts', chain.r.evidence)).first()).toBeVisible();
  const nested = card.getByRole('listitem').filter({ has: page.getByRole('link', { name: cardName(nodes.get(chain.c.source)!), exact: true }) });
  await expect(nested.getByText(describeLink('rebuts', chain.c.evidence))).toBeVisible();
  await nested.getByRole('link', { name: cardName(nodes.get(chain.c.source)!), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(startsWith(nodes.get(chain.c.source)!.text!));
});

test('a paper says which work it is, how the comments name it, and who cites it; a claim links back', async ({ page }) => {
  await page.goto('papers/');
  await page.getByRole('link', { name: 'Berglund et al. (2023)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berglund et al. (2023)' })).toBeVisible();
  await expect(page.getByText('Key', { exact: true })).toHaveCount(0);
  // No address in the comments: a plain link that searches for the title (the site itself requests nothing).
  await expect(page.getByRole('link', { name: /^Search for “Berglund/ })).toHaveAttribute('href', /^https:\/\/scholar\.google\.com\/scholar\?q=Berglund/);
  for (const alias of ['“(Berglund, 2023)”', '“Berglund et. al. (2023)”']) await expect(page.getByText(alias, { exact: true })).toBeVisible();
  const cited = page.getByRole('region', { name: 'Where the comments cite it' });
  await expect(cited.getByRole('heading', { level: 3 })).not.toHaveCount(0);
  await expect(cited.getByRole('link', { name: /^Berglund et\. al\. \(2023\) utilise a prompt/ })).toBeVisible();
  await cited.getByRole('link', { name: /^If not, \(and I put quite high weight/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^If not, \(and I put quite high weight on this,\)/);
  await page.getByRole('region', { name: 'Cites' }).getByRole('link', { name: 'Berglund et al. (2023)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berglund et al. (2023)' })).toBeVisible();
});

test('a claim shows the exchange up to the claim that started it, and an objection without a target says so', async ({ page }) => {
  const graph = await graphOf(page);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  // What the chain follows: the first claim a claim rebuts, else the first it supports.
  const answers = (id: string) => (graph.edges.find((e) => e.source === id && e.kind === 'rebuts') ?? graph.edges.find((e) => e.source === id && e.kind === 'supports'))?.target;
  // A claim two steps from the start of its exchange where the mining found one, else one step (the
  // seeds' rebuttals, since quotes and replies are mined, all answer outside claims that answer nothing).
  const claimNodes = graph.nodes.filter((n) => n.kind === 'claim' && !n.external);
  const three = claimNodes.find((n) => answers(n.id) && answers(answers(n.id)!));
  const deep = three ?? claimNodes.find((n) => answers(n.id))!;
  expect(deep, 'the seeds hold an exchange').toBeTruthy();
  await openFromIndex(page, deep);
  const exchange = page.getByRole('region', { name: 'The exchange it belongs to' });
  const steps = exchange.getByRole('listitem');
  expect(await steps.count()).toBeGreaterThanOrEqual(three ? 3 : 2);
  await expect(steps.last()).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(await steps.count() - 2).getByRole('link', { name: cardName(nodes.get(answers(deep.id)!)!), exact: true })).toBeVisible();

  const lone = graph.nodes.find((n) => n.kind === 'claim' && !n.external && n.role === 'objection' && !graph.edges.some((e) => e.source === n.id && e.kind === 'rebuts'));
  if (lone) {
    await openFromIndex(page, lone);
    await expect(page.getByRole('region', { name: 'What it objects to' })).toBeVisible();
  }
});

test('the local graph: every node a link, two steps on demand, relations filtered, keyboard to a neighbour', async ({ page }) => {
  const graph = await graphOf(page);
  // A claim with a second ring and at least two kinds of link around it.
  const claim = graph.nodes.find((n) => {
    if (n.kind !== 'claim' || n.external) return false;
    const hood = neighbourhood(graph, n.id, { depth: 2 });
    return hood.nodes.some((x) => x.depth === 2) && new Set(hood.edges.map((e) => e.kind)).size >= 2 && hood.nodes.filter((x) => x.depth === 1).length >= 2;
  })!;
  const hood = neighbourhood(graph, claim.id, { depth: 2 });
  const ring = hood.nodes.filter((x) => x.depth === 1);
  await openFromIndex(page, claim);

  const figure = page.getByRole('group', { name: 'Local graph of this claim' });
  const nodes = figure.getByRole('link');
  await expect(nodes).toHaveCount(1 + ring.length);
  await expect(page.getByRole('list', { name: 'Linked claims and papers' }).locator(':scope > li')).toHaveCount(ring.length);

  const expand = page.getByRole('button', { name: 'Show two steps' });
  await expect(expand).toHaveAttribute('aria-pressed', 'false');
  await expand.click();
  await expect(expand).toHaveAttribute('aria-pressed', 'true');
  await expect(nodes).toHaveCount(hood.nodes.length);
  // The last filter in the page's order (the edges' order is the mining's, not the controls').
  const lastFilter = page.getByRole('group', { name: 'Links' }).getByRole('checkbox').last();
  await lastFilter.uncheck();
  await expect.poll(() => nodes.count()).toBeLessThan(hood.nodes.length);
  await lastFilter.check();
  await expect(nodes).toHaveCount(hood.nodes.length);

  // Keyboard: from the last control into the graph: the claim itself, then its first neighbour; Enter opens it.
  await lastFilter.focus();
  await page.keyboard.press('Tab');
  await expect(figure.getByRole('link', { name: /^This claim/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(figure.locator(':focus')).toHaveAttribute('href', ring[0]!.url);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${ring[0]!.url}$`));
});

test('client JavaScript only where a graph is drawn (besides the search loader)', async ({ page }) => {
  const graph = await graphOf(page);
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const lonely = graph.nodes.find((n) => n.kind === 'claim' && !linked.has(n.id))!;
  const busy = graph.nodes.find((n) => n.kind === 'claim' && linked.has(n.id))!;
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  const tags = () => page.locator('script').evaluateAll((s) => s.map((x) => new URL((x as HTMLScriptElement).src || 'inline:', location.href).pathname));
  const others = () => scripts.filter((s) => !SITE_WIDE_SCRIPTS.some((r) => r.test(s)));
  for (const path of ['./', 'claims/', 'papers/', 'authors/', 'authors/emanuelr/', 'papers/berglund-2023/', 'no/such/page/']) {
    await page.goto(path);
    expect((await tags()).filter((s) => !SITE_WIDE_SCRIPTS.some((r) => r.test(s))), path).toEqual([]);
  }
  await page.goto('authors/emanuelr/');
  await page.getByRole('link', { name: 'Read comment 1 by Emanuel Ruzak' }).click();
  // A claim with no link to draw: no graph, no script of its own.
  await page.goto(lonely.url);
  await expect(page.getByText('No links to other claims or papers were found for this claim.')).toBeVisible();
  expect(others()).toEqual([]);
  // A claim with links: the local graph's module (and what it imports), nothing else.
  await page.goto(busy.url);
  await expect(page.getByRole('group', { name: 'Local graph of this claim' })).toBeVisible();
  const own = (await tags()).filter((s) => !SITE_WIDE_SCRIPTS.some((r) => r.test(s)));
  expect(own).toHaveLength(1);
  expect(own[0]).toMatch(LOCAL_GRAPH_SCRIPT);
  expect(others().some((s) => LOCAL_GRAPH_SCRIPT.test(s))).toBe(true);
});

test('the local graph draws hostile labels as text', async ({ page }) => {
  const graph = await graphOf(page);
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const busy = graph.nodes.find((n) => n.kind === 'claim' && linked.has(n.id))!;
  const payload = '<img src=x onerror="window.__pwned=1">"></a><script>window.__pwned=2</script>';
  // Serve the real page with a neighbour's label replaced by markup, as a hostile comment could carry.
  await page.route(`**${busy.url}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-local-graph="([^"]*)"/, (_, attr: string) => {
      const data = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      data.nodes[1].label = payload;
      return `data-local-graph="${JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    await route.fulfill({ response, body: html });
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(busy.url);
  const figure = page.getByRole('group', { name: 'Local graph of this claim' });
  const hostile = figure.getByRole('link').nth(1);
  await hostile.focus();
  await expect(page.locator('.lg-caption')).toContainText(payload);
  await expect(hostile).toHaveAttribute('aria-label', new RegExp(payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('.lg-figure img, .lg-figure script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
