/**
 * One page of every kind the site has, for the checks that must cover every page type (axe, CSP).
 * When you add a kind of page (claim, paper, map, search…), add one entry here: the checks in
 * a11y.spec.ts and csp.spec.ts then cover it too.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface PageType {
  /** What kind of page, as the test title shows it. */
  name: string;
  /** Its address relative to the base URL (no leading slash). */
  path: string;
  /** The HTTP status it answers with. */
  status: number;
}

/** The first entry (by id) of a content/ folder whose frontmatter matches every pattern. */
function firstEntry(dir: 'comments' | 'claims' | 'papers', ...patterns: RegExp[]): string {
  for (const file of readdirSync(`content/${dir}`).sort()) {
    const text = readFileSync(`content/${dir}/${file}`, 'utf8');
    if (patterns.every((p) => p.test(text))) return file.replace(/\.md$/, '');
  }
  throw new Error(`no entry in content/${dir} matches ${patterns.join(', ')}`);
}

export const pageTypes: PageType[] = [
  { name: 'home', path: './', status: 200 },
  { name: 'authors index', path: 'authors/', status: 200 },
  { name: 'author', path: 'authors/emanuelr/', status: 200 },
  { name: 'comment', path: `comments/${firstEntry('comments', /^author: emanuelr$/m, /^order: 0$/m)}/`, status: 200 },
  { name: 'claim', path: `claims/${firstEntry('claims', /^external: false$/m, /^ {2}- target:/m)}/`, status: 200 },
  { name: 'paper', path: `papers/${firstEntry('papers', /^title: /m)}/`, status: 200 },
  { name: 'search', path: 'search/?q=faithfulness', status: 200 },
  { name: '404', path: 'no/such/page/', status: 404 },
];
