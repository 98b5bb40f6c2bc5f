/**
 * Golden content: each case under tests/fixtures/<case>/ has seeds/ and the content/ the pipeline must
 * write for them (with content/overrides.yaml applied when the case has one). Regenerate with
 * `UPDATE_GOLDEN=1 npm run -s unit`, then review the diff like code: it is what readers will see.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, globSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENERATED_DIRS } from '../../src/pipeline/emit.ts';
import { mineFolder } from '../support/mine.ts';

const root = 'tests/fixtures';
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'seeds'))).map((d) => d.name).sort();

for (const name of cases) {
  test(`golden content: ${name}`, () => {
    const dir = join(root, name);
    const content = join(dir, 'content');
    const { files } = mineFolder(join(dir, 'seeds'), content);
    if (process.env.UPDATE_GOLDEN) {
      for (const d of GENERATED_DIRS) rmSync(join(content, d), { recursive: true, force: true });
      for (const [path, text] of files) {
        mkdirSync(dirname(join(content, path)), { recursive: true });
        writeFileSync(join(content, path), text);
      }
    }
    const onDisk = GENERATED_DIRS.flatMap((d) => globSync(`${d}/*.md`, { cwd: content })).sort();
    assert.deepEqual(onDisk, [...files.keys()].sort(), `${content} holds exactly the files mined from ${dir}/seeds (UPDATE_GOLDEN=1 to regenerate)`);
    for (const [path, text] of files) assert.equal(readFileSync(join(content, path), 'utf8'), text, `${content}/${path} is as mined`);
  });
}

test('there are golden cases in both layouts', () => {
  assert.ok(cases.includes('excerpt') && cases.includes('blank-lines'), cases.join(', '));
});
