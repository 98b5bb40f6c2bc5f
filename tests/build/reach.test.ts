/**
 * Over the built HTML (dist/ at the root, .tmp/dist-sub under /cruxmap/), as a reader clicking links:
 * every claim is at most three clicks from home, every rebuttal is one click from the claim it rebuts,
 * and client JavaScript is only where a local graph is drawn and on the map page (no inline script
 * anywhere, for CSP).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/schemas/graph.ts';
import { LOCAL_GRAPH_SCRIPT, MAP_SCRIPT, SITE_WIDE_SCRIPTS } from '../support/scripts.ts';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

interface Site {
  /** Page key ("" for home, "claims/x/") → its HTML. */
  html: Map<string, string>;
  /** Page key → keys of the pages it links to with <a href>. */
  links: Map<string, Set<string>>;
}

function read(dir: string, base: string): Site {
  const html = new Map<string, string>();
  for (const file of globSync('**/index.html', { cwd: dir })) html.set(file.replace(/index\.html$/, ''), readFileSync(join(dir, file), 'utf8'));
  const links = new Map<string, Set<string>>();
  for (const [key, page] of html) {
    const from = new URL(`http://site${base}${key}`);
    const out = new Set<string>();
    for (const [, href] of page.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const to = new URL(decode(href!), from);
      if (to.host !== 'site' || !to.pathname.startsWith(base)) continue;
      const target = decodeURIComponent(to.pathname.slice(base.length));
      if (html.has(target) && target !== key) out.add(target);
    }
    links.set(key, out);
  }
  return { html, links };
}

/** Fewest clicks from home to every page reachable from it. */
function clicks(site: Site): Map<string, number> {
  const depth = new Map([['', 0]]);
  let frontier = [''];
  while (frontier.length) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const to of site.links.get(key) ?? []) {
        if (depth.has(to)) continue;
        depth.set(to, depth.get(key)! + 1);
        next.push(to);
      }
    }
    frontier = next;
  }
  return depth;
}

const builds = [
  { dir: 'dist', base: '/' },
  { dir: '.tmp/dist-sub', base: '/cruxmap/' },
];

for (const { dir, base } of builds) {
  const site = read(dir, base);
  const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as Graph;
  const claimPages = [...site.html.keys()].filter((k) => /^claims\/[^/]+\/$/.test(k));
  const key = (url: string) => url.slice(base.length);

  test(`${base}: every claim is at most three clicks from home`, () => {
    assert.ok(claimPages.length > 100, `${claimPages.length} claim pages`);
    const depth = clicks(site);
    const far = claimPages.filter((k) => (depth.get(k) ?? Infinity) > 3).map((k) => `${k} (${depth.get(k) ?? 'unreachable'})`);
    assert.deepEqual(far, []);
  });

  test(`${base}: every rebuttal, support and caveat is one click from the claim it answers, and links back`, () => {
    const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    // The seeds' three authors never answer each other: most of their links are caveats and supports.
    const rebuts = graph.edges.filter((e) => e.kind === 'rebuts' || e.kind === 'supports' || e.kind === 'qualifies');
    assert.ok(graph.edges.some((e) => e.kind === 'rebuts'), 'the seeds have rebuttals');
    assert.ok(rebuts.length > 10, `${rebuts.length} rebuttals, supports and caveats`);
    for (const e of rebuts) {
      const rebuttal = key(nodes.get(e.source)!.url);
      const target = key(nodes.get(e.target)!.url);
      assert.ok(site.links.get(target)?.has(rebuttal), `${target} links to its rebuttal ${rebuttal}`);
      assert.ok(site.links.get(rebuttal)?.has(target), `${rebuttal} links back to ${target}`);
    }
  });

  test(`${base}: client JavaScript only where a local graph is drawn, and never inline`, () => {
    let graphs = 0;
    for (const [k, page] of site.html) {
      const tags = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const inline = tags.filter(([, attrs, body]) => !/\ssrc=/.test(attrs!) && body!.trim() && !/type="application\/(ld\+)?json"/.test(attrs!));
      assert.deepEqual(inline.map(([t]) => t!.slice(0, 80)), [], `${k || 'home'}: no inline script`);
      const srcs = tags.map(([, attrs]) => /\ssrc="([^"]*)"/.exec(attrs!)?.[1]).filter((s): s is string => !!s).filter((s) => !SITE_WIDE_SCRIPTS.some((r) => r.test(s)));
      if (page.includes('data-local-graph=')) {
        graphs++;
        assert.match(k, /^claims\//, 'only claim pages draw a local graph');
        assert.equal(srcs.length, 1, `${k}: one script`);
        assert.match(srcs[0]!, LOCAL_GRAPH_SCRIPT, `${k}: the local graph's script`);
      } else if (k === 'map/') {
        assert.equal(srcs.length, 1, 'map: one script');
        assert.match(srcs[0]!, MAP_SCRIPT, "map: the map's script");
      } else {
        assert.deepEqual(srcs, [], `${k || 'home'} has no graph, so no script`);
      }
    }
    assert.ok(graphs > 10, `${graphs} pages with a local graph`);
  });
}
