/**
 * The search page: runs `?q=` on load, searches as you type, keeps the address in step (so every
 * search can be linked and bookmarked) and lists every result, grouped by kind, more on request.
 */
import { KIND_LABELS, MIN_QUERY_LENGTH, normaliseQuery, resultSummary, type SearchResults } from '../../lib/search-text.ts';
import { SearchClient } from './client.ts';
import { el, hitParts } from './render.ts';

/** Results per kind at first, and added by each "Show more". */
const PAGE = 50;

export function searchPage(form: HTMLFormElement, input: HTMLInputElement): void {
  const box = document.querySelector<HTMLElement>('[data-search-results]');
  const summary = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !summary) return;
  const client = new SearchClient(form.dataset.index ?? '', form.dataset.base ?? '/');
  const baseTitle = document.title;
  let perKind = PAGE;
  /** After "Show more": the result to move focus to (the button itself is redrawn). */
  let focusNext: { kind: string; index: number } | undefined;

  const clearResults = () => box.querySelectorAll('.search-section').forEach((g) => g.remove());

  const run = () => {
    const query = normaliseQuery(input.value);
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    document.title = query ? `“${query}” · ${baseTitle}` : baseTitle;
    if (query.length < MIN_QUERY_LENGTH) {
      clearResults();
      summary.textContent = query ? 'Type at least two letters.' : '';
      return;
    }
    if (client.state === 'error') return showError();
    if (client.state === 'loading' && !summary.textContent) summary.textContent = 'Loading the search index…';
    client.search(query, perKind);
  };

  const render = (results: SearchResults) => {
    if (results.query !== normaliseQuery(input.value)) return;
    clearResults();
    summary.textContent = results.total ? `${resultSummary(results)} for “${results.query}”.` : `No results for “${results.query}”. Check the spelling, use fewer words, or try a paper’s first author (“Turpin”) or a phrase from a claim.`;
    for (const group of results.groups) {
      if (!group.hits.length) continue;
      const section = el('section', 'search-section');
      const heading = el('h2', undefined, `${capitalise(KIND_LABELS[group.kind].many)} (${results.counts[group.kind]})`);
      heading.id = `results-${group.kind}`;
      section.setAttribute('aria-labelledby', heading.id);
      const list = el('ol', 'search-result-list');
      for (const hit of group.hits) {
        const { badge, title, meta } = hitParts(hit, { title: 400, extra: 160 });
        const link = el('a', 'search-result-link');
        link.href = hit.url;
        link.append(title);
        const item = el('li', 'search-result');
        item.append(badge, ' ', link);
        if (meta) item.append(meta);
        list.append(item);
      }
      section.append(heading, list);
      const more = results.counts[group.kind] - group.hits.length;
      if (more > 0) {
        const button = el('button', 'search-more', `Show more ${KIND_LABELS[group.kind].many} (${more} left)`);
        button.type = 'button';
        button.addEventListener('click', () => {
          focusNext = { kind: group.kind, index: group.hits.length };
          perKind += PAGE;
          client.search(results.query, perKind);
        });
        section.append(button);
      }
      box.append(section);
    }
    if (focusNext) {
      box.querySelectorAll<HTMLAnchorElement>(`#results-${focusNext.kind} + ol a`)[focusNext.index]?.focus();
      focusNext = undefined;
    }
  };

  client.onresults = render;
  const showError = () => {
    clearResults();
    summary.textContent = 'Search could not load its index. Reload the page to try again, or browse the lists below.';
  };
  client.onstate = (state) => {
    if (state === 'error') showError();
  };
  input.addEventListener('input', () => {
    perKind = PAGE;
    run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  if (input.value) run();
  else input.focus();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
