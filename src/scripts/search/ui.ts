/**
 * Everything the search needs in the page, as one chunk that loader.ts imports on demand: the header
 * box's popup and the search page. One chunk with no shared imports keeps the loader free of a
 * preloading helper, and so tiny.
 */
export { searchBox } from './combobox.ts';
export { searchPage } from './page.ts';
