/**
 * Long lists on static pages: cut into pages of a fixed size, and regroup consecutive items under their
 * heading (an author, a comment), so a heading that spans two pages is repeated on the second. Pure.
 */

/** Claims a page on the claims index (/claims/, /claims/page/2/, …); the sitemap lists every page. */
export const CLAIMS_PAGE_SIZE = 400;

/** How many pages a list of `total` items takes (at least one). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** `items` in pages of `size` (the last one shorter); one empty page for no items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`chunk: the page size must be at least 1, not ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Consecutive items with the same key, as runs: [a1 a2 b1 a3] → [a: a1 a2] [b: b1] [a: a3]. */
export function runs<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out[out.length - 1];
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}

/** The URL path of page `n` (1-based) of a paged list under `dir`: page 1 is the list's own address. */
export function pagePath(dir: string, n: number): string {
  const d = dir.replace(/\/?$/, '/');
  return n <= 1 ? d : `${d}page/${n}/`;
}
