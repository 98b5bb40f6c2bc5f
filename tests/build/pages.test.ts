/**
 * What the reading pages promise (issue 14), checked on the built site in dist/: whole arguments on
 * every card and list, one claim count, paper pages that say which work it is, objections that say
 * what they object to, and no error-like marking.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { visibleText } from '../support/html.ts';

const page = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const text = (path: string) => visibleText(page(path)).replace(/\s+/g, ' ');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const claims = readdirSync('content/claims').sort().map((f) => ({ id: f.replace(/\.md$/, ''), data: parse(readFileSync(join('content/claims', f), 'utf8').split(/^---$/m)[1]!) as { text: string; role: string; external: boolean; rebuts: unknown[] } }));

test('the claims index shows every claim whole (a long one folds, nothing is cut away)', () => {
  const index = globSync('claims/{index.html,page/*/index.html}', { cwd: 'dist' }).map((p) => visibleText(readFileSync(join('dist', p), 'utf8')).replace(/\s+/g, ' ')).join(' ');
  // A folded text reads "head…", the "more" control, then "…tail": drop what stands between to compare.
  const joined = index.replace(/…\s*more\s*less\s*of this argument\s*…/g, '');
  for (const c of claims) assert.ok(joined.includes(flat(c.data.text)), `${c.id} is whole on the claims index`);
});

test('home counts the claims as the claims index does', () => {
  const home = text('').match(/(\d+) claims/)?.[1];
  const index = text('claims').match(/^.*?All claims.*?(\d+) claims/)?.[1];
  assert.ok(home && index, 'both pages give a count');
  assert.equal(home, index);
  assert.equal(Number(home), claims.filter((c) => !c.data.external).length);
});

test('home links the three exports, each with what it is for', () => {
  const html = page('');
  for (const file of ['map.argdown', 'aif.json', 'graph.json']) assert.match(html, new RegExp(`href="/${file.replace('.', '\\.')}"`), file);
});

test('paper pages show no internal key and always link out, as a plain link', () => {
  for (const p of globSync('papers/*/index.html', { cwd: 'dist' })) {
    const html = readFileSync(join('dist', p), 'utf8');
    assert.doesNotMatch(visibleText(html), /\bKey\b/, p);
    assert.match(html, /<p class="link-out">[^]*?<a href="https:\/\/[^"]+" rel="nofollow noopener noreferrer">/, p);
    assert.doesNotMatch(html, /<(?:img|script|iframe)[^>]+src="https?:|<link rel="(?:stylesheet|preload|modulepreload|icon|prefetch)"[^>]+href="https?:/, `${p} requests nothing from another host`);
  }
});

test('an objection that answers no claim says what it objects to', () => {
  const lone = claims.filter((c) => c.data.role === 'objection' && !c.data.external && c.data.rebuts.length === 0);
  for (const c of lone) assert.match(text(`claims/${c.id}`), /What it objects to/, c.id);
});

test('no wavy underline: objections are not marked like spelling errors', () => {
  for (const css of globSync('_astro/*.css', { cwd: 'dist' })) assert.doesNotMatch(readFileSync(join('dist', css), 'utf8'), /wavy/, css);
});
