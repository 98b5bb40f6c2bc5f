/** The frontmatter writer: everything it writes reads back, with the `yaml` package, as the same data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { toYaml } from '../../src/pipeline/yaml.ts';
import { mineFolder } from '../support/mine.ts';

const roundTrip = (data: Record<string, unknown>) => assert.deepEqual(parse(toYaml(data)), JSON.parse(JSON.stringify(data)), toYaml(data));

test('awkward strings read back as written', () => {
  for (const s of [
    'plain words', 'yes', 'No', 'null', '~', '123', '1.5', '2024-01-02', '0x1F', '1e3', '000_5a90ada43e1ffc59.txt', 'key: value', 'ends with:', 'a # comment',
    '- dash', '> quote', '"quoted"', "'single'", '[list]', '{map}', '@handle', '&anchor', '*alias', '!tag', '%directive', '`tick`', '|pipe',
    ' leading space', 'trailing space ', 'two\n\nparagraphs', 'line\n  indented', 'ends with newline\n', '\nstarts with newline', 'tab\there',
    'CRLF\r\nline', 'emoji 🙂 and “curly” quotes', 'back\\slash', '', '…ellipsis', '(paren) start', 'a\u2028b', 'nul\u0000byte',
  ]) roundTrip({ s, list: [s], nested: { s }, items: [{ s, num: 1 }] });
});

test('numbers, booleans, empty arrays and objects, nesting', () => {
  roundTrip({ a: 0, b: -1.25, c: true, d: false, e: [], f: {}, g: [[1, 2], []], h: [{ x: { deeper: [{ z: 'deep' }] } }] });
});

test('every content file mined from the seeds and the fixtures reads back as its data', () => {
  let n = 0;
  for (const dir of ['seeds', 'tests/fixtures/excerpt/seeds', 'tests/fixtures/blank-lines/seeds']) {
    const { corpus, files } = mineFolder(dir);
    for (const [kind, entries] of Object.entries(corpus)) {
      for (const e of entries as { id: string; data: unknown }[]) {
        const text = files.get(`${kind}/${e.id}.md`)!;
        const yaml = text.slice(4, text.indexOf('\n---\n') + 1);
        assert.deepEqual(parse(yaml), JSON.parse(JSON.stringify(e.data)), `${kind}/${e.id}.md`);
        n++;
      }
    }
  }
  assert.ok(n > 250, `${n} files`);
});
