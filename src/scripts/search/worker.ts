/**
 * The search worker: fetches `/search-index.json`, opens it (src/lib/search.ts) and answers queries,
 * so parsing the index and matching never block the page's main thread (BENCHMARKS.md, "Search").
 */
import { openSearchIndex, runSearch, type SearchEngine, type SearchIndexFile } from '../../lib/search.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

// Typed by hand: the project's TypeScript setup has the DOM library, not the WebWorker one.
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

let engine: Promise<SearchEngine> | undefined;

async function open(url: string, base: string): Promise<SearchEngine> {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the index answered ${response.status}`);
  const opened = openSearchIndex((await response.json()) as SearchIndexFile, base);
  scope.postMessage({ type: 'ready', entries: opened.docs.length, ms: performance.now() - started });
  return opened;
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'open') {
    engine ??= open(message.url, message.base);
    engine.catch((e: unknown) => scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
    return;
  }
  if (!engine) return scope.postMessage({ type: 'error', message: 'the index was not opened' });
  engine.then((opened) => {
    const started = performance.now();
    const results = runSearch(opened, message.query, message.perKind);
    scope.postMessage({ type: 'results', id: message.id, results, ms: performance.now() - started });
  }, () => undefined);
};
