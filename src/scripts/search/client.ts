/**
 * The page's side of the search worker. At most one query is in the worker at a time; while it
 * runs, only the newest query typed waits, so fast typing never builds a queue, and an answer that
 * a newer query has overtaken is dropped instead of drawn.
 */
import type { SearchResults } from '../../lib/search-text.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export type SearchState = 'loading' | 'ready' | 'error';

interface Request {
  query: string;
  perKind: number;
}

export class SearchClient {
  state: SearchState = 'loading';
  /** Called with the answer to the newest query. */
  onresults: (results: SearchResults) => void = () => undefined;
  /** Called when the index is loaded, or could not be. */
  onstate: (state: SearchState) => void = () => undefined;

  #worker: Worker;
  #nextId = 1;
  #inFlight = 0;
  #waiting: Request | undefined;

  constructor(indexUrl: string, base: string) {
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
    this.#worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
    this.#worker.onerror = () => this.#setState('error');
    this.#post({ type: 'open', url: indexUrl, base });
  }

  /** Ask for results; only the newest query is answered. */
  search(query: string, perKind: number): void {
    this.#waiting = { query, perKind };
    if (!this.#inFlight) this.#sendWaiting();
  }

  #sendWaiting(): void {
    const next = this.#waiting;
    if (!next) return;
    this.#waiting = undefined;
    this.#inFlight = this.#nextId++;
    this.#post({ type: 'search', id: this.#inFlight, ...next });
  }

  #receive(message: FromWorker): void {
    if (message.type === 'ready') return this.#setState('ready');
    if (message.type === 'error') {
      this.#inFlight = 0;
      return this.#setState('error');
    }
    if (message.id !== this.#inFlight) return;
    this.#inFlight = 0;
    if (this.#waiting) this.#sendWaiting();
    else this.onresults(message.results);
  }

  #setState(state: SearchState): void {
    this.state = state;
    this.onstate(state);
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }
}
