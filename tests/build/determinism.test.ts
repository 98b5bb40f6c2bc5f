/**
 * The same seeds give byte-identical content/ and dist/: mine and build once more into .tmp/again,
 * then compare every file with what `npm run build` made in content/ and dist/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sameTree(a: string, b: string) {
  const files = (dir: string) => globSync('**/*', { cwd: dir, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1)).sort();
  const fa = files(a);
  assert.deepEqual(files(b), fa, `${b} has the same files as ${a}`);
  const differ = fa.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  assert.deepEqual(differ, [], `files that differ between ${a} and ${b}`);
  return fa.length;
}

test('a second run gives byte-identical content/ and dist/', () => {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CRUXMAP_CONTENT: '.tmp/again/content', CRUXMAP_OUT: '.tmp/again/dist' };
  execFileSync('node', ['src/pipeline/cli.ts', '--quiet'], { env, stdio: 'pipe' });
  execFileSync('npx', ['astro', 'build'], { env, stdio: 'pipe' });
  const generated = ['authors', 'comments', 'claims', 'papers'];
  let n = 0;
  for (const dir of generated) n += sameTree(join('content', dir), join('.tmp/again/content', dir));
  assert.ok(n > 60, `${n} content files compared`);
  assert.ok(sameTree('dist', '.tmp/again/dist') > 60);
});
