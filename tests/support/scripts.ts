/**
 * Which scripts the built pages may load, shared by tests/build/reach.test.ts (the HTML) and
 * tests/e2e/debate.spec.ts (the browser). Patterns match the file names Astro gives the bundles.
 */

/** Scripts every page may load: the search box's ~1 KB loader, the one agreed exception (README, "Search"). */
export const SITE_WIDE_SCRIPTS: RegExp[] = [/\/_astro\/Search\.astro_astro_type_script[^/"]*\.js$/];

/** The local graph's module, only on claim pages that draw one. */
export const LOCAL_GRAPH_SCRIPT = /\/_astro\/LocalGraph[^/"]*\.js$/;

/** The map's module (it imports chunks shared with the local graph), only on the map page. */
export const MAP_SCRIPT = /\/_astro\/map\.astro_astro_type_script[^/"]*\.js$/;
