/**
 * The map's layout in the built site: positions ship in graph.json, are the same in both builds
 * (root and /cruxmap/: different URLs, same positions), and are a function of the graph alone.
 * The map page loads one external module script of its own (besides the site-wide search loader)
 * and nothing inline (CSP `script-src 'self'`); no other page loads it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { layoutGraph } from '../../src/lib/layout.ts';
import { graphSchema, type Graph } from '../../src/schemas/graph.ts';
import { SITE_WIDE_SCRIPTS } from '../support/scripts.ts';

const read = (path: string): Graph => graphSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
const positions = (g: Graph) => g.nodes.map((n) => `${n.id} ${n.x} ${n.y}`);

test('every node of graph.json has a position, identical in both builds', () => {
  const root = read('dist/graph.json');
  const sub = read('.tmp/dist-sub/graph.json');
  assert.ok(root.nodes.length > 50, `${root.nodes.length} nodes`);
  assert.ok(root.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)));
  assert.ok(sub.nodes.every((n) => n.url.startsWith('/cruxmap/')));
  assert.deepEqual(positions(sub), positions(root));
  const distinct = new Set(root.nodes.map((n) => `${n.x} ${n.y}`));
  assert.ok(distinct.size > root.nodes.length * 0.95, 'nodes are spread out, not stacked');
});

test('the positions are the layout of the graph itself', () => {
  const built = read('dist/graph.json');
  const bare: Graph = { ...built, nodes: built.nodes.map(({ x: _x, y: _y, ...n }) => n) };
  assert.deepEqual(positions(layoutGraph(bare)), positions(built));
});

test('the map page loads its own script as one external module, nothing inline; no other page loads it', () => {
  const html = readFileSync('dist/map/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.every((m) => m[2]!.trim() === ''), 'nothing inline');
  const own = scripts.map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? '').filter((src) => !SITE_WIDE_SCRIPTS.some((re) => re.test(src)));
  assert.equal(own.length, 1, `one script of its own: ${own.join(', ')}`);
  assert.match(scripts.find((m) => m[1]!.includes(own[0]!))![1]!, /type="module"/);
  const gz = gzipSync(readFileSync(`dist/${own[0]!.replace(/^\//, '')}`)).length;
  assert.ok(gz < 60_000, `map script is ${gz} bytes gzipped`);
  for (const page of globSync('dist/**/index.html').filter((p) => p !== 'dist/map/index.html')) {
    assert.doesNotMatch(readFileSync(page, 'utf8'), /map\.astro_astro_type_script/, page);
  }
});
