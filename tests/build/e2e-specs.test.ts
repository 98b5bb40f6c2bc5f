/**
 * Every end-to-end spec, present and future, takes `test` from tests/e2e/fixtures.ts, whose page fails
 * on requests to other hosts, page errors and CSP reports. A spec importing '@playwright/test'
 * directly would silently lose those checks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';

test('every e2e spec imports test from ./fixtures.ts, none from @playwright/test', () => {
  const specs = globSync('tests/e2e/**/*.spec.ts').sort();
  assert.ok(specs.length >= 5, `${specs.length} specs`);
  const wrong = specs.filter((file) => {
    const source = readFileSync(file, 'utf8');
    const fromFixtures = /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'\.\/fixtures\.ts'/.test(source);
    // Types may still come from Playwright; a runtime import may not.
    const fromPlaywright = /import\s+(?!type\b)[^;]*?from\s*'@playwright\/test'/.test(source);
    return !fromFixtures || fromPlaywright;
  });
  assert.deepEqual(wrong, [], "these specs must `import { test, expect } from './fixtures.ts'`");
});
