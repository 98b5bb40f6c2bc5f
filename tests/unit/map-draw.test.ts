import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Renderer, type Frame, type Scene } from '../../src/scripts/map/draw.ts';
import type { Theme } from '../../src/scripts/map/theme.ts';

/**
 * A 2D context that draws nothing, measures 6 px a character and records the texts it fills and,
 * in order, each fill and text with the colour it is painted in.
 */
function fakeCanvas() {
  const texts: string[] = [];
  const ops: string[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key === 'measureText') return (t: string) => ({ width: t.length * 6 });
      if (key === 'fillText') return (t: string) => (texts.push(t), ops.push(`text ${String(target.fillStyle)}`));
      if (key === 'fill') return () => ops.push(`fill ${String(target.fillStyle)}`);
      if (key in target) return target[key];
      return () => {};
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  return { texts, ops, canvas: { getContext: () => ctx } as unknown as HTMLCanvasElement };
}

/** Colours by name, so the order of the paints can be told apart. */
const named = (prefix: string) => new Proxy({}, { get: (_, key) => `${prefix}-${String(key)}` });
const theme = { bg: 'BG', fg: 'FG', muted: 'MUTED', border: 'BORDER', focus: 'FOCUS', accent: 'ACCENT', node: named('node'), relation: named('rel') } as unknown as Theme;

function scene(): Scene {
  const labels = ['a crux everyone argues over', 'the objection to it', 'a paper'];
  return {
    xs: Float64Array.from([100, 300, 200]),
    ys: Float64Array.from([100, 100, 250]),
    rs: Float64Array.from([8, 6, 6]),
    styles: ['claim', 'objection', 'paper'],
    crux: Uint8Array.from([1, 0, 0]),
    labels: (i) => [labels[i]!],
    required: Uint8Array.from([1, 1, 0]),
    order: Int32Array.from([0, 1, 2]),
    landmarks: Int32Array.from([0, 2]),
    edgeS: Int32Array.from([1]),
    edgeT: Int32Array.from([0]),
    edgeKind: Uint8Array.from([0]),
  };
}

const frame = (over: Partial<Frame> = {}): Frame => ({
  width: 600, height: 400, dpr: 1, k: 1, tx: 0, ty: 0,
  shownNodes: Uint8Array.from([1, 1, 1]), shownEdges: Uint8Array.from([1]),
  lit: null, hovered: null, hoveredEdge: null, selected: null, anchor: null, current: null, focused: false,
  visible: { x: 0, y: 0, w: 600, h: 400 }, reserved: [],
  ...over,
});

test('drawing the frame just measured paints the labels measured, without placing them again', () => {
  const { canvas, texts } = fakeCanvas();
  const s = scene();
  const r = new Renderer(canvas, s, theme, '');
  r.measure(frame());
  assert.equal(r.placements, 1);
  assert.deepEqual([r.labelCount, r.requiredCount, r.missingCount], [3, 2, 0]);
  r.draw(frame()); // an equal frame, made anew (as the map's frame() does)
  assert.equal(r.placements, 1, 'placed once, for the measure');
  assert.deepEqual(texts.sort(), ['a crux everyone argues over', 'a paper', 'the objection to it']);
  r.draw(frame());
  assert.equal(r.placements, 2, 'a measure serves one draw only');
});

test('a measured placement is not reused for another frame or moved nodes', () => {
  const { canvas } = fakeCanvas();
  const s = scene();
  const r = new Renderer(canvas, s, theme, '');
  r.measure(frame());
  r.draw(frame({ k: 1.5 }));
  assert.equal(r.placements, 2, 'another zoom');
  r.measure(frame());
  r.draw(frame({ shownNodes: Uint8Array.from([1, 1, 0]) }));
  assert.equal(r.placements, 4, 'other nodes shown');
  assert.equal(r.labelCount, 2);
  r.measure(frame());
  s.xs[1] = 320; // a node dragged between the measure and the draw
  r.draw(frame());
  assert.equal(r.placements, 6, 'a node moved');
  r.measure(frame());
  r.draw(frame({ hovered: 2 }));
  assert.equal(r.placements, 8, 'the reader points at a node');
});

test('nodes are drawn over the labels’ boxes and the words over both, so a label never hides a node', () => {
  const { canvas, ops } = fakeCanvas();
  const r = new Renderer(canvas, scene(), theme, '');
  r.draw(frame());
  const boxes = ops.lastIndexOf('fill BG');
  const firstNode = ops.findIndex((o) => o.startsWith('fill node-'));
  const lastNode = ops.findLastIndex((o) => o.startsWith('fill node-'));
  const firstText = ops.indexOf('text FG');
  assert.ok(boxes > 0 && firstNode > 0 && firstText > 0, ops.join(', '));
  assert.ok(boxes < firstNode, 'the labels’ boxes before the nodes');
  assert.ok(lastNode < firstText, 'the words after the nodes');
});
