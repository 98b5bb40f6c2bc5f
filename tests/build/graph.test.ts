/** `/graph.json` in both builds: valid against its schema, no dangling edge, evidence on every edge. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { graphSchema, GRAPH_VERSION } from '../../src/schemas/graph.ts';

for (const [dir, base] of [['dist', '/'], ['.tmp/dist-sub', '/cruxmap/']] as const) {
  test(`graph.json under ${base} validates against its schema`, () => {
    const file = `${dir}/graph.json`;
    assert.ok(existsSync(file), `${file} exists`);
    const graph = graphSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    assert.equal(graph.version, GRAPH_VERSION);

    const ids = new Set(graph.nodes.map((n) => n.id));
    assert.equal(ids.size, graph.nodes.length, 'node ids are unique');
    const dangling = graph.edges.filter((e) => !ids.has(e.source) || !ids.has(e.target));
    assert.deepEqual(dangling, [], 'every edge endpoint is a node');
    const bare = graph.edges.filter((e) => !e.evidence.rule);
    assert.deepEqual(bare, [], 'every edge has evidence');
    for (const e of graph.edges) {
      if (e.kind === 'cites') assert.ok(e.target.startsWith('paper:') && e.source.startsWith('claim:'), `${e.source} cites ${e.target}`);
      else assert.ok(e.source.startsWith('claim:') && e.target.startsWith('claim:'), `${e.source} ${e.kind} ${e.target}`);
      if (e.kind === 'relates') assert.ok(e.evidence.score !== undefined && e.evidence.terms?.length, 'relates carries its score and terms');
    }

    // Every node's page exists in this build, under the base path.
    for (const n of graph.nodes) {
      assert.ok(n.url.startsWith(base), `${n.id}: ${n.url} is under ${base}`);
      assert.ok(existsSync(`${dir}/${n.url.slice(base.length)}index.html`), `${n.url} is a page of the build`);
      if (n.kind === 'claim' && !n.external) assert.ok(n.source && n.author && n.text, `${n.id} has its source, author and text`);
    }

    // The graph holds exactly the claims, papers and authors of content/.
    const count = (kind: string) => globSync(`content/${kind}/*.md`).length;
    assert.equal(graph.nodes.filter((n) => n.kind === 'claim').length, count('claims'));
    assert.equal(graph.nodes.filter((n) => n.kind === 'paper').length, count('papers'));
    assert.equal(graph.nodes.filter((n) => n.kind === 'author').length, count('authors'));
    assert.ok(graph.edges.some((e) => e.kind === 'rebuts') && graph.edges.some((e) => e.kind === 'relates') && graph.edges.some((e) => e.kind === 'cites'));
  });
}
