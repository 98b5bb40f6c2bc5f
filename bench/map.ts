/**
 * Map bench: a synthetic graph of 5,000 nodes and 15,000 edges (bench/gen-graph.ts), laid out by
 * the build-time layout, dropped into a real build in place of the seeds' graph.json, served, and
 * measured in headless Chromium: time to first draw, frames per second during a scripted pan and a
 * scripted zoom (requestAnimationFrame callbacks counted in the page), and the map's JavaScript
 * gzipped. Prints a Markdown table for BENCHMARKS.md.
 *
 *   node bench/map.ts [--nodes 5000] [--edges 15000] [--runs 5] [--port 4376] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { generateGraph } from './gen-graph.ts';
import { clearLayoutCache, defaultTicks, layoutGraph } from '../src/lib/layout.ts';
import { serve } from '../tests/support/serve.ts';
import { SITE_WIDE_SCRIPTS } from '../tests/support/scripts.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '15000' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4376' },
    'no-build': { type: 'boolean', default: false },
  },
});
// Under .tmp (ignored by git and the type check; npm test clears it).
const OUT = '.tmp/bench-map';
const nodes = Number(values.nodes);
const edges = Number(values.edges);
const runs = Number(values.runs);
const port = Number(values.port);
const loadStart = loadavg();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!values['no-build']) {
  const env = { ...process.env, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', CRUXMAP_OUT: OUT };
  const r = spawnSync('npm', ['run', '-s', 'build'], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
}

const raw = generateGraph({ nodes, edges });
const layoutMs: number[] = [];
const layoutCpuMs: number[] = [];
let graph = raw;
for (let i = 0; i < 3; i++) {
  clearLayoutCache();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  graph = layoutGraph(raw);
  const c = process.cpuUsage(c0);
  layoutMs.push(performance.now() - t0);
  layoutCpuMs.push((c.user + c.system) / 1000);
}
const json = JSON.stringify(graph);
writeFileSync(`${OUT}/graph.json`, json);


const server = await serve(OUT, '/', port);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking'],
});

/** Count requestAnimationFrame callbacks while `action` runs; frames per second and the worst frame. */
async function fps(page: Page, action: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      if (!w.__counting) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const seconds = (frames.at(-1)! - frames[0]!) / 1000;
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { fps: (frames.length - 1) / seconds, worst: Math.max(...gaps), seconds };
}

// The map's JavaScript: every script the map page loads but the site-wide search loader.
const scripts = new Set<string>();
const loaded: number[] = [];
const indexed: number[] = [];
const firstDraw: number[] = [];
const listed: number[] = [];
const pans: number[] = [];
const zooms: number[] = [];
const worst: number[] = [];
const drawMs: number[] = [];
const panFull: number[] = [];
const zoomFull: number[] = [];
let labels = 0;
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (r.resourceType() === 'script' && !SITE_WIDE_SCRIPTS.some((re) => re.test(path))) scripts.add(path);
  });
  // Every node, the unlinked ones too: the same load as the figures before the map opened on the argument.
  await page.goto(`http://127.0.0.1:${port}/map/?unlinked=1`);
  await page.waitForFunction(() => performance.getEntriesByName('cruxmap:map-listed').length > 0, undefined, { timeout: 30_000 });
  // The map's phases (src/scripts/map/map.ts's marks), from navigation start.
  const marks = await page.evaluate(() => ({
    loaded: performance.getEntriesByName('cruxmap:map-loaded')[0]!.startTime,
    indexed: performance.getEntriesByName('cruxmap:map-indexed')[0]!.startTime,
    drawn: performance.getEntriesByName('cruxmap:map-drawn')[0]!.startTime,
    listed: performance.getEntriesByName('cruxmap:map-listed')[0]!.startTime,
  }));
  loaded.push(marks.loaded);
  indexed.push(marks.indexed);
  firstDraw.push(marks.drawn);
  listed.push(marks.listed);
  const box = (await page.getByRole('application', { name: 'Argument map' }).boundingBox())!;
  // Pan from a spot near the centre with no node under it: a drag that starts on a node moves the node.
  let cx = box.x + box.width / 2;
  let cy = box.y + box.height / 2;
  // The map shows a pointer cursor over nodes only; a spot counts when no node is within 6 px.
  const overNode = async (x: number, y: number) => {
    await page.mouse.move(x, y);
    await page.waitForTimeout(40);
    return (await page.getByRole('application', { name: 'Argument map' }).evaluate((c) => (c as HTMLElement).style.cursor)) === 'pointer';
  };
  search: for (let r = 0; r < 300; r += 12) {
    for (let a = 0; a < 2 * Math.PI; a += Math.PI / 6) {
      const x = cx + r * Math.cos(a);
      const y = cy + r * Math.sin(a);
      let clear = true;
      for (const [dx, dy] of [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6]] as const) if (await overNode(x + dx, y + dy)) (clear = false);
      if (clear) {
        (cx = x), (cy = y);
        break search;
      }
    }
  }
  // Pan: drag a loop around that spot for ~2 s (a real mouse, through CDP, as a reader would).
  await page.mouse.move(cx, cy);
  await page.evaluate(() => performance.clearMeasures('cruxmap:draw'));
  const pan = await fps(page, async () => {
    await page.mouse.down();
    for (let i = 0; i <= 120; i++) {
      const a = (i / 120) * 2 * Math.PI;
      await page.mouse.move(cx + 200 * Math.sin(a), cy + 120 * (1 - Math.cos(a)) - 120);
      await page.waitForTimeout(14);
    }
    await page.mouse.up();
  });
  // Zoom: wheel in towards the centre and back out.
  const panned = await page.evaluate(() => performance.getEntriesByName('cruxmap:draw').map((e) => e.duration));
  drawMs.push(...panned);
  panFull.push(panned.length);
  await page.evaluate(() => performance.clearMeasures('cruxmap:draw'));
  const zoom = await fps(page, async () => {
    for (let i = 0; i < 80; i++) {
      await page.mouse.wheel(0, i < 40 ? -60 : 60);
      await page.waitForTimeout(14);
    }
  });
  const zoomed = await page.evaluate(() => performance.getEntriesByName('cruxmap:draw').map((e) => e.duration));
  drawMs.push(...zoomed);
  zoomFull.push(zoomed.length);
  pans.push(pan.fps);
  zooms.push(zoom.fps);
  worst.push(Math.max(pan.worst, zoom.worst));
  labels = Number(await page.getByRole('application', { name: 'Argument map' }).getAttribute('data-labels'));
  await context.close();
}
await browser.close();
server.close();

const js = [...scripts].sort().map((s) => readFileSync(`${OUT}${s}`));
const jsBytes = js.reduce((n, b) => n + b.length, 0);
const jsGzip = js.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Map bench: ${graph.nodes.length} nodes, ${graph.edges.length} edges (bench/gen-graph.ts, seed 1), ${runs} page loads at 1280×900, headless Chromium`);
// Other work on the machine skews every figure: the load average says how busy it was.
console.log(`Machine: ${cpus()[0]?.model} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average at the start ${loadStart.map((l) => l.toFixed(1)).join(' ')}, at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| measure | median | all runs |');
console.log('| --- | --- | --- |');
const row = (name: string, xs: number[], unit: string, digits = 0) => console.log(`| ${name} | ${median(xs).toFixed(digits)} ${unit} | ${xs.map((x) => x.toFixed(digits)).join(', ')} |`);
row(`build-time layout (${defaultTicks(nodes)} ticks), wall`, layoutMs, 'ms');
row('build-time layout, CPU', layoutCpuMs, 'ms');
row('graph.json loaded and parsed (navigation start → map-loaded)', loaded, 'ms');
row('graph indexed, scene built (→ map-indexed)', indexed, 'ms');
row('time to first draw (navigation start → map drawn)', firstDraw, 'ms');
row('list alternative rendered', listed, 'ms');
row('pan (mouse drag, ~2 s)', pans, 'fps', 1);
row('zoom (wheel, ~1.5 s)', zooms, 'fps', 1);
row('worst frame gap, pan or zoom', worst, 'ms');
const sorted = [...drawMs].sort((a, b) => a - b);
console.log(`| one full draw (${drawMs.length} during the pans and zooms; other frames move the last drawing) | ${median(drawMs).toFixed(1)} ms | p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms |`);
row('full draws per pan', panFull, '');
row('full draws per zoom', zoomFull, '');
console.log(`| labels drawn after the zoom | ${labels} | |`);
console.log(`| graph.json | ${mb(json.length)} (${mb(gzipSync(json).length)} gzipped) | |`);
console.log(`| map JavaScript (${js.length} files) | ${kb(jsBytes)} (${kb(jsGzip)} gzipped) | |`);
