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
    // Not vacuous: the seeds' claims, and their rebuttals and supports (few: the three seed authors never
    // answer each other, and caveats, which qualify, are no argument relation in AIF or Argdown).
    assert.ok(statements > 50 && relations > 5, `${statements} statements, ${relations} relations`);
  });
}
