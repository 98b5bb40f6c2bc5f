/** Page URLs, base-aware. `base` is Astro's BASE_URL ("/" or "/cruxmap/"). */
export type PageKind = 'authors' | 'comments' | 'claims' | 'papers';

export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** The page of an entry: `/<kind>/<id>/` under the base. */
export function pageUrl(base: string, kind: PageKind, id: string): string {
  return joinBase(base, `${kind}/${id}/`);
}
