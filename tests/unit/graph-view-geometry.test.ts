import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cullLabels, edgeAt, fitCamera, NodeGrid, segmentDistance, type LabelBox } from '../../src/lib/map-geometry.ts';

const points = { xs: [0, 100, 100, -50], ys: [0, 0, 100, 500], rs: [5, 10, 5, 5] };

test('fit: every shown node inside the view, centred, never zoomed past the cap', () => {
  const cam = fitCamera(points, [1, 1, 1, 0], 400, 300, 20);
  // Extent with radii: x −5…110, y −10…105.
  assert.deepEqual([cam.x, cam.y], [52.5, 47.5]);
  // 115 wide in 400 − 2×20 px, 115 high in 300 − 2×20 px: height decides.
  assert.equal(cam.k, 260 / 115);
  assert.equal(fitCamera(points, [1, 0, 0, 0], 400, 300).k, 2.5, 'one node: capped zoom');
  assert.deepEqual(fitCamera(points, [0, 0, 0, 0], 400, 300), { x: 0, y: 0, k: 1 });
});

test('the grid finds the node under a point, counting its radius and the slop', () => {
  const grid = new NodeGrid(points, [1, 1, 1, 1], 40);
  assert.equal(grid.nodeAt(3, 3, 0), 0);
  assert.equal(grid.nodeAt(91, 0, 0), 1, 'inside the big node, far from its centre');
  assert.equal(grid.nodeAt(100, 88, 0), null);
  assert.equal(grid.nodeAt(100, 88, 8), 2, 'within slop');
  assert.equal(grid.nodeAt(-50, 497, 0), 3);
  assert.equal(new NodeGrid(points, [1, 1, 1, 0]).nodeAt(-50, 500, 4), null, 'hidden nodes are not hit');
});

test('edges: distance to a segment and the nearest shown edge', () => {
  assert.equal(segmentDistance(5, 3, 0, 0, 10, 0), 3);
  assert.equal(segmentDistance(-4, 3, 0, 0, 10, 0), 5, 'past the end: distance to the end point');
  const ends = { s: [0, 1], t: [1, 2] };
  assert.equal(edgeAt(points, ends, [1, 1], 50, 2, 4), 0);
  assert.equal(edgeAt(points, ends, [1, 1], 98, 50, 4), 1);
  assert.equal(edgeAt(points, ends, [0, 1], 50, 2, 4), null, 'hidden edge');
  assert.equal(edgeAt(points, ends, [1, 1], 50, 20, 4), null, 'too far');
});

test('labels: greedy in priority order, no two overlap, capped', () => {
  const box = (node: number, x: number, y: number, w = 50, h = 14): LabelBox => ({ node, x, y, w, h });
  const kept = cullLabels([box(0, 0, 0), box(1, 40, 5), box(2, 60, 0), box(3, 0, 14), box(4, 200, 200, 100)], 10, 32);
  assert.deepEqual(kept.map((b) => b.node), [0, 2, 3, 4], '1 overlaps 0; 3 only touches 0');
  for (const a of kept) for (const b of kept) if (a !== b) assert.ok(!(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h));
  assert.deepEqual(cullLabels([box(0, 0, 0), box(1, 100, 0), box(2, 200, 0)], 2).map((b) => b.node), [0, 1]);
});

test('labels keep out of taken areas (the map\'s buttons)', () => {
  const kept = cullLabels([{ node: 0, x: 10, y: 10, w: 50, h: 14 }, { node: 1, x: 100, y: 10, w: 50, h: 14 }], 10, 64, [{ node: -1, x: 0, y: 0, w: 60, h: 140 }]);
  assert.deepEqual(kept.map((b) => b.node), [1]);
});

test('labels: a dense pile keeps a readable few', () => {
  const pile = Array.from({ length: 2000 }, (_, i): LabelBox => ({ node: i, x: (i * 7) % 300, y: (i * 13) % 200, w: 80, h: 14 }));
  const kept = cullLabels(pile, 1000);
  assert.ok(kept.length > 10 && kept.length < 80, `${kept.length} labels kept`);
  assert.equal(kept[0]!.node, 0, 'the most important label always stays');
});
