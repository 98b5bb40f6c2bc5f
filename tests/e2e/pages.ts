/**
 * One page of every kind the site has, for the checks that must cover every page type (axe, CSP).
 * When you add a kind of page (claim, paper, map, search…), add one entry here: the checks in
 * a11y.spec.ts and csp.spec.ts then cover it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

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

/**
 * The first claim (by id) that some claim links to by `relation`, e.g. a rebutted one: one of the
 * corpus if there is one (the seeds' rebuttals all answer outside claims).
 */
function firstTarget(relation: 'rebuts' | 'qualifies'): string {
  const targets = new Set<string>();
  const external = new Set<string>();
  for (const file of readdirSync('content/claims').sort()) {
    const data = parse(readFileSync(`content/claims/${file}`, 'utf8').split(/^---$/m)[1]!) as Record<string, { target: string }[]> & { external: boolean };
    if (data.external) external.add(file.replace(/\.md$/, ''));
    for (const l of data[relation] ?? []) targets.add(l.target);
  }
  const sorted = [...targets].sort();
  const found = sorted.find((t) => !external.has(t)) ?? sorted[0];
  if (!found) throw new Error(`no claim in content/claims is the target of a ${relation} link`);
  return found;
}

const kinds: PageType[] = [
  { name: 'home', path: './', status: 200 },
  { name: 'authors index', path: 'authors/', status: 200 },
  { name: 'author', path: 'authors/emanuelr/', status: 200 },
  { name: 'comment', path: `comments/${firstEntry('comments', /^author: emanuelr$/m, /^order: 0$/m)}/`, status: 200 },
  { name: 'claim', path: `claims/${firstEntry('claims', /^external: false$/m, /^ {2}- target:/m)}/`, status: 200 },
  { name: 'claim with rebuttals', path: `claims/${firstTarget('rebuts')}/`, status: 200 },
  { name: 'claim with caveats', path: `claims/${firstTarget('qualifies')}/`, status: 200 },
  { name: 'claim outside the corpus', path: `claims/${firstEntry('claims', /^external: true$/m)}/`, status: 200 },
  { name: 'claims index', path: 'claims/', status: 200 },
  { name: 'papers index', path: 'papers/', status: 200 },
  { name: 'map', path: 'map/', status: 200 },
  { name: 'paper', path: `papers/${firstEntry('papers', /^title: /m)}/`, status: 200 },
  { name: 'search', path: 'search/?q=faithfulness', status: 200 },
  { name: '404', path: 'no/such/page/', status: 404 },
];

/** Each page once: on the seeds the rebutted claim is also the outside one. */
export const pageTypes: PageType[] = kinds.filter((p, i) => kinds.findIndex((q) => q.path === p.path) === i);
