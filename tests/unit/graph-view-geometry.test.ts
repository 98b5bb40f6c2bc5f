import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseAxes, edgeAt, fitCamera, freeArea, MAX_STRETCH, NodeGrid, placeLabels, segmentDistance, toLayout, toScene, type LabelBox, type LabelRequest } from '../../src/lib/map-geometry.ts';

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

const overlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const VIEW = { x: 0, y: 0, w: 400, h: 300 };
const ask = (node: number, x: number, y: number, widths: number[], required = false): LabelRequest => ({ node, x, y, r: 5, widths, required });

test('fit into the part of the view a panel leaves: the picture is centred there', () => {
  const area = { x: 0, y: 0, w: 400, h: 150 };
  const cam = fitCamera(points, [1, 1, 1, 0], 400, 300, 20, 2.5, area);
  assert.equal(cam.k, 110 / 115, 'the free height decides');
  // The extent's centre (52.5, 47.5) lands at the area's centre (200, 75), not the view's (200, 150).
  assert.equal(Math.round((52.5 - cam.x) * cam.k + 200), 200);
  assert.equal(Math.round((47.5 - cam.y) * cam.k + 150), 75);
});

test('the free part of the view: the biggest strip a panel leaves', () => {
  assert.deepEqual(freeArea(400, 300, null), { x: 0, y: 0, w: 400, h: 300 });
  assert.deepEqual(freeArea(400, 300, { x: 0, y: 180, w: 400, h: 200 }), { x: 0, y: 0, w: 400, h: 180 }, 'a panel at the bottom');
  assert.deepEqual(freeArea(400, 300, { x: 260, y: 8, w: 140, h: 284 }), { x: 0, y: 0, w: 260, h: 300 }, 'a panel on the right');
  assert.deepEqual(freeArea(400, 300, { x: 500, y: 0, w: 100, h: 300 }), { x: 0, y: 0, w: 400, h: 300 }, 'beside the view, not over it');
  // Then the zoom buttons, in what the panel left: the strip beside them.
  assert.deepEqual(freeArea(400, 300, { x: 8, y: 8, w: 40, h: 120 }, { x: 0, y: 0, w: 400, h: 180 }), { x: 48, y: 0, w: 352, h: 180 });
});

test('labels: in priority order, right of the node, then left; none overlap or leave the view', () => {
  const kept = placeLabels([ask(0, 10, 10, [50]), ask(1, 30, 12, [50]), ask(2, 300, 100, [150]), ask(3, 200, 200, [40])], VIEW, 14, 10);
  assert.deepEqual(kept.map((b) => [b.node, b.x]), [[0, 18], [2, 142], [3, 208]], '1 collides on both sides; 2 would leave the view on the right');
  for (const a of kept) for (const b of kept) if (a !== b) assert.ok(!overlap(a, b));
  assert.equal(placeLabels([ask(0, 10, 10, [50]), ask(1, 100, 100, [50]), ask(2, 200, 200, [50])], VIEW, 14, 2).length, 2, 'capped');
});

test('a required label tries every side and its shorter versions before it gives up, and is not capped', () => {
  // Node 0's label holds the space right of node 1; left is off the view: node 1 goes above or below.
  const kept = placeLabels([ask(0, 60, 50, [120]), ask(1, 20, 50, [120, 30], true)], VIEW, 14, 0);
  assert.deepEqual(kept.map((b) => b.node), [1], 'the optional one is capped at 0, the required one is not');
  const squeezed = placeLabels([ask(0, 10, 10, [300]), ask(1, 20, 30, [300, 150, 60], true)], { x: 0, y: 0, w: 320, h: 45 }, 14, 10);
  const one = squeezed.find((b) => b.node === 1)!;
  assert.ok(one && one.version > 0, 'a shorter version fits where the long one does not');
  for (const a of squeezed) for (const b of squeezed) if (a !== b) assert.ok(!overlap(a, b));
});

test('labels keep out of taken areas (the map\'s buttons)', () => {
  const kept = placeLabels([ask(0, 5, 17, [50]), ask(1, 100, 17, [50])], VIEW, 14, 10, [{ x: 0, y: 0, w: 60, h: 140 }]);
  assert.deepEqual(kept.map((b) => b.node), [1]);
});

test('labels keep off other nodes where their version has another place, and cover one only where it has none', () => {
  const node = (x: number, y: number) => ({ x: x - 3, y: y - 3, w: 6, h: 6 });
  // A node 30 px right of node 0: its label goes left instead of over it.
  const [left] = placeLabels([ask(0, 100, 100, [50])], VIEW, 14, 10, [], 64, Infinity, [node(130, 100)]);
  assert.equal(left!.x, 100 - 5 - 3 - 50);
  assert.equal(placeLabels([ask(0, 100, 100, [50])], VIEW, 14, 10)[0]!.x, 108, 'without nodes to avoid, right of the node');
  // Nodes on both sides: an optional label is still placed, over one of them (right, its first place).
  const [over] = placeLabels([ask(0, 100, 100, [50])], VIEW, 14, 10, [], 64, Infinity, [node(130, 100), node(70, 100)]);
  assert.equal(over!.x, 108);
  // A required label takes a clean place of its long version (above, below…) before a shorter one.
  const [req] = placeLabels([ask(0, 100, 100, [50, 20], true)], VIEW, 14, 10, [], 64, Infinity, [node(130, 100), node(70, 100)]);
  assert.deepEqual([req!.version, req!.x, req!.y], [0, 75, 100 - 5 - 2 - 14], 'above the node, in full');
  // Its own node never stands in its way.
  const [own] = placeLabels([ask(0, 100, 100, [50])], VIEW, 14, 10, [], 64, Infinity, [node(100, 100)]);
  assert.equal(own!.x, 108);
});

test('an optional label tries the versions from `from` to `to`, longest first; without `to`, its first only', () => {
  const narrow = { x: 0, y: 0, w: 150, h: 100 };
  assert.equal(placeLabels([ask(0, 20, 50, [200, 60])], narrow, 14, 10).length, 0, 'the long version does not fit');
  assert.equal(placeLabels([{ ...ask(0, 20, 50, [200, 60]), to: 2 }], narrow, 14, 10)[0]!.version, 1);
  assert.equal(placeLabels([{ ...ask(0, 20, 50, [100, 60]), to: 2 }], narrow, 14, 10)[0]!.version, 0, 'where it fits, the longer one');
});

test('labels: a dense pile keeps a readable few', () => {
  const pile = Array.from({ length: 2000 }, (_, i) => ask(i, 40 + ((i * 7) % 300), 20 + ((i * 13) % 200), [80]));
  const kept = placeLabels(pile, VIEW, 14, 1000);
  assert.ok(kept.length > 10 && kept.length < 80, `${kept.length} labels kept`);
  assert.equal(kept[0]!.node, 0, 'the most important label always stays');
});

test('axes: a wide layout on a tall view is swapped, then stretched to fill it, and the address keeps layout coordinates', () => {
  const wide = { xs: [0, 400, 150], ys: [0, 250, 50] };
  assert.deepEqual(chooseAxes(wide, [1, 1, 1], 800, 500), { swap: false, stretch: 1 }, 'a layout of the view\'s shape: as laid out');
  assert.deepEqual(chooseAxes(wide, [1, 1, 1], 800, 560), { swap: false, stretch: 1.12 }, 'a taller view: stretched to fill it');
  const phone = chooseAxes(wide, [1, 1, 1], 340, 480);
  assert.equal(phone.swap, true);
  assert.equal(phone.stretch, 1, 'swapped, 250 × 400 in 340 × 480 is already tall enough');
  const square = { xs: [0, 100], ys: [0, 100] };
  assert.deepEqual(chooseAxes(square, [1, 1], 340, 800), { swap: false, stretch: MAX_STRETCH }, 'stretched at most MAX_STRETCH');
  assert.deepEqual(chooseAxes(square, [0, 0], 340, 480), { swap: false, stretch: 1 }, 'nothing shown');
  for (const axes of [phone, { swap: false, stretch: 1.3 }]) {
    const [x, y] = toScene(axes, 12.5, -40);
    assert.deepEqual(toLayout(axes, x, y).map((v) => Math.round(v * 1e9) / 1e9), [12.5, -40]);
  }
  assert.deepEqual(toScene(phone, 1, 2), [2, 1]);
});

test('a required label first placed short grows back where the room is still free', () => {
  // Node 1's label may first try only its short version (from: 1); once node 0's label is placed, the long one still fits.
  const kept = placeLabels([{ ...ask(1, 100, 100, [200, 60], true), from: 1 }, ask(0, 100, 30, [50])], VIEW, 14, 10);
  const one = kept.find((b) => b.node === 1)!;
  assert.equal(one.version, 0, 'grown to the long version');
  assert.equal(kept.length, 2);
  // With a wall right of and left of it, it stays short.
  const walls = [{ x: 170, y: 0, w: 30, h: 400 }, { x: 0, y: 0, w: 40, h: 400 }];
  const tight = placeLabels([{ ...ask(1, 100, 100, [200, 60], true), from: 1 }], VIEW, 14, 10, walls);
  assert.equal(tight[0]!.version, 1);
  // No wider than `grow`.
  assert.equal(placeLabels([{ ...ask(1, 100, 100, [200, 60], true), from: 1 }], VIEW, 14, 10, [], 64, 100)[0]!.version, 1);
});
