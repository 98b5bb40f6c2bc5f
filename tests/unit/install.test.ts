import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findChromium, plan, DEBIAN_CHROMIUM } from '../support/install.ts';

const both = { chromium: '/usr/bin/chromium', nginx: '/usr/sbin/nginx' };
const debianRoot = { root: true, debian: true };

test('everything there: run, and install nothing', () => {
  assert.deepEqual(plan(both, debianRoot), { action: 'run' });
  assert.deepEqual(plan(both, { root: false, debian: false }), { action: 'run' });
});

test('root on Debian: install the Debian packages of exactly what is missing', () => {
  assert.deepEqual(plan({}, debianRoot), { action: 'install', missing: ['chromium', 'nginx'], packages: ['chromium', 'nginx-light'] });
  assert.deepEqual(plan({ chromium: '/c' }, debianRoot), { action: 'install', missing: ['nginx'], packages: ['nginx-light'] });
});

test('not root on Debian: stop with the one apt-get line to run', () => {
  const p = plan({ nginx: '/usr/sbin/nginx' }, { root: false, debian: true });
  assert.equal(p.action, 'stop');
  assert.ok(p.action === 'stop');
  assert.match(p.message, /need Chromium, which this machine lacks; no test has run/);
  assert.match(p.message, /^ {2}sudo apt-get install -y chromium$/m);
  assert.doesNotMatch(p.message, /nginx-light/);
});

test('not Debian: stop, naming Playwright\'s browser download and nginx', () => {
  const p = plan({}, { root: true, debian: false });
  assert.ok(p.action === 'stop');
  assert.match(p.message, /need Chromium and nginx/);
  assert.match(p.message, /npx playwright install chromium/);
  assert.match(p.message, /brew install nginx/);
  assert.doesNotMatch(p.message, /apt-get/);
});

test('a CRUXMAP_CHROMIUM that names nothing stops, even as root on Debian (Debian\'s would not be used)', () => {
  const env = { CRUXMAP_CHROMIUM: '/opt/none/chrome' };
  assert.equal(findChromium(env, () => false), undefined);
  const p = plan({ nginx: '/usr/sbin/nginx' }, debianRoot, env);
  assert.ok(p.action === 'stop');
  assert.match(p.message, /CRUXMAP_CHROMIUM names \/opt\/none\/chrome, which does not exist/);
  assert.doesNotMatch(p.message, /apt-get/);
});

test('findChromium: CRUXMAP_CHROMIUM first, then Debian\'s', () => {
  assert.equal(findChromium({ CRUXMAP_CHROMIUM: '/x/chrome' }, () => true), '/x/chrome');
  assert.equal(findChromium({}, (p) => p === DEBIAN_CHROMIUM), DEBIAN_CHROMIUM);
  assert.equal(findChromium({}, () => false), undefined);
});
