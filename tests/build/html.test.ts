/**
 * html-validate on every page of both builds (dist/ and the sub-path build .tmp/dist-sub): 0 errors,
 * with the project's .htmlvalidate.json plus the rule that keeps pages CSP-safe (tests/support/csp-rule.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { cspPlugin } from '../support/csp-rule.ts';

const project = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate({
  ...project,
  root: true,
  plugins: [cspPlugin],
  rules: { ...project.rules, 'cruxmap/csp-safe': 'error' },
});

async function problems(dir: string): Promise<{ pages: number; errors: string[] }> {
  const files = globSync('**/*.html', { cwd: dir }).sort();
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${join(dir, file)}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    }
  }
  return { pages: files.length, errors };
}

for (const dir of ['dist', '.tmp/dist-sub']) {
  test(`every page in ${dir} is valid HTML and CSP-safe`, async () => {
    const { pages, errors } = await problems(dir);
    assert.ok(pages > 50, `${pages} pages validated`);
    assert.equal(errors.length, 0, `${errors.length} problems:\n${errors.slice(0, 30).join('\n')}`);
  });
}

test('the CSP rule finds inline scripts, styles, handlers and javascript: URLs', async () => {
  const page = `<!doctype html><html lang="en"><head><title>t</title><style>p{}</style></head><body>
<script>alert(1)</script><script type="application/ld+json">{}</script><script type="module" src="/a.js"></script>
<p style="color:red">x</p><img src="a.png" alt="a" onerror="alert(1)"><a href="javascript:alert(1)">x</a></body></html>`;
  const report = await validator.validateString(page, 'probe.html');
  const found = report.results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'cruxmap/csp-safe').map((m) => m.message.split(':')[0]);
  assert.deepEqual(found, ['inline <style>', 'inline <script>', 'style attribute', 'event handler attribute onerror="…"', 'javascript', ]);
});
