import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shapePath } from '../../src/lib/shapes.ts';
import { NODE_STYLES } from '../../src/lib/visual.ts';

test('every shape of the visual language has a closed path of about the requested size', () => {
  for (const [key, style] of Object.entries(NODE_STYLES)) {
    const d = shapePath(style.shape, 10);
    assert.match(d, /^M.*Z$/, key);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    assert.ok(Math.max(...numbers.map(Math.abs)) <= 14, `${key} stays within 1.4 r`);
    assert.ok(Math.max(...numbers.map(Math.abs)) >= 8, `${key} is not tiny`);
  }
  assert.notEqual(shapePath('triangle', 10), shapePath('diamond', 10));
});
