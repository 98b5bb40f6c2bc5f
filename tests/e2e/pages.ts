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

/** The id of an author's first comment, from content/ (ids are derived from the text). */
function firstCommentOf(author: string): string {
  const dir = 'content/comments';
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    if (new RegExp(`^author: ${author}$`, 'm').test(text) && /^order: 0$/m.test(text)) return file.replace(/\.md$/, '');
  }
  throw new Error(`no first comment by ${author} in ${dir}`);
}

export const pageTypes: PageType[] = [
  { name: 'home', path: './', status: 200 },
  { name: 'authors index', path: 'authors/', status: 200 },
  { name: 'author', path: 'authors/emanuelr/', status: 200 },
  { name: 'comment', path: `comments/${firstCommentOf('emanuelr')}/`, status: 200 },
  { name: '404', path: 'no/such/page/', status: 404 },
];
