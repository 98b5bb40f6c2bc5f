/**
 * The only script of every page: tiny, no imports. The search code (ui.ts, which starts the worker
 * that fetches the index) loads only when a reader starts to search: focus on the header box, "/",
 * or Ctrl/Cmd-K; on the search page itself, at once. Until then no search script and no index is
 * requested, and without JavaScript the forms simply submit to the search page.
 */
const box = document.querySelector<HTMLFormElement>('form[data-search]');
const page = document.querySelector<HTMLFormElement>('form[data-search-page]');
const boxInput = box?.querySelector<HTMLInputElement>('input[type="search"]');
const pageInput = page?.querySelector<HTMLInputElement>('input[type="search"]');

let ui: Promise<typeof import('./ui.ts')> | undefined;
// Offline or blocked: forget the failure so the next focus tries again; the form still works.
const load = () => (ui ??= import('./ui.ts').catch((e: unknown) => ((ui = undefined), Promise.reject(e))));

if (page && pageInput) load().then((m) => m.searchPage(page, pageInput), () => undefined);
if (box && boxInput) boxInput.addEventListener('focus', () => load().then((m) => m.searchBox(box, boxInput), () => undefined));

const target = pageInput ?? boxInput;
if (target) {
  document.addEventListener('keydown', (event) => {
    const el = event.target as HTMLElement | null;
    const typing = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!slash && !k) return;
    event.preventDefault();
    target.focus();
    target.select();
  });
}
