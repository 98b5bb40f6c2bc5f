/**
 * The exports (/aif.json, /map.argdown) of both builds say the same as their /graph.json
 * (tests/support/exports.ts has the checks).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExports } from '../support/exports.ts';

for (const dir of ['dist', '.tmp/dist-sub']) {
  test(`${dir}: aif.json and map.argdown carry the statements and relations of graph.json`, () => {
    const { statements, relations } = checkExports(dir);
    assert.ok(statements > 50 && relations > 10, `${statements} statements, ${relations} relations`);
  });
}
