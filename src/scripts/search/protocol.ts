/** Messages between the page and the search worker (structured-cloned plain data). */
import type { SearchResults } from '../../lib/search-text.ts';

export type ToWorker =
  /** Fetch and open the index; `base` is the site's base path, for result URLs. */
  | { type: 'open'; url: string; base: string }
  /** Run a query; the answer carries the same `id`. */
  | { type: 'search'; id: number; query: string; perKind: number };

export type FromWorker =
  | { type: 'ready'; entries: number; ms: number }
  | { type: 'error'; message: string }
  | { type: 'results'; id: number; results: SearchResults; ms: number };
