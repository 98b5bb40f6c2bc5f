/**
 * The map, in real Chromium against both builds: it draws the seeds' graph, its nodes open their
 * pages, filters and focus change what is drawn and listed, the keyboard reaches a node, and the
 * view survives a reload. Expected counts come from the built graph.json through the same pure
 * functions (src/lib), so the tests follow the miner without restating its output.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { GRAPH_VERSION, type Graph } from '../../src/schemas/graph.ts';
import { applyFilters, indexGraph, mustLabel, DEFAULT_FILTERS } from '../../src/lib/graph-view.ts';
import { layoutGraph } from '../../src/lib/layout.ts';
import { labelNote } from '../../src/scripts/map/words.ts';
import { RELATION_STYLES } from '../../src/lib/visual.ts';
import { describeLink } from '../../src/lib/evidence.ts';
import { toScene } from '../../src/lib/map-geometry.ts';

async function loadGraph(page: Page): Promise<Graph> {
  return (await (await page.request.get('graph.json')).json()) as Graph;
}

/**
 * The known claim the tests click, find and focus: the seeds' best-linked mined claim (ties by id),
 * chosen from graph.json so the tests follow the miner. Its label must be unique.
 */
async function knownClaim(page: Page) {
  const graph = await loadGraph(page);
  const degree = new Map<string, number>();
  for (const e of graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const claims = graph.nodes.filter((n) => n.kind === 'claim' && !n.external && graph.nodes.filter((m) => m.label === n.label).length === 1);
  claims.sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  const node = claims[0]!;
  expect(degree.get(node.id) ?? 0, 'the known claim has links').toBeGreaterThan(1);
  // The panel's heading is the whole text, the map's label may be cut.
  return { graph, node, label: node.label, text: node.text ?? node.label };
}

async function openMap(page: Page, query = '') {
  await page.goto(`map/${query}`);
  await expect(mapStatus(page)).toContainText(/^Showing \d+ of \d+ nodes/);
}

const map = (page: Page) => page.getByRole('application', { name: 'Argument map' });
/** The map's own status line (the site's search box has another). */
const mapStatus = (page: Page) => page.locator('cruxmap-map').getByRole('status');

/** How many canvas pixels have exactly this colour (#rrggbb). */
function pixels(page: Page, colour: string): Promise<number> {
  return map(page).evaluate((canvas: HTMLCanvasElement, hex) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
    return n;
  }, colour);
}

const cssColour = (page: Page, name: string) => page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

/**
 * Where a node is on screen, from the camera the address holds (`at=x,y,k`: map centre, zoom, in
 * layout coordinates). On a tall screen the map may be drawn with its axes swapped and stretched.
 */
async function screenOf(page: Page, node: { x?: number | undefined; y?: number | undefined }) {
  await expect(page).toHaveURL(/[?&]at=/);
  const [x, y, k] = new URL(page.url()).searchParams.get('at')!.split(',').map(Number) as [number, number, number];
  const box = (await map(page).boundingBox())!;
  const [axes, stretch] = (await map(page).getAttribute('data-axes'))!.split(' ');
  const scene = { swap: axes === 'swapped', stretch: Number(stretch) };
  const [nx, ny] = toScene(scene, node.x!, node.y!);
  const [cx, cy] = toScene(scene, x, y);
  return { x: box.x + box.width / 2 + (nx - cx) * k, y: box.y + box.height / 2 + (ny - cy) * k };
}

/** Find a node by its label: the map brings it into view and opens its panel (and says so in the address). */
async function find(page: Page, label: string, text = label) {
  await page.getByRole('combobox', { name: 'Find a node' }).fill(label);
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible();
  await expect(page).toHaveURL(/[?&]node=/);
}

test('the map draws the seeds’ argument, with labels, papers and a legend', async ({ page }) => {
  const { graph, node } = await knownClaim(page);
  const ix = indexGraph(graph);
  const argument = applyFilters(ix, DEFAULT_FILTERS);
  expect(ix.unlinkedClaims, 'the seeds have claims with no link').toBeGreaterThan(0);
  await openMap(page);
  await expect(mapStatus(page)).toHaveText(
    `Showing ${argument.nodeCount} of ${graph.nodes.length} nodes and ${argument.edgeCount} of ${graph.edges.length} links. ${ix.unlinkedClaims} claims with no link left out.`,
  );
  await expect(map(page)).toBeVisible();
  expect(Number(await map(page).getAttribute('data-labels'))).toBeGreaterThan(3);
  expect(await pixels(page, await cssColour(page, '--role-paper'))).toBeGreaterThan(20);
  // Few on the seeds (7 rebuttals, a handful of objections in the argument view), but drawn.
  expect(await pixels(page, await cssColour(page, '--role-objection'))).toBeGreaterThan(8);
  const papers = graph.nodes.filter((n) => n.kind === 'paper').length;
  await expect(page.getByRole('checkbox', { name: `Paper ${papers}` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^rebuts \d+$/ })).toBeChecked();
  // The list alternative holds the same data.
  await expect(page.getByRole('heading', { level: 3, name: `Papers (${papers})` })).toBeVisible();
  await expect(page.locator('#map-list').getByRole('link', { name: node.text ?? node.label, exact: true }).first()).toBeVisible();
});

test('clicking a known claim node opens its panel, and from there its page', async ({ page }) => {
  const { node, label, text } = await knownClaim(page);
  await openMap(page);
  await find(page, label, text);
  await page.getByRole('button', { name: 'Close the panel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: text })).toBeHidden();
  await expect(page).not.toHaveURL(/node=/);
  const at = await screenOf(page, node);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole('complementary', { name: text });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3, name: /^Links \(\d+\)$/ })).toBeVisible();
  await panel.getByRole('link', { name: "Open the claim's page" }).click();
  await expect(page.getByRole('heading', { level: 1, name: node.text })).toBeVisible();
});

test('a double click on a node opens its page directly', async ({ page }) => {
  const { node, text } = await knownClaim(page);
  await openMap(page, `?node=${node.id}`);
  await expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible();
  const at = await screenOf(page, node);
  await page.mouse.dblclick(at.x, at.y);
  await expect(page.getByRole('heading', { level: 1, name: node.text })).toBeVisible();
});

test('a node can be dragged to a new place, where it stays', async ({ page }) => {
  const { node, label, text } = await knownClaim(page);
  await openMap(page);
  await find(page, label, text);
  await page.getByRole('button', { name: 'Close the panel' }).click();
  await expect(page).not.toHaveURL(/node=/);
  const from = await screenOf(page, node);
  const camera = new URL(page.url()).searchParams.get('at');
  const to = { x: from.x + 120, y: from.y + 60 };
  await page.mouse.move(to.x, to.y);
  await page.waitForTimeout(100);
  await expect(page.locator('.map-tooltip')).not.toContainText(label);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 12 * i, from.y + 6 * i);
  await page.mouse.up();
  // A drag that starts on a node moves the node, not the camera.
  await page.waitForTimeout(400);
  expect(new URL(page.url()).searchParams.get('at')).toBe(camera);
  await page.mouse.click(to.x, to.y);
  await expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible();
});

/** A point on one of the known claim's links that no node covers (nodes win over links under the pointer). */
async function linkSpot(page: Page) {
  const { graph, node, label, text } = await knownClaim(page);
  await openMap(page);
  await find(page, label, text);
  await page.getByRole('button', { name: 'Close the panel' }).click();
  await expect(page).not.toHaveURL(/node=/);
  // A point on one of its links that no node covers (nodes win over links under the pointer).
  const ix = indexGraph(graph);
  const clear = (x: number, y: number) => graph.nodes.every((n, i) => Math.hypot(n.x! - x, n.y! - y) > ix.radius[i]! + 12);
  let spot: { edge: (typeof graph.edges)[number]; x: number; y: number } | undefined;
  for (const edge of graph.edges.filter((e) => e.target === node.id || e.source === node.id)) {
    const a = graph.nodes.find((n) => n.id === edge.source)!;
    const b = graph.nodes.find((n) => n.id === edge.target)!;
    const t = [0.5, 0.4, 0.6, 0.3, 0.7].find((t) => clear(a.x! + (b.x! - a.x!) * t, a.y! + (b.y! - a.y!) * t));
    if (t !== undefined) {
      spot = { edge, x: a.x! + (b.x! - a.x!) * t, y: a.y! + (b.y! - a.y!) * t };
      break;
    }
  }
  expect(spot, 'a link of the known claim has a clear stretch').toBeDefined();
  return { edge: spot!.edge, at: await screenOf(page, spot!) };
}

test('hovering a link shows why it exists, in words', async ({ page }) => {
  const { edge, at } = await linkSpot(page);
  await page.mouse.move(at.x, at.y);
  const tip = page.locator('.map-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(RELATION_STYLES[edge.kind].label);
  await expect(tip).toContainText(describeLink(edge.kind, edge.evidence));
  await expect(tip).not.toContainText(edge.evidence.rule);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 812 } });
  test('a tap on a link shows why it exists, and a tap elsewhere hides it', async ({ page }) => {
    const { edge, at } = await linkSpot(page);
    await page.touchscreen.tap(at.x, at.y);
    const tip = page.locator('.map-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(describeLink(edge.kind, edge.evidence));
    await expect(page.locator('[data-map-announce]')).toContainText(describeLink(edge.kind, edge.evidence));
    const box = (await map(page).evaluate((c) => c.parentElement!.getBoundingClientRect().toJSON())) as DOMRect;
    await page.touchscreen.tap(box.right - 6, box.bottom - 6);
    await expect(tip).toBeHidden();
  });
});

test('a filter hides the papers: from the map, the counts, the list and the address', async ({ page }) => {
  const graph = await loadGraph(page);
  const ix = indexGraph(graph);
  const expected = applyFilters(ix, { ...DEFAULT_FILTERS, hiddenKinds: ['paper'] });
  await openMap(page);
  const paperColour = await cssColour(page, '--role-paper');
  expect(await pixels(page, paperColour)).toBeGreaterThan(20);
  await page.getByRole('checkbox', { name: /^Paper \d+$/ }).uncheck();
  await expect(mapStatus(page)).toContainText(`Showing ${expected.nodeCount} of ${graph.nodes.length} nodes and ${expected.edgeCount} of`);
  await expect.poll(() => pixels(page, paperColour)).toBe(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Papers (0)' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]hide=paper(&|$)/);
  // The view is in the address: a reload keeps it.
  await page.reload();
  await expect(mapStatus(page)).toContainText(`Showing ${expected.nodeCount} of`);
  await expect(page.getByRole('checkbox', { name: /^Paper \d+$/ })).not.toBeChecked();
});

test('focus mode shows only the neighbourhood, then the whole map again', async ({ page }) => {
  const { graph, node, label, text } = await knownClaim(page);
  const ix = indexGraph(graph);
  const one = applyFilters(ix, { ...DEFAULT_FILTERS, focus: node.id, hops: 1 });
  const two = applyFilters(ix, { ...DEFAULT_FILTERS, focus: node.id, hops: 2 });
  await openMap(page);
  await find(page, label, text);
  await page.getByRole('button', { name: 'Focus on this node' }).click();
  await expect(mapStatus(page)).toContainText(`Showing ${one.nodeCount} of ${graph.nodes.length} nodes`);
  await expect(page.getByText(`Focus: ${label}`)).toBeVisible();
  // The list shows the same neighbourhood: one link per shown claim or paper.
  const shownEntries = graph.nodes.filter((n, i) => one.nodes[i] && (n.kind === 'claim' || n.kind === 'paper')).length;
  await expect(page.locator('#map-list li[id] > a')).toHaveCount(shownEntries);
  await page.getByLabel('and what lies within').selectOption('2');
  await expect(mapStatus(page)).toContainText(`Showing ${two.nodeCount} of`);
  await expect(page).toHaveURL(new RegExp(`focus=${node.id}&hops=2`));
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  await expect(mapStatus(page)).toContainText(`Showing ${applyFilters(ix, DEFAULT_FILTERS).nodeCount} of ${graph.nodes.length} nodes`);
});

test('claims with no link are one switch away, counted, and in the list', async ({ page }) => {
  const graph = await loadGraph(page);
  const ix = indexGraph(graph);
  await openMap(page);
  const unlinked = graph.nodes.find((n, i) => n.kind === 'claim' && !ix.inArgument[i])!;
  // Left out of the map, but folded into the list.
  const folded = page.getByText(`Claims with no link (${ix.unlinkedClaims}), left out of the map`);
  await expect(folded).toBeVisible();
  await folded.click();
  await expect(page.locator('#map-list').getByRole('link', { name: unlinked.text ?? unlinked.label, exact: true }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: `Claims with no link ${ix.unlinkedClaims}` }).check();
  await expect(mapStatus(page)).toHaveText(`Showing ${graph.nodes.length} of ${graph.nodes.length} nodes and ${graph.edges.length} of ${graph.edges.length} links.`);
  await expect(page).toHaveURL(/[?&]unlinked=1(&|$)/);
  await expect(folded).toBeHidden();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test(`at ${viewport.width}×${viewport.height} the map fits the screen and labels every crux and every rebutted node`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openMap(page);
    const box = (await map(page).evaluate((c) => c.parentElement!.getBoundingClientRect().toJSON())) as DOMRect;
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    const required = Number(await map(page).getAttribute('data-labels-required'));
    const { graph } = await knownClaim(page);
    const ix = indexGraph(graph);
    const must = ix.nodes.filter((_, i) => mustLabel(ix, i)).length;
    expect(required, 'the seeds have rebutted claims').toBeGreaterThan(3);
    // Every one of them is in the first view (the seeds' debate is small enough to show whole), and labelled.
    expect(required).toBe(must);
    await expect(map(page)).toHaveAttribute('data-labels-missing', '0');
    await expect(page.getByRole('group', { name: 'Exchanges shown' })).toBeHidden();
    await expect(page.locator('[data-map-labels]')).toBeHidden();
    // The first view was measured whole, then drawn once with the labels it placed.
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => performance.getEntriesByName('cruxmap:draw').length), 'full draws of the first view').toBe(1);
  });
}

/**
 * A debate too big to label at once: 170 exchanges (an outside claim and the objection that rebuts
 * it, as most of lw-dev's exports are), laid out by the build's layout. Per relates link, a claim with
 * no rebuttal joins two exchanges' neighbourhoods.
 */
function bigDebate(): Graph {
  const nodes: Graph['nodes'] = [];
  const edges: Graph['edges'] = [];
  const authors = ['ann', 'bob', 'cat', 'dan', 'eve'];
  for (const a of authors) nodes.push({ id: `author:${a}`, kind: 'author', label: a.toUpperCase(), url: '/authors/' });
  const words = ['models', 'scheming', 'takeoff', 'alignment', 'control', 'evidence', 'training', 'deception', 'oversight', 'capabilities'];
  for (let k = 0; k < 170; k++) {
    const topic = `${words[k % 10]} ${words[(k * 7 + 3) % 10]} ${k}`;
    nodes.push({ id: `claim:t${k}`, kind: 'claim', role: 'claim', external: true, label: `the point that ${topic} matters most here`, url: '/claims/' });
    nodes.push({ id: `claim:o${k}`, kind: 'claim', role: 'objection', author: authors[k % 5], label: `But ${topic} says nothing of the kind`, url: '/claims/' });
    edges.push({ source: `claim:o${k}`, target: `claim:t${k}`, kind: 'rebuts', evidence: { rule: 'override' } });
    if (k % 3 === 0 && k > 0) edges.push({ source: `claim:o${k}`, target: `claim:o${k - 1}`, kind: 'relates', evidence: { rule: 'override' } });
  }
  return layoutGraph({ version: GRAPH_VERSION, nodes, edges });
}

test('an address with only parameters the map does not know (a newsletter link) still opens on the most contested exchanges', async ({ page }) => {
  await page.route('**/graph.json', (route) => route.fulfill({ json: bigDebate() }));
  await openMap(page, '?utm_source=newsletter');
  const bar = page.getByRole('group', { name: 'Exchanges shown' });
  await expect(bar).toBeVisible();
  await expect(bar.locator('[data-pager-text]')).toHaveText(/^Exchanges 1–\d+ of 170$/);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test(`at ${viewport.width}×${viewport.height} a debate too big to label at once opens on its most contested exchanges, every one labelled`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.route('**/graph.json', (route) => route.fulfill({ json: bigDebate() }));
    await openMap(page);
    const bar = page.getByRole('group', { name: 'Exchanges shown' });
    await expect(bar).toBeVisible();
    const text = (await bar.locator('[data-pager-text]').textContent())!;
    const [, from, to] = text.match(/^Exchanges (\d+)–(\d+) of 170$/) ?? [];
    expect(Number(from), text).toBe(1);
    const per = Number(to);
    expect(per).toBeGreaterThan(1);
    await expect(map(page)).toHaveAttribute('data-labels-missing', '0');
    const required = Number(await map(page).getAttribute('data-labels-required'));
    expect(required).toBeGreaterThanOrEqual(per);
    // All but a quarter at most say more than a word or two (the first view's rule for a part).
    await expect(map(page)).toHaveAttribute('data-labels-cramped', /^\d+$/);
    expect(Number(await map(page).getAttribute('data-labels-cramped'))).toBeLessThanOrEqual(required / 4);
    await expect(page.locator('[data-map-labels]')).toBeHidden();
    // The next part, in the address too: as many as keep their labels, at most as many as the first.
    await bar.getByRole('button', { name: 'Next exchanges' }).click();
    await expect(bar).toContainText(new RegExp(`Exchanges? ${per + 1}(–\\d+)? of 170`));
    const [, next] = (await bar.locator('[data-pager-text]').textContent())!.match(/(\d+) of 170$/)!;
    expect(Number(next) - per).toBeLessThanOrEqual(per);
    await expect(page).toHaveURL(new RegExp(`[?&]ex=${per + 1}-${next}(&|$)`));
    await expect(map(page)).toHaveAttribute('data-labels-missing', '0');
    await bar.getByRole('button', { name: 'Previous exchanges' }).click();
    await expect(map(page)).toHaveAttribute('data-labels-missing', '0');
    await expect(bar.getByRole('button', { name: 'Previous exchanges' })).toBeDisabled();
    // A focus is a part of its own: the bar hides, and comes back with the part when the focus ends.
    await page.goto(`map/?ex=1-${per}&focus=claim:t0`);
    await expect(mapStatus(page)).toContainText(/^Showing \d+ of/);
    await expect(bar).toBeHidden();
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await expect(bar).toBeVisible();
    await expect(bar).toContainText(`Exchanges 1–${per} of 170`);
    // The whole debate is one switch away: there, the note says how many carry a label.
    await bar.getByRole('button', { name: 'Show all' }).click();
    await expect(bar).toContainText('All 170 exchanges');
    await expect(map(page)).toHaveAttribute('data-labels-required', '170');
    const missing = Number(await map(page).getAttribute('data-labels-missing'));
    expect(missing, 'the whole debate cannot be labelled on this screen').toBeGreaterThan(0);
    await expect(page.locator('[data-map-labels]')).toHaveText(labelNote(170, missing, true));
    test.info().annotations.push({ type: 'whole debate labelled', description: `${170 - missing} of 170 (first view: ${per} exchanges a page)` });
    await bar.getByRole('button', { name: 'A few at a time' }).click();
    await expect(bar).toContainText(`Exchanges 1–${per} of 170`);
  });
}

test('the map links its three exports, saying what each is for', async ({ page }) => {
  await openMap(page);
  const exports = page.getByRole('region', { name: 'The map as data' });
  for (const file of ['map.argdown', 'aif.json', 'graph.json']) {
    const link = exports.getByRole('link', { name: file, exact: true });
    await expect(link).toBeVisible();
    expect((await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href)).ok()).toBe(true);
  }
  await expect(exports).toContainText('Argdown');
  await expect(exports).toContainText('AIF');
  await expect(exports).toContainText('your own code');
});

test('the keyboard reaches a node, opens it and follows it to its page', async ({ page }) => {
  await openMap(page);
  // Tab from the find box's button: the map is the next stop.
  await page.getByRole('button', { name: 'Show', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(map(page)).toBeFocused();
  const live = page.locator('[data-map-announce]');
  await expect(live).not.toBeEmpty();
  const first = await live.textContent();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(live).not.toHaveText(first!);
  await page.keyboard.press('Enter');
  const heading = page.locator('#map-panel-title');
  await expect(heading).toBeVisible();
  await expect(live).toContainText('Opened in the panel');
  // The panel comes next in the tab order: close button, then the page link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close the panel' })).toBeFocused();
  await page.keyboard.press('Tab');
  const link = page.getByRole('link', { name: /^Open the (claim|paper|author)'s page$/ });
  await expect(link).toBeFocused();
  const target = new URL((await link.getAttribute('href'))!, page.url()).href;
  expect(target).toMatch(/\/(claims|papers|authors)\/[^/]+\/$/);
  await page.keyboard.press('Enter');
  // The link's page, not the map: the map has an h1 of its own, which is visible until the new page
  // commits, and Enter can return before the navigation starts on a busy machine.
  await expect(page).toHaveURL(target);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Map of the debate');
});

test('only the map page loads the map’s script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  const entries = () => scripts.filter((s) => /\/_astro\/map\.astro[^/]*\.js$/.test(s));
  await openMap(page);
  expect(entries()).toHaveLength(1);
  // The entry and the chunks it imports (shared with the local graphs), all from this site.
  expect(scripts.every((s) => /\/_astro\/[^/]+\.js$/.test(s))).toBe(true);
  await page.goto('./');
  await page.goto('authors/');
  expect(entries()).toHaveLength(1);
});

test('hostile labels and evidence stay text on the map, in the panel, the tooltip and the list', async ({ page }) => {
  const { graph, node } = await knownClaim(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const hostile: Graph = {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === node.id ? { ...n, label: `${payload} label`, text: `${payload} text` } : n)),
    // Every edge's evidence quotes its cue under `override` (whatever rule the seeds' edges have).
    edges: graph.edges.map((e) => ({ ...e, evidence: { ...e.evidence, rule: 'override' as const, cue: payload } })),
  };
  await page.route('**/graph.json', (route) => route.fulfill({ json: hostile }));
  await openMap(page, `?node=${node.id}`);
  const panel = page.getByRole('complementary', { name: `${payload} text` });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: `${payload} text` })).toBeVisible();
  await expect(panel.getByText(`“${payload}”`).first()).toBeVisible();
  await expect(page.locator('#map-list').getByRole('link', { name: `${payload} text` })).toBeVisible();
  expect(await page.locator('cruxmap-map img, #map-list img, cruxmap-map script, #map-list script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG A/AA violations on the map with a panel open (${scheme})`, async ({ page }) => {
    // axe walks the whole page: slow on a busy machine.
    test.setTimeout(90_000);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const { node, text } = await knownClaim(page);
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, `?node=${node.id}`);
    await expect(page.getByRole('heading', { level: 2, name: text })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}
