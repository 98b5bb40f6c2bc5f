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

// Sites to check for quotes: the seeds build (none there today), the hostile corpus's when it is built,
// and any other build named by CRUXMAP_CONTENT / CRUXMAP_OUT (e.g. lw-dev's forum exports).
const quoteSites = [['content', 'dist'], ['.tmp/hostile/content', '.tmp/hostile/dist'], [process.env.CRUXMAP_CONTENT, process.env.CRUXMAP_OUT]]
  .filter((p): p is [string, string] => !!p[0] && !!p[1])
  .filter(([c, d], i, all) => all.findIndex((q) => q[0] === c && q[1] === d) === i)
  .filter(([c, d]) => { try { readdirSync(join(c, 'comments')); readdirSync(d); return true; } catch { return false; } });

test('quoted words are shown as quotes with who is quoted, never as a claim of the quoter (issue 12 item 3)', () => {
  let quotes = 0;
  for (const [contentDir, distDir] of quoteSites) {
    for (const f of readdirSync(join(contentDir, 'comments')).sort()) {
      const data = parse(readFileSync(join(contentDir, 'comments', f), 'utf8').split(/^---$/m)[1]!) as { text: string; sentences: { claim?: string; quote?: true; offsets: { start: number; end: number } }[] };
      const quoted = data.sentences.filter((s) => s.quote && s.claim);
      if (quoted.length === 0) continue;
      const page = `${distDir}/comments/${f.replace(/\.md$/, '')}/`;
      const html = readFileSync(join(distDir, 'comments', f.replace(/\.md$/, ''), 'index.html'), 'utf8');
      for (const s of quoted) {
        quotes++;
        const href = `claims/${s.claim}/"`;
        const words = data.text.slice(s.offsets.start, s.offsets.end);
        // The quoted words link the quoted claim (or a small link after them, when they hold a link).
        if (/[\p{L}\p{N}]/u.test(words)) assert.ok(new RegExp(`class="quote(?:d)?-link" href="[^"]*${href}`).test(html), `${page}: the quote of ${s.claim} links the quoted claim`);
        assert.ok(!new RegExp(`class="sentence"[^>]*href="[^"]*${href}`).test(html), `${page}: the quote of ${s.claim} is not underlined as the quoter's claim`);
      }
      if (quoted.some((s) => /[\p{L}\p{N}]/u.test(data.text.slice(s.offsets.start, s.offsets.end)))) assert.match(html, /class="quote-by"> \(<a href="[^"]*">quoting /, `${page}: the page says whose words its quotes are`);
      // One attribution per quoted source in a paragraph (lw-dev's Raemon comment 68 said "quoting Seth
      // Herd’s comment" twice, after "quoting words from outside this corpus" for a bare "...").
      for (const [, p] of html.matchAll(/<p dir="auto">([^]*?)<\/p>/g)) {
        const said = [...p.matchAll(/class="quote-by"> \(<a href="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]!);
        assert.equal(new Set(said).size, said.length, `${page}: an attribution said twice in one paragraph: ${said.join(' · ')}`);
      }
      // The small link after quoted words that hold links of their own says which words it opens: two
      // such links to different claims never share a name.
      const names = new Map<string, string>();
      for (const [, href, name] of html.matchAll(/<a class="quote-link" href="([^"]*)" aria-label="([^"]*)">/g)) {
        assert.match(name!, /^The quoted words’ page: ./, `${page}: the link after quoted words names them`);
        assert.ok(!names.has(name!) || names.get(name!) === href, `${page}: two links to different quoted claims are both called "${name}"`);
        names.set(name!, href!);
      }
      assert.match(visibleText(html), /someone else’s words, shown as quotes/, `${page}: the page counts its quotes`);
    }
  }
  if (quotes === 0) console.log(`# no quoted sentence in ${quoteSites.map((s) => s[1]).join(', ')}: nothing to check (set CRUXMAP_CONTENT/CRUXMAP_OUT to a build with quotes)`);
});

test('a forum comment says above its text what it answers and what answers it, one link each way', () => {
  let replies = 0;
  for (const [contentDir, distDir] of quoteSites) {
    const files = readdirSync(join(contentDir, 'comments')).sort();
    for (const f of files) {
      const replyTo = readFileSync(join(contentDir, 'comments', f), 'utf8').match(/^replyTo: (\S+)$/m)?.[1];
      if (!replyTo) continue;
      replies++;
      const id = f.replace(/\.md$/, '');
      // The header is everything before the comment's text.
      const head = (path: string) => readFileSync(join(distDir, 'comments', path, 'index.html'), 'utf8').split('<div class="comment-text">')[0]!;
      assert.match(head(id), new RegExp(`In reply to <a href="[^"]*comments/${replyTo}/"`), `${distDir}/comments/${id}/ links the comment it answers`);
      assert.match(head(replyTo), new RegExp(`Answered by [^]*?<a href="[^"]*comments/${id}/"`), `${distDir}/comments/${replyTo}/ links its reply ${id} above its text`);
    }
  }
  if (replies === 0) console.log(`# no reply in ${quoteSites.map((s) => s[1]).join(', ')}: nothing to check (set CRUXMAP_CONTENT/CRUXMAP_OUT to a forum build)`);
});

test('an author page folds a long list behind one <details> that hides two items or more, and loses none', () => {
  let folds = 0;
  for (const p of globSync('authors/*/index.html', { cwd: 'dist' })) {
    const html = readFileSync(join('dist', p), 'utf8');
    // Each role's list, from its heading (which gives the count) to the next heading or the section's end.
    for (const [, role, n, list] of html.matchAll(/<h3 id="role-([a-z]+)">[^]*?<span class="count">(\d+)<\/span><\/h3>([^]*?)(?=<h3|<\/section>)/g)) {
      assert.equal([...list!.matchAll(/<li>/g)].length, Number(n), `${p}: every ${role} is listed, folded or not`);
    }
    for (const [, n] of html.matchAll(/<summary>Show the other (\d+) /g)) {
      folds++;
      assert.ok(Number(n) >= 2, `${p}: a fold that hides ${n} item saves nothing ("Show the other ${n} …")`);
    }
  }
  assert.ok(folds > 0, 'the seeds have authors with long lists: some page folds');
});
