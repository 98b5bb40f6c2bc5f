/**
 * `npm test`: the whole suite, in the order a change has to pass it.
 *   0. what the end-to-end tests need from the machine (Chromium, nginx): found, or installed as root on
 *      Debian (said as it happens), or one message saying what to run, before any test (tests/support/install.ts)
 *   1. unit tests of every pipeline stage (tests/unit, node:test), then `astro check`
 *   2. the real build, twice over: at the root (dist/) and under a sub-path (.tmp/dist-sub, base /cruxmap/),
 *      both through `npm run build`'s summary, then the site of the hostile-input corpus (.tmp/hostile/dist)
 *   3. checks of the built site (tests/build: every seed paragraph present, links, determinism, …)
 *   4. end-to-end tests in real Chromium against both builds (tests/e2e, Playwright)
 * and ends with one line, "N passed, N failed, N skipped", counting every test (README, "Skipped tests").
 */
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { ensureTools } from './support/install.ts';

// Before any test: Chromium and nginx are there, or installed now, or the run stops saying what to run.
const tools = ensureTools();
if (!tools.ok) {
  console.error(tools.message);
  process.exit(1);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

async function nodeTests(label: string, pattern: string): Promise<void> {
  const files = globSync(pattern).sort();
  console.log(`\n── ${label}: ${files.length} files`);
  const stream = run({ files, concurrency: 1 });
  stream.on('test:pass', (e) => {
    if (e.details.type === 'suite') return;
    if (e.skip !== undefined || e.todo !== undefined) skipped++;
    else passed++;
  });
  stream.on('test:fail', (e) => {
    if (e.details.type === 'suite') return;
    failed++;
    failures.push(`${label}: ${e.name} (${e.file ?? ''})`);
  });
  await new Promise<void>((resolve) => stream.compose(new spec()).on('end', resolve).pipe(process.stdout, { end: false }));
}

function step(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${label}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) {
    failed++;
    failures.push(`${label} (exit ${r.status})`);
    return false;
  }
  return true;
}

await nodeTests('unit', 'tests/unit/**/*.test.ts');
if (step('type check (astro check: TypeScript strict, .astro files included)', 'npx', ['astro', 'check'])) passed++;

rmSync('.tmp', { recursive: true, force: true });
const built =
  step('build the site at the root (npm run build)', 'npm', ['run', '-s', 'build']) &&
  step('build the site under /cruxmap/ (CRUXMAP_BASE=/cruxmap/ npm run build)', 'npm', ['run', '-s', 'build'], { CRUXMAP_BASE: '/cruxmap/', CRUXMAP_OUT: '.tmp/dist-sub' });
// The hostile-input corpus, built into .tmp/hostile/ (its checks are in tests/build and tests/e2e).
if (built) step('build the hostile-input site (tests/support/hostile.ts)', 'node', ['tests/support/hostile.ts']);

if (built) {
  await nodeTests('built site', 'tests/build/**/*.test.ts');
  const ok = step(`end-to-end (Playwright, ${tools.found.chromium}; the sub-path build behind ${tools.found.nginx})`, 'npx', ['playwright', 'test'], { CRUXMAP_CHROMIUM: tools.found.chromium });
  const report = '.tmp/e2e-results.json';
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
    // The step already counted one failure for a non-zero exit; keep it only if no test failed.
    if (!ok && stats.unexpected > 0) {
      failed--;
      failures.pop();
    }
  }
}

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
