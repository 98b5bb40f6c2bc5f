/**
 * The header search box, enhanced: results as you type in a popup listbox (the ARIA combobox
 * pattern: arrows move, Enter opens, Esc closes, `aria-activedescendant` follows), grouped by kind,
 * with a count in a live region. Loaded (through ui.ts) only once a reader starts to search.
 * Without this script, the same form simply submits to the search page.
 */
import { KIND_LABELS, MIN_QUERY_LENGTH, normaliseQuery, resultSummary, type SearchResults } from '../../lib/search-text.ts';
import { SearchClient } from './client.ts';
import { el, hitParts } from './render.ts';

/** Results shown per kind in the popup; the search page shows the rest. */
const PER_KIND = 5;
/** Screen readers hear the count once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 600;

export function searchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const listId = `${input.id}-results`;

  const popup = el('div', 'search-popup');
  popup.hidden = true;
  const count = el('p', 'search-count');
  count.setAttribute('aria-hidden', 'true');
  const listbox = el('div', 'search-listbox');
  listbox.id = listId;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  const message = el('div', 'search-message');
  popup.append(count, listbox, message);
  form.append(popup);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  const client = new SearchClient(form.dataset.index ?? '', form.dataset.base ?? '/');
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (status) status.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  };

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    options[active]?.classList.remove('active');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.classList.add('active');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const showMessage = (...content: (string | Node)[]) => {
    listbox.replaceChildren();
    options = [];
    count.textContent = '';
    message.replaceChildren(...content);
    setOpen(true);
  };

  const searchPageUrl = (query: string) => `${form.action}?q=${encodeURIComponent(query)}`;

  const update = () => {
    const query = normaliseQuery(input.value);
    if (query.length < MIN_QUERY_LENGTH) {
      setOpen(false);
      clearTimeout(announceTimer);
      if (status) status.textContent = '';
      return;
    }
    if (client.state === 'error') return showError();
    if (client.state === 'loading') showMessage(el('p', undefined, 'Loading the search index…'));
    client.search(query, PER_KIND);
  };

  const showError = () => {
    showMessage(el('p', undefined, 'Search could not load its index. Press Enter to try the search page.'));
    announce('Search is not available right now.');
  };

  const render = (results: SearchResults) => {
    if (results.query !== normaliseQuery(input.value)) return;
    listbox.replaceChildren();
    message.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (results.total === 0) {
      const empty = el('p', undefined, `No results for “${results.query}”.`);
      const hint = el('p', 'search-hint', 'Check the spelling, use fewer words, or try a paper’s first author (“Turpin”) or a phrase from a claim.');
      showMessage(empty, hint);
      announce(`No results for ${results.query}`);
      return;
    }
    count.textContent = resultSummary(results);
    for (const group of results.groups) {
      if (!group.hits.length) continue;
      const box = el('div', 'search-group');
      box.setAttribute('role', 'group');
      const label = el('div', 'search-group-label', `${capitalise(KIND_LABELS[group.kind].many)} (${results.counts[group.kind]})`);
      label.id = `${listId}-${group.kind}`;
      label.setAttribute('role', 'presentation');
      box.setAttribute('aria-labelledby', label.id);
      box.append(label);
      for (const hit of group.hits) {
        const { badge, title, meta } = hitParts(hit, { title: 110, extra: 70 });
        box.append(option(hit.url, badge, ' ', title, ...(meta ? [' ', meta] : [])));
      }
      listbox.append(box);
    }
    const shown = results.groups.reduce((n, g) => n + g.hits.length, 0);
    if (results.total > shown) {
      const all = option(searchPageUrl(results.query), `See all ${results.total} results on the search page`);
      all.classList.add('search-all');
      listbox.append(all);
    }
    setOpen(true);
    announce(resultSummary(results));
  };

  const option = (href: string, ...content: (string | Node)[]) => {
    const a = el('a', 'search-option');
    a.href = href;
    a.id = `${listId}-${options.length}`;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.append(...content);
    options.push(a);
    return a;
  };

  client.onresults = render;
  client.onstate = (state) => {
    if (state === 'error' && normaliseQuery(input.value).length >= MIN_QUERY_LENGTH) showError();
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (options.length || message.childNodes.length) setOpen(true);
  });
  input.addEventListener('keydown', (event) => {
    const open = !popup.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!options.length) return;
        event.preventDefault();
        if (!open) setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
        return;
      }
      case 'Enter': {
        const chosen = open ? options[active] : undefined;
        if (!chosen) return; // no option chosen: the form submits to the search page
        event.preventDefault();
        window.location.assign(chosen.href);
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          update();
        }
        return;
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) setOpen(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) setOpen(false);
  });

  // The reader may have typed while this module loaded.
  if (input.value) update();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
